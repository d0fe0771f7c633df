import { Pool } from "pg";

export async function monthlyTotals(month: string): Promise<Array<{ customer: string; total: number }>> {
  const pool: Pool = new Pool({ connectionString: process.env.REPORTS_DB_URL, max: 1 }); // expect: LL302
  const { rows } = await pool.query("select customer, sum(amount) as total from orders where month = $1 group by customer", [month]);
  return rows;
}
