const { Publisher } = require("./publisher");

exports.handler = async (event) => {
  const events = new Publisher(process.env.BUS);
  await events.publish({ paymentFailed: event.orderId });
};
