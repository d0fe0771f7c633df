/* Byte counts updated by ingest.c, whose parser runs on its own thread: here the mutex does guard
 * concurrent access, so it is not LL103. */
#include <pthread.h>

static pthread_mutex_t g_stats_lock;
static long g_bytes;

void stats_init(void) { pthread_mutex_init(&g_stats_lock, NULL); }

void stats_add(long n) {
  pthread_mutex_lock(&g_stats_lock);
  g_bytes += n;
  pthread_mutex_unlock(&g_stats_lock);
}
