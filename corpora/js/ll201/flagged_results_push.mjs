const processed = [];

export const handler = async (event) => {
  for (const record of event.Records) {
    processed.push(JSON.parse(record.body)); // expect: LL201
  }
  return { count: processed.length };
};
