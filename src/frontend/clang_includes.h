/* clang_includes.h — what libclang may open, checked before a parse.
 *
 * A repository can name a FIFO, a device or a symlink to one (`#include "pipe.h"`, `zero.h ->
 * /dev/zero`) as a header: libclang would block on the FIFO or read /dev/zero until memory runs
 * out. Before a parse, the file-opening directives (`#include`, `#include_next`, `#import`,
 * `#embed`, `#pragma GCC dependency`, `__has_include(…)`) of the file and of the regular headers
 * they reach are found the way the preprocessor reads lines (backslash-newlines joined, `\r` a line
 * break, comments before `#` and inside the directive, `%:`) and resolved the way it searches (the
 * including file's folder for "…", then the -iquote, -I, -isystem and -idirafter folders of the
 * flags; `#include_next` every candidate); every name that resolves to something other than a
 * regular file of at most LL_CLANG_MAX_HEADER bytes is handed to libclang as an empty unsaved file.
 *
 * A name spelled by a macro (`#define H "/dev/zero"`, `#include H`) cannot be resolved without
 * preprocessing: such a directive is blanked (spaces, keeping line breaks and comment delimiters, so
 * byte offsets do not move) in the text given to libclang, and a `__has_include` whose operand is
 * not a literal name reads `0`. Headers past LL_CLANG_MAX_SCANNED are read as empty. The same pass
 * gives the macro estimate (clang_macros.h) its input, and the include estimate: the project's
 * include graph, where a header with `#pragma once` or an include guard counts once. Not covered: `__has_include` or `_Pragma`
 * assembled by token pasting (`a##b`) inside macros. */
#ifndef LL_CLANG_INCLUDES_H
#define LL_CLANG_INCLUDES_H

#include <stddef.h>
#include <stdint.h>

#include "frontend/clang_flags.h"

enum {
  LL_CLANG_MAX_HEADER = 16 << 20, /* a larger header is generated data: read as empty */
  LL_CLANG_MAX_SCANNED = 4096,    /* headers scanned for further includes, per parse */
  LL_CLANG_INCLUSION_WEIGHT = 1024, /* what one inclusion costs libclang, in bytes read (about 4 µs) */
};

/* The include estimate's budget: 64 MiB of headers read, or twice what the file and its headers
 * weigh read once each when that is more. Unguarded headers that include each other twice, 30
 * levels deep, read 2^30 headers (libclang ran for hours); ordinary code reads each header once. */
#define LL_CLANG_MAX_INCLUDED ((uint64_t)64 << 20)

typedef struct {
  ll_argv empty;      /* headers read as empty: not regular files, too large, or past the scan bound */
  ll_argv rewritten;  /* headers given with directives blanked, as found… */
  char **texts;       /* …and their texts (rewritten.count of them) */
  size_t *lens;
  char *main_text;    /* the main file with directives blanked (same length), or NULL when unchanged */
  uint32_t first_blanked; /* the main file's first blanked line (1-based), 0 when none */
  size_t blanked;     /* directives blanked, in the main file and its headers */
  uint64_t expansion; /* the macro estimate (ll_macros_expansion) of the file, its headers and -D */
  uint64_t budget;    /* ll_macros_budget for the tokens they hold */
  uint64_t included;  /* the bytes libclang would read through #include (each inclusion weighed)… */
  uint64_t included_budget; /* …and their budget (LL_CLANG_MAX_INCLUDED) */
} ll_clang_inputs;

/* Fills `out` for `file` (with `source`) and its compile `args`. */
void ll_clang_prepare_inputs(const char *file, const char *source, size_t len, const ll_argv *args,
                             ll_clang_inputs *out);
void ll_clang_inputs_free(ll_clang_inputs *self);

#endif
