/* baseline.h — known findings to leave out (`--baseline FILE`, `--write-baseline`).
 *
 *   {"version": 2, "tool": "lambda-lint",
 *    "findings": [{"fingerprint": "…:0", "rule": "LL302", "path": "src/app.py", "line": 3,
 *                  "message": "…"}]}
 *
 * Findings are matched by fingerprint (fingerprint.h), never by line, so a baseline keeps working
 * as code moves; rule, path, line and message are there for people reading the file. Since version
 * 2, paths (in the entries and in the fingerprints) are relative to the baseline file's folder, so a
 * baseline keeps matching whatever folder lambda-lint runs in; version 1 files (relative to the
 * working directory) are still read. */
#ifndef LL_BASELINE_H
#define LL_BASELINE_H

#include <stdbool.h>
#include <stdio.h>

#include "lambdalint/lambdalint.h"

#define LL_BASELINE_VERSION 2

typedef struct ll_baseline ll_baseline;

/* Reads a baseline. NULL with a message in *error (malloc'd) when it cannot be read or is not a
 * lambda-lint baseline. Free with ll_baseline_delete() (accepts NULL). */
ll_baseline *ll_baseline_load(const char *path, char **error);
void ll_baseline_delete(ll_baseline *self);

bool ll_baseline_contains(const ll_baseline *self, const char *fingerprint);
size_t ll_baseline_count(const ll_baseline *self);
/* The folder the baseline's paths are relative to (absolute), or NULL for the working directory
 * (a version 1 file). */
const char *ll_baseline_folder(const ll_baseline *self);

/* Writes a baseline of `findings` (with their fingerprints, computed relative to `folder`) to
 * `out`, paths relative to `folder`. False on a write error. */
bool ll_baseline_write(FILE *out, const ll_finding *findings, const char *const *fingerprints,
                       size_t count, const char *cwd, const char *folder);

#endif
