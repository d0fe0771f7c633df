// one renderer process per execution environment, started at init and reused
const child_process = require("child_process");
const { once } = require("events");

const renderer = child_process.fork("./render.js");

exports.handler = async (event) => {
  renderer.send(event.templateId);
  const [html] = await once(renderer, "message");
  return { statusCode: 200, body: html };
};
