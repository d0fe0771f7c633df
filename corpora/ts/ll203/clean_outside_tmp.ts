import { writeFileSync, unlinkSync } from "node:fs";

export const handler = async (event: any) => {
  writeFileSync("/mnt/efs/reports/latest.json", JSON.stringify(event.report));
  return { ok: true };
};

export function cleanup(path) {
  unlinkSync(path);
}
