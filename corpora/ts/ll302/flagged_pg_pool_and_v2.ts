import AWS from "aws-sdk"; // expect: LL303
import { Pool } from "pg";

export const handler = async (event: any) => {
  const sqs = new AWS.SQS(); // expect: LL302
  const pool: Pool = new Pool({ connectionString: process.env.DATABASE_URL }); // expect: LL302
  const { rows } = await pool.query("select id from jobs where state = $1", ["ready"]);
  await sqs.sendMessage({ QueueUrl: process.env.QUEUE_URL, MessageBody: JSON.stringify(rows) }).promise();
  return rows.length;
};
