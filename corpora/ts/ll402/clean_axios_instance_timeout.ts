import axios from "axios";

const api = axios.create({ baseURL: process.env.API_URL, timeout: 4000 });

export const handler = async (event: any) => {
  const { data } = await api.get(`/customers/${event.customerId}`);
  return data;
};
