/*
 * fuzz_clang.c — the C/C++ front-end (libclang, loaded at run time) on arbitrary bytes, as a .c
 * or a .cpp file (the first byte chooses). Skips every input when this build or machine has no
 * libclang. Slow per input (a libclang parse): run it with -max_len=4096 and a long -timeout.
 */
#include <stdint.h>
#include <stdlib.h>

#include "frontend/frontend.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *name = size && (data[0] & 1) ? "/tmp/ll-fuzz/handler.cpp" : "/tmp/ll-fuzz/handler.c";
  const ll_frontend *fe = ll_frontend_for_path(name);
  if (!fe || ll_frontend_unavailable(name)) return 0;
  char *problem = NULL;
  ll_module *m = fe->lower(name, (const char *)data + (size ? 1 : 0), size ? size - 1 : 0, NULL, &problem);
  free(problem);
  ll_module_delete(m);
  return 0;
}
