// The request built in a local object first: its keys are what the scan is given.
const { DynamoDBClient, ScanCommand } = require("@aws-sdk/client-dynamodb");
const { S3Client, ListObjectsV2Command } = require("@aws-sdk/client-s3");

const ddb = new DynamoDBClient({});
const s3 = new S3Client({});

exports.handler = async (event) => {
  const params = { TableName: process.env.TABLE, FilterExpression: "SK = :sk", ExpressionAttributeValues: { ":sk": { S: event.sk } } };
  const { Items } = await ddb.send(new ScanCommand(params)); // expect: LL406
  const listInput = { Bucket: process.env.BUCKET, Prefix: `customers/${event.id}` };
  const listed = await s3.send(new ListObjectsV2Command(listInput)); // expect: LL406
  return { items: Items, keys: listed.Contents.map((o) => o.Key) };
};
