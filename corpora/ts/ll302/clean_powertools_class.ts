import type { LambdaInterface } from "@aws-lambda-powertools/commons/types";
import { Tracer } from "@aws-lambda-powertools/tracer";
import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";

const tracer = new Tracer({ serviceName: "orders" });
const sqs = tracer.captureAWSv3Client(new SQSClient({}));

class OrdersFunction implements LambdaInterface {
  @tracer.captureLambdaHandler()
  public async handler(event: { orderId: string }, _context: unknown): Promise<string> {
    await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: event.orderId }));
    return event.orderId;
  }
}

const handlerClass = new OrdersFunction();
export const handler = handlerClass.handler.bind(handlerClass);
