import { SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";

const sfn = new SFNClient({});

export const handler = async (event) => {
  const out = await sfn.send(new StartExecutionCommand({ stateMachineArn: process.env.FLOW_ARN, input: JSON.stringify(event) }));
  return out.executionArn;
};
