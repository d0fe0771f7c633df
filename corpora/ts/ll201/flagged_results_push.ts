const processed: unknown[] = [];

export const handler = async (event: any) => {
  for (const record of event.Records) {
    processed.push(JSON.parse(record.body)); // expect: LL201
  }
  return { count: processed.length };
};
