import { SES, SendEmailCommand, SESServiceException } from "@aws-sdk/client-ses";

// One aggregated client per execution environment; a command and an error per call are plain objects.
const mailer = new SES({});

export const handler = async (event: { email: string }) => {
  const command = new SendEmailCommand({
    Source: process.env.SENDER,
    Destination: { ToAddresses: [event.email] },
    Message: { Subject: { Data: "hi" }, Body: { Text: { Data: "hi" } } },
  });
  try {
    await mailer.send(command);
  } catch (err) {
    if (err instanceof SESServiceException) return { ok: false };
    throw new SESServiceException({ name: "Failed", $fault: "server", $metadata: {}, message: String(err) });
  }
  return { ok: true };
};
