import { LambdaClient, InvokeCommand } from "@aws-sdk/client-lambda";

const lambda = new LambdaClient({});

export const handler = async (event) => {
  await lambda.send(new InvokeCommand({ FunctionName: "audit", InvocationType: "Event", Payload: JSON.stringify(event) }));
  return { accepted: true };
};
