// An event publisher of the project: each instance builds its own client.
const { EventBridgeClient, PutEventsCommand } = require("@aws-sdk/client-eventbridge");

class Publisher {
  constructor(bus) {
    this.bus = bus;
    this.client = new EventBridgeClient({}); // expect: LL302
  }

  publish(detail) {
    return this.client.send(new PutEventsCommand({ Entries: [{ EventBusName: this.bus, Detail: JSON.stringify(detail) }] }));
  }
}

module.exports = { Publisher };
