/* clang_includes.h — headers libclang must not open.
 *
 * A repository can name a FIFO, a device or a symlink to one (`#include "pipe.h"`, `zero.h ->
 * /dev/zero`) as a header: libclang would block on the FIFO or read /dev/zero until memory runs
 * out. Before a parse, the `#include` / `#include_next` / `#import` / `#embed` lines of the file and
 * of the regular headers they reach are resolved the way the preprocessor would (the including
 * file's folder for "…", then the -iquote, -I, -isystem and -idirafter folders of the flags);
 * every name that resolves to something other than a regular file of at most LL_CLANG_MAX_HEADER
 * bytes is handed to libclang as an empty unsaved file, which it reads instead. A name built by a
 * macro (`#include HEADER`) cannot be resolved without preprocessing and is not covered. */
#ifndef LL_CLANG_INCLUDES_H
#define LL_CLANG_INCLUDES_H

#include <stddef.h>

#include "frontend/clang_flags.h"

enum {
  LL_CLANG_MAX_HEADER = 16 << 20, /* a larger header is generated data: read as empty */
  LL_CLANG_MAX_SCANNED = 512,     /* headers scanned for further includes, per parse */
};

/* Appends to `out` the paths (as libclang will spell them) of the headers `file` (with `source`)
 * reaches that are not regular files or are too large, given its compile `args`. */
void ll_clang_special_headers(const char *file, const char *source, size_t len, const ll_argv *args,
                              ll_argv *out);

#endif
