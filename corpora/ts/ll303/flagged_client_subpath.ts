import DynamoDB from "aws-sdk/clients/dynamodb"; // expect: LL303

const doc = new DynamoDB.DocumentClient();

export const handler = async (event: any) => {
  const out: any = await doc.get({ TableName: process.env.TABLE, Key: { id: event.id } }).promise();
  return out.Item;
};
