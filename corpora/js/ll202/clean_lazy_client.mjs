import { KinesisClient, PutRecordCommand } from "@aws-sdk/client-kinesis";

let kinesis = null;

export const handler = async (event) => {
  if (kinesis === null) kinesis = new KinesisClient({});
  await kinesis.send(new PutRecordCommand({ StreamName: process.env.STREAM, PartitionKey: event.id, Data: Buffer.from(event.body) }));
  return { ok: true };
};
