// `const utils = module.exports`: `utils.clientFor()` calls this module's own function
const { LambdaClient, GetAliasCommand } = require("@aws-sdk/client-lambda");

const utils = module.exports;

module.exports.clientFor = (arn) => new LambdaClient({ region: arn.split(":")[3] }); // expect: LL302

module.exports.handler = async (event) => {
  const lambda = utils.clientFor(event.lambdaARN);
  return lambda.send(new GetAliasCommand({ FunctionName: event.lambdaARN, Name: event.alias }));
};
