let coldStart: boolean = true;

export const handler = async (event: any) => {
  const wasCold = coldStart;
  coldStart = false;
  console.log(JSON.stringify({ wasCold, id: event.id }));
  return { ok: true };
};
