import sharp from "sharp"; // expect: LL301

export const handler = async (event: any) => {
  return { statusCode: 200, body: JSON.stringify({ id: event.id }) };
};
