const { SFNClient, DescribeExecutionCommand } = require("@aws-sdk/client-sfn");
const { setTimeout: sleep } = require("node:timers/promises");

const sfn = new SFNClient({});

exports.handler = async (event, context) => {
  while (context.getRemainingTimeInMillis() > 10000) {
    const out = await sfn.send(new DescribeExecutionCommand({ executionArn: event.executionArn }));
    if (out.status !== "RUNNING") return out.status;
    await sleep(3000); // expect: LL403
  }
  return "RUNNING";
};
