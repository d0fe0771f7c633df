import { setTimeout } from "node:timers/promises";

export const handler = async (event: any) => {
  const results: unknown[] = [];
  for (const chunk of event.chunks) {
    results.push(chunk.length);
    await setTimeout(0); // yield to the event loop
  }
  return results;
};
