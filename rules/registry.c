/* registry.c — the table of rules, expanded from rules.def. */
#include <string.h>
#include <strings.h>

#include "lambdalint/rule.h"

#define LL_RULE(id) extern const ll_rule ll_rule_##id;
#include "rules.def"
#undef LL_RULE

static const ll_rule *const all_rules[] = {
#define LL_RULE(id) &ll_rule_##id,
#include "rules.def"
#undef LL_RULE
};

const ll_rule *const *ll_rules_all(size_t *count) {
  *count = sizeof(all_rules) / sizeof(*all_rules);
  return all_rules;
}

const ll_rule *ll_rule_find(const char *id_or_name) {
  for (size_t i = 0; i < sizeof(all_rules) / sizeof(*all_rules); i++)
    if (strcasecmp(all_rules[i]->id, id_or_name) == 0 || strcasecmp(all_rules[i]->name, id_or_name) == 0)
      return all_rules[i];
  return NULL;
}

const char *ll_rule_help(const ll_rule *rule, ll_language language) {
  if (rule->help_by_language && language < LL_LANG_COUNT && rule->help_by_language[language])
    return rule->help_by_language[language];
  return rule->help;
}

const char *ll_severity_name(ll_severity severity) {
  switch (severity) {
  case LL_SEVERITY_ERROR: return "error";
  case LL_SEVERITY_WARNING: return "warning";
  default: return "info";
  }
}

bool ll_severity_parse(const char *name, ll_severity *out) {
  static const ll_severity all[] = {LL_SEVERITY_INFO, LL_SEVERITY_WARNING, LL_SEVERITY_ERROR};
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
    if (strcmp(name, ll_severity_name(all[i])) == 0) {
      *out = all[i];
      return true;
    }
  return false;
}

bool ll_qname_in_table(const char *qualified, const char *const *table) {
  for (size_t i = 0; table[i]; i++)
    if (ll_qname_has_prefix(qualified, table[i])) return true;
  return false;
}
