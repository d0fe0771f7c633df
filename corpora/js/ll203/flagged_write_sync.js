const fs = require("fs");
const path = require("path");

exports.handler = async (event) => {
  const file = path.join("/tmp", `${event.reportId}.csv`);
  fs.writeFileSync(file, event.rows.map((r) => r.join(",")).join("\n")); // expect: LL203
  return { file };
};
