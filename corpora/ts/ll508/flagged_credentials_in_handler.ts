export const handler = async (event: any) => {
  process.env["AWS_ACCESS_KEY_ID"] = event.credentials.key; // expect: LL508
  process.env.AWS_SECRET_ACCESS_KEY = event.credentials.secret; // expect: LL508
  return { ok: true };
};
