/* Fetches an image over HTTP and renders a thumbnail. A new curl handle per invocation (no
 * connection reuse), a retry loop that sleeps with no eye on the remaining time, and a progress
 * thread nobody joins. */
#include <curl/curl.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static void *progress(void *arg) {
  fprintf(stderr, "rendering %s\n", (const char *)arg);
  return NULL;
}

int make_thumbnail(const char *key, char *out, unsigned long size) {
  pthread_t ticker;
  pthread_create(&ticker, NULL, progress, (void *)key);  // expect: LL101, LL104

  CURL *curl = curl_easy_init();  // expect: LL302
  curl_easy_setopt(curl, CURLOPT_URL, key);
  CURLcode rc = curl_easy_perform(curl);
  while (rc != CURLE_OK) {  // expect: LL401
    sleep(1);  // expect: LL403
    rc = curl_easy_perform(curl);
  }
  curl_easy_cleanup(curl);
  snprintf(out, size, "{\"thumbnail\":\"%s\"}", key);
  return 0;
}
