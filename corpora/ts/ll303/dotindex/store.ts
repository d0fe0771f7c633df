import { S3 } from "aws-sdk"; // expect: LL303

const s3 = new S3({});

export default { put: (key: string, body: string) => s3.putObject({ Bucket: process.env.BUCKET ?? "", Key: key, Body: body }).promise() };
