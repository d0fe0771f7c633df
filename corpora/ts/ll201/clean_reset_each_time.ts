let batch = [];

export const handler = async (event: any) => {
  batch = [];
  for (const r of event.Records) batch.push(r.messageId);
  return batch;
};
