// A factory that returns an object of methods, the service style of many TypeScript code bases.
export const createBillingApi = (baseUrl: string) => {
  const token = process.env.BILLING_TOKEN;
  return {
    async invoice(id: string) {
      const res = await fetch(`${baseUrl}/invoices/${id}`, { headers: { authorization: `Bearer ${token}` } }); // expect: LL402
      return res.json();
    },
    async ping() {
      const res = await fetch(`${baseUrl}/ping`, { signal: AbortSignal.timeout(2000) });
      return res.ok;
    },
  };
};
