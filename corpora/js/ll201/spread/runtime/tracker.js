const seen = new Map();

async function recordDelivery(id, status) {
  seen.set(id, { status, at: Date.now() }); // expect: LL201
  return { id, status };
}

module.exports = { recordDelivery };
