import fs from "fs";
import path from "path";

export const handler = async (event: any) => {
  const file = path.join("/tmp", `${event.reportId}.csv`);
  fs.writeFileSync(file, event.rows.map((r: any) => r.join(",")).join("\n")); // expect: LL203
  return { file };
};
