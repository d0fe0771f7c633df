// The same style, looping on LastEvaluatedKey: every page is read.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, ScanCommand } from "@aws-sdk/lib-dynamodb";

const docs = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async () => {
  const all: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do { // expect: LL401
    const command = new ScanCommand({ TableName: process.env.GIGS_TABLE, ExclusiveStartKey: start });
    const page = await docs.send(command);
    all.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return { statusCode: 200, body: JSON.stringify(all) };
};
