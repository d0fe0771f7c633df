const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");
const { DynamoDBDocumentClient, QueryCommand } = require("@aws-sdk/lib-dynamodb");

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

// Only the partition is bounded and a filter runs after each 1 MB page: the first page may be short.
exports.handler = async (event) => {
  const out = await ddb.send(new QueryCommand({ // expect: LL406
    TableName: process.env.SESSIONS_TABLE,
    KeyConditionExpression: "account = :a",
    FilterExpression: "attribute_not_exists(closedAt)",
    ExpressionAttributeValues: { ":a": event.accountId },
  }));
  return out.Items.map((s) => s.kind);
};
