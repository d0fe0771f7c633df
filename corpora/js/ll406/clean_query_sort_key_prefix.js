const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");
const { DynamoDBDocumentClient, QueryCommand } = require("@aws-sdk/lib-dynamodb");

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

// The key condition narrows the sort key to one prefix: a slice of one item collection.
exports.handler = async (event) => {
  const out = await ddb.send(new QueryCommand({
    TableName: process.env.SESSIONS_TABLE,
    KeyConditionExpression: "account = :a AND begins_with(kind, :k)",
    FilterExpression: "attribute_not_exists(closedAt)",
    ExpressionAttributeValues: { ":a": event.accountId, ":k": "SESSION#" },
  }));
  return out.Items.map((s) => s.kind);
};
