// build script, not deployed: no handler here
const { Worker } = require("worker_threads");

const worker = new Worker("./prebuild.js");
worker.on("exit", (code) => process.exit(code));
