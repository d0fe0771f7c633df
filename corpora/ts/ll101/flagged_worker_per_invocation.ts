import { Worker } from "node:worker_threads";
import { once } from "node:events";

export const handler = async (event: any) => {
  const worker: Worker = new Worker(new URL("./resize-worker.mjs", import.meta.url), { workerData: event.images }); // expect: LL101
  const [result] = await once(worker, "message");
  return result;
};
