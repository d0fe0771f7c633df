import { setTimeout as delay } from "node:timers/promises";

async function call(event: any) { return event; }

export const handler = async (event: any) => {
  for (let attempt: number = 0; attempt < 3; attempt++) {
    try {
      return await call(event);
    } catch (err) {
      await delay(100 * 2 ** attempt);
    }
  }
  throw new Error("gave up");
};
