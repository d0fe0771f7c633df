const { fork } = require("node:child_process");
const { once } = require("node:events");

exports.handler = async (event) => {
  const child = fork("./render.js", [event.templateId]); // expect: LL101
  const [html] = await once(child, "message");
  return { statusCode: 200, body: html };
};
