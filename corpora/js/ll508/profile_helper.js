const load = async () => ({ accessKeyId: "local", secretAccessKey: "local" });
load.callbackForm = (cb) => cb(null, { sessionToken: "local" });
module.exports = load;
