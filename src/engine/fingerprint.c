#include "engine/fingerprint.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdint.h>
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

static uint64_t finding_hash(const ll_finding *finding, const char *cwd) {
  char *path = ll_path_display(finding->path, cwd);
  uint64_t hash = hash_field(LL_FNV_OFFSET, finding->rule ? finding->rule->id : "", false);
  hash = hash_field(hash, path, false);
  hash = hash_field(hash, finding->source_line, true);
  free(path);
  return hash;
}

char **ll_fingerprints_new(const ll_finding *findings, size_t count, const char *cwd) {
  uint64_t *hashes = ll_calloc(count, sizeof *hashes);
  char **out = ll_calloc(count, sizeof *out);
  for (size_t i = 0; i < count; i++) {
    hashes[i] = finding_hash(&findings[i], cwd);
    size_t occurrence = 0;
    for (size_t j = 0; j < i; j++) occurrence += hashes[j] == hashes[i];
    out[i] = ll_strfmt("%016" PRIx64 ":%zu", hashes[i], occurrence);
  }
  free(hashes);
  return out;
}

void ll_fingerprints_delete(char **fingerprints, size_t count) {
  if (!fingerprints) return;
  for (size_t i = 0; i < count; i++) free(fingerprints[i]);
  free(fingerprints);
}
