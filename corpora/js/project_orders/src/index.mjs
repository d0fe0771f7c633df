import { findOrder, saveOrder } from "./lib/db.mjs";
import * as notify from "./lib/notify.js";
import { validate } from "./lib";

export const handler = async (event) => {
  const body = JSON.parse(event.body ?? "{}");
  const errors = validate(body);
  if (errors.length) return { statusCode: 400, body: JSON.stringify({ errors }) };
  const existing = await findOrder(body.id);
  if (existing) return { statusCode: 409 };
  await saveOrder(body);
  await notify.orderCreated(body);
  return { statusCode: 201, body: JSON.stringify({ id: body.id }) };
};
