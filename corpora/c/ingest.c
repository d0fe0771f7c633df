/* Ingests one record into Postgres. The connection is opened lazily and kept in a static for the
 * next warm invocation; the parser thread is joined before returning (LL101 still applies: a
 * thread per invocation on a fraction of a vCPU). */
#include <libpq-fe.h>
#include <pthread.h>
#include <string.h>

static PGconn *conn = NULL;

void stats_init(void);
void stats_add(long n);

static void *parse(void *arg) {
  stats_add((long)strlen((const char *)arg));
  return arg;
}

int ingest_record(const char *record) {
  if (!conn) {
    conn = PQconnectdb("dbname=ingest");
    stats_init();
  }
  pthread_t parser;
  pthread_create(&parser, NULL, parse, (void *)record);  // expect: LL101
  pthread_join(parser, NULL);
  const char *params[1] = {record};
  PGresult *res = PQexecParams(conn, "INSERT INTO records(body) VALUES ($1)", 1, NULL, params, NULL, NULL, 0);
  int ok = PQresultStatus(res) == PGRES_COMMAND_OK;
  PQclear(res);
  return ok ? 0 : 1;
}
