const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");
const { DynamoDBDocumentClient, ScanCommand } = require("@aws-sdk/lib-dynamodb");

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

exports.handler = async () => {
  const result = await doc.send(new ScanCommand({ TableName: process.env.TABLE })); // expect: LL406
  return { statusCode: 200, body: JSON.stringify(result.Items) };
};
