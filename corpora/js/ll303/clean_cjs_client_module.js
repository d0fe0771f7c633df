// A module that is itself a client wrapper (`module.exports = client`): a library for other code,
// not a handler; whether v2 reaches a handler is decided where it is required.
const AWS = require("aws-sdk");

const queue = new AWS.SQS();

const client = {
  send: (body) => queue.sendMessage({ QueueUrl: process.env.QUEUE_URL, MessageBody: body }).promise(),
};

module.exports = client;
