const { Worker } = require("worker_threads");

exports.handler = async (event) => {
  const jobs = event.chunks.map((chunk) => new Promise((resolve, reject) => {
    const w = new Worker("./hash-worker.js", { workerData: chunk }); // expect: LL101
    w.on("message", resolve);
    w.on("error", reject);
  }));
  return Promise.all(jobs);
};
