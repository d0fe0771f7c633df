import AWS from "aws-sdk"; // expect: LL303

const lambda = new AWS.Lambda();

export const handler = async () => {
  const data: any = await lambda.listFunctions({ FunctionVersion: "ALL" }).promise(); // expect: LL406
  return data.Functions.map((f: any) => f.FunctionName);
};
