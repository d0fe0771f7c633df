#include "base/arena.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

typedef struct block {
  struct block *next;
  size_t used, size;
  _Alignas(16) unsigned char data[];
} block;

struct ll_arena {
  block *head;
  size_t total;
};

/* An arena's first block is small (most files' IR takes a few KiB, and a unit holds dozens of
 * modules at once); later blocks are bigger. */
enum { FIRST_BLOCK = 4 * 1024, BLOCK_SIZE = 32 * 1024, MAX_SPARES = 64 };

/* Freed blocks of both sizes, kept per thread for the next file's arenas: one arena per analysed
 * file would otherwise mean a large malloc per file, and glibc answers each large request with a
 * pass over all its small free chunks (of which the parser leaves many). */
static _Thread_local block *spares[2];
static _Thread_local size_t n_spares[2];

void ll_arena_release_spares(void) {
  for (int k = 0; k < 2; k++) {
    while (spares[k]) {
      block *next = spares[k]->next;
      free(spares[k]);
      spares[k] = next;
    }
    n_spares[k] = 0;
  }
}

static block *new_block(size_t standard, size_t size) {
  int k = standard == BLOCK_SIZE;
  if (size <= standard && spares[k]) {
    block *b = spares[k];
    spares[k] = b->next;
    n_spares[k]--;
    return b;
  }
  size_t cap = size > standard ? size : standard;
  block *b = ll_malloc(sizeof(block) + cap);
  b->size = cap;
  return b;
}

static void drop_block(block *b) {
  int k = b->size == BLOCK_SIZE;
  if ((b->size == FIRST_BLOCK || k) && n_spares[k] < MAX_SPARES) {
    b->next = spares[k];
    spares[k] = b;
    n_spares[k]++;
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
    b = new_block(b ? BLOCK_SIZE : FIRST_BLOCK, size);
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
  size_t next = ll_grown_capacity(*cap, need);
  void *bigger = ll_arena_alloc(self, next * size);
  if (count) memcpy(bigger, *items, count * size);
  *items = bigger;
  *cap = next;
}

size_t ll_arena_bytes(const ll_arena *self) { return self->total; }
