// Signing a request to an OpenSearch domain with SDK v2's helper classes: an endpoint, a request,
// credentials read from the environment and the SDK's shared HTTP client are not service clients
// (no connection pool is built per call; HttpClient.getInstance() is one shared agent).
const AWS = require("aws-sdk"); // expect: LL303

const region = process.env.AWS_REGION;
const domain = process.env.SEARCH_DOMAIN;

exports.handler = async (event) => {
  const endpoint = new AWS.Endpoint(domain);
  const request = new AWS.HttpRequest(endpoint, region);
  request.method = "POST";
  request.path += "documents/_doc";
  request.body = JSON.stringify(event.detail);
  request.headers.host = domain;
  const signer = new AWS.Signers.V4(request, "es");
  signer.addAuthorization(new AWS.EnvironmentCredentials("AWS"), new Date());
  return new Promise((resolve, reject) => {
    new AWS.HttpClient().handleRequest(request, null, (response) => {
      response.on("end", resolve);
    }, reject);
  });
};
