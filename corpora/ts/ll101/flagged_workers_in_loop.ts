import { Worker } from "worker_threads";

export const handler = async (event: any) => {
  const jobs = event.chunks.map((chunk) => new Promise((resolve: any, reject: any) => {
    const w: Worker = new Worker("./hash-worker.js", { workerData: chunk }); // expect: LL101
    w.on("message", resolve);
    w.on("error", reject);
  }));
  return Promise.all(jobs);
};
