export const handler = async (event: any) => {
  const processed: unknown[] = [];
  for (const record of event.Records) processed.push(JSON.parse(record.body));
  return { count: processed.length };
};
