import { writeFile } from "node:fs/promises";
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";

const s3: S3Client = new S3Client({});

export const handler = async (event: any) => {
  const obj: any = await s3.send(new GetObjectCommand({ Bucket: event.bucket, Key: event.key }));
  const path: string = `/tmp/${event.key.replaceAll("/", "_")}`;
  await writeFile(path, await obj.Body.transformToByteArray()); // expect: LL203
  return convert(path);
};

async function convert(path: any) { return path; }
