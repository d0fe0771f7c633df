import { EC2Client, DescribeInstancesCommand } from "@aws-sdk/client-ec2";

const ec2: EC2Client = new EC2Client({});

export const handler = async (event: any) => {
  const out: any = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [event.instanceId] }));
  return out.Reservations[0].Instances[0].State.Name;
};
