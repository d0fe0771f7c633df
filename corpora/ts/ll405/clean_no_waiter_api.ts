import type { Callback, Context } from "aws-lambda";
import { SFNClient, DescribeExecutionCommand } from "@aws-sdk/client-sfn";
import { setTimeout as sleep } from "node:timers/promises";

const sfn: SFNClient = new SFNClient({});

export const handler = async (event: any, context: Context) => {
  while (context.getRemainingTimeInMillis() > 10000) {
    const out: any = await sfn.send(new DescribeExecutionCommand({ executionArn: event.executionArn }));
    if (out.status !== "RUNNING") return out.status;
    await sleep(3000); // expect: LL403
  }
  return "RUNNING";
};
