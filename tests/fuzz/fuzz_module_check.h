/* fuzz_module_check.h — what a front-end fuzz target checks of the module it gets back, besides
 * sanitizer reports: events belong to functions that exist, spans lie inside the source, every call
 * has a callee and a method. */
#ifndef LL_FUZZ_MODULE_CHECK_H
#define LL_FUZZ_MODULE_CHECK_H

#include <stdlib.h>

#include "lambdalint/ir.h"

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

#endif
