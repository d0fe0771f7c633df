// A client exported at module scope and handed to a helper: built once per environment.
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { rotate } from "./rotate_helper.mjs";

export const secrets = new SecretsManagerClient({});
export const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event) => {
  await rotate(secrets, doc, event.SecretId);
};
