function summarise(items) {
  const byKind = new Map();
  for (const item of items) byKind.set(item.kind, (byKind.get(item.kind) || 0) + 1);
  return Object.fromEntries(byKind);
}

module.exports = { summarise };
