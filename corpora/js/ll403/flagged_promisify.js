const util = require("util");

const wait = util.promisify(setTimeout);

exports.handler = async (event) => {
  for (const id of event.ids) { // expect: LL401
    await processOne(id);
    await wait(250); // expect: LL403
  }
  return event.ids.length;
};

async function processOne(id) { return id; }
