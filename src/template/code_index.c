/* code_index.c — joining analysed modules with template facts by canonical path. */
#include "template/code_index.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

void ll_code_index_init(ll_code_index *self, const ll_module *const *modules, size_t n) {
  self->modules = modules;
  self->n = n;
  self->real = ll_calloc(n ? n : 1, sizeof(char *));
  for (size_t i = 0; i < n; i++) self->real[i] = realpath(modules[i]->path, NULL);
}

void ll_code_index_free(ll_code_index *self) {
  for (size_t i = 0; i < self->n; i++) free(self->real[i]);
  free(self->real);
  *self = (ll_code_index){0};
}

int ll_code_index_find(const ll_code_index *self, const char *real) {
  for (size_t i = 0; real && i < self->n; i++)
    if (self->real[i] && strcmp(self->real[i], real) == 0) return (int)i;
  return -1;
}

bool ll_code_index_under(const ll_code_index *self, size_t i, const char *real_dir) {
  size_t n = real_dir ? strlen(real_dir) : 0;
  const char *path = self->real[i];
  return n && path && strncmp(path, real_dir, n) == 0 && (path[n] == '/' || real_dir[n - 1] == '/');
}

int ll_module_top_function(const ll_module *module, const char *name) {
  for (uint32_t f = 1; name && f < module->n_functions; f++) {
    const ll_function *fn = &module->functions[f];
    if (fn->parent == 0 && !fn->class_name && strcmp(fn->name, name) == 0) return (int)f;
  }
  return -1;
}
