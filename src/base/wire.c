/* wire.c — see wire.h. */
#include "base/wire.h"

#include <string.h>

#include "base/alloc.h"

void ll_wire_put(ll_wire *w, const void *bytes, size_t len) {
  if (!len) return;
  ll_grow((void **)&w->bytes, &w->cap, w->n + len, 1);
  memcpy(w->bytes + w->n, bytes, len);
  w->n += len;
}

static void put_uint(ll_wire *w, uint64_t v, int bytes) {
  unsigned char x[8];
  for (int i = 0; i < bytes; i++) x[i] = (unsigned char)(v >> (8 * i));
  ll_wire_put(w, x, (size_t)bytes);
}

void ll_wire_put_u32(ll_wire *w, uint32_t v) { put_uint(w, v, 4); }
void ll_wire_put_u64(ll_wire *w, uint64_t v) { put_uint(w, v, 8); }

void ll_wire_put_bytes(ll_wire *w, const char *s, size_t len) {
  bool fits = s && len < LL_WIRE_NO_STRING;
  ll_wire_put_u32(w, fits ? (uint32_t)len : LL_WIRE_NO_STRING);
  if (fits) ll_wire_put(w, s, len);
}

void ll_wire_put_str(ll_wire *w, const char *s) { ll_wire_put_bytes(w, s, s ? strlen(s) : 0); }

static uint64_t get_uint(ll_wire_reader *r, int bytes) {
  if (!r->ok || r->left < (size_t)bytes) return r->ok = false, 0;
  uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; i--) v = (v << 8) | r->p[i];
  r->p += bytes;
  r->left -= (size_t)bytes;
  return v;
}

uint32_t ll_wire_get_u32(ll_wire_reader *r) { return (uint32_t)get_uint(r, 4); }
uint64_t ll_wire_get_u64(ll_wire_reader *r) { return get_uint(r, 8); }

const char *ll_wire_get_bytes(ll_wire_reader *r, uint32_t *len) {
  *len = ll_wire_get_u32(r);
  if (!r->ok || *len == LL_WIRE_NO_STRING) return *len = 0, NULL;
  if (*len > r->left) return r->ok = false, *len = 0, NULL;
  const char *s = (const char *)r->p;
  r->p += *len;
  r->left -= *len;
  return s;
}

size_t ll_wire_get_count(ll_wire_reader *r, size_t min_size) {
  uint64_t n = ll_wire_get_u64(r);
  if (r->ok && n > r->left / min_size) r->ok = false;
  return r->ok ? (size_t)n : 0;
}
