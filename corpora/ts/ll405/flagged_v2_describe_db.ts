import type { Callback, Context } from "aws-lambda";
import AWS from "aws-sdk"; // expect: LL303

import { setTimeout as sleep } from "timers/promises";

const rds = new AWS.RDS();

export const handler = async (event: any, context: Context) => {
  await rds.startDBInstance({ DBInstanceIdentifier: event.db }).promise();
  while (context.getRemainingTimeInMillis() > 20000) { // expect: LL405
    const r: any = await rds.describeDBInstances({ DBInstanceIdentifier: event.db }).promise();
    if (r.DBInstances[0].DBInstanceStatus === "available") return "available";
    await sleep(10000); // expect: LL403
  }
  return "pending";
};
