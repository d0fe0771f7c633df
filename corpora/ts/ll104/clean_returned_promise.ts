import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";

const s3: S3Client = new S3Client({});

export const handler = async (event: any) => {
  const key = decodeURIComponent(event.Records[0].s3.object.key);
  return s3.send(new GetObjectCommand({ Bucket: event.Records[0].s3.bucket.name, Key: key }))
    .then((obj) => obj.ContentLength);
};
