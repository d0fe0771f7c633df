// CDK samples name the handler `index.main`: a `main` taking `(event, …)` is a handler
import axios from "axios";

exports.main = async function (event: { city: string }) {
  const { data } = await axios.get(`https://weather.example.com/${event.city}`); // expect: LL402
  return { statusCode: 200, body: JSON.stringify(data) };
};
