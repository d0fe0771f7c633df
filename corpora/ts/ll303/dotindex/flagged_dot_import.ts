import { contextFor } from ".";

export const handler = async (event: { key: string }) => {
  const ctx = contextFor(event);
  await ctx.store.put(ctx.key, "ok");
  return { statusCode: 204 };
};
