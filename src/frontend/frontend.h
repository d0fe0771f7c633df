/* frontend.h — one front-end per language behind one small vtable. A front-end turns a file's bytes
 * into an ll_module (in a fresh arena) and keeps no syntax tree after it returns. */
#ifndef LL_FRONTEND_H
#define LL_FRONTEND_H

#include <stddef.h>

#include "lambdalint/lambdalint.h"

/* Where a file being lowered was found, for front-ends that read files next to it. */
typedef struct {
  const char *root; /* canonical path of the analysed folder holding the file; NULL: none (stdin) */
  const char *compile_commands; /* the compile_commands.json the user named, or NULL */
} ll_lower_env;

typedef struct {
  ll_language language;
  const char *name;                 /* "python" */
  const char *const *extensions;    /* NULL-terminated, with the dot: ".py" */
  /* Lowers `source` (not necessarily NUL-terminated). Never NULL for readable input: problems
   * (syntax errors, bad encoding) come back as a one-line message in *problem (malloc'd, the
   * caller frees it) next to the best-effort module. `env` may be NULL. */
  ll_module *(*lower)(const char *path, const char *source, size_t len, const ll_lower_env *env,
                      char **problem);
  /* A cheap byte scan: false only when the file certainly holds no handler by the language's
   * conventions (it then is parsed only if a handler's module imports it). NULL: always parse. */
  bool (*may_hold_handler)(const char *source, size_t len, const ll_options *options);
  /* For languages whose files link by symbol (C, C++), where may_hold_handler passes files that only
   * define what a handler calls: whether this file registers a handler itself (`run_handler`). A
   * run without such a file has no handler for the others to serve, and does not parse them
   * (a vendored C++ library beside Java code cost a minute of libclang). NULL: not such a language. */
  bool (*registers_handler)(const char *source, size_t len);
  /* A one-line message (malloc'd) when the bytes are not in the file's encoding, else NULL. Run
   * on every file, parsed or not. NULL: no check. */
  char *(*encoding_problem)(const char *source, size_t len);
} ll_frontend;

/* The front-end that handles `path` by its extension, or NULL. */
const ll_frontend *ll_frontend_for_path(const char *path);
/* The front-end of a language, or NULL when this build does not have it. */
const ll_frontend *ll_frontend_for_language(ll_language language);
const char *ll_language_name(ll_language language);
/* For a file of a language this build leaves out (C/C++ without libclang): why it cannot be
 * analysed, for the error message. NULL when the file's language is built in or unknown. */
const char *ll_frontend_unavailable(const char *path);

/* File extensions of the C and C++ front-ends (known even to builds without them). */
extern const char *const ll_c_extensions[];
extern const char *const ll_cpp_extensions[];

/* Frees what this thread keeps between files to save work (a parser, spare arena blocks). A
 * thread that lowered files calls it before it ends. */
void ll_frontends_thread_done(void);

/* Frees a module and everything in its arena. Accepts NULL. */
void ll_module_delete(ll_module *module);

#endif
