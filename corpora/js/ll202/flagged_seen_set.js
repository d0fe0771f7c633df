const seen = new Set();

exports.handler = async (event) => {
  const results = [];
  for (const record of event.Records) {
    if (seen.has(record.messageId)) continue;
    seen.add(record.messageId); // expect: LL202
    results.push(record.body);
  }
  return results;
};
