const { DynamoDBClient, GetItemCommand } = require("@aws-sdk/client-dynamodb");

const db = new DynamoDBClient({});

exports.handler = function (event, context, callback) {
  db.send(new GetItemCommand({ TableName: process.env.TABLE, Key: { pk: { S: event.id } } }))
    .then((out) => callback(null, out.Item))
    .catch(callback);
};
