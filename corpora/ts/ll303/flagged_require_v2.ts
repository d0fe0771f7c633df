import AWS from "aws-sdk"; // expect: LL303

const s3 = new AWS.S3();

export const handler = async (event: any) => {
  const obj: any = await s3.getObject({ Bucket: process.env.BUCKET, Key: event.key }).promise();
  return obj.Body.toString("utf8");
};
