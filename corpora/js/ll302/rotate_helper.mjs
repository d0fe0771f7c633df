import { GetSecretValueCommand } from "@aws-sdk/client-secrets-manager";

export const rotate = async (client, doc, id) => {
  const current = await client.send(new GetSecretValueCommand({ SecretId: id }));
  return { id, version: current.VersionId, table: doc ? process.env.TABLE : undefined };
};
