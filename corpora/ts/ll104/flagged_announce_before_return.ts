import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";

const sqs = new SQSClient({});

// The same call before the return: the handler returns and the send is frozen half-way.
export const handler = async (event: { id: string }) => {
  const saved = { id: event.id, at: Date.now() };
  announce(event.id); // expect: LL104
  return { statusCode: 201, body: JSON.stringify(saved) };
};

async function announce(id: string): Promise<void> {
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: id }));
}
