/* scan.c — lexical questions fixes ask of Python and JavaScript/TypeScript text (scan.h). */
#include "fix/scan.h"

#include <string.h>

static bool ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || (unsigned char)c >= 0x80;
}

static bool ident_char(char c) { return ident_start(c) || (c >= '0' && c <= '9'); }

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

uint32_t ll_scan_line_start(const char *s, uint32_t at) {
  while (at > 0 && s[at - 1] != '\n') at--;
  return at;
}

/* The offset past the string literal that opens at `at` (quote `q`), or `to` when it does not end
 * before `to`. *dynamic: a JS template with `${`. */
static uint32_t skip_string(const char *s, uint32_t at, uint32_t to, bool python, bool *dynamic) {
  char q = s[at];
  bool triple = python && at + 2 < to && s[at + 1] == q && s[at + 2] == q;
  uint32_t i = at + (triple ? 3 : 1);
  for (; i < to; i++) {
    if (s[i] == '\\') {
      i++;
      continue;
    }
    if (q == '`' && s[i] == '$' && i + 1 < to && s[i + 1] == '{') *dynamic = true;
    if (!triple && s[i] == '\n' && q != '`') return i; /* an unterminated line: stop at its end */
    if (s[i] != q) continue;
    if (!triple) return i + 1;
    if (i + 2 < to && s[i + 1] == q && s[i + 2] == q) return i + 3;
  }
  return to;
}

/* The offset past a comment opening at `at`, or `at` when none opens there. */
static uint32_t skip_comment(const char *s, uint32_t at, uint32_t to, bool python) {
  bool line = python ? s[at] == '#' : at + 1 < to && s[at] == '/' && s[at + 1] == '/';
  if (line) {
    while (at < to && s[at] != '\n') at++;
    return at;
  }
  if (!python && at + 1 < to && s[at] == '/' && s[at + 1] == '*') {
    for (uint32_t i = at + 2; i + 1 < to; i++)
      if (s[i] == '*' && s[i + 1] == '/') return i + 2;
    return to;
  }
  return at;
}

/* Advances past what starts at `i`: a comment, a string, or one character of code (*plain; its
 * brackets counted in *depth). */
static uint32_t step(const char *s, uint32_t i, uint32_t to, bool python, int *depth, bool *plain) {
  *plain = false;
  uint32_t past = skip_comment(s, i, to, python);
  if (past != i) return past;
  char c = s[i];
  bool dynamic = false;
  if (c == '"' || c == '\'' || (!python && c == '`')) return skip_string(s, i, to, python, &dynamic);
  *depth += (c == '(' || c == '[' || c == '{') - (c == ')' || c == ']' || c == '}');
  *plain = true;
  return i + 1;
}

uint32_t ll_scan_statement_end(const char *s, size_t len, uint32_t from, bool python) {
  int depth = 0;
  for (uint32_t i = from; i < len;) {
    if (python && s[i] == '\\' && i + 1 < len && s[i + 1] == '\n') {
      i += 2;
      continue;
    }
    bool plain = false;
    uint32_t next = step(s, i, (uint32_t)len, python, &depth, &plain);
    if (plain && s[i] == '\n' && depth <= 0) return i + 1;
    i = next;
  }
  return (uint32_t)len;
}

static bool word_is(const char *w, size_t n, const char *const *words) {
  for (size_t i = 0; words[i]; i++)
    if (strlen(words[i]) == n && !strncmp(w, words[i], n)) return true;
  return false;
}

static uint32_t skip_space(const char *s, uint32_t i, uint32_t to) {
  while (i < to && is_space(s[i])) i++;
  return i;
}

/* Whether the identifier at [at, end) is a Python string prefix (r, b, u, f, rb, …) opening a string. */
static bool string_prefix(const char *s, uint32_t at, uint32_t end, uint32_t to) {
  if (end >= to || (s[end] != '"' && s[end] != '\'') || end - at > 2) return false;
  for (uint32_t i = at; i < end; i++)
    if (!strchr("rRbBuUfF", s[i])) return false;
  return true;
}

