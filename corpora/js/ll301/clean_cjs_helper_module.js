// A CommonJS helper exporting one function per file (`module.exports = async (params) => …`):
// other code calls it, the Lambda runtime cannot (it looks up `exports.handler`).
const _ = require("lodash");

module.exports = async (params) => {
  if (params.ids) {
    return _.uniq(params.ids).length;
  }
  return 0;
};
