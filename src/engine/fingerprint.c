#include "engine/fingerprint.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "base/alloc.h"
#include "base/path.h"

#define LL_FNV_OFFSET UINT64_C(0xcbf29ce484222325)
#define LL_FNV_PRIME UINT64_C(0x100000001b3)

/* FNV-1a, 64-bit: small and stable across platforms and versions. A NUL byte ends each field so
 * that ("ab", "c") and ("a", "bc") differ. */
static uint64_t hash_field(uint64_t hash, const char *s, bool skip_space) {
  for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
    if (skip_space && isspace(*p)) continue;
    hash = (hash ^ *p) * LL_FNV_PRIME;
  }
  return hash * LL_FNV_PRIME; /* the field separator: xor with 0 */
}

uint64_t ll_line_digest(const char *line, size_t len) {
  uint64_t hash = LL_FNV_OFFSET;
  for (size_t i = 0; i < len; i++)
    if (!isspace((unsigned char)line[i])) hash = (hash ^ (unsigned char)line[i]) * LL_FNV_PRIME;
  return hash;
}

static uint64_t finding_hash(const ll_finding *finding, const char *cwd, const char *base) {
  char *path;
  if (base == cwd || !cwd) {
    path = ll_path_display(finding->path, cwd);
  } else {
    char *absolute = ll_path_absolute(finding->path, cwd);
    path = ll_path_display(absolute, base);
    free(absolute);
  }
  uint64_t hash = hash_field(LL_FNV_OFFSET, finding->rule ? finding->rule->id : "", false);
  hash = hash_field(hash, path, false);
  if (finding->line_digest) { /* a long line kept in part: its whole line's digest stands for it */
    char digest[17];
    snprintf(digest, sizeof digest, "%016" PRIx64, finding->line_digest);
    hash = hash_field(hash, digest, true);
  } else {
    hash = hash_field(hash, finding->source_line, true);
  }
  free(path);
  return hash;
}

char **ll_fingerprints_new(const ll_finding *findings, size_t count, const char *cwd) {
  return ll_fingerprints_relative(findings, count, cwd, cwd);
}

char **ll_fingerprints_relative(const ll_finding *findings, size_t count, const char *cwd, const char *base) {
  /* occurrences so far per hash, in an open-addressing table (a quadratic count was minutes for
   * 40 000 findings on one line) */
  size_t cap = 16;
  while (cap < count * 2) cap *= 2;
  uint64_t *keys = ll_calloc(cap, sizeof *keys);
  size_t *seen = ll_calloc(cap, sizeof *seen);
  bool *used = ll_calloc(cap, sizeof *used);
  char **out = ll_calloc(count, sizeof *out);
  for (size_t i = 0; i < count; i++) {
    uint64_t hash = finding_hash(&findings[i], cwd, base);
    size_t slot = (size_t)(hash ^ (hash >> 29)) & (cap - 1);
    while (used[slot] && keys[slot] != hash) slot = (slot + 1) & (cap - 1);
    used[slot] = true;
    keys[slot] = hash;
    out[i] = ll_strfmt("%016" PRIx64 ":%zu", hash, seen[slot]++);
  }
  free(keys);
  free(seen);
  free(used);
  return out;
}

void ll_fingerprints_delete(char **fingerprints, size_t count) {
  if (!fingerprints) return;
  for (size_t i = 0; i < count; i++) free(fingerprints[i]);
  free(fingerprints);
}
