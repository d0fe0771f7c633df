/* code_index.h — the run's analysed modules by canonical path, to join them with templates. */
#ifndef LL_CODE_INDEX_H
#define LL_CODE_INDEX_H

#include <stdbool.h>
#include <stddef.h>

#include "lambdalint/ir.h"

typedef struct {
  const ll_module *const *modules; /* borrowed */
  char **real;                     /* canonical path of each module (NULL when it has none) */
  size_t n;
} ll_code_index;

void ll_code_index_init(ll_code_index *self, const ll_module *const *modules, size_t n);
void ll_code_index_free(ll_code_index *self);
/* The index of the module whose file is the canonical path `real`, or -1. */
int ll_code_index_find(const ll_code_index *self, const char *real);
/* Whether module `i` lies under the directory whose canonical path is `real_dir`. */
bool ll_code_index_under(const ll_code_index *self, size_t i, const char *real_dir);
/* The top-level function of `module` named `name`, or -1. */
int ll_module_top_function(const ll_module *module, const char *name);

#endif
