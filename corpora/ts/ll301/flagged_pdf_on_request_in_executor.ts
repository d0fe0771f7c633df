// The executor runs every time, but builds the document only when asked to.
import PDFDocument from "pdfkit"; // expect: LL301

function render(title: string, asPdf: boolean): Promise<string> {
  return new Promise((resolve) => {
    if (asPdf) {
      const doc = new PDFDocument();
      doc.text(title);
      doc.end();
    }
    resolve(title);
  });
}

export const handler = async (event: { title: string; pdf: boolean }) => ({
  statusCode: 200,
  body: await render(event.title, event.pdf),
});
