import { S3Client, ListObjectsV2Command } from "@aws-sdk/client-s3";

const s3 = new S3Client({});

export const handler = async (event) => {
  const { Contents } = await s3.send(new ListObjectsV2Command({ Bucket: process.env.BUCKET, Prefix: event.prefix })); // expect: LL406
  return Contents.map((o) => o.Key);
};
