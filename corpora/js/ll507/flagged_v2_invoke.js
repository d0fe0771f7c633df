const AWS = require("aws-sdk"); // expect: LL303

const lambda = new AWS.Lambda();

exports.handler = async (event) => {
  const res = await lambda.invoke({ FunctionName: "enrich", Payload: JSON.stringify(event) }).promise(); // expect: LL507
  return JSON.parse(res.Payload);
};
