// One handler takes a callback, the other is async: the async one freezes the helper's promise.
const { DynamoDBClient, PutItemCommand } = require("@aws-sdk/client-dynamodb");
const db = new DynamoDBClient({});

function record(item) {
  db.send(new PutItemCommand({ TableName: process.env.TABLE, Item: item })); // expect: LL104
}

exports.legacyHandler = function (event, context, callback) {
  record({ pk: { S: event.id } });
  callback(null, { ok: true });
};

exports.handler = async (event) => {
  record({ pk: { S: event.id } });
  return { ok: true };
};
