// fetch without a signal: --fix --unsafe-fixes adds `{ signal: AbortSignal.timeout(10000) }`, or
// `signal` to the options written in the call.
export const handler = async (event) => {
  // expect-next-line: LL402
  const res = await fetch(`https://api.example.com/orders/${event.id}`);
  // options written in the call: `signal` joins them
  const ack = await fetch("https://api.example.com/acks", { method: "POST", body: `{"id": "${event.id}"}` }); // expect: LL402
  const ping = await fetch("https://api.example.com/ping", {}); // expect: LL402
  // options in a variable: no fix (the object is elsewhere)
  const opts = { method: "PUT" };
  const put = await fetch("https://api.example.com/put", opts); // expect: LL402
  return { order: await res.json(), acked: ack.ok, up: ping.ok, put: put.ok };
};
