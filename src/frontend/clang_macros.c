#include "frontend/clang_macros.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "base/strmap.h"

/* Weights saturate here, far above any budget, so that sums and products never overflow. */
#define HUGE_WEIGHT (UINT64_MAX / 4)
/* Macros expanding macros deeper than this are weighed as huge (the recursion stays bounded). */
#define MAX_DEPTH 1000
/* Weighing work beyond this (macro cycles weighed again and again) counts as a bomb. */
#define MAX_STEPS 50000000u

typedef enum { TOK_OTHER, TOK_IDENT, TOK_LPAREN, TOK_RPAREN, TOK_PARAM } tok_kind;

typedef struct {
  tok_kind kind;
  int sym; /* TOK_IDENT: the interned name; TOK_PARAM: the parameter's index */
} tok;

typedef struct {
  tok *items;
  size_t count, cap;
} toks;

typedef struct {
  int name;
  bool function_like;
  size_t params;
  toks body;
  int state;         /* 0 not weighed, 1 being weighed, 2 weighed (kept) */
  int level;         /* while being weighed: how deep in the recursion */
  uint64_t weight;   /* tokens its body expands to, parameters left out */
  uint64_t repeat;   /* function-like: how many times an argument's tokens appear in the expansion */
} macro;

struct ll_macro_table {
  ll_arena *arena;
  ll_strmap names; /* name → symbol */
  int symbols;
  macro *macros;
  size_t count, cap;
  int *first_of; /* symbol → its first macro index, or -1 (grown with the symbols) */
  struct summary { /* symbol → its definitions' largest weight and repeat, once all are weighed */
    bool known, function_like;
    uint64_t weight, repeat;
  } *summary;
  int *next_of;  /* macro index → the next definition of the same name, or -1 */
  size_t first_cap, next_cap;
  toks code;
  int depth;
  int lowest_hit;  /* the shallowest macro being weighed that the current weighing reached */
  uint64_t steps;  /* tokens weighed so far: cycles are weighed again in each context, so bounded */
};

ll_macro_table *ll_macros_new(void) {
  ll_macro_table *self = ll_calloc(1, sizeof(*self));
  self->arena = ll_arena_new();
  ll_strmap_init(&self->names);
  return self;
}

void ll_macros_free(ll_macro_table *self) {
  if (!self) return;
  for (size_t i = 0; i < self->count; i++) free(self->macros[i].body.items);
  free(self->macros);
  free(self->first_of);
  free(self->summary);
  free(self->next_of);
  free(self->code.items);
  ll_strmap_free(&self->names);
  ll_arena_delete(self->arena);
  free(self);
}

static int intern(ll_macro_table *self, const char *s, size_t n) {
  char buf[128];
  char *name = n < sizeof buf ? buf : ll_arena_strndup(self->arena, s, n);
  if (name == buf) {
    memcpy(buf, s, n);
    buf[n] = '\0';
  }
  int sym = ll_strmap_get(&self->names, name);
  if (sym >= 0) return sym;
  if (name == buf) name = ll_arena_strndup(self->arena, s, n);
  sym = self->symbols++;
  ll_strmap_put(&self->names, name, sym);
  size_t cap = self->first_cap;
  ll_grow((void **)&self->first_of, &self->first_cap, (size_t)self->symbols, sizeof(int));
  ll_grow((void **)&self->summary, &cap, (size_t)self->symbols, sizeof(*self->summary));
  self->first_of[sym] = -1;
  self->summary[sym] = (struct summary){0};
  return sym;
}

static uint64_t add(uint64_t a, uint64_t b) { return a + b > HUGE_WEIGHT ? HUGE_WEIGHT : a + b; }
static uint64_t mul(uint64_t a, uint64_t b) { return a && b > HUGE_WEIGHT / a ? HUGE_WEIGHT : a * b; }

/* ---- tokens -------------------------------------------------------------------------------- */

static bool ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'; }
static bool ident_char(char c) { return ident_start(c) || (c >= '0' && c <= '9'); }
/* clang reads a NUL byte as white space: `\0#define F(x) x x x x` is a directive */
static bool blank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\0'; }

/* The next token of p..end on this line (comments skipped, a newline ends the line): its start in
 * *start, the position after it returned; *start == end or a newline when the line is over. */
