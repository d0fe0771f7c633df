export const handler = async (event) => {
  const res = await fetch(`https://api.partner.example.com/orders/${event.orderId}`, {
    signal: AbortSignal.timeout(3000),
  });
  return res.json();
};
