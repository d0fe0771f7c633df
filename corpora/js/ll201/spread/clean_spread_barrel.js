// The same barrel form; what it re-exports keeps its state per call.
const { summarise } = require("./tools");

exports.handler = async (event) => summarise(event.items || []);