static const char *next_token(const char *p, const char *end, const char **start) {
  for (;;) {
    while (p < end && blank(*p)) p++;
    if (p + 1 < end && p[0] == '/' && p[1] == '*') {
      const char *close = p + 2;
      while (close + 1 < end && !(close[0] == '*' && close[1] == '/')) close++;
      p = close + 1 < end ? close + 2 : end;
      continue;
    }
    if (p + 1 < end && p[0] == '/' && p[1] == '/') {
      while (p < end && *p != '\n') p++;
    }
    break;
  }
  *start = p;
  if (p >= end || *p == '\n') return p;
  if (ident_start(*p) || (unsigned char)*p >= 0x80) {
    while (p < end && (ident_char(*p) || (unsigned char)*p >= 0x80)) p++;
  } else if (*p >= '0' && *p <= '9') {
    while (p < end && (ident_char(*p) || *p == '.' || (*p == '\'' && p + 1 < end && ident_char(p[1])))) p++;
  } else if (*p == '"' || *p == '\'') {
    char quote = *p++;
    while (p < end && *p != quote && *p != '\n') p += *p == '\\' && p + 1 < end && p[1] != '\n' ? 2 : 1;
    if (p < end && *p == quote) p++;
  } else {
    p++;
  }
  return p;
}

static tok make_tok(ll_macro_table *self, const char *s, const char *e) {
  if (ident_start(*s) || (unsigned char)*s >= 0x80) return (tok){TOK_IDENT, intern(self, s, (size_t)(e - s))};
  if (*s == '(') return (tok){TOK_LPAREN, 0};
  if (*s == ')') return (tok){TOK_RPAREN, 0};
  return (tok){TOK_OTHER, 0};
}

/* `#define NAME…` from p (after "define") to the end of the line; returns the line's end. */
static const char *read_define(ll_macro_table *self, const char *p, const char *end) {
  const char *s;
  p = next_token(p, end, &s);
  if (s >= end || *s == '\n' || !(ident_start(*s) || (unsigned char)*s >= 0x80)) return p;
  macro m = {.name = intern(self, s, (size_t)(p - s))};
  const char *param_names[256];
  size_t param_lens[256];
  if (p < end && *p == '(') { /* function-like only when "(" follows the name directly */
    m.function_like = true;
    for (p++;;) {
      p = next_token(p, end, &s);
      if (s >= end || *s == '\n' || *s == ')') break;
      if (*s == ',') continue;
      if (*s == '.') /* "...": the tokenizer reads punctuation a byte at a time */
        while (p < end && *p == '.') p++;
      if (m.params < 256) {
        param_names[m.params] = s;
        param_lens[m.params] = (size_t)(p - s);
        m.params++;
      }
    }
  }
  for (;;) {
    p = next_token(p, end, &s);
    if (s >= end || *s == '\n') break;
    tok t = make_tok(self, s, p);
    for (size_t i = 0; t.kind == TOK_IDENT && i < m.params; i++) {
      bool variadic = param_lens[i] == 3 && !memcmp(param_names[i], "...", 3);
      size_t n = (size_t)(p - s);
      if ((variadic && n == 11 && !memcmp(s, "__VA_ARGS__", 11)) || (n == param_lens[i] && !memcmp(s, param_names[i], n)))
        t = (tok){TOK_PARAM, (int)i};
    }
    LL_PUSH(m.body.items, m.body.count, m.body.cap, t);
  }
  int index = (int)self->count;
  LL_PUSH(self->macros, self->count, self->cap, m);
  ll_grow((void **)&self->next_of, &self->next_cap, self->count, sizeof(int));
  self->next_of[index] = self->first_of[m.name];
  self->first_of[m.name] = index;
  return p;
}

void ll_macros_add_text(ll_macro_table *self, const char *text, size_t len) {
  const char *p = text, *end = text + len, *s;
  bool line_start = true;
  while (p < end) {
    p = next_token(p, end, &s);
    if (s >= end) break;
    if (*s == '\n') {
      line_start = true;
      p = s + 1;
      continue;
    }
    if (line_start && (*s == '#' || (*s == '%' && p < end && *p == ':'))) {
      if (*s == '%') p++;
      p = next_token(p, end, &s);
      if (p - s == 6 && !memcmp(s, "define", 6)) p = read_define(self, p, end);
      while (s < end && *s != '\n') p = next_token(p, end, &s); /* the rest of the directive */
      p = s;
      continue;
    }
    line_start = false;
    tok t = make_tok(self, s, p);
    LL_PUSH(self->code.items, self->code.count, self->code.cap, t);
  }
}

void ll_macros_add_flag(ll_macro_table *self, const char *definition) {
  const char *eq = strchr(definition, '=');
  char *line = eq ? ll_strfmt("#define %.*s %s\n", (int)(eq - definition), definition, eq + 1)
                  : ll_strfmt("#define %s 1\n", definition);
  ll_macros_add_text(self, line, strlen(line));
  free(line);
}

/* ---- weights ------------------------------------------------------------------------------- */

static void weigh_macro(ll_macro_table *self, macro *m);

/* The largest weight and repeat among the definitions of `sym`; false when it names no macro. Kept
 * per symbol once no definition was being weighed (inside a cycle the weights are partial), so a
 * name used a million times is weighed once. */
