// X-Ray's captureAWS hands back the same aws-sdk v2 module, instrumented
const AWSXRay = require("aws-xray-sdk-core");
const AWS = AWSXRay.captureAWS(require("aws-sdk")); // expect: LL303

exports.handler = async (event) => {
  const dynamo = new AWS.DynamoDB(); // expect: LL302
  return dynamo.getItem({ TableName: process.env.TABLE, Key: { pk: { S: event.id } } }).promise();
};
