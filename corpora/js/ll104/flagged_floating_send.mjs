import { CloudWatchClient, PutMetricDataCommand } from "@aws-sdk/client-cloudwatch";

const cw = new CloudWatchClient({});

export const handler = async (event) => {
  const started = Date.now();
  const result = { statusCode: 200, body: JSON.stringify({ received: event.Records.length }) };
  cw.send(new PutMetricDataCommand({ // expect: LL104
    Namespace: "Orders",
    MetricData: [{ MetricName: "BatchMillis", Value: Date.now() - started }],
  }));
  return result;
};
