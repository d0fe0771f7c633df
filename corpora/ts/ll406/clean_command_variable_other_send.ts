// A scan command built in a variable but never sent; the page read is a GetItem's.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, ScanCommand } from "@aws-sdk/lib-dynamodb";

const docs = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: { id: string }) => {
  const scan = new ScanCommand({ TableName: process.env.GIGS_TABLE });
  const get = new GetCommand({ TableName: process.env.GIGS_TABLE, Key: { id: event.id } });
  const response = await docs.send(get);
  return { statusCode: 200, body: JSON.stringify({ item: response.Item, queued: scan.input, Items: [] }) };
};
