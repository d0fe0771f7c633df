// The same module shape with a handler's parameters: re-exported as `exports.handler = require(…)`.
const _ = require("lodash"); // expect: LL301

module.exports = async (event, context) => {
  if (event.ids) {
    return _.uniq(event.ids).length;
  }
  return context.getRemainingTimeInMillis();
};
