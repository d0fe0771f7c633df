// The handler reaches the tracker through a CommonJS barrel: `module.exports = { ...require(…) }`.
const { recordDelivery } = require("./runtime");

exports.handler = async (event) => recordDelivery(event.deliveryId, event.status);
