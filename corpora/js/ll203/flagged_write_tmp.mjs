import { writeFile } from "node:fs/promises";
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";

const s3 = new S3Client({});

export const handler = async (event) => {
  const obj = await s3.send(new GetObjectCommand({ Bucket: event.bucket, Key: event.key }));
  const path = `/tmp/${event.key.replaceAll("/", "_")}`;
  await writeFile(path, await obj.Body.transformToByteArray()); // expect: LL203
  return convert(path);
};

async function convert(path) { return path; }
