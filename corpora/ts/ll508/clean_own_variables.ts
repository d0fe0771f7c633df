process.env.APP_STAGE = process.env.APP_STAGE ?? "dev";

export const handler = async (event: any) => ({ stage: process.env.APP_STAGE, region: process.env.AWS_REGION });
