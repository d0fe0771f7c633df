#include "base/alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *checked(void *ptr) {
  if (!ptr) {
    fputs("lambda-lint: out of memory\n", stderr);
    abort();
  }
  return ptr;
}

void *ll_malloc(size_t size) { return checked(malloc(size ? size : 1)); }
void *ll_calloc(size_t count, size_t size) { return checked(calloc(count ? count : 1, size ? size : 1)); }
void *ll_realloc(void *ptr, size_t size) { return checked(realloc(ptr, size ? size : 1)); }

char *ll_strndup(const char *s, size_t n) {
  char *copy = ll_malloc(n + 1);
  memcpy(copy, s, n);
  copy[n] = '\0';
  return copy;
}

char *ll_strdup(const char *s) { return s ? ll_strndup(s, strlen(s)) : NULL; }

char *ll_vstrfmt(const char *fmt, va_list args) {
  va_list copy;
  va_copy(copy, args);
  int n = vsnprintf(NULL, 0, fmt, copy);
  va_end(copy);
  if (n < 0) n = 0;
  char *out = ll_malloc((size_t)n + 1);
  vsnprintf(out, (size_t)n + 1, fmt, args);
  return out;
}

char *ll_strfmt(const char *fmt, ...) {
  va_list args;
  va_start(args, fmt);
  char *out = ll_vstrfmt(fmt, args);
  va_end(args);
  return out;
}

char *ll_concat(const char *a, const char *b, const char *c) {
  size_t na = a ? strlen(a) : 0, nb = b ? strlen(b) : 0, nc = c ? strlen(c) : 0;
  char *out = ll_malloc(na + nb + nc + 1);
  if (na) memcpy(out, a, na);
  if (nb) memcpy(out + na, b, nb);
  if (nc) memcpy(out + na + nb, c, nc);
  out[na + nb + nc] = '\0';
  return out;
}

size_t ll_grown_capacity(size_t cap, size_t need) {
  size_t next = cap ? cap * 2 : 8;
  while (next < need) next *= 2;
  return next;
}

void ll_grow(void **items, size_t *cap, size_t need, size_t size) {
  if (need <= *cap) return;
  size_t next = ll_grown_capacity(*cap, need);
  *items = ll_realloc(*items, next * size);
  *cap = next;
}
