import AWS from "aws-sdk"; // expect: LL303

const glacier = new AWS.Glacier();

export const vaults = async () => glacier.listVaults({ accountId: "-" }).promise();
