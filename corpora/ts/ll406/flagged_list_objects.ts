import { S3Client, ListObjectsV2Command } from "@aws-sdk/client-s3";

const s3: S3Client = new S3Client({});

export const handler = async (event: any) => {
  const { Contents } = await s3.send(new ListObjectsV2Command({ Bucket: process.env.BUCKET, Prefix: event.prefix })); // expect: LL406
  return Contents.map((o: any) => o.Key);
};
