import type { Callback, Context } from "aws-lambda";
export const handler = async (event: any, context: Context) => ({
  requestId: context.awsRequestId,
  remainingMs: context.getRemainingTimeInMillis(),
});
