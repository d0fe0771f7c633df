/* clang_nesting.c — a byte scan that bounds how deep clang's parser would recurse on a file.
 *
 * libclang parses on a thread of its own with an 8 MiB stack, and its parser recurses once per
 * level of `if (x) if (x) …`, `!!!…x`, `a ? b : c ? …`, `a = b = …`, `else if` chains: a few
 * thousand levels (a few KB of source) overflow that stack and end the whole run. The scan
 * counts, per statement, the tokens that open such a level, and the depth of brackets.
 *
 * Its semantic analysis recurses once per binary operator of an expression (`a + a + … + a`
 * parses as a left-deep tree): between 32 000 and 70 000 operators overflow the same stack, in
 * C and C++ alike. The scan also counts operator tokens per expression: a `;` ends one, and so does
 * a `,` at the top of an initializer or enum list (not a comma operator there); brackets do not
 * (`(a + a) + a` is as deep), while a `{ … }` inside an expression counts for itself. */
#include "frontend/clang_nesting.h"

#include <stdbool.h>
#include <string.h>

typedef struct {
  const char *src;
  size_t len, i;
  uint32_t line;
} scanner;

static bool ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* Skips blanks, comments and preprocessor lines (counting lines); true when at a token. */
static bool skip_space(scanner *s, bool *line_start) {
  while (s->i < s->len) {
    char c = s->src[s->i];
    if (c == '\n') {
      s->line++;
      *line_start = true;
      s->i++;
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      s->i++;
    } else if (c == '/' && s->i + 1 < s->len && s->src[s->i + 1] == '/') {
      while (s->i < s->len && s->src[s->i] != '\n') s->i++;
    } else if (c == '/' && s->i + 1 < s->len && s->src[s->i + 1] == '*') {
      for (s->i += 3; s->i < s->len && !(s->src[s->i - 1] == '*' && s->src[s->i] == '/'); s->i++)
        s->line += s->src[s->i] == '\n';
      s->i++;
    } else if (c == '#' && *line_start) { /* a directive, with its continuation lines */
      for (; s->i < s->len && !(s->src[s->i] == '\n' && s->src[s->i - 1] != '\\'); s->i++)
        s->line += s->src[s->i] == '\n';
    } else {
      *line_start = false;
      return true;
    }
  }
  return false;
}

/* Skips a string or character literal starting at the quote. */
static void skip_literal(scanner *s) {
  char quote = s->src[s->i++];
  while (s->i < s->len && s->src[s->i] != quote && s->src[s->i] != '\n') s->i += s->src[s->i] == '\\' ? 2 : 1;
  s->i++;
}

/* Whether the next token is `else` (a chain that goes on past `;` or `}`). */
static bool else_follows(const scanner *s) {
  scanner peek = *s;
  bool line_start = false;
  return skip_space(&peek, &line_start) && peek.len - peek.i >= 4 && !memcmp(peek.src + peek.i, "else", 4) &&
         (peek.len - peek.i == 4 || !ident_char(peek.src[peek.i + 4]));
}

static bool opens_statement(const char *word, size_t n) {
  /* Not `else` (its `if` counts) nor `case` labels (clang reads runs of them without recursing). */
  static const char *const keywords[] = {"if", "while", "for", "switch", "do", NULL};
  for (size_t k = 0; keywords[k]; k++)
    if (strlen(keywords[k]) == n && !memcmp(word, keywords[k], n)) return true;
  return false;
}

/* Whether a `{` after a token spelled `w` opens statements (a body: after `)`, `]`, `;`, braces,
 * `else`, `do`, `try` or a function qualifier) rather than a list, whose commas separate items. */
static bool opens_statements(const char *w, size_t n) {
  static const char *const words[] = {"else", "do", "try", "const", "noexcept", "override", "final", "mutable", NULL};
  if (n == 1 && strchr(")];{}", w[0])) return true;
  for (size_t k = 0; words[k]; k++)
    if (strlen(words[k]) == n && !memcmp(w, words[k], n)) return true;
  return false;
}

uint32_t ll_c_nesting_over(const char *src, size_t len, uint32_t limit) {
  return ll_c_bounds_over(src, len, limit, UINT32_MAX, NULL);
}

