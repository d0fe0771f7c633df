// The same shape, but its only instance is built at module scope by its user.
const { SNSClient, PublishCommand } = require("@aws-sdk/client-sns");

class Reporter {
  constructor(topic) {
    this.topic = topic;
    this.sns = new SNSClient({});
  }

  report(text) {
    return this.sns.send(new PublishCommand({ TopicArn: this.topic, Message: text }));
  }
}

module.exports = { Reporter };
