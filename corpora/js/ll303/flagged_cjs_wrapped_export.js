// `module.exports = wrap(fn)` where fn takes a handler's parameters: the handler.
const AWS = require("aws-sdk"); // expect: LL303

const table = new AWS.DynamoDB.DocumentClient();

const wrap = (fn) => async (event, context) => fn(event, context);

async function lookup(event, context) {
  const item = await table.get({ TableName: process.env.TABLE, Key: { id: event.id } }).promise();
  return { item, left: context.getRemainingTimeInMillis() };
}

module.exports = wrap(lookup);
