// A local request object that asks for one page on purpose (Limit), or continues from a key the
// caller passed (set on the object after it was built): not a missed pagination.
const { DynamoDBClient, ScanCommand } = require("@aws-sdk/client-dynamodb");

const ddb = new DynamoDBClient({});

exports.handler = async (event) => {
  const latest = { TableName: process.env.TABLE, Limit: 20 };
  const first = await ddb.send(new ScanCommand(latest));
  const page = { TableName: process.env.TABLE };
  page.ExclusiveStartKey = event.nextKey;
  const next = await ddb.send(new ScanCommand(page));
  return { items: first.Items.concat(next.Items), nextKey: next.LastEvaluatedKey };
};
