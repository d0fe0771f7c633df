// In the folder, but neither the barrel nor anything else imports it: never deployed code.
import AWS from "aws-sdk";

export const oldQuote = async (code: string) => new AWS.Pricing().getProducts({ ServiceCode: code }).promise();
