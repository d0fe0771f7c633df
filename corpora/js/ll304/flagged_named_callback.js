function handler(event, context, callback) { // expect: LL304
  const name = event.queryStringParameters?.name ?? "world";
  callback(null, { statusCode: 200, body: `hello ${name}` });
}

module.exports = { handler };
