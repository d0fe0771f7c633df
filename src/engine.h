/* engine.h — internals shared by the engine's parts (analysis, linking, reporters). */
#ifndef LL_ENGINE_H
#define LL_ENGINE_H

#include "lambdalint/lambdalint.h"

struct ll_results {
  ll_finding *findings;
  size_t n_findings, cap_findings;
  ll_error *errors;
  size_t n_errors, cap_errors;
  size_t files_analyzed;
};

/* Adds an input error ("could not read", "syntax error …") to the results. */
void ll_results_add_error(ll_results *self, const char *path, const char *message);

/* Reads a whole file (or stdin for "-"). NULL with *error set (malloc'd) when it cannot. */
char *ll_read_file(const char *path, size_t *len, char **error);

/* Whether a rule is enabled by the options' select / ignore lists. */
bool ll_rule_enabled(const ll_rule *rule, const ll_options *options);

/* Reporters, one per format (src/report/). */
bool ll_report_text(const ll_results *results, const ll_options *options, FILE *out);
bool ll_report_json(const ll_results *results, const ll_options *options, FILE *out);

#endif
