const mysql = require("mysql2/promise");

const pool = mysql.createPool({ uri: process.env.DATABASE_URL, connectionLimit: 1 });

exports.handler = async (event, context) => {
  context.callbackWaitsForEmptyEventLoop = false; // expect: LL304
  const [rows] = await pool.query("select * from orders where id = ?", [event.id]);
  return rows[0];
};
