import util from "util";

const wait = util.promisify(setTimeout);

export const handler = async (event: any) => {
  for (const id of event.ids) { // expect: LL401
    await processOne(id);
    await wait(250); // expect: LL403
  }
  return event.ids.length;
};

async function processOne(id: any) { return id; }
