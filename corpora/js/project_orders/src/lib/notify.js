import { SNSClient, PublishCommand } from "@aws-sdk/client-sns";

const sns = new SNSClient({});

export async function orderCreated(order) {
  await sns.send(new PublishCommand({ TopicArn: process.env.TOPIC_ARN, Message: JSON.stringify(order) }));
  await fetch(process.env.AUDIT_URL, { method: "POST", body: order.id }); // expect: LL402
}
