import { setTimeout as delay } from "node:timers/promises";

async function call(event) { return event; }

export const handler = async (event) => {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await call(event);
    } catch (err) {
      await delay(100 * 2 ** attempt);
    }
  }
  throw new Error("gave up");
};
