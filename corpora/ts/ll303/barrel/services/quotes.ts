import AWS from "aws-sdk"; // expect: LL303

export const quoteFor = async (code: string) => {
  const pricing = new AWS.Pricing({ region: "us-east-1" }); // expect: LL302
  return pricing.getProducts({ ServiceCode: code }).promise();
};
