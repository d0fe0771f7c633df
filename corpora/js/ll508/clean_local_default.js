if (!process.env.AWS_REGION) {
  process.env.AWS_REGION = "us-east-1";
}

exports.handler = async () => ({ region: process.env.AWS_REGION });
