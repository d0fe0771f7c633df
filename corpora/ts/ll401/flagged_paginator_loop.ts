import { S3Client, paginateListObjectsV2, DeleteObjectCommand } from "@aws-sdk/client-s3";

const s3: S3Client = new S3Client({});

export const handler = async (event: any) => {
  for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: event.bucket })) { // expect: LL401
    for (const obj of page.Contents ?? []) {
      await s3.send(new DeleteObjectCommand({ Bucket: event.bucket, Key: obj.Key }));
    }
  }
};
