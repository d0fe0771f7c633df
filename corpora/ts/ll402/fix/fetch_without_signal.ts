// fetch without a signal: --fix --unsafe-fixes adds `{ signal: AbortSignal.timeout(10000) }`.
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from "aws-lambda";

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const id = event.pathParameters?.id ?? "";
  // expect-next-line: LL402
  const res = await fetch(
    `https://api.example.com/orders/${id}`,
  );
  return { statusCode: res.status, body: await res.text() };
};
