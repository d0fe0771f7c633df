import { EventBridgeClient, PutEventsCommand } from "@aws-sdk/client-eventbridge";

const events = new EventBridgeClient({});

async function emit(detail) {
  await events.send(new PutEventsCommand({ Entries: [{ Source: "orders", DetailType: "Shipped", Detail: JSON.stringify(detail) }] }));
}

export const handler = async (event) => {
  for (const record of event.Records) {
    await emit(JSON.parse(record.body));
  }
  return "done";
};
