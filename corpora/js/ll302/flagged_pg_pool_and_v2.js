const AWS = require("aws-sdk"); // expect: LL303
const { Pool } = require("pg");

exports.handler = async (event) => {
  const sqs = new AWS.SQS(); // expect: LL302
  const pool = new Pool({ connectionString: process.env.DATABASE_URL }); // expect: LL302
  const { rows } = await pool.query("select id from jobs where state = $1", ["ready"]);
  await sqs.sendMessage({ QueueUrl: process.env.QUEUE_URL, MessageBody: JSON.stringify(rows) }).promise();
  return rows.length;
};
