// The same helper shape, also awaited on the happy path while polling: idle billed time.
const hold = (ms) => new Promise((resolve) => setTimeout(resolve, ms)); // expect: LL403

async function status(id) {
  return { id, done: id.length > 3 };
}

exports.handler = async (event) => {
  for (let attempt = 1; attempt <= 4; attempt++) {
    try {
      const s = await status(event.jobId);
      if (s.done) return s;
      await hold(2000);
    } catch (err) {
      await hold(100 * attempt);
    }
  }
  return null;
};
