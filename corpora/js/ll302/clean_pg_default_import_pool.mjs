// The same ESM form, with one pool made at cold start and reused by warm invocations.
import pg from "pg";

const { Pool } = pg;
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });

export const handler = async (event) => {
  const { rows } = await pool.query("SELECT id, name FROM stores WHERE city = $1", [event.city]);
  return { statusCode: 200, body: JSON.stringify(rows) };
};
