const { SQSClient, DeleteMessageCommand } = require("@aws-sdk/client-sqs");

const sqs = new SQSClient({});

exports.handler = async (event) => {
  for (const record of event.Records) {
    await sqs.send(new DeleteMessageCommand({ QueueUrl: process.env.QUEUE_URL, ReceiptHandle: record.receiptHandle }));
  }
  return event.Records.length;
};
