import AWS from "aws-sdk"; // expect: LL303

const ses = new AWS.SES({ apiVersion: "2010-12-01" });

export const handler = async (event: any) => {
  await ses.sendEmail({ Source: process.env.FROM, Destination: { ToAddresses: [event.to] }, Message: event.message }).promise();
  return { sent: true };
};
