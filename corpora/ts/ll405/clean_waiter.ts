import { EC2Client, StartInstancesCommand, waitUntilInstanceRunning } from "@aws-sdk/client-ec2";

const ec2: EC2Client = new EC2Client({});

export const handler = async (event: any) => {
  await ec2.send(new StartInstancesCommand({ InstanceIds: [event.instanceId] }));
  await waitUntilInstanceRunning({ client: ec2, maxWaitTime: 120 }, { InstanceIds: [event.instanceId] });
  return "running";
};
