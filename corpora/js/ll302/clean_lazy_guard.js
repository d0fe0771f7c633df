const { Pool } = require("pg");

let pool;

function getPool() {
  if (!pool) {
    pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  }
  return pool;
}

exports.handler = async (event) => {
  const { rows } = await getPool().query("select * from items where owner = $1", [event.owner]);
  return rows;
};
