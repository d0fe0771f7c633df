const { DynamoDBClient, CreateTableCommand, DescribeTableCommand } = require("@aws-sdk/client-dynamodb");
const { setTimeout: pause } = require("node:timers/promises");

const ddb = new DynamoDBClient({});

exports.handler = async (event, context) => {
  await ddb.send(new CreateTableCommand(event.tableDefinition));
  for (let i = 0; i < 30 && context.getRemainingTimeInMillis() > 5000; i++) { // expect: LL405
    const { Table } = await ddb.send(new DescribeTableCommand({ TableName: event.tableDefinition.TableName }));
    if (Table.TableStatus === "ACTIVE") return Table.TableArn;
    await pause(2000); // expect: LL403
  }
  throw new Error("table not active");
};
