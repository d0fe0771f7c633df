/*
 * fuzz_terraform.c — the Terraform reader (tree-sitter HCL for *.tf, libyaml for *.tf.json) on
 * arbitrary bytes, then the model (root modules, values, archives, wiring) and every function's
 * facts.
 */
#include <stdint.h>
#include <stdlib.h>

#include "lambdalint/project.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *name = size && data[0] % 2 ? "fuzz.tf.json" : "fuzz.tf";
  ll_project *p = ll_project_new();
  char *error = NULL;
  (void)ll_project_add_template(p, name, (const char *)data + (size ? 1 : 0), size ? size - 1 : 0, &error);
  ll_project_finish(p);
  for (size_t i = 0; i < ll_project_function_count(p); i++) {
    const ll_tpl_function *fn = ll_project_function(p, i);
    (void)ll_tpl_function_memory_mb(fn);
    (void)ll_tpl_function_timeout_s(fn);
  }
  free(error);
  ll_project_delete(p);
  return 0;
}
