const { execFile } = require("node:child_process");

const run = (args) => new Promise((resolve, reject) => {
  execFile("/opt/bin/ffmpeg", args, (err) => (err ? reject(err) : resolve()));
});

const transcode = async (key) => {
  await run(["-i", `/tmp/${key}`, "-vf", "scale=640:-1", "-y", "/tmp/out.mp4"]);
};

module.exports = { transcode };
