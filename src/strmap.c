#include "strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

static uint64_t hash(int scope, const char *s) {
  uint64_t h = 1469598103934665603ull ^ (uint64_t)(unsigned)scope; /* FNV-1a, seeded by scope */
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
  return h;
}

void ll_strmap_init(ll_strmap *self) { memset(self, 0, sizeof(*self)); }

void ll_strmap_free(ll_strmap *self) {
  free(self->keys);
  free(self->scopes);
  free(self->values);
  memset(self, 0, sizeof(*self));
}

static void rehash(ll_strmap *self, size_t cap) {
  ll_strmap next = {.keys = ll_calloc(cap, sizeof(char *)), .scopes = ll_calloc(cap, sizeof(int)),
                    .values = ll_calloc(cap, sizeof(int)), .cap = cap};
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
  if (!self->keys[i]) self->count++;
  self->keys[i] = key;
  self->scopes[i] = scope;
  self->values[i] = value;
}

int ll_strmap_get_scoped(const ll_strmap *self, int scope, const char *key) {
  if (!self->cap) return -1;
  size_t i = slot(self, scope, key);
  return self->keys[i] ? self->values[i] : -1;
}

void ll_strmap_put(ll_strmap *self, const char *key, int value) { ll_strmap_put_scoped(self, 0, key, value); }

int ll_strmap_get(const ll_strmap *self, const char *key) { return ll_strmap_get_scoped(self, 0, key); }
