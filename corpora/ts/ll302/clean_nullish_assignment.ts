import { SecretsManagerClient, GetSecretValueCommand } from "@aws-sdk/client-secrets-manager";

let secrets: any;

export const handler = async (event: any) => {
  secrets ??= new SecretsManagerClient({});
  const out: any = await secrets.send(new GetSecretValueCommand({ SecretId: event.secretId }));
  return out.SecretString?.length ?? 0;
};
