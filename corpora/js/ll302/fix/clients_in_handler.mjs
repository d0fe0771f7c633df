// Clients built on every invocation: --fix --unsafe-fixes builds the constant ones once.
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";

const REGION = process.env.AWS_REGION;

export const handler = async (event) => {
  // expect-next-line: LL302
  const s3 = new S3Client({ region: REGION, maxAttempts: 3 });
  // per-invocation arguments: no fix
  const sqs = new SQSClient({ region: event.region }); // expect: LL302
  const object = await s3.send(new GetObjectCommand({ Bucket: event.bucket, Key: event.key }));
  await sqs.send(new SendMessageCommand({ QueueUrl: event.queue, MessageBody: event.key }));
  return { size: object.ContentLength };
};
