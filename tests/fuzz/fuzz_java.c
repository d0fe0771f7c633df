/*
 * fuzz_java.c — the Java front-end on arbitrary bytes, lowered as a handler class's file. Besides
 * sanitizer reports, the target checks the module it gets back: functions and their parents exist,
 * events lie inside the source, calls have a callee and a method, constructors are "<init>" with a
 * class.
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
    if (f > 0 && !strcmp(fn->name, "<init>") && !fn->class_name) abort();
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->span.end_byte > len || ev->span.start_byte > ev->span.end_byte || ev->span.line == 0) abort();
      if (ev->kind == LL_EV_CALL && (!ev->as.call.callee || !ev->as.call.method)) abort();
      if (ev->kind == LL_EV_MODULE_WRITE && !ev->as.write.name) abort();
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const ll_frontend *fe = ll_frontend_for_path("src/main/java/com/example/Handler.java");
  if (!fe) abort();
  char *problem = fe->encoding_problem ? fe->encoding_problem((const char *)data, size) : NULL;
  free(problem);
  problem = NULL;
  ll_module *m = fe->lower("src/main/java/com/example/Handler.java", (const char *)data, size, NULL, &problem);
  if (!m) abort();
  check_module(m, size);
  ll_module_delete(m);
  free(problem);
  ll_frontends_thread_done();
  return 0;
}
