import { SecretsManagerClient, GetSecretValueCommand } from "@aws-sdk/client-secrets-manager";

let secrets;

export const handler = async (event) => {
  secrets ??= new SecretsManagerClient({});
  const out = await secrets.send(new GetSecretValueCommand({ SecretId: event.secretId }));
  return out.SecretString?.length ?? 0;
};
