/*
 * fuzz_template.c — the template reader (SAM / CloudFormation YAML and JSON, serverless.yml) on
 * arbitrary bytes, under each of the names that select a dialect, then every function's facts.
 */
#include <stdint.h>
#include <stdlib.h>

#include "lambdalint/project.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *const names[] = {"template.yaml", "template.json", "serverless.yml", "stack.yaml"};
  const char *name = names[size ? data[0] % 4 : 0];
  ll_project *p = ll_project_new();
  char *error = NULL;
  if (ll_project_add_template(p, name, (const char *)data + (size ? 1 : 0), size ? size - 1 : 0, &error)) {
    size_t n = ll_project_function_count(p);
    for (size_t i = 0; i < n; i++) (void)ll_tpl_function_memory_mb(ll_project_function(p, i));
    size_t cursor = 0;
    while (ll_project_function_for_source(p, "src/app.py", &cursor)) {}
  }
  free(error);
  ll_project_delete(p);
  return 0;
}
