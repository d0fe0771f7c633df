import { createBillingApi } from "./billing_api";

// Only the method that bounds its request is called here.
export const handler = async () => {
  const billing = createBillingApi(process.env.BILLING_URL as string);
  return { up: await billing.ping() };
};
