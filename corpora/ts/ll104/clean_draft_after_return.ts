import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";

const sqs = new SQSClient({});

// A draft left below an early return never runs: its unawaited call starts no background work.
export const handler = async (event: { id: string }) => {
  const saved = { id: event.id, at: Date.now() };
  return { statusCode: 201, body: JSON.stringify(saved) };

  announce(event.id);
  return { statusCode: 202 };
};

async function announce(id: string): Promise<void> {
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: id }));
}
