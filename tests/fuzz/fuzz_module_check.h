/* fuzz_module_check.h — what a front-end fuzz target does with its input: lowers it under each of
 * the target's paths and checks the module it gets back, besides sanitizer reports: events belong
 * to functions that exist, spans lie inside the source, every call has a callee and a method, and
 * (with `extra`) the language's own invariants. */
#ifndef LL_FUZZ_MODULE_CHECK_H
#define LL_FUZZ_MODULE_CHECK_H

#include <stdint.h>
#include <stdlib.h>

#include "frontend/frontend.h"
#include "lambdalint/ir.h"

static void check_module(const ll_module *m, size_t len) {
  if (m->n_functions == 0 || !m->functions[0].is_module) abort();
  for (uint32_t f = 0; f < m->n_functions; f++) {
    const ll_function *fn = &m->functions[f];
    if (f > 0 && (fn->parent < 0 || (uint32_t)fn->parent >= m->n_functions)) abort();
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->span.end_byte > len || ev->span.start_byte > ev->span.end_byte || ev->span.line == 0) abort();
      if (ev->kind == LL_EV_CALL && (!ev->as.call.callee || !ev->as.call.method)) abort();
      if (ev->kind == LL_EV_MODULE_WRITE && !ev->as.write.name) abort();
    }
  }
}

/* Lowers `data` as each of the NULL-terminated `paths` and checks every module. */
static int fuzz_front_end(const char *const *paths, const uint8_t *data, size_t size,
                          void (*extra)(const ll_module *m)) {
  for (size_t i = 0; paths[i]; i++) {
    const ll_frontend *fe = ll_frontend_for_path(paths[i]);
    if (!fe) abort();
    char *problem = fe->encoding_problem ? fe->encoding_problem((const char *)data, size) : NULL;
    free(problem);
    problem = NULL;
    ll_module *m = fe->lower(paths[i], (const char *)data, size, NULL, &problem);
    if (!m) abort();
    check_module(m, size);
    if (extra) extra(m);
    ll_module_delete(m);
    free(problem);
  }
  ll_frontends_thread_done();
  return 0;
}

#endif