static bool macro_of(ll_macro_table *self, int sym, uint64_t *weight, uint64_t *repeat, bool *function_like) {
  int i = self->first_of[sym];
  if (i < 0) return false;
  struct summary *known = &self->summary[sym];
  if (known->known) {
    *weight = known->weight;
    *repeat = known->repeat;
    *function_like = known->function_like;
    return true;
  }
  *weight = 0;
  *repeat = 0;
  *function_like = false;
  bool complete = true;
  for (; i >= 0; i = self->next_of[i]) {
    macro *m = &self->macros[i];
    weigh_macro(self, m);
    complete = complete && m->state == 2;
    if (m->weight > *weight) *weight = m->weight;
    if (m->repeat > *repeat) *repeat = m->repeat;
    /* An object-like macro ending in a function-like one takes the arguments that follow it. */
    *function_like = *function_like || m->function_like || m->repeat > 0;
  }
  if (complete) *known = (struct summary){true, *function_like, *weight, *repeat};
  return true;
}

/* The tokens `t` expand to; with `params`, the weight each parameter's argument is multiplied by
 * goes to params[i] (the largest kept) and parameters add nothing themselves. */
static uint64_t weigh(ll_macro_table *self, const tok *t, size_t n, uint64_t *params, uint64_t *tail_repeat) {
  uint64_t total = 0, factor = 1;
  typedef struct {
    uint64_t factor;
    size_t depth;
  } frame;
  frame *frames = NULL;
  size_t n_frames = 0, cap = 0, depth = 0;
  for (size_t i = 0; i < n; i++) {
    if (++self->steps > MAX_STEPS) {
      total = HUGE_WEIGHT;
      break;
    }
    uint64_t weight = 1, repeat = 0;
    bool function_like = false;
    if (tail_repeat) *tail_repeat = 0;
    switch (t[i].kind) {
      case TOK_PARAM:
        if (params) params[t[i].sym] = add(params[t[i].sym], factor); /* every occurrence copies the argument */
        continue;
      case TOK_IDENT:
        if (!macro_of(self, t[i].sym, &weight, &repeat, &function_like)) weight = 1;
        total = add(total, mul(factor, weight));
        if (function_like && i + 1 < n && t[i + 1].kind == TOK_LPAREN) {
          LL_PUSH(frames, n_frames, cap, ((frame){factor, depth}));
          factor = mul(factor, repeat ? repeat : 1);
          depth++;
          i++;
        } else if (function_like && tail_repeat && i + 1 == n) {
          *tail_repeat = repeat ? repeat : 1;
        }
        continue;
      case TOK_LPAREN:
        depth++;
        break;
      case TOK_RPAREN:
        if (depth) depth--;
        if (n_frames && frames[n_frames - 1].depth == depth) factor = frames[--n_frames].factor;
        break;
      case TOK_OTHER:
        break;
    }
    total = add(total, factor);
  }
  free(frames);
  return total;
}

/* A macro's weight is kept (state 2) unless weighing it reached a macro being weighed further up:
 * that one is not expanded again inside it, so the weight holds only in this context. */
static void weigh_macro(ll_macro_table *self, macro *m) {
  if (m->state == 2) return;
  if (m->state == 1) { /* used inside its own expansion: not expanded again */
    if (m->level < self->lowest_hit) self->lowest_hit = m->level;
    m->weight = 1;
    m->repeat = 0;
    return;
  }
  if (self->depth >= MAX_DEPTH || self->steps > MAX_STEPS) {
    m->weight = HUGE_WEIGHT;
    m->state = 2;
    return;
  }
  int outer_hit = self->lowest_hit;
  self->lowest_hit = INT32_MAX;
  m->state = 1;
  m->level = self->depth++;
  uint64_t *params = ll_calloc(m->params + 1, sizeof(*params)), tail = 0;
  uint64_t weight = weigh(self, m->body.items, m->body.count, params, &tail);
  uint64_t repeat = tail;
  for (size_t i = 0; i < m->params; i++)
    if (params[i] > repeat) repeat = params[i];
  free(params);
  self->depth--;
  m->weight = weight ? weight : 1;
  m->repeat = m->function_like && !repeat ? 1 : repeat;
  m->state = self->lowest_hit < m->level ? 0 : 2;
  if (self->lowest_hit > outer_hit) self->lowest_hit = outer_hit;
}

uint64_t ll_macros_expansion(ll_macro_table *self, uint64_t *written) {
  *written = self->code.count;
  self->lowest_hit = INT32_MAX;
  return weigh(self, self->code.items, self->code.count, NULL, NULL);
}

uint64_t ll_macros_budget(uint64_t written) {
  return written > LL_CLANG_MAX_EXPANSION / 2 ? 2 * written : LL_CLANG_MAX_EXPANSION;
}
