import { SQSClient, DeleteMessageCommand } from "@aws-sdk/client-sqs";

const sqs: SQSClient = new SQSClient({});

export const handler = async (event: any) => {
  for (const record of event.Records) {
    await sqs.send(new DeleteMessageCommand({ QueueUrl: process.env.QUEUE_URL, ReceiptHandle: record.receiptHandle }));
  }
  return event.Records.length;
};
