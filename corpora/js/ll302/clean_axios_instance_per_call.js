// An axios instance per call is configuration only: requests share Node's global keep-alive agent.
const axios = require("axios");

async function price(symbol) {
  const api = axios.create({ baseURL: "https://prices.example.org", timeout: 3000 });
  const res = await api.get(`/v1/${symbol}`);
  return res.data.price;
}

exports.handler = async (event) => ({ price: await price(event.symbol) });
