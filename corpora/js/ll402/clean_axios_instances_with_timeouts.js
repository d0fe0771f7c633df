// Every instance is made with its own timeout.
const axios = require("axios");

const lcd = axios.create({ baseURL: "https://lcd.example.org", timeout: 5000 });
const rpc = axios.create({ baseURL: "https://rpc.example.org", timeout: 8000 });

exports.handler = async (event) => {
  const block = await lcd.get(`/blocks/${event.height}`);
  const res = await rpc.post("", { method: "eth_blockNumber" });
  return { block: block.data, head: res.data };
};
