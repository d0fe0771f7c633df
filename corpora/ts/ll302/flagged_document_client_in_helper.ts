import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";

const base: DynamoDBClient = new DynamoDBClient({});

async function loadOrder(id: any) {
  const doc = DynamoDBDocumentClient.from(base); // expect: LL302
  const { Item } = await doc.send(new GetCommand({ TableName: process.env.TABLE, Key: { id } }));
  return Item;
}

export const handler = async (event: any) => {
  const order: any = await loadOrder(event.pathParameters.id);
  return { statusCode: order ? 200 : 404, body: JSON.stringify(order ?? {}) };
};
