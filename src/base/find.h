/* find.h — memmem for the prescans, which look for a few words in every file of a tree. */
#ifndef LL_FIND_H
#define LL_FIND_H

#include <stddef.h>

/* The first occurrence of needle[0, k) in hay[0, n), or NULL (hay itself when k is 0): memmem's
 * answer, found by libc's vectorised memchr on the needle's rarest byte in source code and a
 * compare around each hit. glibc's memmem spent ~15 instructions a byte on a three-letter word. */
const char *ll_find(const char *hay, size_t n, const char *needle, size_t k);

#endif
