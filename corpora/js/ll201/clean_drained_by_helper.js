// The module array is drained every call by the helper it is passed to (splice empties it).
const { SQSClient, SendMessageBatchCommand } = require("@aws-sdk/client-sqs");

const sqs = new SQSClient({});
const messages = [];

const sendBatch = async (pending) => {
  const batch = pending.splice(0, pending.length);
  await sqs.send(new SendMessageBatchCommand({ QueueUrl: process.env.QUEUE_URL, Entries: batch }));
};

exports.handler = async (event) => {
  event.Records.forEach((r) => messages.push({ Id: r.messageId, MessageBody: r.body }));
  await sendBatch(messages);
};
