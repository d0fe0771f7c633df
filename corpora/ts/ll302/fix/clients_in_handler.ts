// A client built on every invocation: --fix --unsafe-fixes builds it once at module scope.
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from "aws-lambda";

const TABLE = process.env.TABLE_NAME ?? "orders";

export async function handler(event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
  // expect-next-line: LL302
  const ddb = new DynamoDBClient({});
  const item = await ddb.send(
    new GetItemCommand({ TableName: TABLE, Key: { id: { S: event.pathParameters?.id ?? "" } } }),
  );
  return { statusCode: item.Item ? 200 : 404, body: JSON.stringify(item.Item ?? {}) };
}
