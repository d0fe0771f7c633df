/* testutil.h — helpers shared by the unit tests. */
#ifndef LL_TESTUTIL_H
#define LL_TESTUTIL_H

#include <stddef.h>

/* Reads a whole file (relative to the source tree) into a malloc'd NUL-terminated buffer. */
char *ll_test_read_file(const char *relative_path, size_t *len);

#endif
