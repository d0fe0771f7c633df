let failures = 0;

async function charge(order) {
  try {
    return await pay(order);
  } catch (err) {
    failures++; // expect: LL202
    if (failures >= 5) throw new Error("circuit open");
    return null;
  }
}

async function pay(order) { return order.id; }

export const handler = async (event) => charge(event.order);
