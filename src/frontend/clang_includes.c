#include "frontend/clang_includes.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "base/readfile.h"
#include "base/strmap.h"
#include "frontend/clang_macros.h"

/* A scanned file (the main file is node 0, queue[i] node i + 1) as the include estimate sees it. */
typedef struct {
  uint64_t size;
  char *guard;   /* the macro of its include guard (`#ifndef G` `#define G` … `#endif`), or NULL */
  bool once;     /* `#pragma once`, or a guard no file undefines: read once per parse */
} include_node;

typedef struct {
  ll_argv quote, angle; /* folders searched for "…" (after the includer's own) and for <…> */
  ll_argv queue;        /* regular headers to scan (all those found, by the path found at) */
  ll_strmap known;      /* the main file (→ 0), the paths in queue (→ node) and in out->empty (→ -2) */
  ll_clang_inputs *out;
  ll_macro_table *macros;
  int node;             /* the file being scanned */
  include_node *nodes;  /* node 0 and one per queued header */
  size_t *edges;        /* pairs (from, to): one per `#include` of a queued header */
  size_t n_edges;
  ll_strmap undefined;  /* names some file `#undef`s (guards they defeat); keys owned */
} include_search;

/* `dir` as the flags mean it: relative to -working-directory when one is given. */
static char *flag_dir(const char *dir, const char *cwd) {
  return dir[0] != '/' && cwd ? ll_strfmt("%s/%s", cwd, dir) : ll_strdup(dir);
}

static void read_flag_dirs(include_search *s, const ll_argv *args) {
  const char *cwd = NULL;
  for (size_t i = 0; i + 1 < args->count; i++)
    if (!strcmp(args->items[i], "-working-directory")) cwd = args->items[i + 1];
  static const struct {
    const char *flag;
    bool quote_only;
  } flags[] = {{"-iquote", true}, {"-I", false}, {"-isystem", false}, {"-idirafter", false}};
  for (size_t f = 0; f < sizeof flags / sizeof flags[0]; f++)
    for (size_t i = 0; i < args->count; i++) {
      const char *arg = args->items[i], *dir = NULL;
      size_t n = strlen(flags[f].flag);
      if (strncmp(arg, flags[f].flag, n) != 0) continue;
      dir = arg[n] ? arg + n : i + 1 < args->count ? args->items[++i] : NULL;
      if (!dir || !*dir) continue;
      char *path = flag_dir(dir, cwd);
      ll_argv_push(&s->quote, path);
      if (!flags[f].quote_only) ll_argv_push(&s->angle, path);
      free(path);
    }
}

static void add_edge(include_search *s, int to) {
  if (to < 0) return;
  if (!(s->n_edges & (s->n_edges + 1))) /* grows at 2^k - 1 */
    s->edges = ll_realloc(s->edges, 2 * (2 * s->n_edges + 2) * sizeof(*s->edges));
  s->edges[2 * s->n_edges] = (size_t)s->node;
  s->edges[2 * s->n_edges++ + 1] = (size_t)to;
}

/* The first candidate that exists decides, as in the preprocessor: a regular file of sane size is
 * queued for scanning, anything else is handed over as empty. `include`: the directive reads it
 * (an edge of the include graph). */
static bool try_candidate(include_search *s, const char *path, bool include) {
  int node = ll_strmap_get(&s->known, path); /* the main file is known even when only libclang has it (stdin) */
  if (node == -1) {
    struct stat st;
    if (stat(path, &st) != 0) return false;
    if (S_ISDIR(st.st_mode)) return false; /* the preprocessor skips folders and searches on */
    /* Past the scan bound a header is not read either: what it includes would go unchecked. */
    bool empty = !S_ISREG(st.st_mode) || st.st_size > LL_CLANG_MAX_HEADER || s->queue.count >= LL_CLANG_MAX_SCANNED;
    ll_argv *list = empty ? &s->out->empty : &s->queue;
    ll_argv_push(list, path);
    node = empty ? -2 : (int)s->queue.count;
    ll_strmap_put(&s->known, list->items[list->count - 1], node);
  }
  if (include) add_edge(s, node);
  return true;
}

/* `every`: #include_next and __has_include_next search on from the folder after the includer's,
 * which the scan does not track, so every candidate is checked. */
