export const handler = async (event: any) => {
  if (event.format !== "pdf") return { body: JSON.stringify(event.data) };
  const { default: chromium } = await import("@sparticuz/chromium");
  return { body: await chromium.executablePath() };
};
