// `sharp` is referenced as a value (kept by tsc) but only on the resize path.
import sharp from "sharp"; // expect: LL301

export const handler = async (event: { resize?: boolean; body: Buffer }) => {
  if (event.resize) {
    return sharp(event.body).resize(128).toBuffer();
  }
  return event.body;
};
