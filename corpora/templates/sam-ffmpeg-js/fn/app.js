const { transcode } = require("./transcode");

exports.handler = async (event) => {
  await Promise.all(event.Records.map((r) => transcode(r.s3.object.key)));
};
