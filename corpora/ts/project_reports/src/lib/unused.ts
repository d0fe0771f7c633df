// Not imported by the handler: no Lambda evidence, no finding.
import { Pool } from "pg";

export async function adhoc(sql: string): Promise<unknown[]> {
  const pool: Pool = new Pool({ connectionString: process.env.REPORTS_DB_URL });
  return (await pool.query(sql)).rows;
}
