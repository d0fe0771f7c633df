import { LambdaClient, InvokeCommand } from "@aws-sdk/client-lambda";

const lambda: LambdaClient = new LambdaClient({});

export const handler = async (event: any) => {
  const params: Record<string, unknown> = { FunctionName: "fanout", InvocationType: event.wait ? "RequestResponse" : "Event" };
  return lambda.send(new InvokeCommand(params));
};
