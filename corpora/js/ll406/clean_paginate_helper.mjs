import { S3Client, paginateListObjectsV2 } from "@aws-sdk/client-s3";

const s3 = new S3Client({});

export const handler = async (event) => {
  const keys = [];
  for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: process.env.BUCKET, Prefix: event.prefix })) { // expect: LL401
    keys.push(...(page.Contents ?? []).map((o) => o.Key));
  }
  return keys;
};