uint32_t ll_c_bounds_over(const char *src, size_t len, uint32_t limit, uint32_t operator_limit, bool *operators) {
  /* Per brace level: levels opened in the current statement chain. Deeper braces than `limit`
   * are themselves over the bound, so the stack never needs more. */
  uint32_t chain[LL_C_NESTING_LIMIT_MAX + 2] = {0};
  uint32_t paren_base[LL_C_NESTING_LIMIT_MAX + 2] = {0}; /* `(` open when the level began */
  uint32_t ops[LL_C_NESTING_LIMIT_MAX + 2] = {0};        /* operator tokens in the level's expression */
  bool list[LL_C_NESTING_LIMIT_MAX + 2] = {true};        /* the level is a list: file scope, `= {…}`, enums */
  bool init[LL_C_NESTING_LIMIT_MAX + 2] = {false};       /* …an initializer, whose braces are all lists */
  const char *prev = ";";                                /* the previous token's first byte… */
  size_t prev_len = 1;                                   /* …and its length */
  if (operators) *operators = false;
  if (limit > LL_C_NESTING_LIMIT_MAX) limit = LL_C_NESTING_LIMIT_MAX;
  scanner s = {src, len, 0, 1};
  uint32_t braces = 0, parens = 0;
  bool line_start = true, operand = false; /* operand: the previous token ends an operand */
  bool closing_paren = false;
  while (skip_space(&s, &line_start)) {
    char c = src[s.i], next = s.i + 1 < len ? src[s.i + 1] : '\0';
    uint32_t *level = &chain[braces];
    bool was_operand = operand, was_closing_paren = closing_paren;
    const char *was = prev;
    size_t was_len = prev_len;
    bool was_operator = prev_len && !ident_char(was[0]) && !strchr("\"'()[]{};,", was[0]);
    prev = src + s.i;
    prev_len = 1;
    operand = closing_paren = false;
    if (ident_char(c)) {
      size_t start = s.i;
      while (s.i < len && ident_char(src[s.i])) s.i++;
      prev_len = s.i - start;
      if (opens_statement(src + start, s.i - start)) (*level)++;
      else operand = true;
      if (s.i < len && (src[s.i] == '"' || src[s.i] == '\'')) skip_literal(&s); /* u8"…", L'x' */
    } else if (c == '"' || c == '\'') {
      skip_literal(&s);
      operand = true;
    } else if (c == '{' || c == '(' || c == '[') {
      s.i++;
      if (c == '(' && was_closing_paren) (*level)++; /* (int)(int)…x: casts nest */
      if (c == '{') {
        bool is_init = init[braces] || (was_len == 1 && strchr("=,([", was[0]));
        bool is_list = is_init || !opens_statements(was, was_len);
        chain[++braces] = 0;
        paren_base[braces] = parens;
        ops[braces] = 0;
        list[braces] = is_list;
        init[braces] = is_init;
      } else {
        parens++;
      }
      if (braces + parens > limit) return s.line;
      continue;
    } else if (c == '}' || c == ')' || c == ']') {
      s.i++;
      /* A body's end ends a declaration of the list around it (a function at file scope). */
      if (c == '}' && braces && !list[braces] && list[braces - 1]) ops[braces - 1] = 0;
      if (c == '}' && braces) braces--;
      else if (c != '}' && parens) parens--;
      operand = c != '}';
      closing_paren = c == ')';
      if (c == '}' && !else_follows(&s)) chain[braces] = 0;
      continue;
    } else if (c == ';' || c == ',') {
      s.i++;
      if (c == ';' || (list[braces] && parens == paren_base[braces])) {
        ops[braces] = 0;
      } else if (++ops[braces] > operator_limit) { /* a comma operator, or an argument list */
        if (operators) *operators = true;
        return s.line;
      }
      if (c == ';' && parens > paren_base[braces]) continue; /* for (;;) */
      if (c == ',' || !else_follows(&s)) *level = 0;
      continue;
    } else if (c == '?' || c == '!' || c == '~') {
      s.i += c == '!' && next == '=' ? 2 : 1;
      if (!(c == '!' && next == '=')) (*level)++;
    } else if (strchr("+-*&/%|^<>=", c) && next == '=') { /* a compound assignment, or a comparison */
      s.i += 2;
      if (!strchr("<>=", c)) (*level)++;
    } else if (c == '=') { /* assignments chain to the right */
      s.i++;
      (*level)++;
    } else if (strchr("+-*&", c)) { /* a prefix operator where no operand precedes it */
      s.i += next == c ? 2 : 1;
      if (!was_operand) (*level)++;
      else if (next == c && c != '*') operand = true; /* x++ */
    } else {
      s.i++;
    }
    if (*level > limit) return s.line;
    /* An operator token (a run of punctuation) after an operand or a bracket. */
    if (!ident_char(c) && c != '"' && c != '\'' && !was_operator && ++ops[braces] > operator_limit) {
      if (operators) *operators = true;
      return s.line;
    }
  }
  return 0;
}
