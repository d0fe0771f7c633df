import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, ScanCommand } from "@aws-sdk/lib-dynamodb";

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async () => {
  const result: any = await doc.send(new ScanCommand({ TableName: process.env.TABLE })); // expect: LL406
  return { statusCode: 200, body: JSON.stringify(result.Items) };
};
