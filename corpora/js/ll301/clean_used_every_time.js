const sharp = require("sharp");

exports.handler = async (event) => {
  const input = Buffer.from(event.image, "base64");
  const out = await sharp(input).resize(200).toBuffer();
  return out.toString("base64");
};
