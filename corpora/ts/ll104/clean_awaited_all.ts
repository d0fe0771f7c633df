import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";

const sqs: SQSClient = new SQSClient({});

export const handler = async (event: any) => {
  const sends = event.items.map((item) =>
    sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: JSON.stringify(item) })));
  await Promise.all(sends);
  return { sent: sends.length };
};
