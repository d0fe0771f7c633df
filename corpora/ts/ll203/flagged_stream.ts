import fs from "node:fs";
import { pipeline } from "node:stream/promises";

export const handler = async (event: any) => {
  const res: any = await fetch(event.url, { signal: AbortSignal.timeout(5000) });
  await pipeline(res.body, fs.createWriteStream("/tmp/download.bin")); // expect: LL203
  return { saved: "/tmp/download.bin" };
};
