import AWS from "aws-sdk"; // expect: LL303

const lambda = new AWS.Lambda();

export const handler = async (event: any) => {
  const res: any = await lambda.invoke({ FunctionName: "enrich", Payload: JSON.stringify(event) }).promise(); // expect: LL507
  return JSON.parse(res.Payload);
};
