/* find.c — see find.h. */
#include "base/find.h"

#include <string.h>

/* Bytes of source code from the most frequent on (English letters by their frequency in code,
 * blanks and punctuation among them); a byte not listed is rarer than all of them. */
static const char common[] = " \ne\tt_asrnoicld.u(f)p,m=h\"g'y:b[]kvw0x1";

static size_t rarest(const char *needle, size_t k) {
  size_t best = 0, best_rank = 0;
  for (size_t i = 0; i < k; i++) {
    const char *at = needle[i] ? memchr(common, needle[i], sizeof common - 1) : NULL;
    size_t rank = at ? (size_t)(at - common) : sizeof common;
    if (rank > best_rank || i == 0) best = i, best_rank = rank;
  }
  return best;
}

const char *ll_find(const char *hay, size_t n, const char *needle, size_t k) {
  if (k == 0) return hay;
  if (k > n) return NULL;
  size_t pivot = rarest(needle, k);
  const char *p = hay + pivot, *last = hay + (n - k) + pivot; /* where the pivot byte may stand */
  while (p <= last) {
    const char *hit = memchr(p, (unsigned char)needle[pivot], (size_t)(last - p) + 1);
    if (!hit) return NULL;
    if (!memcmp(hit - pivot, needle, k)) return hit - pivot;
    p = hit + 1;
  }
  return NULL;
}
