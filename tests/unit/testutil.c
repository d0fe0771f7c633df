#define _POSIX_C_SOURCE 200809L
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc.h"

char *ll_test_tmpdir(void) {
  const char *base = getenv("TMPDIR");
  char *templ = ll_format("%s/lltest-XXXXXX", base && *base ? base : "/tmp");
  if (!mkdtemp(templ)) fail_msg("mkdtemp failed");
  return templ;
}

void ll_test_rmtree(const char *dir) {
  char *cmd = ll_format("rm -rf '%s'", dir);
  if (system(cmd) != 0) fail_msg("could not remove %s", dir);
  free(cmd);
}

static void make_parents(const char *path) {
  char *copy = ll_strdup(path);
  for (char *p = copy + 1; *p; p++) {
    if (*p != '/') continue;
    *p = '\0';
    mkdir(copy, 0777);
    *p = '/';
  }
  free(copy);
}

char *ll_test_write(const char *dir, const char *name, const char *text) {
  char *path = ll_format("%s/%s", dir, name);
  make_parents(path);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
  return path;
}

char *ll_test_read(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *buf = NULL;
  size_t len = 0, cap = 0, n;
  char chunk[4096];
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    ll_grow((void **)&buf, &cap, len + n + 1, 1);
    memcpy(buf + len, chunk, n);
    len += n;
  }
  fclose(f);
  if (!buf) return ll_strdup("");
  buf[len] = '\0';
  return buf;
}
