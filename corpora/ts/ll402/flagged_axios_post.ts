import axios from "axios";

export const handler = async (event: any) => {
  const payload: Record<string, unknown> = { text: `New signup: ${event.detail.email}` };
  await axios.post(process.env.SLACK_WEBHOOK_URL, payload); // expect: LL402
  return { ok: true };
};
