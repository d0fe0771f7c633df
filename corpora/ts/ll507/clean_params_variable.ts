import { LambdaClient, InvokeCommand } from "@aws-sdk/client-lambda";

const lambda = new LambdaClient({});

export const handler = async (event: any) => {
  const params = { FunctionName: "fanout", InvocationType: event.wait ? "RequestResponse" : "Event" };
  return lambda.send(new InvokeCommand(params));
};
