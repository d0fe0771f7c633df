/* engine.h — internals shared by the engine's parts (pipeline, rule context, results, reporters). */
#ifndef LL_ENGINE_H
#define LL_ENGINE_H

#include "lambdalint/lambdalint.h"
#include "link.h"

struct ll_results {
  ll_finding *findings;
  size_t n_findings, cap_findings;
  ll_error *errors;
  size_t n_errors, cap_errors;
  size_t files_analyzed;
};

ll_results *ll_results_new(void);
/* Frees what a finding owns (not the finding itself). */
void ll_finding_free(ll_finding *finding);

/* Adds an input error ("could not read", "syntax error …") to the results. */
void ll_results_add_error(ll_results *self, const char *path, const char *message);
/* Moves everything of `from` into `self` and deletes `from`. */
void ll_results_absorb(ll_results *self, ll_results *from);
/* Sorts findings (path, line, column, rule) and errors (path), and drops exact duplicates. */
void ll_results_finish(ll_results *self);

/* Reads a whole file (or stdin for "-"). NULL with *error set (malloc'd) when it cannot.
 * Only regular files are read (a FIFO or device is refused without blocking); files over
 * `max_size` bytes (0: LL_MAX_FILE_SIZE_LIMIT) are refused. ll_read_file() uses the hard limit. */
char *ll_read_file_limited(const char *path, size_t max_size, size_t *len, char **error);
char *ll_read_file(const char *path, size_t *len, char **error);

/* Whether a rule is enabled by the options' select / ignore lists. */
bool ll_rule_enabled(const ll_rule *rule, const ll_options *options);

struct ll_deployment;

/* What the rules of one unit run against. */
typedef struct {
  const ll_options *options;
  const ll_program *program;
  ll_module *const *modules;
  size_t n_modules;
  const ll_project *project;                 /* the run's templates, or NULL */
  const struct ll_deployment *deployment;    /* the project bound to these modules, or NULL */
  int32_t today;                             /* days since 1970-01-01 (--as-of, else today) */
  ll_results *results;                       /* where findings go */
} ll_rule_env;

/* Runs every enabled rule: check_module over the modules with Lambda evidence, check_project
 * over the templates (when `env->project` is set), into `env->results`. */
void ll_run_rules(const ll_rule_env *env);

/* Reporters, one per format (src/report/). */
bool ll_report_text(const ll_results *results, const ll_options *options, FILE *out);
bool ll_report_json(const ll_results *results, const ll_options *options, FILE *out);
bool ll_report_sarif(const ll_results *results, const ll_options *options, FILE *out);
bool ll_report_github(const ll_results *results, const ll_options *options, FILE *out);

#endif
