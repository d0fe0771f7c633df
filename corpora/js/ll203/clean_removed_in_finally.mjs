import { writeFile, rm } from "node:fs/promises";

export const handler = async (event) => {
  const path = `/tmp/${event.id}.json`;
  try {
    await writeFile(path, JSON.stringify(event.payload));
    return await upload(path);
  } finally {
    await rm(path, { force: true });
  }
};

async function upload(p) { return p; }
