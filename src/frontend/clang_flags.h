/* clang_flags.h — compile flags for libclang from a compile_commands.json, through an allowlist.
 *
 * A repository's database is input like any other file: a flag that names an output (-o, -MJ,
 * --serialize-diagnostics), loads code (-fplugin, -Xclang -load) or reads a response file (@file)
 * would make "reading" the code write files or run a plugin. Only flags that shape the parse
 * (include folders, macros, the language and its standard, warnings, target) are passed on. */
#ifndef LL_CLANG_FLAGS_H
#define LL_CLANG_FLAGS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
  char **items;
  size_t count, cap;
} ll_argv;

void ll_argv_push(ll_argv *self, const char *arg);
void ll_argv_free(ll_argv *self);

/* Appends to `out` the arguments of `args` (a compiler's command line without the compiler) that
 * the allowlist keeps; everything else, input files and @response files included, is dropped. */
void ll_clang_filter_args(const char *const *args, size_t n, ll_argv *out);

/* The compile_commands.json (malloc'd) nearest to `file` (an absolute path), in its folder or one
 * above it (directly or in a `build/` subfolder), but never above `root`, the analysed folder that
 * holds the file. NULL when there is none or when `root` is NULL or does not hold the file. */
char *ll_compile_db_find(const char *file, const char *root);

/* Reads the database `db_file` and appends to `out` "-working-directory DIR" and the allowed flags
 * of the entry for `file` (absolute); an entry in the nearest folder stands in for a file the
 * database does not list (headers). False when the database cannot be read or has no entry. */
bool ll_compile_db_flags(const char *db_file, const char *file, ll_argv *out);

#endif
