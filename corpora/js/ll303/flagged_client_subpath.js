const DynamoDB = require("aws-sdk/clients/dynamodb"); // expect: LL303

const doc = new DynamoDB.DocumentClient();

exports.handler = async (event) => {
  const out = await doc.get({ TableName: process.env.TABLE, Key: { id: event.id } }).promise();
  return out.Item;
};
