import { waitMs } from "./waits";

async function ready(id: string): Promise<boolean> {
  return id.startsWith("done");
}

export const handler = async (event: { id: string }) => {
  while (!(await ready(event.id))) {
    await waitMs(1000);
  }
  return event.id;
};
