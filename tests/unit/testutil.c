#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

char *ll_test_read_file(const char *relative_path, size_t *len) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", LL_SOURCE_DIR, relative_path);
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)size + 1);
  size_t got = fread(buf, 1, (size_t)size, f);
  buf[got] = '\0';
  fclose(f);
  if (len) *len = got;
  return buf;
}
