/* fingerprint.h — identities of findings that survive lines moving.
 *
 * A fingerprint hashes the rule, the file's path relative to the working directory and the flagged
 * line's text with all whitespace removed, then appends the occurrence index among earlier findings
 * with the same hash ("9f3c…e1:0"). Inserting lines above a finding, or re-indenting it, keeps its
 * fingerprint; editing the flagged line or renaming the file makes it a new finding. SARIF carries
 * it in partialFingerprints and the baseline stores it. */
#ifndef LL_FINGERPRINT_H
#define LL_FINGERPRINT_H

#include <stddef.h>

#include "lambdalint/lambdalint.h"

/* One fingerprint per finding, in the same order; findings must be in report order (the
 * engine's sort), which fixes the occurrence indices. Free with ll_fingerprints_delete(). */
char **ll_fingerprints_new(const ll_finding *findings, size_t count, const char *cwd);
/* The same with paths taken relative to the folder `base` (absolute) instead of `cwd`: a baseline's
 * fingerprints are relative to the baseline file's folder, whatever folder lambda-lint runs in. */
char **ll_fingerprints_relative(const ll_finding *findings, size_t count, const char *cwd, const char *base);
void ll_fingerprints_delete(char **fingerprints, size_t count);

/* A digest of a whole source line, whitespace left out (the line identity of a finding whose
 * kept source_line is only a window of a long line). */
uint64_t ll_line_digest(const char *line, size_t len);

#endif
