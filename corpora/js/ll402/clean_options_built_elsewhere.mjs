import got from "got";

const options = { timeout: { request: 5000 }, retry: { limit: 1 } };

export const handler = async (event) => {
  const quote = await got(`https://rates.example.com/${event.currency}`, options).json();
  return { rate: quote.rate };
};
