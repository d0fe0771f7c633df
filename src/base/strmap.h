/* strmap.h — a string → int map (open addressing) for path and name lookups. Keys are borrowed:
 * the first pointer given for a key is kept (a later put of an equal key only changes its value).
 * A key may carry a scope (a function index), so "name in function 3" needs no formatted string:
 * the plain calls use scope 0. */
#ifndef LL_STRMAP_H
#define LL_STRMAP_H

#include <stddef.h>

typedef struct {
  const char **keys;
  int *scopes;
  int *values;
  size_t cap, count;
} ll_strmap;

void ll_strmap_init(ll_strmap *self);
void ll_strmap_free(ll_strmap *self);
/* Sets key → value; the key must outlive the map. */
void ll_strmap_put(ll_strmap *self, const char *key, int value);
/* The value, or -1 when absent. */
int ll_strmap_get(const ll_strmap *self, const char *key);
/* The same for (scope, key) pairs. */
void ll_strmap_put_scoped(ll_strmap *self, int scope, const char *key, int value);
int ll_strmap_get_scoped(const ll_strmap *self, int scope, const char *key);

#endif
