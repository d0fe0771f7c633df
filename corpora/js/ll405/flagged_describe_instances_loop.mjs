import { EC2Client, StartInstancesCommand, DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { setTimeout as sleep } from "node:timers/promises";

const ec2 = new EC2Client({});

export const handler = async (event, context) => {
  await ec2.send(new StartInstancesCommand({ InstanceIds: [event.instanceId] }));
  while (context.getRemainingTimeInMillis() > 15000) { // expect: LL405
    const out = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [event.instanceId] }));
    if (out.Reservations[0].Instances[0].State.Name === "running") return "running";
    await sleep(5000); // expect: LL403
  }
  return "timeout";
};
