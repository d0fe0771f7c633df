export const handler = async (event) => {
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    const res = await fetch(event.url, { signal: AbortSignal.timeout(2000) });
    if (res.ok) return res.json();
    lastError = new Error(String(res.status));
  }
  throw lastError;
};
