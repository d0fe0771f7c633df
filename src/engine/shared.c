/* shared.c — see shared.h. */
#include "engine/shared.h"

#include <stdbool.h>
#include <stdlib.h>

#include "base/alloc.h"
#include "frontend/frontend.h"

/* The fields of a function the engine sets while linking, as the front-end left them. */
typedef struct {
  ll_handler_reason handler;
  int context_param;
  bool convention_handler;
} lowered_marks;

struct ll_shared_module {
  ll_module *module;
  lowered_marks *marks; /* per function */
  bool has_lambda_evidence;
  char *problem;
};

ll_shared_module *ll_shared_module_new(ll_module *module, const char *problem) {
  ll_shared_module *self = ll_calloc(1, sizeof *self);
  self->module = module;
  self->marks = ll_calloc(module->n_functions + 1, sizeof *self->marks);
  for (uint32_t f = 0; f < module->n_functions; f++) {
    const ll_function *fn = &module->functions[f];
    self->marks[f] = (lowered_marks){fn->handler, fn->context_param, fn->convention_handler};
  }
  self->has_lambda_evidence = module->has_lambda_evidence;
  self->problem = problem ? ll_strdup(problem) : NULL;
  return self;
}

ll_module *ll_shared_module_lend(ll_shared_module *self, const char **problem) {
  ll_module *m = self->module;
  for (uint32_t f = 0; f < m->n_functions; f++) {
    ll_function *fn = &m->functions[f];
    fn->handler = self->marks[f].handler;
    fn->context_param = self->marks[f].context_param;
    fn->convention_handler = self->marks[f].convention_handler;
  }
  m->has_lambda_evidence = self->has_lambda_evidence;
  *problem = self->problem;
  return m;
}

size_t ll_shared_module_size(const ll_shared_module *self) { return self->module->source_len; }

void ll_shared_module_delete(ll_shared_module *self) {
  if (!self) return;
  ll_module_delete(self->module);
  free(self->marks);
  free(self->problem);
  free(self);
}
