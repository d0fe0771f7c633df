/*
 * fuzz_go.c — the Go front-end on arbitrary bytes: the same input is lowered as a package file, as
 * a file of another folder and as a test file the front-end skips. Besides sanitizer reports, the
 * target checks the module it gets back: events belong to functions that exist, spans lie inside
 * the source, every call has a callee.
 */
#include <stdint.h>

#include "fuzz_module_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *const paths[] = {"cmd/api/main.go", "internal/store/store.go", "main_test.go", NULL};
  return fuzz_front_end(paths, data, size, NULL);
}
