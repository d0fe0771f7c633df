import chromium from "@sparticuz/chromium"; // expect: LL301
import puppeteer from "puppeteer-core"; // expect: LL301

export const handler = async (event) => {
  if (event.format === "pdf") {
    const browser = await puppeteer.launch({ args: chromium.args, executablePath: await chromium.executablePath() });
    const page = await browser.newPage();
    await page.setContent(event.html);
    const pdf = await page.pdf();
    await browser.close();
    return { statusCode: 200, body: pdf.toString("base64"), isBase64Encoded: true };
  }
  return { statusCode: 200, body: JSON.stringify(event.data) };
};
