const axios = require("axios");

exports.handler = async (event) => {
  const payload = { text: `New signup: ${event.detail.email}` };
  await axios.post(process.env.SLACK_WEBHOOK_URL, payload); // expect: LL402
  return { ok: true };
};
