/* find.c — see find.h. */
#include "base/find.h"

#include <string.h>

/* How common each byte is in source code, the most frequent highest (English letters by their
 * frequency in code, blanks and punctuation among them); 0: rarer than all of these. */
static const unsigned char frequency[256] = {
    [' '] = 39, ['\n'] = 38, ['e'] = 37, ['\t'] = 36, ['t'] = 35, ['_'] = 34, ['a'] = 33,
    ['s'] = 32, ['r'] = 31, ['n'] = 30, ['o'] = 29, ['i'] = 28, ['c'] = 27, ['l'] = 26, ['d'] = 25,
    ['.'] = 24, ['u'] = 23, ['('] = 22, ['f'] = 21, [')'] = 20, ['p'] = 19, [','] = 18, ['m'] = 17,
    ['='] = 16, ['h'] = 15, ['"'] = 14, ['g'] = 13, ['\''] = 12, ['y'] = 11, [':'] = 10, ['b'] = 9,
    ['['] = 8, [']'] = 7, ['k'] = 6, ['v'] = 5, ['w'] = 4, ['0'] = 3, ['x'] = 2, ['1'] = 1,
};

static size_t rarest(const char *needle, size_t k) {
  size_t best = 0;
  for (size_t i = 1; i < k; i++)
    if (frequency[(unsigned char)needle[i]] < frequency[(unsigned char)needle[best]]) best = i;
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
