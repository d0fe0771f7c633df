export const handler = async (event) => {
  const processed = [];
  for (const record of event.Records) processed.push(JSON.parse(record.body));
  return { count: processed.length };
};
