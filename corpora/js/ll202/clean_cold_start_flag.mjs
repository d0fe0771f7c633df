let coldStart = true;

export const handler = async (event) => {
  const wasCold = coldStart;
  coldStart = false;
  console.log(JSON.stringify({ wasCold, id: event.id }));
  return { ok: true };
};
