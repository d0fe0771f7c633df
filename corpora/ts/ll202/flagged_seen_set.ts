const seen = new Set<string>();

export const handler = async (event: any) => {
  const results: unknown[] = [];
  for (const record of event.Records) {
    if (seen.has(record.messageId)) continue;
    seen.add(record.messageId); // expect: LL202
    results.push(record.body);
  }
  return results;
};
