import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";

const sqs = new SQSClient({});

export default class AuditTrail {
  constructor(private readonly queueUrl: string) {}
  async note(entry: string): Promise<void> {
    await sqs.send(new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: entry }));
  }
}
