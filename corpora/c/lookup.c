/* Looks up a price over HTTP with one curl handle per execution environment, created the first
 * time through pthread_once and reused by every later invocation. Clean. */
#include <curl/curl.h>
#include <pthread.h>

static pthread_once_t g_curl_once = PTHREAD_ONCE_INIT;
static CURL *g_curl;

static void open_curl(void) { g_curl = curl_easy_init(); }

int lookup_price(const char *url) {
  pthread_once(&g_curl_once, open_curl);
  curl_easy_setopt(g_curl, CURLOPT_URL, url);
  return curl_easy_perform(g_curl) == CURLE_OK ? 0 : 1;
}
