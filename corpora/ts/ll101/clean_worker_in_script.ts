// build script, not deployed: no handler here
import { Worker } from "worker_threads";

const worker: Worker = new Worker("./prebuild.js");
worker.on("exit", (code) => process.exit(code));
