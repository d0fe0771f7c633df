import type { Callback, Context } from "aws-lambda";
import mysql from "mysql2/promise";

const pool = mysql.createPool({ uri: process.env.DATABASE_URL, connectionLimit: 1 });

export const handler = async (event: any, context: Context) => {
  context.callbackWaitsForEmptyEventLoop = false; // expect: LL304
  const [rows] = await pool.query("select * from orders where id = ?", [event.id]);
  return rows[0];
};
