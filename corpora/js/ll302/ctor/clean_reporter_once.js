const { Reporter } = require("./reporter");

const reporter = new Reporter(process.env.TOPIC_ARN);

exports.handler = async (event) => {
  await reporter.report(`order ${event.orderId} failed`);
};
