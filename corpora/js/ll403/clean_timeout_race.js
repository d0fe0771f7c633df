exports.handler = async (event) => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 3000);
  try {
    const res = await fetch(event.url, { signal: controller.signal });
    return res.status;
  } finally {
    clearTimeout(timer);
  }
};
