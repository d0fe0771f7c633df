const AWS = require("aws-sdk"); // expect: LL303

const lambda = new AWS.Lambda();

exports.handler = async () => {
  const data = await lambda.listFunctions({ FunctionVersion: "ALL" }).promise(); // expect: LL406
  return data.Functions.map((f) => f.FunctionName);
};
