const { LambdaClient, InvokeCommand } = require("@aws-sdk/client-lambda");

const lambda = new LambdaClient({});

exports.handler = async (event) => {
  const params = { FunctionName: "fanout", InvocationType: event.wait ? "RequestResponse" : "Event" };
  return lambda.send(new InvokeCommand(params));
};
