// A keep-alive agent built per call: its sockets and TLS sessions are thrown away every time.
const https = require("https");
const axios = require("axios");

async function price(symbol) {
  const agent = new https.Agent({ keepAlive: true }); // expect: LL302
  const res = await axios.get(`https://prices.example.org/v1/${symbol}`, { httpsAgent: agent, timeout: 3000 });
  return res.data.price;
}

exports.handler = async (event) => ({ price: await price(event.symbol) });
