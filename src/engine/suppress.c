#include "engine/suppress.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/alloc.h"

#define LL_MARKER "lambda-lint"

struct ll_suppressions {
  ll_suppression *items;
  size_t count, cap;
};

/* ---- comment syntax -------------------------------------------------------------------------- */

static bool has_suffix(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

ll_comment_style ll_comment_style_for_path(const char *path) {
  static const char *const hash[] = {".py", ".pyi", ".yaml", ".yml", NULL};
  static const char *const slash[] = {".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx",
                                      ".go", ".rs", ".java", ".c", ".h", ".cc", ".cpp", ".cxx",
                                      ".hpp", ".hh", ".hxx", NULL};
  for (size_t i = 0; hash[i]; i++)
    if (has_suffix(path, hash[i])) return LL_COMMENT_HASH;
  for (size_t i = 0; slash[i]; i++)
    if (has_suffix(path, slash[i])) return LL_COMMENT_SLASH;
  return LL_COMMENT_NONE;
}

/* ---- one comment ------------------------------------------------------------------------------ */

typedef struct {
  const char *p, *end;
} cursor;

static void skip_space(cursor *c) {
  while (c->p < c->end && (*c->p == ' ' || *c->p == '\t')) c->p++;
}

static bool accept(cursor *c, const char *text) {
  size_t n = strlen(text);
  if ((size_t)(c->end - c->p) < n || memcmp(c->p, text, n) != 0) return false;
  c->p += n;
  return true;
}

static bool word_char(char ch) { return isalnum((unsigned char)ch) || ch == '-' || ch == '_'; }

static char *take_word(cursor *c) {
  const char *start = c->p;
  while (c->p < c->end && word_char(*c->p)) c->p++;
  return c->p > start ? ll_strndup(start, (size_t)(c->p - start)) : NULL;
}

static void set_problem(ll_suppression *s, const char *problem) {
  if (s->problem) return;
  s->kind = LL_SUPPRESS_MALFORMED;
  s->problem = ll_strdup(problem);
}

/* `[ID, name ID]` after the directive: IDs separated by commas and/or spaces. */
static void parse_rule_list(cursor *c, ll_suppression *s) {
  size_t cap = 0;
  for (;;) {
    while (c->p < c->end && (*c->p == ',' || *c->p == ' ' || *c->p == '\t')) c->p++;
    if (accept(c, "]")) break;
    char *rule = take_word(c);
    if (!rule) {
      set_problem(s, c->p < c->end ? "unexpected character in the rule list" : "missing `]`");
      return;
    }
    LL_PUSH(s->rules, s->n_rules, cap, rule);
  }
  if (s->n_rules == 0) set_problem(s, "empty rule list: name rules, or drop the brackets for all");
}

static void parse_tail(cursor *c, ll_suppression *s, ll_comment_style style) {
  skip_space(c);
  if (c->p == c->end) return;
  if (accept(c, "--")) {
    const char *start = c->p, *stop = c->end;
    for (const char *q = start; style == LL_COMMENT_SLASH && q + 1 < stop; q++) {
      if (q[0] == '*' && q[1] == '/') stop = q; /* the end of a block comment */
    }
    while (start < stop && isspace((unsigned char)*start)) start++;
    while (stop > start && isspace((unsigned char)stop[-1])) stop--;
    if (stop > start) s->reason = ll_strndup(start, (size_t)(stop - start));
    return;
  }
  if (accept(c, "#") || accept(c, "//") || accept(c, "*/")) return; /* another comment follows */
  set_problem(s, "unexpected text after the suppression: put a reason after `--`");
}

static ll_suppress_kind directive_kind(const char *word) {
  if (!word) return LL_SUPPRESS_MALFORMED;
  if (strcmp(word, "ignore") == 0) return LL_SUPPRESS_LINE;
  if (strcmp(word, "ignore-next-line") == 0) return LL_SUPPRESS_NEXT_LINE;
  if (strcmp(word, "ignore-file") == 0) return LL_SUPPRESS_FILE;
  return LL_SUPPRESS_MALFORMED;
}

/* Parses what follows `lambda-lint:`; `own_line` says the comment is alone on its line. */
static void parse_directive(cursor *c, ll_suppression *s, ll_comment_style style, bool own_line) {
  skip_space(c);
  char *word = take_word(c);
  s->kind = directive_kind(word);
  if (s->kind == LL_SUPPRESS_MALFORMED)
    set_problem(s, "unknown directive: use ignore, ignore-next-line or ignore-file");
  free(word);
  skip_space(c);
  if (accept(c, "[")) parse_rule_list(c, s);
  if (!s->problem) parse_tail(c, s, style);
  if (s->kind == LL_SUPPRESS_LINE) {
    s->first = s->line;
    s->last = own_line ? s->line + 1 : s->line;
  } else if (s->kind == LL_SUPPRESS_NEXT_LINE) {
    s->first = s->last = s->line + 1;
  } else if (s->kind == LL_SUPPRESS_FILE && s->line > LL_SUPPRESS_FILE_LINES) {
    set_problem(s, "ignore-file must be in the first 10 lines");
  }
  s->used = ll_calloc(s->n_rules ? s->n_rules : 1, sizeof *s->used);
}

/* ---- finding comments in lines ------------------------------------------------------------------ */

/* Where the comment opener that ends just before `at` starts (spaces between allowed), or NULL. */
static const char *comment_opener(const char *line, const char *at, ll_comment_style style) {
  const char *q = at;
  while (q > line && (q[-1] == ' ' || q[-1] == '\t')) q--;
  if (style == LL_COMMENT_HASH && q > line && q[-1] == '#') {
    while (q > line && q[-1] == '#') q--;
    return q;
  }
  if (style == LL_COMMENT_SLASH && q - line >= 2 && q[-2] == '/' && (q[-1] == '/' || q[-1] == '*'))
    return q - 2;
  return NULL;
}

static uint32_t code_points(const char *from, const char *to) {
  uint32_t n = 0;
  for (const char *p = from; p < to; p++) n += ((unsigned char)*p & 0xC0) != 0x80;
  return n;
}

static bool blank(const char *from, const char *to) {
  for (const char *p = from; p < to; p++)
    if (!isspace((unsigned char)*p)) return false;
  return true;
}

static void scan_line(ll_suppressions *self, const char *line, const char *end, uint32_t lineno,
                      ll_comment_style style) {
  size_t mlen = strlen(LL_MARKER);
  for (const char *at = line; (size_t)(end - at) >= mlen; at++) {
    if (strncasecmp(at, LL_MARKER, mlen) != 0) continue;
    const char *opener = comment_opener(line, at, style);
    cursor c = {at + mlen, end};
    skip_space(&c);
    if (!opener || !accept(&c, ":")) continue;
    ll_suppression s = {.line = lineno, .column = code_points(line, opener) + 1};
    parse_directive(&c, &s, style, blank(line, opener));
    LL_PUSH(self->items, self->count, self->cap, s);
    return; /* one suppression per line */
  }
}

bool ll_suppressions_mentioned(const char *source, size_t len) {
  /* The marker around each '-' (rare in code, and memchr is fast), case-insensitively. */
  const size_t before = (size_t)(strchr(LL_MARKER, '-') - LL_MARKER), mlen = strlen(LL_MARKER);
  for (size_t i = before; i + mlen - before <= len; i++) {
    const char *dash = memchr(source + i, '-', len - i);
    if (!dash) return false;
    i = (size_t)(dash - source);
    if (i - before + mlen <= len && strncasecmp(dash - before, LL_MARKER, mlen) == 0)
      return true;
  }
  return false;
}

ll_suppressions *ll_suppressions_parse(const char *source, size_t len, ll_comment_style style) {
  ll_suppressions *self = ll_calloc(1, sizeof *self);
  if (style == LL_COMMENT_NONE || !source) return self;
  const char *end = source + len;
  uint32_t lineno = 1;
  for (const char *line = source; line < end; lineno++) {
    const char *nl = memchr(line, '\n', (size_t)(end - line));
    const char *stop = nl ? nl : end;
    scan_line(self, line, stop > line && stop[-1] == '\r' ? stop - 1 : stop, lineno, style);
    if (!nl) break;
    line = nl + 1;
  }
  return self;
}

void ll_suppressions_delete(ll_suppressions *self) {
  if (!self) return;
  for (size_t i = 0; i < self->count; i++) {
    ll_suppression *s = &self->items[i];
    for (size_t j = 0; j < s->n_rules; j++) free(s->rules[j]);
    free(s->rules);
    free(s->used);
    free(s->reason);
    free(s->problem);
  }
  free(self->items);
  free(self);
}

/* ---- matching --------------------------------------------------------------------------------- */

static bool covers_line(const ll_suppression *s, uint32_t line) {
  if (s->kind == LL_SUPPRESS_FILE) return true;
  return s->kind != LL_SUPPRESS_MALFORMED && line >= s->first && line <= s->last;
}

/* Marks and reports whether `s` names the rule (or names none, i.e. all rules). */
static bool mark_rule(ll_suppression *s, const char *id, const char *name) {
  if (s->n_rules == 0) return s->used[0] = true;
  bool hit = false;
  for (size_t i = 0; i < s->n_rules; i++) {
    if (strcasecmp(s->rules[i], id) == 0 || (name && strcasecmp(s->rules[i], name) == 0))
      hit = s->used[i] = true;
  }
  return hit;
}

bool ll_suppressions_match(ll_suppressions *self, uint32_t line, const char *id, const char *name) {
  bool suppressed = false;
  for (size_t i = 0; i < self->count; i++) {
    ll_suppression *s = &self->items[i];
    if (covers_line(s, line) && mark_rule(s, id, name)) suppressed = true;
  }
  return suppressed;
}

const ll_suppression *ll_suppressions_items(const ll_suppressions *self, size_t *count) {
  *count = self->count;
  return self->items;
}

/* ---- unused ----------------------------------------------------------------------------------- */

static void add_note(ll_suppress_note **notes, size_t *count, size_t *cap,
                     const ll_suppression *s, const char *rule, char *message) {
  ll_suppress_note note = {.line = s->line, .column = s->column, .rule = rule, .message = message};
  LL_PUSH(*notes, *count, *cap, note);
}

ll_suppress_note *ll_suppressions_unused(const ll_suppressions *self, size_t *count) {
  ll_suppress_note *notes = NULL;
  size_t cap = 0;
  *count = 0;
  for (size_t i = 0; i < self->count; i++) {
    const ll_suppression *s = &self->items[i];
    if (s->kind == LL_SUPPRESS_MALFORMED) {
      add_note(&notes, count, &cap, s, NULL, ll_strfmt("malformed lambda-lint suppression: %s", s->problem));
    } else if (s->n_rules == 0 && !s->used[0]) {
      add_note(&notes, count, &cap, s, NULL, ll_strdup("unused suppression: nothing here is flagged"));
    }
    for (size_t j = 0; s->kind != LL_SUPPRESS_MALFORMED && j < s->n_rules; j++) {
      if (!s->used[j])
        add_note(&notes, count, &cap, s, s->rules[j],
                 ll_strfmt("unused suppression of %s: it is not flagged here", s->rules[j]));
    }
  }
  return notes;
}

void ll_suppress_notes_delete(ll_suppress_note *notes, size_t count) {
  for (size_t i = 0; i < count; i++) free(notes[i].message);
  free(notes);
}
