/* Request accounting kept in process globals: the log buffer is appended to on every invocation and
 * never emptied (LL201), and the flush decision reads a counter each execution environment keeps
 * for itself (LL202). */
#include <stdio.h>
#include <string.h>

static char g_log[8192];
static unsigned long g_requests;

static void flush_log(void) { fputs(g_log, stderr); }

void count_request(const char *line) {
  g_requests++;  // expect: LL202
  strcat(g_log, line);  // expect: LL201
  if (g_requests % 1000 == 0) flush_log();
}
