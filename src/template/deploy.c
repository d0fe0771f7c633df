/* deploy.c — binding template functions to the analysed modules that hold their handlers. */
#include "template/deploy.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "template/code_index.h"
#include "template/template.h"

typedef struct {
  const ll_module *module;
  int fn; /* the handler's index, -1 when the module lacks the named function */
  ll_function_config config;
} ll_binding_entry;

struct ll_deployment {
  ll_binding_entry *entries;
  size_t n, cap;
};

static ll_function_config config_of(const ll_tpl_function *fn) {
  return (ll_function_config){
      .template_path = fn->template_path,
      .resource = fn->resource,
      .memory_mb = ll_tpl_function_memory_mb(fn),
      .timeout_s = ll_tpl_function_timeout_s(fn),
      .runtime = fn->runtime.text,
      .line = fn->line,
      .column = fn->column,
      .snap_start = fn->snap_start.text && (!strcmp(fn->snap_start.text, "PublishedVersions") ||
                                            !strcmp(fn->snap_start.text, "true")),
  };
}

static void bind(ll_deployment *self, const ll_tpl_function *tf, ll_module *m) {
  int f = ll_module_top_function(m, tf->handler_function);
  if (f < 0 && m->language == LL_LANG_JAVA && tf->handler_function) /* "Class.method" */
    f = ll_module_function_index(m, tf->handler_function);
  m->has_lambda_evidence = true;
  if (f > 0 && !m->functions[f].handler) m->functions[f].handler = LL_HANDLER_TEMPLATE;
  ll_binding_entry e = {m, f, config_of(tf)};
  LL_PUSH(self->entries, self->n, self->cap, e);
}

ll_deployment *ll_deployment_new(const ll_project *project, ll_module *const *modules, size_t n) {
  ll_code_index index;
  ll_code_index_init(&index, (const ll_module *const *)modules, n);
  ll_deployment *self = ll_deployment_new_indexed(project, modules, &index);
  ll_code_index_free(&index);
  return self;
}

ll_deployment *ll_deployment_new_indexed(const ll_project *project, ll_module *const *modules,
                                         const ll_code_index *index) {
  ll_deployment *self = ll_calloc(1, sizeof(*self));
  for (size_t i = 0; i < ll_project_function_count(project); i++) {
    const ll_tpl_function *tf = ll_project_function(project, i);
    int m = ll_code_index_find(index, tf->source_realpath);
    if (m >= 0) bind(self, tf, modules[m]);
  }
  return self;
}

void ll_deployment_delete(ll_deployment *self) {
  if (!self) return;
  free(self->entries);
  free(self);
}

const ll_function_config *ll_deployment_config(const ll_deployment *self, const ll_module *module,
                                               int fn, bool reachable) {
  const ll_function_config *same_module = NULL;
  for (size_t i = 0; self && i < self->n; i++) {
    const ll_binding_entry *e = &self->entries[i];
    if (e->module != module) continue;
    if (e->fn == fn) return &e->config;
    if (!same_module) same_module = &e->config;
  }
  return reachable ? same_module : NULL;
}

ll_project *ll_project_view_new(const ll_project *self, const size_t *indices, size_t n) {
  ll_project *view = ll_calloc(1, sizeof(*view));
  view->functions = ll_calloc(n + 1, sizeof(*view->functions));
  for (size_t i = 0; i < n; i++) view->functions[i] = self->functions[indices[i]];
  view->n_functions = view->cap_functions = n;
  view->max_file_size = self->max_file_size;
  view->finished = true;
  return view;
}