static void resolve(include_search *s, const char *includer_dir, const char *name, bool quoted, bool every,
                    bool include) {
  if (name[0] == '/') {
    try_candidate(s, name, include);
    return;
  }
  if ((quoted || every) && includer_dir) {
    char *path = ll_strfmt("%s/%s", includer_dir, name);
    bool found = try_candidate(s, path, include);
    free(path);
    if (found && !every) return;
  }
  const ll_argv *dirs = quoted || every ? &s->quote : &s->angle;
  for (size_t i = 0; i < dirs->count; i++) {
    char *path = ll_strfmt("%s/%s", dirs->items[i], name);
    bool found = try_candidate(s, path, include);
    free(path);
    if (found && !every) return;
  }
}

static char *folder_of(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? ll_strndup(path, slash == path ? 1 : (size_t)(slash - path)) : ll_strdup(".");
}

/* ---- the lines the preprocessor reads ------------------------------------------------------- */

/* A file's text as the preprocessor's line reader sees it: backslash-newlines removed (as clang
 * removes them: a backslash, blanks, then \n, \r, \r\n or \n\r), a lone \r made a line break, and
 * for every byte kept its offset in the file (phys[n] is the file's length). */
typedef struct {
  char *text;
  uint32_t *phys;
  size_t n;
} logical;

static size_t splice_length(const char *src, size_t len, size_t i) {
  if (src[i] != '\\') return 0;
  size_t j = i + 1;
  while (j < len && (src[j] == ' ' || src[j] == '\t' || src[j] == '\f' || src[j] == '\v')) j++;
  if (j >= len || (src[j] != '\n' && src[j] != '\r')) return 0;
  size_t k = j + 1;
  if (k < len && (src[k] == '\n' || src[k] == '\r') && src[k] != src[j]) k++;
  return k - i;
}

static void logical_view(const char *src, size_t len, logical *v) {
  v->text = ll_malloc(len + 1);
  v->phys = ll_malloc((len + 1) * sizeof(*v->phys));
  size_t n = 0;
  for (size_t i = 0; i < len;) {
    size_t splice = splice_length(src, len, i);
    if (splice) {
      i += splice;
      continue;
    }
    v->text[n] = src[i] == '\r' ? '\n' : src[i];
    v->phys[n++] = (uint32_t)i++;
  }
  v->text[n] = '\0';
  v->phys[n] = (uint32_t)len;
  v->n = n;
}

/* Whitespace to clang between tokens: also NUL and (over-approximating Unicode blanks) any byte
 * past ASCII. */
static bool blank_byte(char c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\0' || (unsigned char)c >= 0x80;
}
static bool ident_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
}

/* Where `needle` next occurs in t[from, n) (NUL bytes in the text included), or NULL. */
static const char *find(const char *t, size_t from, size_t n, const char *needle) {
  return from < n ? memmem(t + from, n - from, needle, strlen(needle)) : NULL;
}

/* Past blanks and block comments (which may run over lines, as inside a directive); stops at a
 * line break or a token. */
static size_t skip_space(const char *t, size_t i, size_t n) {
  for (;;) {
    while (i < n && blank_byte(t[i])) i++;
    if (!(i + 1 < n && t[i] == '/' && t[i + 1] == '*')) return i;
    const char *close = find(t, i + 2, n, "*/");
    i = close ? (size_t)(close - t) + 2 : n;
  }
}

/* Where the directive from i ends: the first line break outside a block comment. */
static size_t line_end(const char *t, size_t i, size_t n) {
  while (i < n && t[i] != '\n') {
    if (t[i] == '/' && i + 1 < n && t[i + 1] == '*') {
      const char *close = find(t, i + 2, n, "*/");
      i = close ? (size_t)(close - t) + 2 : n;
    } else {
      i++;
    }
  }
  return i;
}

/* The word at t[i…] (an identifier) equals `word`. */
static bool word_at(const char *t, size_t i, size_t n, const char *word) {
  size_t w = strlen(word);
  return i + w <= n && !memcmp(t + i, word, w) && (i + w == n || !ident_byte(t[i + w]));
}

