#include "arena.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

typedef struct block {
  struct block *next;
  size_t used, size;
  _Alignas(16) unsigned char data[];
} block;

struct ll_arena {
  block *head;
  size_t total;
};

enum { BLOCK_SIZE = 32 * 1024, MAX_SPARES = 64 };

/* Freed standard blocks, kept per thread for the next file's arena: one arena per analysed file
 * would otherwise mean a large malloc per file, and glibc answers each large request with a
 * pass over all its small free chunks (of which the parser leaves many). */
static _Thread_local block *spares;
static _Thread_local size_t n_spares;

void ll_arena_release_spares(void) {
  while (spares) {
    block *next = spares->next;
    free(spares);
    spares = next;
  }
  n_spares = 0;
}

static block *new_block(size_t size) {
  if (size <= BLOCK_SIZE && spares) {
    block *b = spares;
    spares = b->next;
    n_spares--;
    return b;
  }
  size_t cap = size > BLOCK_SIZE ? size : BLOCK_SIZE;
  block *b = ll_malloc(sizeof(block) + cap);
  b->size = cap;
  return b;
}

static void drop_block(block *b) {
  if (b->size == BLOCK_SIZE && n_spares < MAX_SPARES) {
    b->next = spares;
    spares = b;
    n_spares++;
  } else {
    free(b);
  }
}

ll_arena *ll_arena_new(void) { return ll_calloc(1, sizeof(ll_arena)); }

void ll_arena_delete(ll_arena *self) {
  if (!self) return;
  for (block *b = self->head, *next; b; b = next) {
    next = b->next;
    drop_block(b);
  }
  free(self);
}

void *ll_arena_alloc(ll_arena *self, size_t size) {
  size = (size + 15) & ~(size_t)15;
  block *b = self->head;
  if (!b || b->size - b->used < size) {
    b = new_block(size);
    b->used = 0;
    b->next = self->head;
    self->head = b;
    self->total += b->size;
  }
  void *out = b->data + b->used;
  b->used += size;
  memset(out, 0, size);
  return out;
}

char *ll_arena_strndup(ll_arena *self, const char *s, size_t n) {
  char *copy = ll_arena_alloc(self, n + 1);
  memcpy(copy, s, n);
  return copy;
}

char *ll_arena_strdup(ll_arena *self, const char *s) {
  return s ? ll_arena_strndup(self, s, strlen(s)) : NULL;
}

void *ll_arena_copy(ll_arena *self, const void *items, size_t count, size_t size) {
  if (!count) return NULL;
  void *out = ll_arena_alloc(self, count * size);
  memcpy(out, items, count * size);
  return out;
}

void ll_arena_grow(ll_arena *self, void **items, size_t *cap, size_t count, size_t need, size_t size) {
  if (need <= *cap) return;
  size_t next = *cap ? *cap * 2 : 8;
  while (next < need) next *= 2;
  void *bigger = ll_arena_alloc(self, next * size);
  if (count) memcpy(bigger, *items, count * size);
  *items = bigger;
  *cap = next;
}

size_t ll_arena_bytes(const ll_arena *self) { return self->total; }
