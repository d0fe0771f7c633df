/* stacks.c — grouping a run's template functions by deployable unit and its code. */
#include "engine/stacks.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/strmap.h"

size_t ll_stacks_group(const ll_stacks *self, size_t fn) {
  while (self->parent[fn] != fn) fn = self->parent[fn];
  return fn;
}

void ll_stacks_flatten(ll_stacks *self) {
  for (size_t f = 0; f < self->n_functions; f++) self->parent[f] = ll_stacks_group(self, f);
}

void ll_stacks_join(ll_stacks *self, size_t a, size_t b) {
  a = ll_stacks_group(self, a);
  b = ll_stacks_group(self, b);
  if (a < b) self->parent[b] = a;
  else if (b < a) self->parent[a] = b;
}

/* Joins `fn` with the function `key` already names in `map`, or makes `key` name it. */
static void join_by(ll_stacks *self, ll_strmap *map, const char *key, size_t fn) {
  if (!key) return;
  int seen = ll_strmap_get(map, key);
  if (seen >= 0) ll_stacks_join(self, (size_t)seen, fn);
  else ll_strmap_put(map, key, (int)fn);
}

/* Records that input `i` is code of the group of function `fn`. */
static void claim(ll_stacks *self, size_t i, int fn) {
  if (fn < 0) return;
  if (self->input_group[i] >= 0) ll_stacks_join(self, (size_t)self->input_group[i], (size_t)fn);
  else self->input_group[i] = fn;
}

void ll_stacks_plan(ll_stacks *self, const ll_project *project, const char *const *reals, size_t n) {
  size_t n_fn = ll_project_function_count(project);
  self->n_functions = n_fn;
  self->parent = ll_calloc(n_fn + 1, sizeof(size_t));
  self->input_group = ll_calloc(n + 1, sizeof(int));
  self->input_named = ll_calloc(n + 1, sizeof(bool));
  self->input_runbook = ll_calloc(n + 1, sizeof(bool));
  for (size_t i = 0; i < n; i++) self->input_runbook[i] = ll_project_runbook_script(project, reals[i]);
  for (size_t f = 0; f < n_fn; f++) self->parent[f] = f;
  for (size_t i = 0; i < n; i++) self->input_group[i] = -1;
  if (!n_fn) return;
  ll_strmap units, sources, dirs;
  ll_strmap_init(&units);
  ll_strmap_init(&sources);
  ll_strmap_init(&dirs);
  for (size_t f = 0; f < n_fn; f++) {
    const ll_tpl_function *fn = ll_project_function(project, f);
    join_by(self, &units, fn->unit ? fn->unit : fn->template_path, f);
    join_by(self, &sources, fn->source_realpath, f);
    join_by(self, &dirs, fn->code_realpath, f);
  }
  char *folder = NULL;
  size_t cap = 0;
  for (size_t i = 0; i < n; i++) {
    if (!reals[i]) continue;
    int named = ll_strmap_get(&sources, reals[i]);
    self->input_named[i] = named >= 0;
    claim(self, i, named);
    /* Every code folder above it: a folder deployed by two units makes them one. */
    size_t len = strlen(reals[i]);
    ll_grow((void **)&folder, &cap, len + 1, 1);
    memcpy(folder, reals[i], len + 1);
    for (char *slash = strrchr(folder, '/'); slash; slash = strrchr(folder, '/')) {
      *slash = '\0';
      if (slash == folder) break;
      claim(self, i, ll_strmap_get(&dirs, folder));
    }
  }
  free(folder);
  ll_stacks_flatten(self);
  ll_strmap_free(&units);
  ll_strmap_free(&sources);
  ll_strmap_free(&dirs);
}

size_t *ll_stacks_functions(const ll_stacks *self, size_t group, size_t *n) {
  size_t *out = ll_calloc(self->n_functions + 1, sizeof(size_t));
  *n = 0;
  for (size_t f = 0; f < self->n_functions; f++)
    if (ll_stacks_group(self, f) == group) out[(*n)++] = f;
  return out;
}

void ll_stacks_free(ll_stacks *self) {
  free(self->parent);
  free(self->input_group);
  free(self->input_named);
  free(self->input_runbook);
  *self = (ll_stacks){0};
}
