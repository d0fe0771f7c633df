import { createHash } from "node:crypto";

export const handler = async (event: any) => event.chunks.map((c: any) => createHash("sha256").update(c).digest("hex"));
