// Suppressions that outlived the code they silenced: --fix deletes them.
import { S3Client, ListObjectsV2Command } from "@aws-sdk/client-s3";

const s3 = new S3Client({});

export const handler = async (event) => {
  // lambda-lint: ignore-next-line[LL302] -- the client moved to module scope  // expect: LL001
  const listing = await s3.send(new ListObjectsV2Command({ Bucket: event.bucket, MaxKeys: 1 }));
  return listing.KeyCount; /* lambda-lint: ignore[LL101] */ // expect: LL001
};
