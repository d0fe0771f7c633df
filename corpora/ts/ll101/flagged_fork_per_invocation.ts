import { fork } from "child_process";
import { once } from "events";

export const handler = async (event: { templateId: string }) => {
  const child = fork("./render.js", [event.templateId]); // expect: LL101
  const [html] = await once(child, "message");
  return { statusCode: 200, body: String(html) };
};
