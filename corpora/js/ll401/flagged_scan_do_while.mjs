import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, ScanCommand } from "@aws-sdk/lib-dynamodb";

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async () => {
  let ExclusiveStartKey;
  let archived = 0;
  do { // expect: LL401
    const page = await doc.send(new ScanCommand({ TableName: process.env.TABLE, ExclusiveStartKey }));
    archived += await archive(page.Items);
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return { archived };
};

async function archive(items) { return items.length; }
