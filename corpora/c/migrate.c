/* A one-off migration tool in the same tree: it opens a connection and loops forever, but it is
 * its own program (main) and no handler reaches it. Clean. */
#include <libpq-fe.h>
#include <unistd.h>

static int migrate_once(PGconn *db) { return PQstatus(db) == CONNECTION_OK; }

int main(void) {
  PGconn *db = PQconnectdb("dbname=ingest");
  for (;;) {
    if (migrate_once(db)) break;
    sleep(5);
  }
  PQfinish(db);
  return 0;
}
