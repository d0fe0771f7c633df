import type { Callback, Context } from "aws-lambda";
const sessions = new Map<string, unknown>();

export const handler = async (event: any) => {
  const id = event.requestContext.connectionId;
  sessions.set(id, { connectedAt: Date.now(), user: event.queryStringParameters?.user }); // expect: LL201
  return { statusCode: 200 };
};
