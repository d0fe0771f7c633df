import { SES } from "@aws-sdk/client-ses";
import { SecretsManager } from "@aws-sdk/client-secrets-manager";

// The aggregated v3 clients (`new SES()`) are full clients, like `new SESClient()`.
async function notify(address: string, subject: string): Promise<void> {
  const mailer = new SES({ region: process.env.MAIL_REGION }); // expect: LL302
  await mailer.sendEmail({
    Source: process.env.SENDER as string,
    Destination: { ToAddresses: [address] },
    Message: { Subject: { Data: subject }, Body: { Text: { Data: subject } } },
  });
}

export const handler = async (event: { email: string; secretId: string }) => {
  const secrets = new SecretsManager({}); // expect: LL302
  const value = await secrets.getSecretValue({ SecretId: event.secretId });
  await notify(event.email, `rotated ${value.VersionId}`);
  return { ok: true };
};
