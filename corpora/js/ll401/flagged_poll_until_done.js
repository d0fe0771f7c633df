const { AthenaClient, GetQueryExecutionCommand } = require("@aws-sdk/client-athena");

const athena = new AthenaClient({});

exports.handler = async (event) => {
  let state = "RUNNING";
  while (state === "RUNNING" || state === "QUEUED") { // expect: LL401
    const out = await athena.send(new GetQueryExecutionCommand({ QueryExecutionId: event.queryId }));
    state = out.QueryExecution.Status.State;
  }
  return state;
};
