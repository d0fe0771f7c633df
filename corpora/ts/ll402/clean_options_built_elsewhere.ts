import got from "got";

const options: Record<string, unknown> = { timeout: { request: 5000 }, retry: { limit: 1 } };

export const handler = async (event: any) => {
  const quote: any = await got(`https://rates.example.com/${event.currency}`, options).json();
  return { rate: quote.rate };
};
