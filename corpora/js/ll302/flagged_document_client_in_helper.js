const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");
const { DynamoDBDocumentClient, GetCommand } = require("@aws-sdk/lib-dynamodb");

const base = new DynamoDBClient({});

async function loadOrder(id) {
  const doc = DynamoDBDocumentClient.from(base); // expect: LL302
  const { Item } = await doc.send(new GetCommand({ TableName: process.env.TABLE, Key: { id } }));
  return Item;
}

exports.handler = async (event) => {
  const order = await loadOrder(event.pathParameters.id);
  return { statusCode: order ? 200 : 404, body: JSON.stringify(order ?? {}) };
};
