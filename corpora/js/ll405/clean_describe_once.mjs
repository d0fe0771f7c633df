import { EC2Client, DescribeInstancesCommand } from "@aws-sdk/client-ec2";

const ec2 = new EC2Client({});

export const handler = async (event) => {
  const out = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [event.instanceId] }));
  return out.Reservations[0].Instances[0].State.Name;
};
