import https from "https";

function getJson(url: any) {
  return new Promise((resolve: any, reject: any) => {
    https.get(url, (res) => { // expect: LL402
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(JSON.parse(body)));
    }).on("error", reject);
  });
}

export const handler = async (event: any) => getJson(`https://status.example.com/v1/${event.service}`);
