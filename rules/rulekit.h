/* rulekit.h — small helpers the rule files share (so no rule re-implements a lookup). */
#ifndef LL_RULEKIT_H
#define LL_RULEKIT_H

#include <string.h>

#include "lambdalint/rule.h"

/* Whether function `fn` is code an invocation runs: reachable from a handler, not module code. */
static inline bool ll_in_handler_code(const ll_rule_ctx *ctx, const ll_module *m, int fn) {
  return fn > 0 && !m->functions[fn].is_entry_main && ll_rule_reachable(ctx, m, fn);
}

/* Whether `callee` is exactly one of the NULL-terminated `names`. */
static inline bool ll_callee_is(const char *callee, const char *const *names) {
  for (size_t i = 0; names[i]; i++)
    if (callee[0] == names[i][0] && strcmp(callee, names[i]) == 0) return true;
  return false;
}

/* The keyword argument `name` of a call, or NULL. */
static inline const ll_keyword *ll_call_keyword(const ll_call *call, const char *name) {
  for (uint32_t i = 0; i < call->n_keywords; i++)
    if (strcmp(call->keywords[i].name, name) == 0) return &call->keywords[i];
  return NULL;
}

/* The per-language table of a rule: tables[language], or an empty table. */
static inline const char *const *ll_table_for(const char *const *const *tables, ll_language language) {
  static const char *const empty[] = {NULL};
  return tables[language] ? tables[language] : empty;
}

#endif
