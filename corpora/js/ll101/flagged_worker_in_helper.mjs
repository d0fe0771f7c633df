import { Worker } from "node:worker_threads";

function runInWorker(file, data) {
  return new Promise((resolve) => {
    const worker = new Worker(file, { workerData: data }); // expect: LL101
    worker.once("message", resolve);
  });
}

export const handler = async (event) => runInWorker("./thumb.mjs", event.key);
