const fetchQuote = require("./fetch-quote");
const fetchHistory = require("./fetch-history");

module.exports = { fetchQuote, fetchHistory };
