/*
 * fuzz_rust.c — the Rust front-end on arbitrary bytes: the same input is lowered as a crate root,
 * a module of a crate and a binary of `src/bin/` (the crate and module paths differ). Besides
 * sanitizer reports, the target checks the module it gets back: events belong to functions that
 * exist, spans lie inside the source, calls have a callee and a method.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"

static void check_module(const ll_module *m, size_t len) {
  if (m->n_functions == 0 || !m->functions[0].is_module) abort();
  for (uint32_t f = 0; f < m->n_functions; f++) {
    const ll_function *fn = &m->functions[f];
    if (f > 0 && (fn->parent < 0 || (uint32_t)fn->parent >= m->n_functions)) abort();
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_span *s = &fn->events[e].span;
      if (s->end_byte > len || s->start_byte > s->end_byte || s->line == 0) abort();
      if (fn->events[e].kind == LL_EV_CALL && (!fn->events[e].as.call.callee || !fn->events[e].as.call.method))
        abort();
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *const paths[] = {"src/main.rs", "f/src/handlers/orders.rs", "src/bin/worker.rs", "lib.rs"};
  for (size_t i = 0; i < sizeof(paths) / sizeof(*paths); i++) {
    const ll_frontend *fe = ll_frontend_for_path(paths[i]);
    if (!fe) abort();
    char *problem = fe->encoding_problem ? fe->encoding_problem((const char *)data, size) : NULL;
    free(problem);
    problem = NULL;
    ll_module *m = fe->lower(paths[i], (const char *)data, size, NULL, &problem);
    if (!m) abort();
    check_module(m, size);
    ll_module_delete(m);
    free(problem);
  }
  ll_frontends_thread_done();
  return 0;
}
