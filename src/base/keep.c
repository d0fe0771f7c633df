#include "base/keep.h"

#include <pthread.h>
#include <stdalign.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

enum { KEEP_BLOCK = 1 << 20 };

typedef struct keep_block {
  size_t index; /* in ll_keep.blocks */
  size_t used, size;
  atomic_size_t live; /* copies not yet released */
  alignas(16) char data[];
} keep_block;

/* Each copy is preceded by its block, so that releasing needs no lookup. */
typedef struct {
  keep_block *block;
  alignas(16) char bytes[];
} copy_header;

struct ll_keep {
  pthread_mutex_t lock;
  keep_block **blocks; /* NULL once freed */
  size_t n_blocks, cap_blocks;
};

ll_keep *ll_keep_new(void) {
  ll_keep *self = ll_calloc(1, sizeof(*self));
  pthread_mutex_init(&self->lock, NULL);
  return self;
}

void ll_keep_delete(ll_keep *self) {
  if (!self) return;
  for (size_t i = 0; i < self->n_blocks; i++) free(self->blocks[i]);
  free(self->blocks);
  pthread_mutex_destroy(&self->lock);
  free(self);
}

static keep_block *block_with_room(ll_keep *self, size_t need) {
  keep_block *last = self->n_blocks ? self->blocks[self->n_blocks - 1] : NULL;
  if (last && last->size - last->used >= need) return last;
  size_t size = need > KEEP_BLOCK ? need : KEEP_BLOCK;
  keep_block *b = ll_malloc(sizeof(keep_block) + size);
  b->index = self->n_blocks;
  b->used = 0;
  b->size = size;
  atomic_init(&b->live, 0);
  LL_PUSH(self->blocks, self->n_blocks, self->cap_blocks, b);
  return b;
}

const char *ll_keep_add(ll_keep *self, const char *bytes, size_t len) {
  size_t need = (sizeof(copy_header) + len + 1 + 15) & ~(size_t)15;
  pthread_mutex_lock(&self->lock);
  keep_block *b = block_with_room(self, need);
  copy_header *h = (copy_header *)(b->data + b->used);
  b->used += need;
  atomic_fetch_add(&b->live, 1);
  pthread_mutex_unlock(&self->lock);
  h->block = b;
  memcpy(h->bytes, bytes, len);
  h->bytes[len] = '\0';
  return h->bytes;
}

void ll_keep_release(ll_keep *self, const char *copy) {
  copy_header *h = (copy_header *)(copy - offsetof(copy_header, bytes));
  keep_block *b = h->block;
  if (atomic_fetch_sub(&b->live, 1) == 1) {
    self->blocks[b->index] = NULL; /* each block's slot is written by the one thread that frees it */
    free(b);
  }
}
