// one renderer process per execution environment, started at init and reused
import { fork } from "node:child_process";
import { once } from "node:events";

const renderer = fork("./render.js");

export const handler = async (event: { templateId: string }) => {
  renderer.send(event.templateId);
  const [html] = await once(renderer, "message");
  return { statusCode: 200, body: String(html) };
};
