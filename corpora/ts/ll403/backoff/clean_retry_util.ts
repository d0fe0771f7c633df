import { withRetries } from "./retrying";

async function put(record: { id: string }): Promise<string> {
  return record.id;
}

export const handler = async (event: { id: string }) => withRetries(() => put(event), 3);
