import mongoose from "mongoose";

let conn = null;

async function connect() {
  if (conn) return conn;
  conn = await mongoose.connect(process.env.MONGODB_URI, { serverSelectionTimeoutMS: 5000 });
  return conn;
}

export const handler = async (event) => {
  await connect();
  return mongoose.model("Order").find({ customer: event.customerId }).lean();
};
