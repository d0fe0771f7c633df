const { getItem } = require('./lib/db');

exports.handler = async (event) => {
  const id = (event.pathParameters || {}).id;
  if (!id) return { statusCode: 400, body: 'id required' };
  const user = await getItem(process.env.USERS_TABLE, id);
  return { statusCode: user.Item ? 200 : 404, body: JSON.stringify(user.Item || {}) };
};
