/* fix.c — building fixes and applying them to a file's bytes (fix.h). */
#include "fix/fix.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "cli/output.h"
#include "frontend/frontend.h"

/* ---- building ------------------------------------------------------------------------------- */

static bool overlap(uint32_t s1, uint32_t e1, uint32_t s2, uint32_t e2) {
  if (s1 == e1) return s2 < s1 && s1 < e2; /* an insertion overlaps only a range around it */
  if (s2 == e2) return s1 < s2 && s2 < e1;
  return s1 < e2 && s2 < e1;
}

static int compare_edits(const void *a, const void *b) {
  const ll_edit *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  if (x->end != y->end) return x->end < y->end ? -1 : 1;
  return 0;
}

/* The line and column (1-based, code points) of byte `at`. */
static void position(const char *source, uint32_t at, uint32_t *line, uint32_t *column) {
  uint32_t l = 1, c = 1;
  for (uint32_t i = 0; i < at; i++) {
    if (source[i] == '\n') {
      l++;
      c = 1;
    } else if (((unsigned char)source[i] & 0xC0) != 0x80) {
      c++;
    }
  }
  *line = l;
  *column = c;
}

/* `text` with each "\n" written as the file's own end of line. */
static char *in_file_eol(const char *text, bool crlf) {
  if (!crlf) return ll_strdup(text);
  size_t n = strlen(text), k = 0;
  char *out = ll_malloc(2 * n + 1);
  for (size_t i = 0; i < n; i++) {
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) out[k++] = '\r';
    out[k++] = text[i];
  }
  out[k] = '\0';
  return out;
}

static bool crlf_file(const char *source, size_t len) {
  const char *nl = memchr(source, '\n', len);
  return nl && nl > source && nl[-1] == '\r';
}

ll_fix *ll_fix_new(bool unsafe, const char *title, const char *source, size_t len, const ll_rule_edit *edits,
                   size_t n_edits) {
  if (!n_edits) return NULL;
  bool bom = len >= 3 && memcmp(source, "\xEF\xBB\xBF", 3) == 0, crlf = crlf_file(source, len);
  ll_fix *fix = ll_calloc(1, sizeof *fix);
  fix->unsafe = unsafe;
  fix->title = ll_strdup(title);
  fix->edits = ll_calloc(n_edits, sizeof(ll_edit));
  for (size_t i = 0; i < n_edits; i++) {
    ll_edit *e = &fix->edits[fix->n_edits++];
    e->start = edits[i].start;
    e->end = edits[i].end;
    if (bom && e->start < 3 && e->end <= 3) e->start = e->end = 3; /* text goes after the BOM */
    e->text = in_file_eol(edits[i].text ? edits[i].text : "", crlf);
    if (e->start > e->end || e->end > len) {
      ll_fix_delete(fix);
      return NULL;
    }
  }
  qsort(fix->edits, fix->n_edits, sizeof(ll_edit), compare_edits);
  for (size_t i = 0; i + 1 < fix->n_edits; i++)
    if (overlap(fix->edits[i].start, fix->edits[i].end, fix->edits[i + 1].start, fix->edits[i + 1].end)) {
      ll_fix_delete(fix);
      return NULL;
    }
  for (size_t i = 0; i < fix->n_edits; i++) {
    ll_edit *e = &fix->edits[i];
    position(source, e->start, &e->line, &e->column);
    position(source, e->end, &e->end_line, &e->end_column);
  }
  return fix;
}

void ll_fix_delete(ll_fix *self) {
  if (!self) return;
  for (size_t i = 0; i < self->n_edits; i++) free(self->edits[i].text);
  free(self->edits);
  free(self->title);
  free(self);
}

/* ---- applying ------------------------------------------------------------------------------- */

/* The edits taken so far, in the order they are to be spliced. */
typedef struct {
  const ll_edit **items;
  size_t n, cap;
} edit_list;

/* Whether an edit equal to `e` was taken already: two fixes that need the same definition (a
 * client hoisted from two functions) share it instead of colliding. */
static bool already_taken(const edit_list *taken, const ll_edit *e) {
  for (size_t k = 0; k < taken->n; k++) {
    const ll_edit *t = taken->items[k];
    if (t->start == e->start && t->end == e->end && strcmp(t->text, e->text) == 0) return true;
  }
  return false;
}

