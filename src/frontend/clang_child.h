/* clang_child.h — libclang parses each C/C++ file in a child process (internal).
 *
 * A repository is untrusted input, and libclang is a whole compiler: what the byte scans before a
 * parse check (clang_includes.c, clang_macros.c, clang_nesting.c) bounds the cases we know, but a
 * header opened through a token-pasted `__has_include`, an unforeseen recursion or a macro that
 * expands past the estimate would still block, crash or exhaust the analysing process. So the parse
 * runs in a child (this executable again, started before its main()), under a CPU, wall-clock and
 * memory limit, with no core files and no file writes; it sends back the main file's annotated
 * tokens, and the lowering (clang_lower.c) runs here. A child that fails costs that file only. */
#ifndef LL_CLANG_CHILD_H
#define LL_CLANG_CHILD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "frontend/clang_lower.h"
#include "frontend/frontend.h"

/* What parsing one file gave: its tokens, or why there are none. */
typedef struct {
  bool parsed;
  const char *unavailable;    /* why libclang could not be loaded, or NULL */
  int error;                  /* libclang's CXErrorCode when not parsed (0 when a budget refused it) */
  uint64_t expansion, budget; /* the macro estimate when over its budget (then not parsed), and the budget */
  uint64_t included, included_budget; /* the same for the include estimate */
  uint32_t blanked_line;      /* the main file's first directive blanked, 0 when none */
  uint64_t blanked;           /* directives blanked in the file and its headers */
  ll_ctoken *tokens;          /* malloc'd (the caller frees it); strings in the arena given */
  size_t count;
} ll_clang_outcome;

/* Parses `source` as `path` in this process (clang.c). */
void ll_clang_parse_here(const char *path, ll_language language, const ll_lower_env *env, const char *source,
                         size_t len, ll_arena *arena, ll_clang_outcome *out);

/* Parses in a child process. NULL when it finished (then *out is filled as ll_clang_parse_here would
 * fill it), else a one-line message (malloc'd) saying which limit it hit or how it failed. Where no
 * child can be started (no /proc/self/exe), the parse runs here. */
char *ll_clang_parse_isolated(const char *path, ll_language language, const ll_lower_env *env, const char *source,
                              size_t len, ll_arena *arena, ll_clang_outcome *out);

/* The limits of one child: seconds of wall-clock time (the environment variable
 * LAMBDA_LINT_CLANG_TIMEOUT, 1–3600, else 60), half of them (at least 1) of CPU time, and 4 GiB of
 * address space (not under AddressSanitizer, whose shadow memory needs more). */
unsigned ll_clang_child_seconds(void);

#endif
