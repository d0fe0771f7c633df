// lodash used in the `.then()` callback of the main path: it runs on every invocation.
import _ from "lodash";
import { getUser } from "./then_helper.mjs";

export const handler = async (event) => {
  return getUser(event.pathParameters.id).then((user) => ({ statusCode: _.isEmpty(user) ? 404 : 200 }));
};
