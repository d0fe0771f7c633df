import { FirehoseClient, PutRecordCommand } from "@aws-sdk/client-firehose";

const firehose: FirehoseClient = new FirehoseClient({});

export const handler = async (event: { detail: unknown }): Promise<{ ok: boolean }> => {
  setImmediate(() => { // expect: LL104
    firehose.send(new PutRecordCommand({ DeliveryStreamName: process.env.STREAM, Record: { Data: Buffer.from(JSON.stringify(event.detail)) } })); // expect: LL104
  });
  return { ok: true };
};
