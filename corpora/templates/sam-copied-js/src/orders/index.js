const db = require('./lib/db');

exports.handler = async (event) => {
  const id = (event.pathParameters || {}).id;
  if (!id) return { statusCode: 400, body: 'id required' };
  const item = await db.getItem(process.env.ORDERS_TABLE, id);
  return { statusCode: 200, body: JSON.stringify(item.Item || {}) };
};
