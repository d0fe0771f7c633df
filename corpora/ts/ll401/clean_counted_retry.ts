export const handler = async (event: any) => {
  let lastError: any;
  for (let attempt: number = 0; attempt < 3; attempt++) {
    const res: any = await fetch(event.url, { signal: AbortSignal.timeout(2000) });
    if (res.ok) return res.json();
    lastError = new Error(String(res.status));
  }
  throw lastError;
};
