exports.handler = async (event) => {
  const name = event.queryStringParameters?.name ?? "world";
  return { statusCode: 200, body: `hello ${name}` };
};
