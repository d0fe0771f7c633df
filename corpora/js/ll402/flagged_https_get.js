const https = require("https");

function getJson(url) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => { // expect: LL402
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(JSON.parse(body)));
    }).on("error", reject);
  });
}

exports.handler = async (event) => getJson(`https://status.example.com/v1/${event.service}`);
