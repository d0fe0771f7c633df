// A helper nothing calls: never run by an invocation.
const axios = require("axios");

module.exports = async (params) => (await axios.get(`https://old.example.org/${params.id}`)).data;
