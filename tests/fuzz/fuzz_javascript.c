/*
 * fuzz_javascript.c — the JavaScript / TypeScript front-end on arbitrary bytes: the same input is
 * lowered as .mjs (tree-sitter-javascript), .ts (typescript) and .tsx (tsx), as a handler file
 * and as a file a generated-output check may skip. Besides sanitizer reports, the target checks
 * the module it gets back: events belong to functions that exist, spans lie inside the source.
 */
#include <stdint.h>

#include "fuzz_module_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *const paths[] = {"src/index.mjs", "src/handler.ts", "src/view.tsx", "lib/app.cjs", NULL};
  return fuzz_front_end(paths, data, size, NULL);
}
