let batch = [];

exports.handler = async (event) => {
  batch = [];
  for (const r of event.Records) batch.push(r.messageId);
  return batch;
};
