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
/* Frees the blocks this thread keeps for reuse; a thread calls it before it ends. */
void ll_arena_release_spares(void);

#endif
