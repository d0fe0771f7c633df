// Pending OAuth states expire after ten minutes: every call sweeps the stale ones out of the map.
const pending = new Map();
const TTL_MS = 10 * 60 * 1000;

function sweep(now) {
  for (const [nonce, entry] of pending) {
    if (now - entry.createdAt > TTL_MS) pending.delete(nonce);
  }
}

exports.handler = async (event) => {
  const now = Date.now();
  sweep(now);
  const nonce = event.requestContext.requestId;
  pending.set(nonce, { createdAt: now, redirect: event.queryStringParameters?.redirect });
  return { statusCode: 302, headers: { Location: `/login?state=${nonce}` } };
};
