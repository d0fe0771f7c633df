import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";

const s3: S3Client = new S3Client({});

export const handler = async (event: any) => {
  const obj: any = await s3.send(new GetObjectCommand({ Bucket: process.env.BUCKET, Key: event.key }));
  return obj.Body.transformToString();
};
