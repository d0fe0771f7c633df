import AuditTrail from "./audit_trail";

// The class is built per call, but its client lives at module scope in its own file.
export const handler = async (event: { id: string }) => {
  const trail = new AuditTrail(process.env.AUDIT_QUEUE as string);
  await trail.note(`seen ${event.id}`);
  return { ok: true };
};
