/* diff.c — the unified diff --diff prints (ll_fix_write_diff in fix.h). Lines are compared with
 * their end of line, so a file's "\r\n" and a missing last newline come out as they are. */
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "fix/fix.h"

enum { CONTEXT = 3 };
/* Above this many cells the changed middle is shown as one replacement instead of a minimal diff. */
#define MAX_TABLE ((size_t)16 * 1024 * 1024)

typedef struct {
  const char *text;
  size_t len; /* with its end of line */
} line;

static line *split_lines(const char *s, size_t len, size_t *count) {
  line *lines = NULL;
  size_t n = 0, cap = 0;
  for (size_t at = 0; at < len;) {
    const char *nl = memchr(s + at, '\n', len - at);
    size_t end = nl ? (size_t)(nl - s) + 1 : len;
    line l = {s + at, end - at};
    LL_PUSH(lines, n, cap, l);
    at = end;
  }
  *count = n;
  return lines;
}

static bool same(line a, line b) { return a.len == b.len && memcmp(a.text, b.text, a.len) == 0; }

typedef enum { KEEP, DEL, ADD } op_kind;

typedef struct {
  op_kind kind;
  size_t old_at, new_at; /* the line of each side this op is at (0-based) */
} op;

typedef struct {
  op *items;
  size_t n, cap;
} op_list;

static void push(op_list *ops, op_kind kind, size_t old_at, size_t new_at) {
  op o = {kind, old_at, new_at};
  LL_PUSH(ops->items, ops->n, ops->cap, o);
}

/* The ops turning a[0..n) into b[0..m) (offsets `oa`, `ob` added to the line numbers): a longest
 * common subsequence when the table is small enough, else delete all then add all. */
static void middle_ops(op_list *ops, const line *a, size_t n, const line *b, size_t m, size_t oa, size_t ob) {
  if ((n + 1) * (m + 1) > MAX_TABLE) {
    for (size_t i = 0; i < n; i++) push(ops, DEL, oa + i, ob);
    for (size_t j = 0; j < m; j++) push(ops, ADD, oa + n, ob + j);
    return;
  }
  uint32_t *lcs = ll_calloc((n + 1) * (m + 1), sizeof(uint32_t));
#define AT(i, j) lcs[(i) * (m + 1) + (j)]
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      AT(i, j) = same(a[i], b[j]) ? AT(i + 1, j + 1) + 1 : AT(i + 1, j) > AT(i, j + 1) ? AT(i + 1, j) : AT(i, j + 1);
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && same(a[i], b[j])) {
      push(ops, KEEP, oa + i++, ob + j++);
    } else if (j >= m || (i < n && AT(i + 1, j) >= AT(i, j + 1))) {
      push(ops, DEL, oa + i++, ob + j);
    } else {
      push(ops, ADD, oa + i, ob + j++);
    }
  }
#undef AT
  free(lcs);
}

static void print_line(FILE *out, char mark, line l) {
  fputc(mark, out);
  fwrite(l.text, 1, l.len, out);
  if (!l.len || l.text[l.len - 1] != '\n') fputs("\n\\ No newline at end of file\n", out);
}

/* Prints ops[from..to) as one hunk. */
static void print_hunk(FILE *out, const op_list *ops, size_t from, size_t to, const line *a, const line *b) {
  size_t old_count = 0, new_count = 0;
  for (size_t k = from; k < to; k++) {
    old_count += ops->items[k].kind != ADD;
    new_count += ops->items[k].kind != DEL;
  }
  size_t old_start = ops->items[from].old_at + (old_count ? 1 : 0);
  size_t new_start = ops->items[from].new_at + (new_count ? 1 : 0);
  fprintf(out, "@@ -%zu,%zu +%zu,%zu @@\n", old_start, old_count, new_start, new_count);
  for (size_t k = from; k < to; k++) {
    const op *o = &ops->items[k];
    if (o->kind == KEEP) print_line(out, ' ', a[o->old_at]);
    else if (o->kind == DEL) print_line(out, '-', a[o->old_at]);
    else print_line(out, '+', b[o->new_at]);
  }
}

bool ll_fix_write_diff(FILE *out, const char *path, const char *old, size_t old_len, const char *new_text,
                       size_t new_len) {
  size_t na = 0, nb = 0;
  line *a = split_lines(old, old_len, &na), *b = split_lines(new_text, new_len, &nb);
  size_t prefix = 0, suffix = 0;
  while (prefix < na && prefix < nb && same(a[prefix], b[prefix])) prefix++;
  while (suffix < na - prefix && suffix < nb - prefix && same(a[na - 1 - suffix], b[nb - 1 - suffix])) suffix++;
  op_list ops = {0};
  for (size_t i = 0; i < prefix; i++) push(&ops, KEEP, i, i);
  middle_ops(&ops, a + prefix, na - prefix - suffix, b + prefix, nb - prefix - suffix, prefix, prefix);
  for (size_t i = 0; i < suffix; i++) push(&ops, KEEP, na - suffix + i, nb - suffix + i);
  bool changed = false;
  for (size_t k = 0; k < ops.n && !changed; k++) changed = ops.items[k].kind != KEEP;
  if (changed) fprintf(out, "--- %s\n+++ %s\n", path, path);
  /* hunks: changes with up to 2 * CONTEXT unchanged lines between them share one */
  for (size_t k = 0; k < ops.n;) {
    if (ops.items[k].kind == KEEP) {
      k++;
      continue;
    }
    size_t from = k > CONTEXT ? k - CONTEXT : 0, last = k;
    for (size_t j = k; j < ops.n && j <= last + 2 * CONTEXT; j++)
      if (ops.items[j].kind != KEEP) last = j;
    size_t to = last + 1 + CONTEXT < ops.n ? last + 1 + CONTEXT : ops.n;
    print_hunk(out, &ops, from, to, a, b);
    k = to;
  }
  free(ops.items);
  free(a);
  free(b);
  return !ferror(out);
}
