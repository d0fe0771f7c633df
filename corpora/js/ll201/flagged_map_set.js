const sessions = new Map();

exports.handler = async (event) => {
  const id = event.requestContext.connectionId;
  sessions.set(id, { connectedAt: Date.now(), user: event.queryStringParameters?.user }); // expect: LL201
  return { statusCode: 200 };
};
