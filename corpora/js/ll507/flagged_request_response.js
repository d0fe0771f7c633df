const { LambdaClient, InvokeCommand } = require("@aws-sdk/client-lambda");

const lambda = new LambdaClient({});

exports.handler = async (event) => {
  const res = await lambda.send(new InvokeCommand({ FunctionName: "pricing", InvocationType: "RequestResponse", Payload: JSON.stringify(event) })); // expect: LL507
  return res.StatusCode;
};
