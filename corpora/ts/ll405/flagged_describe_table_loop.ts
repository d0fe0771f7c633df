import type { Callback, Context } from "aws-lambda";
import { DynamoDBClient, CreateTableCommand, DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { setTimeout as pause } from "node:timers/promises";

const ddb: DynamoDBClient = new DynamoDBClient({});

export const handler = async (event: any, context: Context) => {
  await ddb.send(new CreateTableCommand(event.tableDefinition));
  for (let i: number = 0; i < 30 && context.getRemainingTimeInMillis() > 5000; i++) { // expect: LL405
    const { Table } = await ddb.send(new DescribeTableCommand({ TableName: event.tableDefinition.TableName }));
    if (Table.TableStatus === "ACTIVE") return Table.TableArn;
    await pause(2000); // expect: LL403
  }
  throw new Error("table not active");
};
