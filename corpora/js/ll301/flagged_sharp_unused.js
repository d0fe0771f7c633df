const sharp = require("sharp"); // expect: LL301

exports.handler = async (event) => {
  return { statusCode: 200, body: JSON.stringify({ id: event.id }) };
};
