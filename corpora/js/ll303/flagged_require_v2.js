const AWS = require("aws-sdk"); // expect: LL303

const s3 = new AWS.S3();

exports.handler = async (event) => {
  const obj = await s3.getObject({ Bucket: process.env.BUCKET, Key: event.key }).promise();
  return obj.Body.toString("utf8");
};
