module.exports = { ...require("./summary") };