/* The literal header name at t[i…] ("x" or <x>, closed on its line): malloc'd, its end in *after. */
static char *header_name(const char *t, size_t i, size_t n, bool *quoted, size_t *after) {
  if (i >= n || (t[i] != '"' && t[i] != '<')) return NULL;
  char close = t[i] == '"' ? '"' : '>';
  size_t j = i + 1;
  while (j < n && t[j] != close && t[j] != '\n') j++;
  if (j >= n || t[j] != close || j == i + 1) return NULL;
  *quoted = close == '"';
  *after = j + 1;
  return ll_strndup(t + i + 1, j - i - 1);
}

/* The file's copy given to libclang, made on the first change. */
typedef struct {
  const char *src;
  size_t len;
  char *copy;
  uint32_t first_line; /* line of the first change */
  size_t changes;
} rewrite;

/* Spaces over the bytes of logical range [from, to), keeping line breaks and the bytes of comment
 * delimiters (so that no comment opens or closes where it did not), `keep` bytes first as they are. */
static void blank_range(rewrite *r, const logical *v, size_t from, size_t to, const char *keep) {
  if (!r->copy) {
    r->copy = ll_malloc(r->len + 1);
    memcpy(r->copy, r->src, r->len);
    r->copy[r->len] = '\0';
  }
  if (!r->changes++) {
    r->first_line = 1;
    for (size_t i = 0; i < v->phys[from]; i++) r->first_line += r->src[i] == '\n';
  }
  size_t kept = keep ? strlen(keep) : 0;
  for (size_t i = v->phys[from]; i < v->phys[to]; i++) {
    char c = r->src[i];
    if (c == '\n' || c == '\r' || c == '*' || c == '/') continue;
    r->copy[i] = i - v->phys[from] < kept ? keep[i - v->phys[from]] : ' ';
  }
}

/* What a file's directives say about an include guard. */
typedef struct {
  size_t directives;
  char *guard;       /* NAME of a first directive `#ifndef NAME` or `#if !defined(NAME)`… */
  bool defined;      /* …when the second is `#define NAME` */
  size_t depth;      /* conditionals open */
  size_t closed;     /* directives up to the one that closed the first conditional, 0 while open */
  bool once;         /* `#pragma once` */
} guard_scan;

/* The identifier at t[k…] (malloc'd), or NULL. */
static char *identifier(const char *t, size_t k, size_t n) {
  size_t e = k;
  while (e < n && ident_byte(t[e])) e++;
  return e > k ? ll_strndup(t + k, e - k) : NULL;
}

/* Reads the guard-related directive at t[k…] (after the `#`) into *g. */
static void guard_directive(include_search *s, guard_scan *g, const char *t, size_t k, size_t n) {
  size_t index = g->directives++;
  /* Every directive after the first must sit inside its conditional: the guard's #endif is last. */
  if (word_at(t, k, n, "if") || word_at(t, k, n, "ifdef") || word_at(t, k, n, "ifndef")) g->depth++;
  else if (word_at(t, k, n, "endif") && g->depth && !--g->depth && !g->closed) g->closed = index + 1;
  if (g->closed && g->closed != index + 1) g->closed = SIZE_MAX; /* a directive after it */
  if (index == 0 && word_at(t, k, n, "ifndef")) {
    g->guard = identifier(t, skip_space(t, k + 6, n), n);
  } else if (index == 0 && word_at(t, k, n, "if")) { /* #if !defined(NAME), #if !defined NAME */
    k = skip_space(t, k + 2, n);
    if (k >= n || t[k] != '!') return;
    k = skip_space(t, k + 1, n);
    if (!word_at(t, k, n, "defined")) return;
    k = skip_space(t, k + 7, n);
    bool paren = k < n && t[k] == '(';
    char *name = identifier(t, paren ? skip_space(t, k + 1, n) : k, n);
    g->guard = name;
  } else if (index == 1 && g->guard && word_at(t, k, n, "define")) {
    char *name = identifier(t, skip_space(t, k + 6, n), n);
    g->defined = name && !strcmp(name, g->guard);
    free(name);
  } else if (word_at(t, k, n, "undef")) {
    char *name = identifier(t, skip_space(t, k + 5, n), n);
    if (name && ll_strmap_get(&s->undefined, name) < 0) ll_strmap_put(&s->undefined, name, 1);
    else free(name);
  } else if (!g->depth && word_at(t, k, n, "pragma") && word_at(t, skip_space(t, k + 6, n), n, "once")) {
    g->once = true;
  }
}

