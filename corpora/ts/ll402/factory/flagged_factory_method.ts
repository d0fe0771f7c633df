import { createBillingApi } from "./billing_api";

export const handler = async (event: { invoiceId: string }) => {
  const billing = createBillingApi(process.env.BILLING_URL as string);
  return billing.invoice(event.invoiceId);
};
