#include "engine/baseline.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/jsonutil.h"
#include "base/path.h"

struct ll_baseline {
  char **fingerprints; /* sorted */
  size_t count;
  char *folder; /* version 2: the file's folder, absolute; version 1: NULL */
};

static int compare_strings(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collects the fingerprints of a parsed baseline; false when its shape is wrong. */
static bool collect(ll_baseline *self, const json_t *root) {
  if (!json_is_object(root)) return false;
  json_int_t version = json_integer_value(json_object_get(root, "version"));
  if (version != 1 && version != LL_BASELINE_VERSION) return false;
  if (version == 1) {
    free(self->folder);
    self->folder = NULL;
  }
  const json_t *findings = json_object_get(root, "findings");
  if (!json_is_array(findings)) return false;
  size_t n = json_array_size(findings);
  self->fingerprints = ll_calloc(n, sizeof *self->fingerprints);
  for (size_t i = 0; i < n; i++) {
    const char *fp = json_string_value(json_object_get(json_array_get(findings, i), "fingerprint"));
    if (!fp) return false;
    self->fingerprints[self->count++] = ll_strdup(fp);
  }
  qsort(self->fingerprints, self->count, sizeof *self->fingerprints, compare_strings);
  return true;
}

ll_baseline *ll_baseline_load(const char *path, char **error) {
  json_error_t jerr;
  json_t *root = json_load_file(path, 0, &jerr);
  if (!root) {
    *error = jerr.line > 0 ? ll_strfmt("%s:%d: invalid baseline: %s", path, jerr.line, jerr.text)
                           : ll_strfmt("%s: cannot read the baseline: %s", path, jerr.text);
    return NULL;
  }
  ll_baseline *self = ll_calloc(1, sizeof *self);
  char *cwd = ll_path_cwd();
  char *absolute = ll_path_absolute(path, cwd);
  self->folder = ll_path_parent(absolute);
  free(absolute);
  free(cwd);
  bool ok = collect(self, root);
  json_decref(root);
  if (!ok) {
    *error = ll_strfmt("%s: not a lambda-lint baseline (version 1 or %d with a list of findings, each "
                       "with a fingerprint); write one with --write-baseline",
                       path, LL_BASELINE_VERSION);
    ll_baseline_delete(self);
    return NULL;
  }
  return self;
}

void ll_baseline_delete(ll_baseline *self) {
  if (!self) return;
  for (size_t i = 0; i < self->count; i++) free(self->fingerprints[i]);
  free(self->fingerprints);
  free(self->folder);
  free(self);
}

bool ll_baseline_contains(const ll_baseline *self, const char *fingerprint) {
  return self && bsearch(&fingerprint, self->fingerprints, self->count, sizeof *self->fingerprints,
                         compare_strings) != NULL;
}

size_t ll_baseline_count(const ll_baseline *self) { return self ? self->count : 0; }

const char *ll_baseline_folder(const ll_baseline *self) { return self ? self->folder : NULL; }

static json_t *entry(const ll_finding *finding, const char *fingerprint, const char *cwd, const char *folder) {
  char *absolute = ll_path_absolute(finding->path, cwd);
  char *path = ll_path_display(absolute, folder);
  free(absolute);
  json_t *obj = json_object();
  json_object_set_new(obj, "fingerprint", json_string(fingerprint));
  json_object_set_new(obj, "rule", ll_json_text(finding->rule->id));
  json_object_set_new(obj, "path", ll_json_text(path));
  json_object_set_new(obj, "line", json_integer(finding->line));
  json_object_set_new(obj, "message", ll_json_text(finding->message));
  free(path);
  return obj;
}

bool ll_baseline_write(FILE *out, const ll_finding *findings, const char *const *fingerprints,
                       size_t count, const char *cwd, const char *folder) {
  json_t *list = json_array();
  for (size_t i = 0; i < count; i++)
    json_array_append_new(list, entry(&findings[i], fingerprints[i], cwd, folder));
  json_t *root = json_object();
  json_object_set_new(root, "version", json_integer(LL_BASELINE_VERSION));
  json_object_set_new(root, "tool", json_string("lambda-lint"));
  json_object_set_new(root, "findings", list);
  bool ok = ll_json_write(root, out);
  json_decref(root);
  return ok;
}