/* A directive whose `#` (or `%:`) ends at logical offset i: checks or blanks what it opens;
 * returns where it ends. */
static size_t directive(include_search *s, guard_scan *g, const char *dir, const logical *v, rewrite *r, size_t hash,
                        size_t i) {
  const char *t = v->text;
  size_t n = v->n, k = skip_space(t, i, n), end = line_end(t, k, n);
  guard_directive(s, g, t, k, n);
  static const char *const opening[] = {"include_next", "include", "import", "embed", NULL};
  bool opens = false, next = false, include = false;
  for (size_t w = 0; opening[w] && !opens; w++)
    if (word_at(t, k, n, opening[w])) {
      opens = true;
      next = w == 0;
      include = w < 3;
      k += strlen(opening[w]);
    }
  if (!opens && word_at(t, k, n, "pragma")) { /* `#pragma GCC dependency "file"` looks the file up */
    k = skip_space(t, k + 6, n);
    if (!word_at(t, k, n, "GCC")) return end;
    k = skip_space(t, k + 3, n);
    if (!word_at(t, k, n, "dependency")) return end;
    k += 10;
    opens = true;
  }
  if (!opens) return end;
  bool quoted = false;
  size_t after = 0;
  char *name = header_name(t, skip_space(t, k, n), n, &quoted, &after);
  if (name) resolve(s, dir, name, quoted, next, include);
  else blank_range(r, v, hash, end, NULL);
  free(name);
  return end;
}

/* `__has_include(…)`, `__has_include_next(…)`, `__has_embed(…)` anywhere (in `#if`, in macro
 * bodies): a literal name is checked like an include; anything else becomes `0`, unless the word
 * only asks whether the feature exists (`defined(__has_include)`, `#ifdef __has_include`). */
static void has_include_operators(include_search *s, const char *dir, const logical *v, rewrite *r) {
  const char *t = v->text;
  size_t n = v->n;
  for (const char *hit = find(t, 0, n, "__has_"); hit; hit = find(t, (size_t)(hit - t) + 1, n, "__has_")) {
    size_t at = (size_t)(hit - t);
    if (at > 0 && ident_byte(t[at - 1])) continue;
    size_t word = word_at(t, at, n, "__has_include_next") ? 18 : word_at(t, at, n, "__has_include") ? 13
                  : word_at(t, at, n, "__has_embed")        ? 11
                                                            : 0;
    if (!word) continue;
    size_t before = at;
    while (before > 0 && (blank_byte(t[before - 1]) || t[before - 1] == '(')) before--;
    size_t w = before;
    while (w > 0 && ident_byte(t[w - 1])) w--;
    if ((before - w == 7 && !memcmp(t + w, "defined", 7)) || (before - w == 5 && !memcmp(t + w, "ifdef", 5)) ||
        (before - w == 6 && !memcmp(t + w, "ifndef", 6)))
      continue;
    size_t k = skip_space(t, at + word, n), after = 0;
    bool quoted = false;
    char *name = k < n && t[k] == '(' ? header_name(t, skip_space(t, k + 1, n), n, &quoted, &after) : NULL;
    if (name && after < n && t[skip_space(t, after, n)] == ')') resolve(s, dir, name, quoted, word == 18, false);
    else blank_range(r, v, at, at + word, "0");
    free(name);
  }
}

/* `_Pragma(…)` anywhere: kept when its operand is a string literal that is not a `GCC dependency`
 * (which looks a file up); otherwise (a stringized macro argument, `_Pragma(STR(x))`) the operator
 * and its operand are blanked, as the operand cannot be known without preprocessing. */
