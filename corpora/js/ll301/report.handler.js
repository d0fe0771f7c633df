// A file named as a handler's: its whole-module export is the handler.
const _ = require("lodash"); // expect: LL301

module.exports = async (input) => {
  if (input.rows) {
    return _.sortBy(input.rows, "day");
  }
  return [];
};
