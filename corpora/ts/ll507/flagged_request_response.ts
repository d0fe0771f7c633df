import { LambdaClient, InvokeCommand } from "@aws-sdk/client-lambda";

const lambda: LambdaClient = new LambdaClient({});

export const handler = async (event: any) => {
  const res: any = await lambda.send(new InvokeCommand({ FunctionName: "pricing", InvocationType: "RequestResponse", Payload: JSON.stringify(event) })); // expect: LL507
  return res.StatusCode;
};
