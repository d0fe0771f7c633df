// A unit test: it sets the region the runtime would set.
process.env.AWS_REGION = "us-east-1";

import { handler } from "./clean_local_default.js";

test("reads the region", async () => {
  expect(await handler()).toEqual({ region: "us-east-1" });
});