bool ll_scan_expression_names(const char *s, uint32_t from, uint32_t to, bool python, ll_scan_name_fn each,
                              void *user) {
  static const char *const py_literals[] = {"True", "False", "None", NULL};
  static const char *const js_literals[] = {"true", "false", "null", "undefined", "new", NULL};
  static const char *const py_refused[] = {"lambda", "if", "else", "for", "await", "yield", "not", "and", "or",
                                           "in", "is", NULL};
  static const char *const js_refused[] = {"function", "async", "await", "typeof", "this", "yield", "in",
                                           "instanceof", "void", "delete", NULL};
  for (uint32_t i = from; i < to;) {
    char c = s[i];
    if (is_space(c)) {
      i++;
    } else if (c == '"' || c == '\'' || (!python && c == '`')) {
      bool dynamic = false;
      i = skip_string(s, i, to, python, &dynamic);
      if (dynamic) return false;
    } else if (c >= '0' && c <= '9') {
      while (i < to && (ident_char(s[i]) || s[i] == '.')) i++;
    } else if (ident_start(c)) {
      uint32_t start = i;
      while (i < to && ident_char(s[i])) i++;
      size_t n = i - start;
      if (python && string_prefix(s, start, i, to)) {
        for (uint32_t k = start; k < i; k++)
          if (s[k] == 'f' || s[k] == 'F') return false;
        continue; /* the string itself is next */
      }
      bool attribute = start > from && s[start - 1] == '.' && !(start - 1 > from && s[start - 2] == '.');
      if (attribute || word_is(s + start, n, python ? py_literals : js_literals)) continue;
      if (word_is(s + start, n, python ? py_refused : js_refused)) return false;
      uint32_t next = skip_space(s, i, to);
      if (python && next < to && s[next] == '=' && (next + 1 >= to || s[next + 1] != '=')) {
        i = next + 1; /* a keyword argument's name */
        continue;
      }
      if (!python && next < to && s[next] == ':') continue; /* an object key */
      if (!each(s + start, n, user)) return false;
    } else if (strchr("()[]{},.:+-*%", c)) {
      i++;
    } else if (c == '/' && skip_comment(s, i, to, python) == i) {
      i++;
    } else {
      return false; /* `=` outside a keyword, `?`, `<`, `!`, `#`, a comment, `=>`, … */
    }
  }
  return true;
}

/* Whether the occurrence of a name at [at, end) binds it (see ll_scan_may_bind). */
static bool binds_here(const char *s, uint32_t from, uint32_t at, uint32_t end, uint32_t to, int depth,
                       bool python) {
  static const char *const augmented[] = {"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "**=", "//=",
                                          "<<=", ">>=", ":=", NULL};
  uint32_t next = skip_space(s, end, to);
  if (next < to && s[next] == '=' && (next + 1 >= to || s[next + 1] != '=')) return true;
  for (size_t k = 0; augmented[k]; k++)
    if (!strncmp(s + next, augmented[k], strlen(augmented[k])) && next + strlen(augmented[k]) <= to) return true;
  if (next < to && s[next] == ',' && depth == 0) return true; /* `a, b = …` */
  uint32_t prev = at;
  while (prev > from && (s[prev - 1] == ' ' || s[prev - 1] == '\t')) prev--;
  if (prev > from && (s[prev - 1] == ',' || s[prev - 1] == '*') && depth == 0) return true;
  /* a binding keyword earlier on the same line, with only targets between it and the name (no
   * `=`, `:`, `in`, `of`: `const out = f(name)` reads it) */
  static const char *const py_words[] = {"for", "as", "global", "nonlocal", "del", "def", "class", "import",
                                         "lambda", NULL};
  static const char *const js_words[] = {"const", "let", "var", "function", "catch", "class", "import", "for",
                                         NULL};
  static const char *const stops[] = {"in", "of", NULL};
  const char *const *words = python ? py_words : js_words;
  bool target = false;
  uint32_t begin = at; /* the statement's start on this line: after a newline or `;`, at most 400 bytes back */
  while (begin > from && s[begin - 1] != '\n' && s[begin - 1] != ';' && at - begin < 400) begin--;
  if (begin > from && s[begin - 1] != '\n' && s[begin - 1] != ';') return true; /* not sure */
  for (uint32_t i = begin; i < at;) {
    if (s[i] == '=' || s[i] == ':') target = false;
    if (!ident_start(s[i]) || (i > from && ident_char(s[i - 1]))) {
      i++;
      continue;
    }
    uint32_t w = i;
    while (i < at && ident_char(s[i])) i++;
    if (word_is(s + w, i - w, words)) target = true;
    else if (word_is(s + w, i - w, stops)) target = false;
  }
  if (target) return true;
  return !python && next + 1 < to && s[next] == '=' && s[next + 1] == '>'; /* `name => …` */
}

