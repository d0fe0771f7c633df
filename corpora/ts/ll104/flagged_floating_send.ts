import { CloudWatchClient, PutMetricDataCommand } from "@aws-sdk/client-cloudwatch";

const cw: CloudWatchClient = new CloudWatchClient({});

export const handler = async (event: any) => {
  const started = Date.now();
  const result: Record<string, unknown> = { statusCode: 200, body: JSON.stringify({ received: event.Records.length }) };
  cw.send(new PutMetricDataCommand({ // expect: LL104
    Namespace: "Orders",
    MetricData: [{ MetricName: "BatchMillis", Value: Date.now() - started }],
  }));
  return result;
};
