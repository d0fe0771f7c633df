// One helper per file, the module itself the function: called by the handler through a barrel.
const axios = require("axios");

module.exports = async (params) => {
  const res = await axios.get(`https://quotes.example.org/v1/${params.symbol}`); // expect: LL402
  return res.data;
};
