/*
 * fuzz_java.c — the Java front-end on arbitrary bytes, lowered as a handler class's file. Besides
 * sanitizer reports, the target checks the module it gets back: functions and their parents exist,
 * events lie inside the source, calls have a callee and a method, constructors are "<init>" with a
 * class.
 */
#include <stdint.h>
#include <string.h>

#include "fuzz_module_check.h"

/* Java's own: constructors are "<init>" with a class. */
static void check_constructors(const ll_module *m) {
  for (uint32_t f = 1; f < m->n_functions; f++)
    if (!strcmp(m->functions[f].name, "<init>") && !m->functions[f].class_name) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *const paths[] = {"src/main/java/com/example/Handler.java", NULL};
  return fuzz_front_end(paths, data, size, check_constructors);
}
