import { setTimeout } from "node:timers/promises";

export const handler = async (event: any) => {
  await notify(event.user);
  await setTimeout(5000); // expect: LL403
  return notify(event.manager);
};

async function notify(who: any) { return who; }
