/* testutil.h — helpers shared by the cmocka tests. */
#ifndef LL_TESTUTIL_H
#define LL_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lambdalint/lambdalint.h"

/* Lowers Python source text into a module (the caller frees it with ll_module_delete). */
ll_module *ll_test_lower(const char *path, const char *source);

/* Writes `contents` to dir/name (creating dir), returns the path (malloc'd). */
char *ll_test_write(const char *dir, const char *name, const char *contents);

/* A fresh empty temporary directory (malloc'd path). */
char *ll_test_tmpdir(void);

/* Removes a directory tree made by ll_test_tmpdir(). */
void ll_test_rmtree(const char *dir);

/* The whole contents of a file, NUL-terminated (malloc'd), or NULL when it cannot be read. */
char *ll_test_read(const char *path);

/* Runs the lambda-lint binary with `args` (a shell-quoted string), capturing stdout and stderr
 * (malloc'd, may be NULL pointers to skip). Returns the exit status (124 after 300 s: a hang). */
int ll_test_run(const char *args, char **out, char **err);

/* CPU seconds used by the lambda-lint processes run so far (not wall time: a loaded machine must
 * not fail a test, and a quadratic path shows in CPU time all the same). */
double ll_test_children_cpu_seconds(void);

/* The first event of `kind` in function `fn` at or after index *from (updated), or NULL. */
const ll_event *ll_test_next_event(const ll_function *fn, ll_event_kind kind, uint32_t *from);

/* The first event of `kind` in the module named `name` (a call's callee, a spawn's callee, a module
 * write's target, else the event's name); its function in *fn_out. NULL: none. */
const ll_event *ll_test_find_event(const ll_module *m, ll_event_kind kind, const char *name, int *fn_out);

/* The first function (not the module) called `name`, or whose qualname is `name` with `qualified`. */
const ll_function *ll_test_function_named(const ll_module *m, const char *name, bool qualified);

#endif
