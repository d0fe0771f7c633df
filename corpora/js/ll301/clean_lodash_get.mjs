import get from "lodash/get";

export const handler = async (event) => {
  if (event.detail) return get(event, "detail.order.id");
  return null;
};
