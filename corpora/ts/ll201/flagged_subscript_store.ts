const totals: Record<string, number> = {};

function add(order: any) {
  totals[order.customerId] = (totals[order.customerId] ?? 0) + order.amount; // expect: LL201
}

export const handler = async (event: any) => {
  event.orders.forEach(add);
  return totals;
};
