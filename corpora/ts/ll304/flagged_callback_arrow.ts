import type { Callback, Context } from "aws-lambda";
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";

const db: DynamoDBClient = new DynamoDBClient({});

export const handler = (event: any, context: Context, callback: Callback) => { // expect: LL304
  db.send(new GetItemCommand({ TableName: process.env.TABLE, Key: { pk: { S: event.id } } }))
    .then((out) => callback(null, { statusCode: 200, body: JSON.stringify(out.Item) }))
    .catch((err) => callback(err));
};
