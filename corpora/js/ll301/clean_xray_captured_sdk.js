// the SDK that captureAWS wraps is used on every path: not an unused heavy import
const AWSXRay = require("aws-xray-sdk-core");
const AWS = AWSXRay.captureAWS(require("aws-sdk")); // expect: LL303
const sqs = new AWS.SQS();

exports.handler = async (event) => {
  await sqs.sendMessage({ QueueUrl: process.env.QUEUE_URL, MessageBody: JSON.stringify(event) }).promise();
  return { statusCode: 202 };
};
