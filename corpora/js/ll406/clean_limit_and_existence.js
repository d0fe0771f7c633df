const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");
const { DynamoDBDocumentClient, ScanCommand } = require("@aws-sdk/lib-dynamodb");
const { S3Client, ListObjectsV2Command } = require("@aws-sdk/client-s3");

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const s3 = new S3Client({});

exports.handler = async (event) => {
  const sample = await doc.send(new ScanCommand({ TableName: process.env.TABLE, Limit: 5 }));
  const listing = await s3.send(new ListObjectsV2Command({ Bucket: event.bucket, MaxKeys: 1 }));
  return { sample: sample.Items, empty: !listing.KeyCount };
};
