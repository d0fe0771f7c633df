/*
 * fuzz_glob.c — the config's glob matcher on arbitrary patterns and paths. The input is split at
 * its first NUL into a pattern and a path; both matchers run. Patterns built for backtracking
 * (`*a*a*a…b`, runs of `**` and `/`) must stay fast: libFuzzer's -timeout catches a slow input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/glob.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *text = malloc(size + 2);
  if (!text) return 0;
  memcpy(text, data, size);
  text[size] = text[size + 1] = '\0';
  const char *pattern = text;
  const char *path = text + strlen(text) + 1; /* after the first NUL, or the empty string */
  (void)ll_glob_match(pattern, path);
  (void)ll_glob_match_tree(pattern, path);
  free(text);
  return 0;
}
