import type { Callback, Context } from "aws-lambda";
function handler(event: any, context: Context, callback: Callback) { // expect: LL304
  const name = event.queryStringParameters?.name ?? "world";
  callback(null, { statusCode: 200, body: `hello ${name}` });
}

export { handler };