static bool fits(const edit_list *taken, const ll_fix *fix, size_t len) {
  for (size_t i = 0; i < fix->n_edits; i++) {
    const ll_edit *e = &fix->edits[i];
    if (e->end > len || e->start > e->end) return false;
    if (already_taken(taken, e)) continue;
    for (size_t k = 0; k < taken->n; k++)
      if (overlap(e->start, e->end, taken->items[k]->start, taken->items[k]->end)) return false;
  }
  return true;
}

/* Inserts the fix's edits keeping the list sorted by start; at one offset, insertions come first
 * and earlier fixes before later ones. */
static void take(edit_list *taken, const ll_fix *fix) {
  for (size_t i = 0; i < fix->n_edits; i++) {
    const ll_edit *e = &fix->edits[i];
    if (already_taken(taken, e)) continue;
    LL_PUSH(taken->items, taken->n, taken->cap, e);
    size_t at = taken->n - 1;
    while (at > 0) {
      const ll_edit *prev = taken->items[at - 1];
      bool before = prev->start > e->start || (prev->start == e->start && prev->start != prev->end && e->start == e->end);
      if (!before) break;
      taken->items[at] = prev;
      at--;
    }
    taken->items[at] = e;
  }
}

static void untake(edit_list *taken, const ll_fix *fix) {
  size_t kept = 0;
  for (size_t i = 0; i < taken->n; i++) {
    const ll_edit *e = taken->items[i];
    if (e < fix->edits || e >= fix->edits + fix->n_edits) taken->items[kept++] = e;
  }
  taken->n = kept;
}

static char *splice(const char *source, size_t len, const edit_list *taken, size_t *out_len) {
  size_t size = len + 1;
  for (size_t i = 0; i < taken->n; i++) size += strlen(taken->items[i]->text);
  char *out = ll_malloc(size);
  size_t k = 0, from = 0;
  for (size_t i = 0; i < taken->n; i++) {
    const ll_edit *e = taken->items[i];
    memcpy(out + k, source + from, e->start - from);
    k += e->start - from;
    size_t t = strlen(e->text);
    memcpy(out + k, e->text, t);
    k += t;
    from = e->end;
  }
  memcpy(out + k, source + from, len - from);
  k += len - from;
  out[k] = '\0';
  *out_len = k;
  return out;
}

bool ll_fix_parses(const char *path, const char *text, size_t len) {
  const ll_frontend *fe = ll_frontend_for_path(path);
  if (!fe) return false;
  char *problem = fe->encoding_problem ? fe->encoding_problem(text, len) : NULL;
  if (!problem) ll_module_delete(fe->lower(path, text, len, NULL, &problem));
  bool ok = problem == NULL;
  free(problem);
  return ok;
}

char *ll_fix_apply_all(const char *path, const char *source, size_t len, const ll_fix *const *fixes, size_t n,
                       ll_fix_outcome *outcomes, size_t *out_len) {
  edit_list taken = {0};
  for (size_t i = 0; i < n; i++) {
    if (!fits(&taken, fixes[i], len)) {
      bool in_file = true;
      for (size_t k = 0; k < fixes[i]->n_edits; k++) in_file &= fixes[i]->edits[k].end <= len;
      outcomes[i] = in_file ? LL_FIX_DEFERRED : LL_FIX_DROPPED;
      continue;
    }
    take(&taken, fixes[i]);
    size_t tried_len = 0;
    char *tried = splice(source, len, &taken, &tried_len);
    outcomes[i] = ll_fix_parses(path, tried, tried_len) ? LL_FIX_APPLIED : LL_FIX_DROPPED;
    if (outcomes[i] == LL_FIX_DROPPED) untake(&taken, fixes[i]);
    free(tried);
  }
  char *out = splice(source, len, &taken, out_len);
  free(taken.items);
  return out;
}

char *ll_fix_apply_one(const char *path, const char *source, size_t len, const ll_fix *fix, size_t *out_len) {
  ll_fix_outcome outcome = LL_FIX_DROPPED;
  char *out = ll_fix_apply_all(path, source, len, &fix, 1, &outcome, out_len);
  if (outcome == LL_FIX_APPLIED) return out;
  free(out);
  return NULL;
}

/* ---- writing -------------------------------------------------------------------------------- */

bool ll_fix_write_file(const char *path, const char *bytes, size_t len, char **error) {
  ll_output *out = ll_output_open(path, error);
  if (!out) return false;
  bool written = fwrite(bytes, 1, len, ll_output_stream(out)) == len;
  if (!ll_output_close(out, written, error)) return false;
  if (!written) *error = ll_strfmt("cannot write %s", path);
  return written;
}
