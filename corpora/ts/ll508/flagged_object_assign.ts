export const handler = async (event: any) => {
  Object.assign(process.env, {
    LAMBDA_TASK_ROOT: "/opt/app", // expect: LL508
    APP_MODE: event.mode,
  });
  return process.env.APP_MODE;
};
