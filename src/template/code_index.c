/* code_index.c — joining analysed modules with template facts by canonical path. */
#include "template/code_index.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

void ll_code_index_init(ll_code_index *self, const ll_module *const *modules, size_t n) {
  ll_code_index_init_real(self, modules, NULL, n);
}

void ll_code_index_init_real(ll_code_index *self, const ll_module *const *modules,
                             const char *const *reals, size_t n) {
  self->modules = modules;
  self->n = n;
  self->real = ll_calloc(n ? n : 1, sizeof(char *));
  ll_file_index_init(&self->files);
  for (size_t i = 0; i < n; i++) {
    self->real[i] = reals && reals[i] ? ll_strdup(reals[i]) : realpath(modules[i]->path, NULL);
    if (self->real[i]) ll_file_index_add(&self->files, self->real[i], (int)i);
  }
}

void ll_code_index_free(ll_code_index *self) {
  ll_file_index_free(&self->files);
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

static bool package_by_folder(ll_language language) {
  return language != LL_LANG_PYTHON && language != LL_LANG_JAVASCRIPT && language != LL_LANG_TYPESCRIPT;
}

static bool same_folder(const char *a, const char *b) {
  const char *sa = strrchr(a, '/'), *sb = strrchr(b, '/');
  return sa && sb && sa - a == sb - b && strncmp(a, b, (size_t)(sa - a)) == 0;
}

size_t ll_code_index_closure(const ll_code_index *self, int start, bool *in) {
  if (start < 0 || (size_t)start >= self->n || !self->real[start]) return 0;
  /* A worklist over module indexes: each module enters once, so the walk is linear in imports. */
  size_t *work = ll_calloc(self->n, sizeof(size_t)), n_work = 0, count = 0;
  in[start] = true;
  work[n_work++] = (size_t)start;
  while (n_work) {
    size_t i = work[--n_work];
    const ll_module *m = self->modules[i];
    count++;
    for (uint32_t k = 0; k < m->n_imports; k++) {
      int t = ll_resolve_import(&self->files, self->real[i], &m->imports[k]);
      if (t < 0 || in[t]) continue;
      in[t] = true;
      work[n_work++] = (size_t)t;
    }
    if (!package_by_folder(m->language)) continue;
    for (size_t j = 0; j < self->n; j++) {
      if (in[j] || !self->real[j] || self->modules[j]->language != m->language ||
          !same_folder(self->real[j], self->real[i]))
        continue;
      in[j] = true;
      work[n_work++] = j;
    }
  }
  free(work);
  return count;
}

int ll_module_top_function(const ll_module *module, const char *name) {
  for (uint32_t f = 1; name && f < module->n_functions; f++) {
    const ll_function *fn = &module->functions[f];
    if (fn->parent == 0 && !fn->class_name && strcmp(fn->name, name) == 0) return (int)f;
  }
  return -1;
}
