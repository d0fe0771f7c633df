/* results.c — findings and input errors of a run, owned independently of any arena. */
#define _XOPEN_SOURCE 700 /* realpath */

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/path.h"
#include "engine/fingerprint.h"
#include "engine/results.h"
#include "fix/fix.h"

ll_results *ll_results_new(void) { return ll_calloc(1, sizeof(ll_results)); }

/* The byte offset of code point `column` (1-based) in the line, or `len`. */
static size_t column_offset(const char *line, size_t len, uint32_t column) {
  size_t at = 0;
  for (uint32_t col = 1; at < len && col < column; col++)
    for (at++; at < len && ((unsigned char)line[at] & 0xC0) == 0x80; at++) {}
  return at;
}

void ll_finding_set_line(ll_finding *f, const char *line, size_t len) {
  if (!line) return;
  if (len <= LL_SOURCE_LINE_KEEP) {
    f->source_line = ll_strndup(line, len);
    return;
  }
  f->line_digest = ll_line_digest(line, len);
  size_t at = column_offset(line, len, f->column), start = at > LL_SOURCE_LINE_KEEP / 3 ? at - LL_SOURCE_LINE_KEEP / 3 : 0;
  while (start > 0 && ((unsigned char)line[start] & 0xC0) == 0x80) start--; /* a character's start */
  size_t end = start + LL_SOURCE_LINE_KEEP < len ? start + LL_SOURCE_LINE_KEEP : len;
  while (end < len && ((unsigned char)line[end] & 0xC0) == 0x80) end++;
  uint32_t first = 1;
  for (size_t i = 0; i < start; i++) first += ((unsigned char)line[i] & 0xC0) != 0x80;
  f->source_line = ll_strndup(line + start, end - start);
  f->source_first_column = first;
  f->source_cut_end = end < len;
}

static ll_error message_of(const char *path, const char *message) {
  return (ll_error){.path = ll_strdup(path), .message = ll_strdup(message)};
}

void ll_results_add_error(ll_results *self, const char *path, const char *message) {
  LL_PUSH(self->errors, self->n_errors, self->cap_errors, message_of(path, message));
}

void ll_results_add_note(ll_results *self, const char *path, const char *message) {
  LL_PUSH(self->notes, self->n_notes, self->cap_notes, message_of(path, message));
}

void ll_results_add_warning(ll_results *self, const char *path, const char *message) {
  LL_PUSH(self->warnings, self->n_warnings, self->cap_warnings, message_of(path, message));
}

void ll_finding_free(ll_finding *f) {
  free(f->path);
  free(f->message);
  free(f->source_line);
  free(f->fingerprint);
  ll_fix_delete(f->fix);
}

static void free_error(ll_error *e) {
  free(e->path);
  free(e->message);
}

void ll_results_delete(ll_results *self) {
  if (!self) return;
  for (size_t i = 0; i < self->n_findings; i++) ll_finding_free(&self->findings[i]);
  for (size_t i = 0; i < self->n_suppressed; i++) ll_finding_free(&self->suppressed[i]);
  free(self->suppressed);
  for (size_t i = 0; i < self->n_errors; i++) free_error(&self->errors[i]);
  for (size_t i = 0; i < self->n_notes; i++) free_error(&self->notes[i]);
  for (size_t i = 0; i < self->n_warnings; i++) free_error(&self->warnings[i]);
  free(self->warnings);
  free(self->specs_used);
  free(self->findings);
  free(self->errors);
  free(self->notes);
  free(self);
}

void ll_results_absorb(ll_results *self, ll_results *from) {
  for (size_t i = 0; i < from->n_findings; i++)
    LL_PUSH(self->findings, self->n_findings, self->cap_findings, from->findings[i]);
  for (size_t i = 0; i < from->n_errors; i++)
    LL_PUSH(self->errors, self->n_errors, self->cap_errors, from->errors[i]);
  for (size_t i = 0; i < from->n_notes; i++) LL_PUSH(self->notes, self->n_notes, self->cap_notes, from->notes[i]);
  for (size_t i = 0; i < from->n_warnings; i++)
    LL_PUSH(self->warnings, self->n_warnings, self->cap_warnings, from->warnings[i]);
  for (size_t i = 0; i < from->n_specs_used; i++)
    LL_PUSH(self->specs_used, self->n_specs_used, self->cap_specs_used, from->specs_used[i]);
  self->files_analyzed += from->files_analyzed;
  from->n_findings = from->n_errors = from->n_notes = from->n_warnings = 0;
  ll_results_delete(from);
}

