// An import TypeScript never emits: `sharp` is not used as a value, so tsc and esbuild drop the
// import and nothing loads at cold start.
import sharp from "sharp";
import type { S3Event } from "aws-lambda";

export const handler = async (event: S3Event) => {
  return { statusCode: 200, body: JSON.stringify({ count: event.Records.length }) };
};
