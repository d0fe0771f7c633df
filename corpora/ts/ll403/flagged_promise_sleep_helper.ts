const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)); // expect: LL403

export const handler = async (event: any) => {
  await startExport(event.exportId);
  await sleep(20000);
  return checkExport(event.exportId);
};

async function startExport(id: any) { return id; }
async function checkExport(id: any) { return { id, done: true }; }
