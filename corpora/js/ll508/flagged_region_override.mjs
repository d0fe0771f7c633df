import { S3Client } from "@aws-sdk/client-s3";

process.env.AWS_REGION = "eu-west-1"; // expect: LL508

const s3 = new S3Client({});

export const handler = async (event) => s3.config.region();
