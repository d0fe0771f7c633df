/*
 * fuzz_cache.c — the result cache's entry reader on arbitrary bytes: read as a whole entry (its
 * header must refuse them), and as an entry's payload under a valid header and checksum (so that
 * every field's reader is reached). What decodes must encode and decode again to the same thing.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "engine/cache.h"

static void put_le(unsigned char *at, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; i++) at[i] = (unsigned char)(v >> (8 * i));
}

static void round_trip(const ll_cache_entry *e, ll_hash key) {
  size_t len = 0;
  char *bytes = ll_cache_entry_encode(key, (const char *const *)e->dep_reals, e->dep_hashes, e->n_deps,
                                      e->results, &len);
  ll_cache_entry again;
  if (!ll_cache_entry_decode(bytes, len, key, &again)) abort(); /* what we wrote, we must read */
  size_t n1 = 0, n2 = 0;
  ll_results_findings(e->results, &n1);
  ll_results_findings(again.results, &n2);
  if (n1 != n2 || again.n_deps != e->n_deps) abort();
  ll_cache_entry_free(&again);
  free(bytes);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  ll_hash key = ll_hash_bytes("fuzz", 4);
  ll_cache_entry e;
  if (ll_cache_entry_decode((const char *)data, size, key, &e)) {
    round_trip(&e, key);
    ll_cache_entry_free(&e);
  }
  enum { HEADER = 8 + 4 + 4 + 16 + 8 + 16 };
  unsigned char *framed = malloc(HEADER + size + 1);
  memcpy(framed, "LLCACHE1", 8);
  put_le(framed + 8, LL_CACHE_FORMAT, 4);
  put_le(framed + 12, 0, 4);
  put_le(framed + 16, key.lo, 8);
  put_le(framed + 24, key.hi, 8);
  put_le(framed + 32, size, 8);
  ll_hash sum = ll_hash_bytes(data, size);
  put_le(framed + 40, sum.lo, 8);
  put_le(framed + 48, sum.hi, 8);
  if (size) memcpy(framed + HEADER, data, size);
  if (ll_cache_entry_decode((const char *)framed, HEADER + size, key, &e)) {
    round_trip(&e, key);
    ll_cache_entry_free(&e);
  }
  free(framed);
  return 0;
}
