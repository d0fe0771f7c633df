export const handler = async (event: any) => {
  const controller: AbortController = new AbortController();
  const timer = setTimeout(() => controller.abort(), 3000);
  try {
    const res: any = await fetch(event.url, { signal: controller.signal });
    return res.status;
  } finally {
    clearTimeout(timer);
  }
};
