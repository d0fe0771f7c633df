import { AthenaClient, GetQueryExecutionCommand } from "@aws-sdk/client-athena";

const athena: AthenaClient = new AthenaClient({});

export const handler = async (event: any) => {
  let state = "RUNNING";
  while (state === "RUNNING" || state === "QUEUED") { // expect: LL401
    const out: any = await athena.send(new GetQueryExecutionCommand({ QueryExecutionId: event.queryId }));
    state = out.QueryExecution.Status.State;
  }
  return state;
};
