import _ from "lodash"; // expect: LL301

export const handler = async (event: any) => {
  if (event.debug) {
    return _.pick(event, ["id", "source"]);
  }
  return { id: event.id };
};
