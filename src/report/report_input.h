/* report_input.h — what the SARIF and GitHub reporters read: plain arrays, so that they can be
 * driven by ll_report() and by unit tests alike. */
#ifndef LL_REPORT_INPUT_H
#define LL_REPORT_INPUT_H

#include <stddef.h>

#include "lambdalint/lambdalint.h"

typedef struct {
  const ll_finding *findings; /* in report order */
  size_t n_findings;
  const char *const *fingerprints; /* one per finding, or NULL to compute them here */
  const ll_finding *suppressed; /* findings a comment or the baseline suppressed; may be NULL */
  size_t n_suppressed;
  const ll_error *errors;
  size_t n_errors;
  const ll_error *notes; /* files skipped on purpose; may be NULL */
  size_t n_notes;
  const ll_error *warnings; /* settings that had no effect; may be NULL */
  size_t n_warnings;
  const ll_rule *const *rules; /* every rule of this build (SARIF lists them all), in ID order */
  size_t n_rules;
  const char *cwd; /* paths are reported relative to it; NULL: as given */
} ll_report_input;

/* Fills `self` from a run's results: every rule of the registry, the findings' fingerprints, the
 * working directory. Release with ll_report_input_release(). */
void ll_report_input_init(ll_report_input *self, const ll_results *results);
void ll_report_input_release(ll_report_input *self);

#endif
