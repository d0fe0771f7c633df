/* testutil.h — small helpers shared by the cmocka unit tests. */
#ifndef LL_TESTUTIL_H
#define LL_TESTUTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

/* A fresh empty directory under the system temp dir; the caller frees the string and may remove
 * the tree with ll_test_rmtree(). */
char *ll_test_tmpdir(void);
void ll_test_rmtree(const char *dir);
/* Writes `text` to dir/name (creating intermediate folders); returns the malloc'd full path. */
char *ll_test_write(const char *dir, const char *name, const char *text);
/* The whole contents of a file, NUL-terminated (malloc'd), or NULL. */
char *ll_test_read(const char *path);

#endif
