const axios = require("axios");

const api = axios.create({ baseURL: process.env.API_URL, timeout: 4000 });

exports.handler = async (event) => {
  const { data } = await api.get(`/customers/${event.customerId}`);
  return data;
};
