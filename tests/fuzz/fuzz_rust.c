/*
 * fuzz_rust.c — the Rust front-end on arbitrary bytes: the same input is lowered as a crate root,
 * a module of a crate and a binary of `src/bin/` (the crate and module paths differ). Besides
 * sanitizer reports, the target checks the module it gets back: events belong to functions that
 * exist, spans lie inside the source, calls have a callee and a method.
 */
#include <stdint.h>

#include "fuzz_module_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *const paths[] = {"src/main.rs", "f/src/handlers/orders.rs", "src/bin/worker.rs", "lib.rs", NULL};
  return fuzz_front_end(paths, data, size, NULL);
}
