/* alloc.h — every heap allocation of lambda-lint goes through here: out of memory is the one
 * condition that stops the process, with a message, in one place. */
#ifndef LL_ALLOC_H
#define LL_ALLOC_H

#include <stdarg.h>
#include <stddef.h>

void *ll_malloc(size_t size);
void *ll_calloc(size_t count, size_t size);
void *ll_realloc(void *ptr, size_t size);
char *ll_strdup(const char *s);
char *ll_strndup(const char *s, size_t n);
char *ll_strfmt(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
char *ll_vstrfmt(const char *fmt, va_list args);
/* a + b + c (any may be NULL), malloc'd: the fast path for joining names, no format parsing. */
char *ll_concat(const char *a, const char *b, const char *c);

/* Grows *items (of *cap elements of `size` bytes) so that index `need - 1` fits. */
/* The capacity an array of `cap` items grows to so that it holds `need`: doubling, from 8. */
size_t ll_grown_capacity(size_t cap, size_t need);
void ll_grow(void **items, size_t *cap, size_t need, size_t size);
#define LL_PUSH(items, count, cap, value)                                                  \
  do {                                                                                     \
    ll_grow((void **)&(items), &(cap), (size_t)(count) + 1, sizeof(*(items)));             \
    (items)[(count)++] = (value);                                                          \
  } while (0)

#endif
