/* findings.h — what happens to the rules' findings before they are reported.
 *
 *   rules → ll_findings_suppress (config per-file-ignores, inline suppressions, LL001 notes)
 *         → sort, dedupe (engine.c)
 *         → ll_findings_finish (fingerprints, then the baseline) */
#ifndef LL_FINDINGS_H
#define LL_FINDINGS_H

#include "engine/results.h"
#include "engine/suppress.h"

/* Drops findings that `per-file-ignores` or an inline suppression covers; with
 * options->report_unused_ignores, adds an LL001 finding per unused or malformed suppression in
 * `paths` (the run's analysed files). known[i] holds the suppressions of paths[i] as parsed while
 * the file was read (NULL: it has none); the function takes them over and frees them. Any other
 * file with findings (a template) has its suppressions parsed from disk. */
/* A file's bytes the caller holds because they cannot be read again (standard input) or are not
 * the disk's (an overlay). */
typedef struct {
  const char *path; /* the name it is reported under (--stdin-filename) */
  const char *bytes;
  size_t len;
} ll_held_source;

struct ll_config_set;

/* `held` (n_held of them): the files whose LL001 snippets come from these bytes, not from disk;
 * `configs`: each file's config (per-file ignores, severities, a sub-config's rule selection). */
void ll_findings_suppress(ll_results *results, const char *const *paths, ll_suppressions **known,
                          size_t n_paths, const ll_held_source *held, size_t n_held,
                          const ll_options *options, struct ll_config_set *configs);

/* Sets each finding's fingerprint (findings in report order) and drops those the baseline holds. */
void ll_findings_finish(ll_results *results, const ll_options *options);

#endif
