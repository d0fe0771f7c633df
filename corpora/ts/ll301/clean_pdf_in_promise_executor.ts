// The document is built inside a Promise executor, which runs at once on every invocation:
// pdfkit is needed every time, so loading it at init is right.
import PDFDocument from "pdfkit";

function render(title: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument();
    const parts: Buffer[] = [];
    doc.on("data", (b: Buffer) => parts.push(b));
    doc.on("end", () => resolve(Buffer.concat(parts)));
    doc.on("error", reject);
    doc.text(title);
    doc.end();
  });
}

export const handler = async (event: { title: string }) => {
  const pdf = await render(event.title);
  return { statusCode: 200, body: pdf.toString("base64"), isBase64Encoded: true };
};
