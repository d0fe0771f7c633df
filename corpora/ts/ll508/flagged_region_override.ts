import { S3Client } from "@aws-sdk/client-s3";

process.env.AWS_REGION = "eu-west-1"; // expect: LL508

const s3: S3Client = new S3Client({});

export const handler = async (event: any) => s3.config.region();
