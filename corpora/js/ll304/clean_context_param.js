exports.handler = async (event, context) => ({
  requestId: context.awsRequestId,
  remainingMs: context.getRemainingTimeInMillis(),
});