static void pragma_operators(const logical *v, rewrite *r) {
  const char *t = v->text;
  size_t n = v->n;
  for (const char *hit = find(t, 0, n, "_Pragma"); hit; hit = find(t, (size_t)(hit - t) + 1, n, "_Pragma")) {
    size_t at = (size_t)(hit - t);
    if ((at > 0 && ident_byte(t[at - 1])) || !word_at(t, at, n, "_Pragma")) continue;
    size_t k = skip_space(t, at + 7, n), end = k;
    if (k < n && t[k] == '(') {
      int depth = 0;
      for (end = k; end < n && t[end] != '\n'; end++)
        if (t[end] == '(') depth++;
        else if (t[end] == ')' && --depth == 0) break;
      end = end < n && t[end] == ')' ? end + 1 : end;
    }
    size_t q = skip_space(t, k + 1, n), close = q + 1;
    while (q < n && t[q] == '"' && close < n && t[close] != '"' && t[close] != '\n') close += t[close] == '\\' ? 2 : 1;
    bool literal = k < n && t[k] == '(' && q < n && t[q] == '"' && close < end && t[close] == '"' &&
                   t[skip_space(t, close + 1, n)] == ')';
    if (!literal || memmem(t + q, close - q, "dependency", 10)) blank_range(r, v, at, end, NULL);
  }
}

/* Every directive of `src` (node s->node) that opens a file, resolved (literal) or blanked
 * (computed) in *r; the text also goes to the macro estimate, and its guard to its node. `dir` is
 * the file's folder. */
static void scan(include_search *s, const char *dir, const char *src, size_t len, rewrite *r) {
  logical v;
  logical_view(src, len, &v);
  const char *t = v.text;
  guard_scan g = {0};
  /* A `#` starts a directive when only blanks and comments precede it on its line: over-
   * approximated as only blanks since the line's start or since the last `*` `/` on it. */
  bool clean = true;
  for (size_t i = 0; i < v.n; i++) {
    char c = t[i];
    if (c == '\n') clean = true;
    else if (c == '*' && i + 1 < v.n && t[i + 1] == '/') clean = true, i++;
    else if (c == '/' && i + 1 < v.n && t[i + 1] == '*') i++;
    else if (clean && (c == '#' || (c == '%' && i + 1 < v.n && t[i + 1] == ':'))) {
      size_t end = directive(s, &g, dir, &v, r, i, i + (c == '#' ? 1 : 2));
      i = end > i ? end - 1 : i;
      clean = false;
    } else if (!blank_byte(c)) clean = false;
  }
  include_node *node = &s->nodes[s->node];
  node->size = len;
  node->once = g.once;
  if (!g.once && g.guard && g.defined && g.closed == g.directives) {
    node->guard = g.guard;
    g.guard = NULL;
  }
  free(g.guard);
  has_include_operators(s, dir, &v, r);
  pragma_operators(&v, r);
  if (s->macros) ll_macros_add_text(s->macros, v.text, v.n);
  free(v.text);
  free(v.phys);
}

static uint64_t add_saturating(uint64_t a, uint64_t b) { return a > UINT64_MAX / 4 - b ? UINT64_MAX / 4 : a + b; }

/* The bytes the preprocessor reads for the file (each inclusion also weighs LL_CLANG_INCLUSION_WEIGHT):
 * a header read once per parse (`#pragma once`, or an include guard no file `#undef`s) counts once,
 * any other once per inclusion, to clang's depth limit of 200 nested inclusions. Its budget (twice
 * what the files weigh once each, at least LL_CLANG_MAX_INCLUDED) in *budget. */
static uint64_t include_estimate(include_search *s, uint64_t *budget) {
  size_t n = s->queue.count + 1;
  uint64_t *cost = ll_malloc(n * sizeof(*cost)), *next = ll_malloc(n * sizeof(*next)), once = 0;
  for (size_t i = 0; i < n; i++) {
    include_node *node = &s->nodes[i];
    node->once = i > 0 && (node->once || (node->guard && ll_strmap_get(&s->undefined, node->guard) < 0));
    cost[i] = node->size + LL_CLANG_INCLUSION_WEIGHT;
    once = add_saturating(once, cost[i]);
  }
  /* cost[u] after d rounds: what including u reads when inclusions nest at most d deep. */
  for (int depth = 0; depth < 200; depth++) {
    for (size_t i = 0; i < n; i++) next[i] = s->nodes[i].size + LL_CLANG_INCLUSION_WEIGHT;
    for (size_t e = 0; e < s->n_edges; e++) {
      size_t from = s->edges[2 * e], to = s->edges[2 * e + 1];
      next[from] = add_saturating(next[from], s->nodes[to].once ? LL_CLANG_INCLUSION_WEIGHT : cost[to]);
    }
    bool same = !memcmp(cost, next, n * sizeof(*cost));
    uint64_t *swap = cost;
    cost = next;
    next = swap;
    if (same) break;
  }
  uint64_t total = cost[0];
  for (size_t i = 1; i < n; i++)
    if (s->nodes[i].once) total = add_saturating(total, cost[i]);
  free(cost);
  free(next);
  *budget = once > UINT64_MAX / 8 ? UINT64_MAX / 4 : 2 * once;
  if (*budget < LL_CLANG_MAX_INCLUDED) *budget = LL_CLANG_MAX_INCLUDED;
  return total;
}

