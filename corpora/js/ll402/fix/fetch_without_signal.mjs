// fetch without a signal: --fix --unsafe-fixes adds `{ signal: AbortSignal.timeout(10000) }`.
export const handler = async (event) => {
  // expect-next-line: LL402
  const res = await fetch(`https://api.example.com/orders/${event.id}`);
  // options written in the call would need merging: no fix
  const ack = await fetch("https://api.example.com/acks", { method: "POST" }); // expect: LL402
  return { order: await res.json(), acked: ack.ok };
};
