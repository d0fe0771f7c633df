export const handler = async (event) => {
  const res = await fetch(`https://api.partner.example.com/orders/${event.orderId}`); // expect: LL402
  if (!res.ok) throw new Error(`partner returned ${res.status}`);
  return res.json();
};
