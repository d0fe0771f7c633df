import { DynamoDBClient, ScanCommand } from "@aws-sdk/client-dynamodb";
import { runScript } from "./script-runner";

// A script's entry point, also called `main`, wrapping a function without a handler's parameters:
// not a handler, so its client is no per-invocation client.
const report = async (argv: string[]) => {
  const db = new DynamoDBClient({});
  const out = await db.send(new ScanCommand({ TableName: argv[2], Limit: 10 }));
  console.log(out.Count);
};

export const main = runScript(report);
