const { S3 } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  const storage = new S3({ region: event.region }); // expect: LL302
  const listing = await storage.headObject({ Bucket: process.env.BUCKET, Key: event.key });
  return { size: listing.ContentLength };
};
