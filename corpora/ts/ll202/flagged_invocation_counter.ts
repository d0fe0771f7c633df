let invocations: number = 0;

export const handler = async (event: any) => {
  invocations += 1; // expect: LL202
  if (invocations > 1000) {
    return { statusCode: 429, body: "rate limited" };
  }
  return { statusCode: 200, body: JSON.stringify(event) };
};
