import Ledger from "./ledger";

// A default-imported class built per call: its constructor (and its client) runs every time.
export const handler = async (event: { id: string }) => {
  const ledger = new Ledger(process.env.LEDGER_TABLE as string);
  await ledger.record(event.id);
  return { ok: true };
};
