export const handler = async (event) => {
  const body = JSON.stringify({ id: event.id, status: "shipped" });
  const res = await fetch(process.env.WEBHOOK_URL, { // expect: LL402
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  return { statusCode: res.status };
};
