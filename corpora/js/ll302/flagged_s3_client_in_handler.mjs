import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";

export const handler = async (event) => {
  const s3 = new S3Client({ region: process.env.BUCKET_REGION }); // expect: LL302
  const obj = await s3.send(new GetObjectCommand({ Bucket: event.bucket, Key: event.key }));
  return { statusCode: 200, body: await obj.Body.transformToString() };
};
