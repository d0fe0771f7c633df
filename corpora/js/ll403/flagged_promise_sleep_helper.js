const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)); // expect: LL403

exports.handler = async (event) => {
  await startExport(event.exportId);
  await sleep(20000);
  return checkExport(event.exportId);
};

async function startExport(id) { return id; }
async function checkExport(id) { return { id, done: true }; }
