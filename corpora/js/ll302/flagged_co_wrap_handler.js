// A generator handler through co.wrap, exported by name below and wrapped again by a middleware.
const co = require("co");
const middy = require("@middy/core");
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

const handler = co.wrap(function* (event) {
  const s3 = new S3Client({}); // expect: LL302
  return yield s3.send(new GetObjectCommand({ Bucket: process.env.BUCKET, Key: event.key }));
});

module.exports.handler = middy(handler);
