import type { LambdaInterface } from "@aws-lambda-powertools/commons/types";
import { Logger } from "@aws-lambda-powertools/logger";
import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";

const logger = new Logger({ serviceName: "orders" });

class OrdersFunction implements LambdaInterface {
  @logger.injectLambdaContext()
  public async handler(event: { orderId: string }, _context: unknown): Promise<string> {
    const sqs = new SQSClient({}); // expect: LL302
    await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: event.orderId }));
    return event.orderId;
  }
}

const handlerClass = new OrdersFunction();
export const handler = handlerClass.handler.bind(handlerClass);
