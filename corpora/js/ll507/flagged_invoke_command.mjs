import { LambdaClient, InvokeCommand } from "@aws-sdk/client-lambda";

const lambda = new LambdaClient({});

export const handler = async (event) => {
  const out = await lambda.send(new InvokeCommand({ // expect: LL507
    FunctionName: process.env.RESIZE_FUNCTION,
    Payload: Buffer.from(JSON.stringify(event)),
  }));
  return JSON.parse(Buffer.from(out.Payload).toString());
};
