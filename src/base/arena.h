/* arena.h — bump allocation for everything one analysed file produces (its IR). Freed at once. */
#ifndef LL_ARENA_H
#define LL_ARENA_H

#include <stddef.h>

#include "lambdalint/ir.h"

ll_arena *ll_arena_new(void);
/* Frees every block. Accepts NULL. */
void ll_arena_delete(ll_arena *self);

/* Zeroed, 16-byte aligned memory that lives as long as the arena. */
void *ll_arena_alloc(ll_arena *self, size_t size);
char *ll_arena_strndup(ll_arena *self, const char *s, size_t n);
char *ll_arena_strdup(ll_arena *self, const char *s);
/* Copies `count` elements of `size` bytes into the arena (for finishing a growable array). */
void *ll_arena_copy(ll_arena *self, const void *items, size_t count, size_t size);
size_t ll_arena_bytes(const ll_arena *self);
/* Makes room for `need` items in an array kept in the arena (holding `count` now): a copy twice
 * as big, the old one left in place. For scratch arrays that live while one file is lowered:
 * they then cost no malloc, and the arena's blocks are reused for the next file. */
void ll_arena_grow(ll_arena *self, void **items, size_t *cap, size_t count, size_t need, size_t size);
#define LL_ARENA_PUSH(arena, items, count, cap, value)                                                 \
  do {                                                                                                 \
    if ((size_t)(count) + 1 > (cap))                                                                   \
      ll_arena_grow((arena), (void **)&(items), &(cap), (count), (size_t)(count) + 1, sizeof(*(items))); \
    (items)[(count)++] = (value);                                                                      \
  } while (0)
/* Frees the blocks this thread keeps for reuse; a thread calls it before it ends. */
void ll_arena_release_spares(void);

#endif
