import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { S3Client, ListObjectsV2Command } from "@aws-sdk/client-s3";

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const s3: S3Client = new S3Client({});

export const handler = async (event: any) => {
  const sample: any = await doc.send(new ScanCommand({ TableName: process.env.TABLE, Limit: 5 }));
  const listing: any = await s3.send(new ListObjectsV2Command({ Bucket: event.bucket, MaxKeys: 1 }));
  return { sample: sample.Items, empty: !listing.KeyCount };
};
