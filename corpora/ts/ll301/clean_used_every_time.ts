import sharp from "sharp";

export const handler = async (event: any) => {
  const input = Buffer.from(event.image, "base64");
  const out: any = await sharp(input).resize(200).toBuffer();
  return out.toString("base64");
};
