#include "base/strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

/* Eight bytes a step (keys are often paths), each word mixed by a multiply; seeded by the scope. */
static uint64_t hash(int scope, const char *s) {
  size_t n = strlen(s);
  uint64_t h = 0x9E3779B97F4A7C15ull ^ ((uint64_t)(unsigned)scope << 32) ^ n;
  for (; n >= 8; s += 8, n -= 8) {
    uint64_t word;
    memcpy(&word, s, 8);
    h = (h ^ word) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 29;
  }
  uint64_t tail = 0;
  for (size_t i = 0; i < n; i++) tail |= (uint64_t)(unsigned char)s[i] << (8 * i);
  h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 32);
}

void ll_strmap_init(ll_strmap *self) { memset(self, 0, sizeof(*self)); }

void ll_strmap_free(ll_strmap *self) {
  free(self->keys); /* one block holds all three arrays */
  memset(self, 0, sizeof(*self));
}

static void rehash(ll_strmap *self, size_t cap) {
  ll_strmap next = {.keys = ll_calloc(cap, sizeof(char *) + 2 * sizeof(int)), .cap = cap};
  next.scopes = (int *)(next.keys + cap);
  next.values = next.scopes + cap;
  for (size_t i = 0; i < self->cap; i++)
    if (self->keys[i]) ll_strmap_put_scoped(&next, self->scopes[i], self->keys[i], self->values[i]);
  ll_strmap_free(self);
  *self = next;
}

/* The slot holding (scope, key), or the empty slot where it would go. */
static size_t slot(const ll_strmap *self, int scope, const char *key) {
  size_t i = hash(scope, key) & (self->cap - 1);
  while (self->keys[i] && (self->scopes[i] != scope || strcmp(self->keys[i], key) != 0))
    i = (i + 1) & (self->cap - 1);
  return i;
}

void ll_strmap_put_scoped(ll_strmap *self, int scope, const char *key, int value) {
  if ((self->count + 1) * 2 > self->cap) rehash(self, self->cap ? self->cap * 2 : 64);
  size_t i = slot(self, scope, key);
  if (!self->keys[i]) { /* a new key; an existing one keeps the pointer it was first given */
    self->count++;
    self->keys[i] = key;
    self->scopes[i] = scope;
  }
  self->values[i] = value;
}

int ll_strmap_get_scoped(const ll_strmap *self, int scope, const char *key) {
  if (!self->cap) return -1;
  size_t i = slot(self, scope, key);
  return self->keys[i] ? self->values[i] : -1;
}

void ll_strmap_put(ll_strmap *self, const char *key, int value) { ll_strmap_put_scoped(self, 0, key, value); }

int ll_strmap_get(const ll_strmap *self, const char *key) { return ll_strmap_get_scoped(self, 0, key); }
