/* results.h — what a run found: findings and input errors, owned independently of any arena. The
 * engine fills them, the findings pass filters them, the reporters print them. */
#ifndef LL_RESULTS_H
#define LL_RESULTS_H

#include "base/strmap.h"
#include "lambdalint/lambdalint.h"

struct ll_results {
  ll_finding *findings;
  size_t n_findings, cap_findings;
  ll_finding *suppressed; /* findings a comment or the baseline suppresses (SARIF reports them) */
  size_t n_suppressed, cap_suppressed;
  ll_error *errors;
  size_t n_errors, cap_errors;
  ll_error *notes; /* files deliberately not analysed (bundles, minified code), with why */
  size_t n_notes, cap_notes;
  ll_error *warnings; /* settings that had no effect (a --handler that names no function) */
  size_t n_warnings, cap_warnings;
  size_t *specs_used; /* indexes of the --handler specs that named a function */
  size_t n_specs_used, cap_specs_used;
  size_t files_analyzed;
  size_t cache_reused, cache_units; /* units the result cache answered, of all units analysed */
};

ll_results *ll_results_new(void);
/* Sets the finding's source_line from the flagged line (`len` bytes, not NUL-terminated): the
 * whole line, or for a long one a window around the finding's column (set column first). */
void ll_finding_set_line(ll_finding *finding, const char *line, size_t len);
/* Frees what a finding owns (not the finding itself). */
void ll_finding_free(ll_finding *finding);

/* Adds an input error ("could not read", "syntax error …") to the results. */
void ll_results_add_error(ll_results *self, const char *path, const char *message);
/* Adds a note: a file skipped on purpose. Not an error: the exit code does not change. */
void ll_results_add_note(ll_results *self, const char *path, const char *message);
/* Adds a warning: something the user asked for that had no effect. The exit code does not change. */
void ll_results_add_warning(ll_results *self, const char *path, const char *message);
/* Moves everything of `from` into `self` and deletes `from`. */
void ll_results_absorb(ll_results *self, ll_results *from);
/* Sorts findings (path, line, column, rule) and errors (path), and drops exact duplicates. */
void ll_results_finish(ll_results *self);
/* Keeps only the findings, errors and notes of the files whose real paths `keep` holds. */
void ll_results_keep_files(ll_results *self, const ll_strmap *keep);

#endif
