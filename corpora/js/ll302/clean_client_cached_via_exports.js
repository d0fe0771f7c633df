// `exports.clientFor()` is this module's own function, and it caches its client per region
const { LambdaClient, GetAliasCommand } = require("@aws-sdk/client-lambda");

const clients = new Map();

exports.clientFor = (region) => {
  if (!clients.has(region)) clients.set(region, new LambdaClient({ region }));
  return clients.get(region);
};

exports.handler = async (event) => {
  const lambda = exports.clientFor(event.lambdaARN.split(":")[3]);
  return lambda.send(new GetAliasCommand({ FunctionName: event.lambdaARN, Name: event.alias }));
};
