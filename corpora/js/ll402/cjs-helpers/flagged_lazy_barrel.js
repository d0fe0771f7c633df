// The handler requires the barrel inside itself and calls the helpers it re-exports.
exports.handler = async (event) => {
  const { fetchQuote, fetchHistory } = require("./methods");
  return { quote: await fetchQuote(event), history: await fetchHistory(event) };
};
