const totals = {};

function add(order) {
  totals[order.customerId] = (totals[order.customerId] ?? 0) + order.amount; // expect: LL201
}

export const handler = async (event) => {
  event.orders.forEach(add);
  return totals;
};
