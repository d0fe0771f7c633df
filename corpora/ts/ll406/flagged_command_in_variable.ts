// The AWS docs' style: the command is held in a variable, then sent.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, ScanCommand } from "@aws-sdk/lib-dynamodb";

const docs = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async () => {
  const command = new ScanCommand({ TableName: process.env.GIGS_TABLE }); // expect: LL406
  const response = await docs.send(command);
  return { statusCode: 200, body: JSON.stringify(response.Items) };
};
