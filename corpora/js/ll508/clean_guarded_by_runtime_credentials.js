// Local development only: when the runtime's credentials are present the loader returns first,
// so on Lambda the writes never run (a default, not an override).
const loadProfile = require("./profile_helper");

let ready = false;

const init = async () => {
  if (process.env.AWS_ACCESS_KEY_ID) {
    ready = true;
    return;
  }
  const creds = await loadProfile();
  process.env.AWS_ACCESS_KEY_ID = creds.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = creds.secretAccessKey;
  ready = true;
};

const initWithCallback = () => new Promise((resolve, reject) => {
  if (process.env.AWS_ACCESS_KEY_ID) {
    resolve();
  } else {
    loadProfile.callbackForm((err, creds) => {
      if (err) return reject(err);
      process.env.AWS_SESSION_TOKEN = creds.sessionToken;
      resolve();
    });
  }
});

exports.handler = async (event) => {
  if (!ready) await init();
  await initWithCallback();
  return event;
};
