/* wire.h — the byte format for what lambda-lint writes and reads back itself: the result cache's
 * entries (engine/cache.c) and the C/C++ parse child's messages (frontend/clang_child.c).
 * Integers are little-endian; a string is a u32 length and its bytes, NULL being the length
 * 0xFFFFFFFF. The reader checks every length against what is left and, on the first that does not
 * fit, fails for good (`ok` false, every later read zero or NULL): its input is never trusted. */
#ifndef LL_WIRE_H
#define LL_WIRE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LL_WIRE_NO_STRING 0xFFFFFFFFu

typedef struct {
  char *bytes; /* malloc'd; the caller frees it */
  size_t n, cap;
} ll_wire;

void ll_wire_put(ll_wire *w, const void *bytes, size_t len);
void ll_wire_put_u32(ll_wire *w, uint32_t v);
void ll_wire_put_u64(ll_wire *w, uint64_t v);
/* A string of `len` bytes (one of 4 GiB or more is written as NULL). */
void ll_wire_put_bytes(ll_wire *w, const char *s, size_t len);
/* A NUL-terminated string, or NULL. */
void ll_wire_put_str(ll_wire *w, const char *s);

typedef struct {
  const unsigned char *p;
  size_t left;
  bool ok;
} ll_wire_reader;

uint32_t ll_wire_get_u32(ll_wire_reader *r);
uint64_t ll_wire_get_u64(ll_wire_reader *r);
/* A string's bytes inside the input (not NUL-terminated), its length in *len; NULL for a stored
 * NULL, or when the reader failed. */
const char *ll_wire_get_bytes(ll_wire_reader *r, uint32_t *len);
/* An element count, refused (the reader fails) when the rest cannot hold that many elements of at
 * least `min_size` bytes. */
size_t ll_wire_get_count(ll_wire_reader *r, size_t min_size);

#endif