void ll_clang_prepare_inputs(const char *file, const char *source, size_t len, const ll_argv *args,
                             ll_clang_inputs *out) {
  *out = (ll_clang_inputs){0};
  include_search s = {.out = out, .macros = ll_macros_new()};
  ll_strmap_init(&s.known);
  read_flag_dirs(&s, args);
  for (size_t i = 0; i < args->count; i++) { /* -DNAME=BODY and -D NAME=BODY */
    const char *arg = args->items[i];
    if (!strncmp(arg, "-D", 2)) {
      const char *def = arg[2] ? arg + 2 : i + 1 < args->count ? args->items[++i] : NULL;
      if (def && *def) ll_macros_add_flag(s.macros, def);
    }
  }
  char *dir = folder_of(file);
  rewrite main = {.src = source, .len = len};
  s.nodes = ll_calloc(1, sizeof(*s.nodes));
  ll_strmap_init(&s.undefined);
  ll_strmap_put(&s.known, file, 0);
  scan(&s, dir, source, len, &main);
  free(dir);
  out->main_text = main.copy;
  out->first_blanked = main.first_line;
  out->blanked = main.changes;
  for (size_t i = 0; i < s.queue.count; i++) {
    s.nodes = ll_realloc(s.nodes, (i + 2) * sizeof(*s.nodes));
    s.nodes[i + 1] = (include_node){0};
    s.node = (int)i + 1;
    size_t n = 0;
    char *error = NULL;
    char *text = ll_read_file_limited(s.queue.items[i], LL_CLANG_MAX_HEADER, &n, &error);
    free(error);
    if (!text) { /* it changed since the stat: not opened by libclang either */
      ll_argv_push(&out->empty, s.queue.items[i]);
      continue;
    }
    char *header_dir = folder_of(s.queue.items[i]);
    rewrite r = {.src = text, .len = n};
    scan(&s, header_dir, text, n, &r);
    free(header_dir);
    free(text);
    if (!r.copy) continue;
    out->blanked += r.changes;
    ll_argv_push(&out->rewritten, s.queue.items[i]);
    size_t count = out->rewritten.count;
    out->texts = ll_realloc(out->texts, count * sizeof(*out->texts));
    out->lens = ll_realloc(out->lens, count * sizeof(*out->lens));
    out->texts[count - 1] = r.copy;
    out->lens[count - 1] = n;
  }
  out->included = include_estimate(&s, &out->included_budget);
  for (size_t i = 0; i <= s.queue.count; i++) free(s.nodes[i].guard);
  free(s.nodes);
  free(s.edges);
  for (size_t i = 0; i < s.undefined.cap; i++) free((char *)s.undefined.keys[i]);
  ll_strmap_free(&s.undefined);
  uint64_t written = 0;
  out->expansion = ll_macros_expansion(s.macros, &written);
  out->budget = ll_macros_budget(written);
  ll_macros_free(s.macros);
  ll_argv_free(&s.quote);
  ll_argv_free(&s.angle);
  ll_strmap_free(&s.known);
  ll_argv_free(&s.queue);
}

void ll_clang_inputs_free(ll_clang_inputs *self) {
  for (size_t i = 0; i < self->rewritten.count; i++) free(self->texts[i]);
  free(self->texts);
  free(self->lens);
  free(self->main_text);
  ll_argv_free(&self->empty);
  ll_argv_free(&self->rewritten);
  *self = (ll_clang_inputs){0};
}
