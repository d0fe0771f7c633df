let count = 0;

exports.handler = async (event) => {
  count++;
  console.log(`invocation ${count} in this environment`);
  return event;
};
