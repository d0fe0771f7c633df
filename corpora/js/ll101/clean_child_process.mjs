import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export const handler = async (event) => {
  const { stdout } = await run("/opt/bin/convert", [event.input, "/tmp/out.png"], { timeout: 10000 });
  return stdout;
};
