// One instance has a timeout; the per-node RPC instances built in the loop do not.
const axios = require("axios");

const lcd = axios.create({ baseURL: "https://lcd.example.org", timeout: 5000 });

async function executed(commandId, nodes) {
  for (const url of nodes) {
    const rpc = axios.create({ baseURL: url });
    const res = await rpc.post("", { method: "eth_call", params: [commandId] }); // expect: LL402
    if (res.data) return true;
  }
  return false;
}

exports.handler = async (event) => {
  const block = await lcd.get(`/blocks/${event.height}`);
  return { block: block.data, done: await executed(event.commandId, event.nodes) };
};
