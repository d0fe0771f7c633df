if (!process.env.AWS_REGION) {
  process.env.AWS_REGION = "us-east-1";
}

export const handler = async () => ({ region: process.env.AWS_REGION });
