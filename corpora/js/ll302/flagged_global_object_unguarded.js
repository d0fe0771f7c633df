// Stored on the global object, but rebuilt on every call: nothing is reused.
const { SQSClient, SendMessageCommand } = require("@aws-sdk/client-sqs");

async function enqueue(body) {
  global.sqsClient = new SQSClient({}); // expect: LL302
  return global.sqsClient.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: body }));
}

exports.handler = async (event) => enqueue(JSON.stringify(event.detail));
