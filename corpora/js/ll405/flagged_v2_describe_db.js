const AWS = require("aws-sdk"); // expect: LL303

const { setTimeout: sleep } = require("timers/promises");

const rds = new AWS.RDS();

exports.handler = async (event, context) => {
  await rds.startDBInstance({ DBInstanceIdentifier: event.db }).promise();
  while (context.getRemainingTimeInMillis() > 20000) { // expect: LL405
    const r = await rds.describeDBInstances({ DBInstanceIdentifier: event.db }).promise();
    if (r.DBInstances[0].DBInstanceStatus === "available") return "available";
    await sleep(10000); // expect: LL403
  }
  return "pending";
};
