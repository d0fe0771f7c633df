let count: number = 0;

export const handler = async (event: any) => {
  count++;
  console.log(`invocation ${count} in this environment`);
  return event;
};
