export const handler = async (event: any) => {
  const name = event.queryStringParameters?.name ?? "world";
  return { statusCode: 200, body: `hello ${name}` };
};
