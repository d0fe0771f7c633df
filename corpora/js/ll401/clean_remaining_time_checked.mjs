import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, ScanCommand } from "@aws-sdk/lib-dynamodb";

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event, context) => {
  let ExclusiveStartKey = event.resumeFrom;
  do {
    if (context.getRemainingTimeInMillis() < 10000) return { resumeFrom: ExclusiveStartKey };
    const page = await doc.send(new ScanCommand({ TableName: process.env.TABLE, ExclusiveStartKey }));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return { done: true };
};
