import { Pool } from "pg";

let pool: any;

function getPool() {
  if (!pool) {
    pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  }
  return pool;
}

export const handler = async (event: any) => {
  const { rows } = await getPool().query("select * from items where owner = $1", [event.owner]);
  return rows;
};
