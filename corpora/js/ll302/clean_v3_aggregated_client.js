const { S3, GetObjectCommand, NoSuchKey } = require("@aws-sdk/client-s3");

const storage = new S3({});

exports.handler = async (event) => {
  try {
    const obj = await storage.send(new GetObjectCommand({ Bucket: process.env.BUCKET, Key: event.key }));
    return { type: obj.ContentType };
  } catch (err) {
    if (err instanceof NoSuchKey) return { type: null };
    throw err;
  }
};
