import { S3Client, paginateListObjectsV2 } from "@aws-sdk/client-s3";

const s3: S3Client = new S3Client({});

export const handler = async (event: any) => {
  const keys: unknown[] = [];
  for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: process.env.BUCKET, Prefix: event.prefix })) { // expect: LL401
    keys.push(...(page.Contents ?? []).map((o: any) => o.Key));
  }
  return keys;
};
