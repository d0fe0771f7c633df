/*
 * fuzz_go.c — the Go front-end on arbitrary bytes: the same input is lowered as a package file, as
 * a file of another folder and as a test file the front-end skips. Besides sanitizer reports, the
 * target checks the module it gets back: events belong to functions that exist, spans lie inside
 * the source, every call has a callee.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"
#include "fuzz_module_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *const paths[] = {"cmd/api/main.go", "internal/store/store.go", "main_test.go"};
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
