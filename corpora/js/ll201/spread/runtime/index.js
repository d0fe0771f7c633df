module.exports = {
  ...require("./tracker"),
  version: "2",
};
