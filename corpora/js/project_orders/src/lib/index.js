export function validate(order) {
  const errors = [];
  if (!order.id) errors.push("id is required");
  if (!Array.isArray(order.items) || order.items.length === 0) errors.push("items are required");
  return errors;
}
