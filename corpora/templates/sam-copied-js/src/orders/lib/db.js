const { DynamoDBClient, GetItemCommand } = require('@aws-sdk/client-dynamodb');

const client = new DynamoDBClient({});

exports.getItem = async (table, id) =>
  client.send(new GetItemCommand({ TableName: table, Key: { id: { S: id } } }));
