import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: any) => {
  event.Records.forEach(async (record) => { // expect: LL104
    const item: any = JSON.parse(record.body);
    await doc.send(new PutCommand({ TableName: process.env.TABLE, Item: item }));
  });
  return { batchItemFailures: [] };
};
