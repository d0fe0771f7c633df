const { SNSClient, PublishCommand } = require("@aws-sdk/client-sns");

const sns = new SNSClient({});

async function audit(event) {
  await sns.send(new PublishCommand({ TopicArn: process.env.AUDIT_TOPIC, Message: JSON.stringify(event) }));
}

exports.handler = async (event) => {
  void audit(event); // expect: LL104
  fetch(process.env.PING_URL, { signal: AbortSignal.timeout(1000) }).then((r) => r.text()); // expect: LL104
  return { statusCode: 202 };
};
