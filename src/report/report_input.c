#include "report/report_input.h"

#include <stdlib.h>

#include "base/alloc.h"
#include "base/path.h"

void ll_report_input_init(ll_report_input *self, const ll_results *results) {
  *self = (ll_report_input){0};
  self->findings = ll_results_findings(results, &self->n_findings);
  self->suppressed = ll_results_suppressed(results, &self->n_suppressed);
  self->errors = ll_results_errors(results, &self->n_errors);
  self->notes = ll_results_notes(results, &self->n_notes);
  self->warnings = ll_results_warnings(results, &self->n_warnings);
  self->rules = ll_rules_all(&self->n_rules);
  self->cwd = ll_path_cwd();
  const char **prints = ll_calloc(self->n_findings, sizeof *prints);
  bool complete = true;
  for (size_t i = 0; i < self->n_findings; i++) {
    prints[i] = self->findings[i].fingerprint;
    complete = complete && prints[i];
  }
  self->fingerprints = prints;
  if (!complete) { /* results not made by ll_analyze: let the writer compute them */
    free(prints);
    self->fingerprints = NULL;
  }
}

void ll_report_input_release(ll_report_input *self) {
  free((void *)self->fingerprints);
  free((void *)self->cwd);
  *self = (ll_report_input){0};
}
