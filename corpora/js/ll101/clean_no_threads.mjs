import { createHash } from "node:crypto";

export const handler = async (event) => event.chunks.map((c) => createHash("sha256").update(c).digest("hex"));