const ll_finding *ll_results_findings(const ll_results *self, size_t *count) {
  *count = self->n_findings;
  return self->findings;
}

const ll_finding *ll_results_suppressed(const ll_results *self, size_t *count) {
  *count = self->n_suppressed;
  return self->suppressed;
}

const ll_error *ll_results_errors(const ll_results *self, size_t *count) {
  *count = self->n_errors;
  return self->errors;
}

const ll_error *ll_results_notes(const ll_results *self, size_t *count) {
  *count = self->n_notes;
  return self->notes;
}

const ll_error *ll_results_warnings(const ll_results *self, size_t *count) {
  *count = self->n_warnings;
  return self->warnings;
}

size_t ll_results_files_analyzed(const ll_results *self) { return self->files_analyzed; }

void ll_results_cache_counts(const ll_results *self, size_t *reused, size_t *units) {
  *reused = self->cache_reused;
  *units = self->cache_units;
}

int ll_results_exit_code(const ll_results *self) {
  if (self->n_errors) return 2;
  return self->n_findings ? 1 : 0;
}

static int compare_findings(const void *a, const void *b) {
  const ll_finding *x = a, *y = b;
  int c = strcmp(x->path, y->path);
  if (c) return c;
  if (x->line != y->line) return x->line < y->line ? -1 : 1;
  if (x->column != y->column) return x->column < y->column ? -1 : 1;
  c = strcmp(x->rule->id, y->rule->id);
  return c ? c : strcmp(x->message, y->message);
}

static int compare_errors(const void *a, const void *b) {
  const ll_error *x = a, *y = b;
  int c = strcmp(x->path, y->path);
  return c ? c : strcmp(x->message, y->message);
}

/* Sorts errors or notes by path and drops exact duplicates; returns how many are kept. */
static size_t sort_messages(ll_error *list, size_t n) {
  if (n) qsort(list, n, sizeof(ll_error), compare_errors);
  size_t kept = 0;
  for (size_t i = 0; i < n; i++) {
    if (kept && compare_errors(&list[kept - 1], &list[i]) == 0) free_error(&list[i]);
    else list[kept++] = list[i];
  }
  return kept;
}

static bool kept_path(const ll_strmap *keep, const char *path) {
  char *cwd = ll_path_cwd(), *real = ll_path_real(path, cwd); /* an overlay need not be on disk */
  bool kept = ll_strmap_get(keep, real) >= 0;
  free(cwd);
  free(real);
  return kept;
}

static size_t keep_messages(ll_error *items, size_t n, const ll_strmap *keep) {
  size_t kept = 0;
  for (size_t i = 0; i < n; i++) {
    if (kept_path(keep, items[i].path)) items[kept++] = items[i];
    else free_error(&items[i]);
  }
  return kept;
}

static size_t keep_findings(ll_finding *items, size_t n, const ll_strmap *keep) {
  size_t kept = 0;
  for (size_t i = 0; i < n; i++) {
    if (kept_path(keep, items[i].path)) items[kept++] = items[i];
    else ll_finding_free(&items[i]);
  }
  return kept;
}

void ll_results_keep_files(ll_results *self, const ll_strmap *keep) {
  self->n_findings = keep_findings(self->findings, self->n_findings, keep);
  self->n_suppressed = keep_findings(self->suppressed, self->n_suppressed, keep);
  self->n_errors = keep_messages(self->errors, self->n_errors, keep);
  self->n_notes = keep_messages(self->notes, self->n_notes, keep);
}

/* Sorts findings (path, line, column, rule) and drops exact duplicates; returns how many are kept. */
static size_t sort_findings(ll_finding *items, size_t n) {
  if (n) qsort(items, n, sizeof(ll_finding), compare_findings);
  size_t kept = 0;
  for (size_t i = 0; i < n; i++) {
    if (kept && compare_findings(&items[kept - 1], &items[i]) == 0) ll_finding_free(&items[i]);
    else items[kept++] = items[i];
  }
  return kept;
}

void ll_results_finish(ll_results *self) {
  self->n_findings = sort_findings(self->findings, self->n_findings);
  self->n_suppressed = sort_findings(self->suppressed, self->n_suppressed);
  self->n_errors = sort_messages(self->errors, self->n_errors);
  self->n_notes = sort_messages(self->notes, self->n_notes);
}
