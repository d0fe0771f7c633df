/* ir.c — lookups over an ll_module shared by the engine and the rules. */
#include <string.h>

#include "lambdalint/ir.h"

const ll_binding *ll_module_binding(const ll_module *self, const char *name) {
  if (self->binding_order) { /* the first binding of that name: the leftmost match */
    uint32_t lo = 0, hi = self->n_bindings;
    while (lo < hi) {
      uint32_t mid = lo + (hi - lo) / 2;
      if (strcmp(self->bindings[self->binding_order[mid]].name, name) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < self->n_bindings && strcmp(self->bindings[self->binding_order[lo]].name, name) == 0
               ? &self->bindings[self->binding_order[lo]]
               : NULL;
  }
  for (uint32_t i = 0; i < self->n_bindings; i++)
    if (strcmp(self->bindings[i].name, name) == 0) return &self->bindings[i];
  return NULL;
}

const ll_import *ll_module_import_for_alias(const ll_module *self, const char *alias) {
  for (uint32_t i = 0; i < self->n_imports; i++)
    if (self->imports[i].alias && strcmp(self->imports[i].alias, alias) == 0) return &self->imports[i];
  return NULL;
}

int ll_module_function_index(const ll_module *self, const char *name) {
  for (uint32_t i = 1; i < self->n_functions; i++)
    if (strcmp(self->functions[i].qualname, name) == 0) return (int)i;
  return -1;
}

const char *ll_module_line(const ll_module *self, uint32_t line, size_t *len) {
  if (line == 0 || line > self->n_lines) {
    *len = 0;
    return "";
  }
  uint32_t start = self->line_starts[line - 1];
  uint32_t end = line < self->n_lines ? self->line_starts[line] : (uint32_t)self->source_len;
  while (end > start && (self->source[end - 1] == '\n' || self->source[end - 1] == '\r')) end--;
  *len = end - start;
  return self->source + start;
}

bool ll_qname_has_prefix(const char *qualified, const char *prefix) {
  size_t n = strlen(prefix);
  return strncmp(qualified, prefix, n) == 0 && (qualified[n] == '\0' || qualified[n] == '.');
}

const char *ll_language_display_name(ll_language language) {
  static const char *const names[LL_LANG_COUNT] = {
      [LL_LANG_PYTHON] = "Python", [LL_LANG_JAVASCRIPT] = "JavaScript", [LL_LANG_TYPESCRIPT] = "TypeScript",
      [LL_LANG_GO] = "Go",         [LL_LANG_RUST] = "Rust",             [LL_LANG_JAVA] = "Java",
      [LL_LANG_C] = "C",           [LL_LANG_CPP] = "C++"};
  return language < LL_LANG_COUNT ? names[language] : "unknown";
}
