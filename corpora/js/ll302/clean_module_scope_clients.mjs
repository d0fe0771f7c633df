import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";

const s3 = new S3Client({});
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event) => {
  const key = `uploads/${event.id}.json`;
  await s3.send(new PutObjectCommand({ Bucket: process.env.BUCKET, Key: key, Body: event.body }));
  await doc.send(new PutCommand({ TableName: process.env.TABLE, Item: { id: event.id, key } }));
  return { key };
};
