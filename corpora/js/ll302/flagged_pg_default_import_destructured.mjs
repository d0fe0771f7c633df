// pg is CommonJS: under ESM its exports arrive as the default import, destructured afterwards.
import pg from "pg";

const { Client } = pg;

export const handler = async (event) => {
  const db = new Client({ connectionString: process.env.DATABASE_URL }); // expect: LL302
  await db.connect();
  try {
    const { rows } = await db.query("SELECT id, name FROM stores WHERE city = $1", [event.city]);
    return { statusCode: 200, body: JSON.stringify(rows) };
  } finally {
    await db.end();
  }
};
