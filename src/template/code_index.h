/* code_index.h — the run's analysed modules by canonical path, to join them with templates. */
#ifndef LL_CODE_INDEX_H
#define LL_CODE_INDEX_H

#include <stdbool.h>
#include <stddef.h>

#include "engine/link.h"
#include "lambdalint/ir.h"

typedef struct ll_code_index {
  const ll_module *const *modules; /* borrowed */
  char **real;                     /* canonical path of each module (NULL when it has none) */
  size_t n;
  ll_file_index files;             /* `real` for import resolution */
} ll_code_index;

void ll_code_index_init(ll_code_index *self, const ll_module *const *modules, size_t n);
/* The same with the modules' canonical paths already known (`reals` or an entry NULL: resolved
 * here), which saves a realpath() per module. */
void ll_code_index_init_real(ll_code_index *self, const ll_module *const *modules,
                             const char *const *reals, size_t n);
void ll_code_index_free(ll_code_index *self);
/* The index of the module whose file is the canonical path `real`, or -1. */
int ll_code_index_find(const ll_code_index *self, const char *real);
/* Whether module `i` lies under the directory whose canonical path is `real_dir`. */
bool ll_code_index_under(const ll_code_index *self, size_t i, const char *real_dir);
/* The import closure of module `start`: sets in[i] (an array of `n` flags the caller cleared) for
 * `start` and every module it reaches through imports that resolve to analysed files (Python,
 * JavaScript/TypeScript, Java: as the linker resolves them). Go, Java, Rust and C/C++ files also
 * reach the files of their own folder and language (one package / crate folder / build unit, which
 * need no import). What a handler deploys and runs, not everything under its code folder.
 * Returns how many modules it set. */
size_t ll_code_index_closure(const ll_code_index *self, int start, bool *in);
/* The unit's index, built once for all its rules (rulectx.c): set whenever check_project runs. */
struct ll_rule_ctx;
const ll_code_index *ll_rule_code_index(const struct ll_rule_ctx *ctx);
/* The top-level function of `module` named `name`, or -1. */
int ll_module_top_function(const ll_module *module, const char *name);

#endif
