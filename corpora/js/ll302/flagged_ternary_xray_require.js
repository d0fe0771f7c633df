// X-Ray only when enabled: both branches load aws-sdk, so AWS is the SDK and used at cold start.
const AWS = process.env.XRAY === "true" ? require("aws-xray-sdk").captureAWS(require("aws-sdk")) : require("aws-sdk"); // expect: LL303

const queue = new AWS.SQS();

exports.handler = async (event) => {
  const ddb = new AWS.DynamoDB.DocumentClient(); // expect: LL302
  await ddb.delete({ TableName: process.env.TABLE, Key: { connectionId: event.requestContext.connectionId } }).promise();
  return queue.sendMessage({ QueueUrl: process.env.QUEUE_URL, MessageBody: "bye" }).promise();
};
