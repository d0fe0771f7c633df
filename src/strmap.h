/* strmap.h — a string → int map (open addressing) for path and name lookups. Keys are borrowed. */
#ifndef LL_STRMAP_H
#define LL_STRMAP_H

#include <stddef.h>

typedef struct {
  const char **keys;
  int *values;
  size_t cap, count;
} ll_strmap;

void ll_strmap_init(ll_strmap *self);
void ll_strmap_free(ll_strmap *self);
/* Sets key → value; the key must outlive the map. */
void ll_strmap_put(ll_strmap *self, const char *key, int value);
/* The value, or -1 when absent. */
int ll_strmap_get(const ll_strmap *self, const char *key);

#endif
