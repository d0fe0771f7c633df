import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";

const TableName = process.env.ORDERS_TABLE;

function documentClient() {
  const base = new DynamoDBClient({}); // expect: LL302
  return DynamoDBDocumentClient.from(base); // expect: LL302
}

export async function findOrder(id) {
  const { Item } = await documentClient().send(new GetCommand({ TableName, Key: { id } }));
  return Item;
}

export async function saveOrder(order) {
  await documentClient().send(new PutCommand({ TableName, Item: order }));
}
