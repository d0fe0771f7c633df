// Deleting the keys this event names does not bound the map: every other request's entry stays.
const pending = new Map();

exports.handler = async (event) => {
  const nonce = event.requestContext.requestId;
  pending.set(nonce, { createdAt: Date.now() }); // expect: LL201
  for (const done of event.completed ?? []) pending.delete(done);
  return { statusCode: 302, headers: { Location: `/login?state=${nonce}` } };
};
