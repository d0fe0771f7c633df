// The same shape with a timeout: bounded.
const axios = require("axios");

module.exports = async (params) => {
  const res = await axios.get(`https://quotes.example.org/v1/${params.symbol}/history`, { timeout: 4000 });
  return res.data;
};
