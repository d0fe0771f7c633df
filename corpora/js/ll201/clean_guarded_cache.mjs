import { SSMClient, GetParameterCommand } from "@aws-sdk/client-ssm";

const ssm = new SSMClient({});
const params = new Map();

async function param(name) {
  if (!params.has(name)) {
    const out = await ssm.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
    params.set(name, out.Parameter.Value);
  }
  return params.get(name);
}

export const handler = async (event) => ({ key: await param(`/app/${event.stage}/key`) });
