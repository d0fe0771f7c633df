import type { ScheduledEvent } from "aws-lambda";
import { monthlyTotals } from "./services/totals.js";
import { publish } from "./lib/publish.js";

export const handler = async (event: ScheduledEvent): Promise<number> => {
  const month = event.time.slice(0, 7);
  const totals = await monthlyTotals(month);
  await publish(month, totals);
  return totals.length;
};
