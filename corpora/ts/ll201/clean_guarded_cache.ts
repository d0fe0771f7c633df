import { SSMClient, GetParameterCommand } from "@aws-sdk/client-ssm";

const ssm: SSMClient = new SSMClient({});
const params = new Map<string, unknown>();

async function param(name: any) {
  if (!params.has(name)) {
    const out: any = await ssm.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
    params.set(name, out.Parameter.Value);
  }
  return params.get(name);
}

export const handler = async (event: any) => ({ key: await param(`/app/${event.stage}/key`) });
