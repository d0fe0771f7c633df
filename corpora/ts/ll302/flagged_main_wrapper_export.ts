import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { middyfy } from "@libs/lambda";

// The serverless framework's TypeScript template: the template names `handler.main`.
const getOrder = async (event: { pathParameters: { id: string } }, context: unknown) => {
  const db = new DynamoDBClient({}); // expect: LL302
  const out = await db.send(
    new GetItemCommand({ TableName: process.env.ORDERS, Key: { id: { S: event.pathParameters.id } } }),
  );
  return { statusCode: 200, body: JSON.stringify(out.Item ?? {}), context };
};

export const main = middyfy(getOrder);
