const { DynamoDBClient, GetItemCommand } = require("@aws-sdk/client-dynamodb");

const db = new DynamoDBClient({});

exports.handler = (event, context, callback) => { // expect: LL304
  db.send(new GetItemCommand({ TableName: process.env.TABLE, Key: { pk: { S: event.id } } }))
    .then((out) => callback(null, { statusCode: 200, body: JSON.stringify(out.Item) }))
    .catch((err) => callback(err));
};