size_t ll_scan_binds(const char *s, uint32_t from, uint32_t to, const char *name, bool python) {
  size_t n = strlen(name), count = 0;
  int depth = 0;
  for (uint32_t i = from; i < to;) {
    if (ident_start(s[i]) && (i == from || !ident_char(s[i - 1]))) {
      uint32_t start = i;
      while (i < to && ident_char(s[i])) i++;
      bool attribute = start > from && s[start - 1] == '.';
      if (!attribute && i - start == n && !strncmp(s + start, name, n) &&
          binds_here(s, from, start, i, to, depth > 0 ? depth : 0, python))
        count++;
      continue;
    }
    bool plain = false;
    i = step(s, i, to, python, &depth, &plain);
  }
  return count;
}

bool ll_scan_has_identifier(const char *s, size_t len, const char *name) {
  size_t n = strlen(name);
  for (const char *p = s; (p = strstr(p, name)) != NULL && (size_t)(p - s) + n <= len; p++)
    if ((p == s || !ident_char(p[-1])) && !ident_char(p[n])) return true;
  return false;
}

uint32_t ll_scan_block_start(const char *s, size_t len, uint32_t from) {
  int depth = 0;
  bool dynamic = false;
  for (uint32_t i = from; i < len;) {
    char c = s[i];
    if (c == '#') return 0;
    if (c == '"' || c == '\'') {
      i = skip_string(s, i, (uint32_t)len, true, &dynamic);
      continue;
    }
    if (c == '(' || c == '[' || c == '{') depth++;
    else if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
    else if (c == ':' && depth == 0) {
      uint32_t j = i + 1;
      while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r')) j++;
      if (j < len && s[j] == '#') /* a comment after the colon */
        while (j < len && s[j] != '\n') j++;
      return j < len && s[j] == '\n' ? j + 1 : 0;
    }
    i++;
  }
  return 0;
}

bool ll_scan_block_insert(const char *s, size_t len, uint32_t body, uint32_t *at, uint32_t *indent) {
  uint32_t i = body;
  for (;;) { /* blank and comment lines */
    uint32_t j = i;
    while (j < len && (s[j] == ' ' || s[j] == '\t')) j++;
    if (j < len && (s[j] == '\n' || s[j] == '\r' || s[j] == '#')) {
      while (j < len && s[j] != '\n') j++;
      if (j >= len) return false;
      i = j + 1;
      continue;
    }
    if (j >= len || j == i) return false; /* the end of the file, or a line that is not indented */
    *indent = j - i;
    uint32_t k = j;
    while (k < len && strchr("rRbBuU", s[k]) && k - j < 2) k++;
    if (k < len && (s[k] == '"' || s[k] == '\'')) { /* a docstring: insert after it */
      *at = ll_scan_statement_end(s, len, i, true);
      return true;
    }
    *at = i;
    return true;
  }
}

bool ll_scan_next_name(const char *s, size_t len, const char *name, uint32_t *at) {
  size_t n = strlen(name);
  for (const char *p = s + *at; (p = strstr(p, name)) != NULL && (size_t)(p - s) + n <= len; p++) {
    size_t i = (size_t)(p - s);
    if ((i > 0 && ident_char(s[i - 1])) || ident_char(s[i + n])) continue;
    if (i > 0 && s[i - 1] == '.' && !(i > 1 && s[i - 2] == '.')) continue;
    *at = (uint32_t)i;
    return true;
  }
  return false;
}

int ll_scan_bracket_depth(const char *s, uint32_t from, uint32_t to, bool python) {
  int depth = 0;
  bool plain = false;
  for (uint32_t i = from; i < to;) i = step(s, i, to, python, &depth, &plain);
  return depth;
}
