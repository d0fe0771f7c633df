// The client is kept on Node's global object behind a check: built once per execution environment.
const { SQSClient, SendMessageCommand } = require("@aws-sdk/client-sqs");

async function enqueue(body) {
  if (!globalThis.sqsClient) {
    globalThis.sqsClient = new SQSClient({});
  }
  return globalThis.sqsClient.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: body }));
}

exports.handler = async (event) => enqueue(JSON.stringify(event.detail));
