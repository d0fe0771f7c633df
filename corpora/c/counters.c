/* Request accounting kept in process globals: the log buffer is appended to on every invocation and
 * never emptied (LL201), the flush decision reads a counter each execution environment keeps for
 * itself (LL202), and a mutex guards code that no thread of the program runs: only the handler
 * calls it, one invocation at a time (LL103). */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static char g_log[8192];
static unsigned long g_requests;
static pthread_mutex_t g_log_lock;
static int g_lock_ready;

static void flush_log(void) { fputs(g_log, stderr); }

void count_request(const char *line) {
  if (!g_lock_ready) {
    pthread_mutex_init(&g_log_lock, NULL);  // expect: LL103
    g_lock_ready = 1;
  }
  pthread_mutex_lock(&g_log_lock);
  g_requests++;  // expect: LL202
  strcat(g_log, line);  // expect: LL201
  if (g_requests % 1000 == 0) flush_log();
  pthread_mutex_unlock(&g_log_lock);
}
