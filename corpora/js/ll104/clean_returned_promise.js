const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

const s3 = new S3Client({});

exports.handler = async (event) => {
  const key = decodeURIComponent(event.Records[0].s3.object.key);
  return s3.send(new GetObjectCommand({ Bucket: event.Records[0].s3.bucket.name, Key: key }))
    .then((obj) => obj.ContentLength);
};
