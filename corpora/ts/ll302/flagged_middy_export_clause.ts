import middy from "@middy/core";
import httpJsonBodyParser from "@middy/http-json-body-parser";
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from "aws-lambda";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";

const lambdaHandler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({})); // expect: LL302
  await doc.send(new PutCommand({ TableName: process.env.TABLE, Item: JSON.parse(event.body ?? "{}") }));
  return { statusCode: 201, body: "" };
};

const handler = middy(lambdaHandler).use(httpJsonBodyParser());

export { handler };
