import { SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";

const sfn: SFNClient = new SFNClient({});

export const handler = async (event: any) => {
  const out: any = await sfn.send(new StartExecutionCommand({ stateMachineArn: process.env.FLOW_ARN, input: JSON.stringify(event) }));
  return out.executionArn;
};
