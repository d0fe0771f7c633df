// A callback handler: the runtime waits for the event loop to empty before it freezes, so the
// promise its helper leaves running finishes within the invocation.
const { DynamoDBClient, PutItemCommand } = require("@aws-sdk/client-dynamodb");
const db = new DynamoDBClient({});

function record(item) {
  db.send(new PutItemCommand({ TableName: process.env.TABLE, Item: item })).catch(console.error);
}

exports.handler = function (event, context, callback) {
  event.Records.forEach((r) => record({ pk: { S: r.messageId } }));
  callback(null, { ok: true });
};
