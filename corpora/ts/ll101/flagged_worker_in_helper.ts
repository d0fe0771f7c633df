import { Worker } from "node:worker_threads";

function runInWorker(file: any, data: any) {
  return new Promise((resolve) => {
    const worker: Worker = new Worker(file, { workerData: data }); // expect: LL101
    worker.once("message", resolve);
  });
}

export const handler = async (event: any) => runInWorker("./thumb.mjs", event.key);
