/* run.c — --fix and --diff over a whole run (ll_fix_run in fix.h). */
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/readfile.h"
#include "base/strmap.h"
#include "engine/results.h"
#include "fix/fix.h"
#include "frontend/frontend.h"

/* Passes of --fix: each re-analyses what the previous one wrote, for fixes that overlapped. */
enum { MAX_PASSES = 8 };

typedef struct {
  ll_fix_run_state *state;
  FILE *diff_out;
  ll_strmap done; /* fingerprints of the findings fixed so far: a fix is never applied twice */
  char **keys;
  size_t n_keys, cap_keys;
  ll_error *problems; /* files that could not be rewritten */
  size_t n_problems, cap_problems;
} fixer;

static void add_problem(fixer *fx, const char *path, char *message) {
  ll_error e = {ll_strdup(path), message};
  LL_PUSH(fx->problems, fx->n_problems, fx->cap_problems, e);
}

static void remember(fixer *fx, const ll_finding *f) {
  char *key = ll_strdup(f->fingerprint ? f->fingerprint : "");
  LL_PUSH(fx->keys, fx->n_keys, fx->cap_keys, key);
  ll_strmap_put(&fx->done, key, 1);
}

/* Applies the wanted fixes of findings[0..n) (all of one file); returns how many applied. */
static size_t fix_file(fixer *fx, const ll_finding *findings, size_t n) {
  const char *path = findings[0].path;
  const ll_fix **fixes = ll_calloc(n, sizeof *fixes);
  const ll_finding **owners = ll_calloc(n, sizeof *owners);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    const ll_finding *f = &findings[i];
    if (!ll_fix_wanted(f->fix, fx->state->unsafe)) continue;
    if (f->fingerprint && ll_strmap_get(&fx->done, f->fingerprint) >= 0) continue;
    owners[k] = f;
    fixes[k++] = f->fix;
  }
  size_t applied = 0, len = 0;
  char *error = NULL;
  char *source = k && strcmp(path, "-") ? ll_read_file(path, &len, &error) : NULL;
  if (source) {
    ll_fix_outcome *outcomes = ll_calloc(k, sizeof *outcomes);
    size_t new_len = 0;
    char *fixed = ll_fix_apply_all(path, source, len, fixes, k, outcomes, &new_len);
    for (size_t i = 0; i < k; i++)
      if (outcomes[i] == LL_FIX_APPLIED) {
        applied++;
        remember(fx, owners[i]);
      }
    if (applied && fx->state->diff) {
      ll_fix_write_diff(fx->diff_out, path, source, len, fixed, new_len);
    } else if (applied && !ll_fix_write_file(path, fixed, new_len, &error)) {
      add_problem(fx, path, error);
      error = NULL;
      applied = 0;
    }
    fx->state->files_changed += applied > 0;
    free(outcomes);
    free(fixed);
  } else if (error) {
    add_problem(fx, path, error);
    error = NULL;
  }
  free(error);
  free(source);
  free(fixes);
  free(owners);
  return applied;
}

/* One pass over the results' files (findings come sorted by path). */
static size_t fix_pass(fixer *fx, const ll_results *results) {
  size_t n = 0, applied = 0;
  const ll_finding *findings = ll_results_findings(results, &n);
  for (size_t i = 0; i < n;) {
    size_t j = i + 1;
    while (j < n && strcmp(findings[j].path, findings[i].path) == 0) j++;
    applied += fix_file(fx, findings + i, j - i);
    i = j;
  }
  return applied;
}

ll_results *ll_fix_run(const ll_options *options, ll_fix_run_state *state, FILE *diff_out) {
  fixer fx = {.state = state, .diff_out = diff_out};
  ll_strmap_init(&fx.done);
  ll_results *results = ll_analyze(options);
  for (int pass = 0; pass < MAX_PASSES; pass++) {
    size_t applied = fix_pass(&fx, results);
    state->fixed += applied;
    if (state->diff || !applied) break;
    ll_results_delete(results);
    results = ll_analyze(options);
  }
  size_t n = 0;
  const ll_finding *findings = ll_results_findings(results, &n);
  for (size_t i = 0; i < n; i++) state->unsafe_left += findings[i].fix && findings[i].fix->unsafe && !state->unsafe;
  for (size_t i = 0; i < fx.n_problems; i++) {
    ll_results_add_error(results, fx.problems[i].path, fx.problems[i].message);
    free(fx.problems[i].path);
    free(fx.problems[i].message);
  }
  free(fx.problems);
  for (size_t i = 0; i < fx.n_keys; i++) free(fx.keys[i]);
  free(fx.keys);
  ll_strmap_free(&fx.done);
  ll_frontends_thread_done(); /* the parser the checks used on this thread */
  return results;
}
