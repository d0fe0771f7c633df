import { MongoClient } from "mongodb";

export const handler = async (event: any) => {
  const client: any = await MongoClient.connect(process.env.MONGODB_URI); // expect: LL302
  const users = client.db("app").collection("users");
  return users.findOne({ email: event.queryStringParameters.email });
};
