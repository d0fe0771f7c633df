#include "strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

static uint64_t hash(const char *s) {
  uint64_t h = 1469598103934665603ull; /* FNV-1a */
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
  return h;
}

void ll_strmap_init(ll_strmap *self) { memset(self, 0, sizeof(*self)); }

void ll_strmap_free(ll_strmap *self) {
  free(self->keys);
  free(self->values);
  memset(self, 0, sizeof(*self));
}

static void rehash(ll_strmap *self, size_t cap) {
  ll_strmap next = {.keys = ll_calloc(cap, sizeof(char *)), .values = ll_calloc(cap, sizeof(int)),
                    .cap = cap};
  for (size_t i = 0; i < self->cap; i++)
    if (self->keys[i]) ll_strmap_put(&next, self->keys[i], self->values[i]);
  ll_strmap_free(self);
  *self = next;
}

void ll_strmap_put(ll_strmap *self, const char *key, int value) {
  if ((self->count + 1) * 2 > self->cap) rehash(self, self->cap ? self->cap * 2 : 64);
  size_t i = hash(key) & (self->cap - 1);
  while (self->keys[i] && strcmp(self->keys[i], key) != 0) i = (i + 1) & (self->cap - 1);
  if (!self->keys[i]) self->count++;
  self->keys[i] = key;
  self->values[i] = value;
}

int ll_strmap_get(const ll_strmap *self, const char *key) {
  if (!self->cap) return -1;
  size_t i = hash(key) & (self->cap - 1);
  while (self->keys[i]) {
    if (strcmp(self->keys[i], key) == 0) return self->values[i];
    i = (i + 1) & (self->cap - 1);
  }
  return -1;
}
