// The sleep lives in a helper, but the helper is only awaited inside the catch: a back-off
// between retries of a failed call, not idle waiting on the happy path.
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function save(item) {
  return { saved: item.id };
}

exports.handler = async (event) => {
  for (let attempt = 1; attempt <= 4; attempt++) {
    try {
      return await save(event.item);
    } catch (err) {
      if (attempt === 4) throw err;
      await pause(50 * 2 ** attempt);
    }
  }
  return null;
};
