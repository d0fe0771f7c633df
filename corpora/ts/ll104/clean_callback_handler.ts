import type { Callback, Context } from "aws-lambda";
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";

const db: DynamoDBClient = new DynamoDBClient({});

export const handler = function (event: any, context: Context, callback: Callback) {
  db.send(new GetItemCommand({ TableName: process.env.TABLE, Key: { pk: { S: event.id } } }))
    .then((out) => callback(null, out.Item))
    .catch(callback);
};
