/*
 * clang_lower.c — C and C++ tokens into the IR (see clang_lower.h for why tokens).
 *
 * A small recursive-descent reader over the main file's tokens: declarations at namespace and class
 * scope (functions, methods, globals), statements in function bodies (blocks, if/else, loops,
 * switch, try, return/break), and inside expressions: calls (free, qualified, member, `new T`,
 * `T{…}`), lambdas (lowered as functions of their own), assignments and increments. Names come
 * from the AST annotations on the tokens when libclang resolved them, else as spelled.
 */
#define _POSIX_C_SOURCE 200809L /* strcasecmp */

#include "frontend/clang_lower.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/alloc.h"
#include "base/arena.h"

#define LL_NONE ((size_t)-1)

/* A variable declared in a function being lowered (parameters included). */
typedef struct {
  const char *name;
  const char *type;     /* qualified class type (resolved or spelled), or what built it; or NULL */
  const char *alias_of; /* a range-for variable: the container it walks */
  const char *lambda;   /* `auto f = [&](…) {…};`: the lambda it holds */
  int function;
  bool is_static;     /* a function-local static: state that outlives the invocation */
  bool holds_threads; /* a container of threads */
} ll_local;

/* A data member of a class of this file, for the receivers of method calls in its methods. */
typedef struct {
  const char *owner; /* the qualified class */
  const char *name;
  const char *type;
} ll_field;

typedef struct {
  ll_builder *b;
  const ll_ctoken *t;
  size_t n;
  const char *src;
  ll_arena *arena;
  ll_local *locals;
  size_t n_locals, cap_locals;
  ll_field *fields;
  size_t n_fields, cap_fields;
  const char *current_class; /* the class whose method is being lowered, or NULL */
  const char **functions; /* functions defined or declared so far */
  size_t n_functions, cap_functions;
  char *breaks; /* what `break` leaves, innermost last: 'L' a loop, 'S' a switch, 'F' a function */
  size_t n_breaks, cap_breaks;
  /* State of the expression statement being lowered. */
  const char *assign_target; /* where the next call's result is stored */
  bool assign_to_module;
  uint32_t pending_write;   /* a rebind waiting for its value's callee, or UINT32_MAX */
  const char *spawn_holder; /* a container the next thread is stored into */
  bool once_lambda;         /* the next lambda runs under a once-guard (std::call_once) */
  int internal_scopes;      /* anonymous namespaces open around the declarations being read */
  int test_depth;           /* inside the condition of an if / while / for / do-while */
  int except_depth;         /* inside a `catch` handler */
  const char *scope_ns;     /* the named namespace being read ("acme::orders"), or NULL */
  size_t *closer;           /* for each opening bracket, the index of the one closing it (or n) */
} reader;

/* ---- tokens ----------------------------------------------------------------------------------- */

static bool tok_is(const reader *p, size_t i, const char *s) {
  if (i >= p->n) return false;
  size_t len = p->t[i].end - p->t[i].start;
  return strlen(s) == len && memcmp(p->src + p->t[i].start, s, len) == 0;
}

static bool tok_in(const reader *p, size_t i, const char *const *set) {
  for (size_t k = 0; set[k]; k++)
    if (tok_is(p, i, set[k])) return true;
  return false;
}

static bool is_ident(const reader *p, size_t i) { return i < p->n && p->t[i].kind == LL_CTOK_IDENT; }
static bool is_literal(const reader *p, size_t i) { return i < p->n && p->t[i].kind == LL_CTOK_LITERAL; }

static const char *tok_text(reader *p, size_t i) { return ll_builder_text(p->b, p->t[i].start, p->t[i].end); }

static const char *range_text(reader *p, size_t a, size_t e) {
  if (e > p->n) e = p->n;
  return e > a ? ll_builder_text(p->b, p->t[a].start, p->t[e - 1].end) : "";
}

/* The span of tokens [first, last]; an index past the end (an unclosed bracket) means the last token. */
static ll_span tok_span(const reader *p, size_t first, size_t last) {
  if (last >= p->n) last = p->n - 1;
  if (first > last) first = last;
  return ll_builder_span(p->b, p->t[first].start, p->t[last].end);
}

static bool is_open(const reader *p, size_t i) { return tok_is(p, i, "(") || tok_is(p, i, "[") || tok_is(p, i, "{"); }
static bool is_close(const reader *p, size_t i) { return tok_is(p, i, ")") || tok_is(p, i, "]") || tok_is(p, i, "}"); }

/* Pairs every bracket once (any kind closes any kind, as match() counts them): looking a pair up
 * then costs O(1), where scanning for it at every nesting level was quadratic (50 000 nested
 * braces took 14 s). */
static size_t *pair_brackets(const reader *p) {
  size_t *closer = ll_malloc((p->n + 1) * sizeof *closer), *open = ll_malloc((p->n + 1) * sizeof *open);
  size_t depth = 0;
  for (size_t j = 0; j < p->n; j++) {
    closer[j] = p->n;
    if (is_open(p, j)) open[depth++] = j;
    else if (is_close(p, j) && depth > 0) closer[open[--depth]] = j;
  }
  free(open);
  return closer;
}

/* The index of the bracket closing the one at `i`, or `end` when it is not closed before `end`. */
static size_t match(const reader *p, size_t i, size_t end) {
  if (i < p->n && is_open(p, i)) return p->closer[i] < end ? p->closer[i] : end;
  int depth = 0;
  for (size_t j = i; j < end; j++) {
    if (is_open(p, j)) depth++;
    else if (is_close(p, j) && --depth == 0) return j;
  }
  return end;
}

static size_t after(size_t close, size_t end) { return close < end ? close + 1 : end; }

/* The first `stop` token at bracket depth 0 from `i`, else the first unmatched closer, else `end`. */
static size_t scan_to(const reader *p, size_t i, size_t end, const char *stop) {
  while (i < end && !tok_is(p, i, stop) && !is_close(p, i)) i = is_open(p, i) ? after(match(p, i, end), end) : i + 1;
  return i;
}

/* The `>` closing the template argument list opened at `i`, or LL_NONE when `<` is a comparison. */
static size_t match_angle(const reader *p, size_t i, size_t end) {
  static const char *const not_in_template_args[] = {";", "{", "&&", "||", "?", ":", "=", "return", NULL};
  int depth = 0;
  for (size_t j = i; j < end; j++) {
    if (tok_is(p, j, "<")) depth++;
    else if (tok_is(p, j, ">")) depth--;
    else if (tok_is(p, j, ">>")) depth -= 2;
    else if (tok_in(p, j, not_in_template_args) || is_close(p, j))
      return LL_NONE;
    else if (is_open(p, j)) {
      j = match(p, j, end);
      continue;
    }
    if (depth <= 0) return j;
  }
  return LL_NONE;
}

static char *arena_join(reader *p, const char *a, const char *sep, const char *b) {
  char *s = ll_strfmt("%s%s%s", a, sep, b);
  char *copy = ll_arena_strdup(p->arena, s);
  free(s);
  return copy;
}

/* A qualified name at `i` (`::a::b<T>::c`): returns the index after it (template arguments included),
 * the index of its last identifier in *last and the spelled name ("a::b::c") in *spelled; or `i`
 * when there is none. *targs gets the `<` of the last component's template arguments or LL_NONE. */
static size_t parse_qname(reader *p, size_t i, size_t end, size_t *last, const char **spelled, size_t *targs) {
  char buf[512] = "";
  size_t j = i;
  *targs = LL_NONE;
  if (tok_is(p, j, "::")) j++;
  if (!is_ident(p, j)) return i;
  for (;;) {
    size_t len = strlen(buf);
    snprintf(buf + len, sizeof buf - len, "%s%.*s", len ? "::" : "", (int)(p->t[j].end - p->t[j].start),
             p->src + p->t[j].start);
    *last = j++;
    *targs = LL_NONE;
    if (j < end && tok_is(p, j, "<")) {
      size_t gt = match_angle(p, j, end);
      if (gt == LL_NONE) break;
      *targs = j;
      j = gt + 1;
    }
    if (!(tok_is(p, j, "::") && j + 1 < end)) break;
    if (tok_is(p, j + 1, "template")) j++;
    if (!is_ident(p, j + 1)) break;
    j++;
  }
  *spelled = ll_arena_strdup(p->arena, buf);
  return j;
}

/* The resolved name of a qualified name's last identifier, else the spelled one. */
static const char *qname_meaning(const reader *p, size_t last, const char *spelled) {
  return p->t[last].ref ? p->t[last].ref : spelled;
}

static const char *last_component(const char *qualified) {
  const char *colon = strrchr(qualified, ':');
  const char *dot = strrchr(qualified, '.');
  const char *cut = colon > dot ? colon : dot;
  return cut ? cut + 1 : qualified;
}

/* ---- what names mean ------------------------------------------------------------------------- */

static bool name_in(const char *name, const char *const *set) {
  for (size_t k = 0; set[k]; k++)
    if (strcmp(name, set[k]) == 0) return true;
  return false;
}

static bool is_container_type(const char *type) {
  static const char *const containers[] = {
      "vector", "map", "unordered_map", "set", "unordered_set", "list", "deque", "multimap", "multiset",
      "unordered_multimap", "unordered_multiset", "queue", "stack", "priority_queue", "forward_list", NULL};
  if (!type) return false;
  const char *name = last_component(type);
  for (size_t k = 0; containers[k]; k++)
    if (strcasecmp(name, containers[k]) == 0) return true;
  return false;
}

static bool is_thread_type(const char *type) {
  static const char *const threads[] = {"std::thread", "std::jthread", "boost::thread", "thread", "jthread", NULL};
  return type && name_in(type, threads);
}

static bool is_mutator(const char *method) {
  static const char *const mutators[] = {"push_back", "emplace_back", "push_front", "emplace_front", "insert",
                                         "emplace", "emplace_hint", "insert_or_assign", "try_emplace", "push",
                                         "append", "assign", "merge", "splice", NULL};
  return name_in(method, mutators);
}

static bool is_sleep_call(const ll_call *call) {
  static const char *const unqualified[] = {"sleep", "usleep", "nanosleep", "thrd_sleep", "Sleep", "::sleep", NULL};
  static const char *const methods[] = {"sleep_for", "sleep_until", NULL};
  return name_in(call->callee, unqualified) || (!call->receiver_ctor && name_in(call->method, methods));
}

static bool is_io_call(const ll_call *call) {
  static const char *const io[] = {"curl_easy_perform", "curl_multi_perform", "send", "recv", "sendto",
                                   "recvfrom", "connect", "read", "write", "fread", "fwrite", "fgets",
                                   "PQexec", "PQexecParams", "mysql_query", "mysql_real_query",
                                   "sqlite3_exec", "sqlite3_step", "getaddrinfo", NULL};
  if (name_in(call->callee, io)) return true;
  /* A method on a client, connection or session object (an SDK, HTTP or database client). */
  static const char *const io_classes[] = {"Client", "Connection", "Session", "Conn", NULL};
  char cls[256] = "";
  if (call->receiver_ctor) {
    snprintf(cls, sizeof cls, "%s", last_component(call->receiver_ctor));
  } else {
    /* a method the AST resolved: "Aws::S3::S3Client::GetObject" → the class "S3Client" */
    const char *method = strrchr(call->callee, ':');
    const char *end = method && method - call->callee >= 2 ? method - 1 : NULL;
    const char *start = end ? end : call->callee;
    while (start > call->callee && start[-1] != ':') start--;
    if (end) snprintf(cls, sizeof cls, "%.*s", (int)(end - start), start);
  }
  for (size_t k = 0; *cls && io_classes[k]; k++)
    if (strstr(cls, io_classes[k])) return true;
  return false;
}

/* ---- locals and module state ----------------------------------------------------------------- */

static ll_local *find_local(reader *p, const char *name) {
  for (size_t i = p->n_locals; i-- > 0;)
    if (strcmp(p->locals[i].name, name) == 0) return &p->locals[i];
  return NULL;
}

static ll_local *add_local(reader *p, const char *name, const char *type) {
  ll_local local = {.name = name, .type = type, .function = ll_builder_current_function(p->b)};
  LL_PUSH(p->locals, p->n_locals, p->cap_locals, local);
  return &p->locals[p->n_locals - 1];
}

static void drop_locals_of(reader *p, int function) {
  while (p->n_locals && p->locals[p->n_locals - 1].function == function) p->n_locals--;
}

/* Whether `name` here is state that outlives an invocation: a global or a function-local static. */
static bool is_module_state(reader *p, const char *name) {
  const ll_local *local = find_local(p, name);
  return local ? local->is_static : ll_builder_binding(p->b, name) != NULL;
}

/* The class (or constructor) that built the variable `name`, when known. */
static const char *type_of(reader *p, const char *name) {
  const ll_local *local = find_local(p, name);
  if (local) return local->type;
  for (size_t i = 0; p->current_class && i < p->n_fields; i++)
    if (!strcmp(p->fields[i].owner, p->current_class) && !strcmp(p->fields[i].name, name)) return p->fields[i].type;
  const ll_binding *binding = ll_builder_binding(p->b, name);
  return binding ? binding->value_callee : NULL;
}

static bool known_function(const reader *p, const char *name) {
  for (size_t i = 0; i < p->n_functions; i++)
    if (strcmp(p->functions[i], name) == 0) return true;
  return false;
}

static void add_known_function(reader *p, const char *name) {
  LL_PUSH(p->functions, p->n_functions, p->cap_functions, name);
}

/* ---- events ----------------------------------------------------------------------------------- */

/* Adds an event to the current function with the statement context the builder does not track. */
static uint32_t add_event(reader *p, ll_event_kind kind, ll_span span) {
  uint32_t index = ll_builder_add_event(p->b, kind, span);
  ll_event *ev = ll_builder_event(p->b, index);
  ev->tested = p->test_depth > 0;
  ev->in_except = p->except_depth > 0;
  return index;
}

/* Whether [i, e) is one literal: a number, string, character, true/false/nullptr/NULL. */
static bool is_single_literal(const reader *p, size_t i, size_t e) {
  bool literal = is_literal(p, i) || tok_is(p, i, "true") || tok_is(p, i, "false") || tok_is(p, i, "nullptr") ||
                 tok_is(p, i, "NULL");
  size_t next = i + 1;
  if (tok_is(p, i, "-") && is_literal(p, i + 1)) literal = true, next = i + 2;
  return literal && (next >= e || tok_is(p, next, ";") || tok_is(p, next, ",") || is_close(p, next));
}

static bool is_comparison(const reader *p, size_t i) {
  static const char *const ops[] = {"==", "!=", "<", ">", "<=", ">=", "<=>", NULL};
  return i < p->n && tok_in(p, i, ops);
}

/* A read of `name` at token `at`, `tested` when a comparison or a condition uses it. */
static ll_event *add_name_use(reader *p, const char *name, size_t at) {
  uint32_t use = add_event(p, LL_EV_NAME_USE, tok_span(p, at, at));
  ll_event *ev = ll_builder_event(p->b, use);
  ev->name = name;
  ev->tested |= (at > 0 && is_comparison(p, at - 1)) || is_comparison(p, at + 1);
  return ev;
}

static uint32_t add_write(reader *p, const char *name, ll_write_kind kind, const char *method, ll_span span) {
  uint32_t index = add_event(p, LL_EV_MODULE_WRITE, span);
  ll_module_write *w = &ll_builder_event(p->b, index)->as.write;
  w->name = ll_arena_strdup(p->arena, name);
  w->kind = kind;
  w->method = method;
  w->lazy_guard = ll_builder_guarded(p->b, name);
  return index;
}

/* Marks the threads held by `var` (or by the container a range-for variable walks) as joined. */
static void mark_joined(reader *p, const char *var) {
  const ll_local *local = find_local(p, var);
  if (local && local->alias_of) var = local->alias_of;
  for (uint32_t i = ll_builder_event_count(p->b); i-- > 0;) {
    ll_event *ev = ll_builder_event(p->b, i);
    if (ev->kind == LL_EV_SPAWN && ev->as.spawn.var && strcmp(ev->as.spawn.var, var) == 0) ev->as.spawn.joined = true;
  }
}

static void add_spawn(reader *p, ll_span span, ll_spawn_kind kind, const char *callee, const char *var, bool joined) {
  uint32_t index = add_event(p, LL_EV_SPAWN, span);
  ll_spawn *s = &ll_builder_event(p->b, index)->as.spawn;
  s->kind = kind;
  s->callee = callee;
  s->var = var;
  s->started = true;
  s->joined = joined;
}

/* ---- calls ------------------------------------------------------------------------------------ */

typedef struct {
  size_t start, last;  /* the tokens the call spans */
  size_t open, close;  /* its argument group, or LL_NONE */
  const char *callee;  /* qualified */
  const char *method;  /* last component */
  const char *recv;    /* for x.m(…): x, when a plain variable */
  const char *recv_type;
  bool as_written;     /* the callee is the name as written: the AST did not resolve it */
} ll_call_site;

static size_t lower_expr(reader *p, size_t a, size_t e);
static size_t lower_lambda(reader *p, size_t i, size_t e);

static char *lambda_name(reader *p, size_t bracket) {
  ll_span s = tok_span(p, bracket, bracket);
  char *name = ll_strfmt("<lambda:%u:%u>", s.line, s.column);
  char *copy = ll_arena_strdup(p->arena, name);
  free(name);
  return copy;
}

/* The function (or lambda) a name stands for: a function of this module, or a variable holding a
 * lambda; NULL otherwise. */
static const char *function_named_by(reader *p, const char *name) {
  const ll_local *local = find_local(p, name);
  if (local) return local->lambda;
  const ll_binding *binding = ll_builder_binding(p->b, name);
  if (binding) return binding->kind == LL_BIND_FUNCTION ? binding->value_callee : NULL;
  return known_function(p, name) ? name : NULL;
}

/* The first argument that names a function of this module or is a lambda, else NULL. */
static const char *callback_of(reader *p, size_t open, size_t close) {
  for (size_t a = open + 1; a < close;) {
    size_t e = scan_to(p, a, close, ",");
    size_t i = tok_is(p, a, "&") ? a + 1 : a;
    if (tok_is(p, a, "[")) return lambda_name(p, a);
    size_t last = 0, targs;
    const char *spelled = NULL;
    bool whole = parse_qname(p, i, e, &last, &spelled, &targs) == e;
    const char *fn = NULL;
    if (whole && last == i) fn = function_named_by(p, spelled);
    else if (whole && known_function(p, tok_text(p, last))) fn = tok_text(p, last); /* `&ns::handle` */
    if (fn) return fn;
    a = after(e, close);
  }
  return NULL;
}

static uint32_t count_args(const reader *p, size_t open, size_t close) {
  if (close <= open + 1) return 0;
  uint32_t n = 1;
  for (size_t i = scan_to(p, open + 1, close, ","); i < close; i = scan_to(p, i + 1, close, ",")) n++;
  return n;
}

static const char *first_string(reader *p, size_t open, size_t close) {
  if (!is_literal(p, open + 1) || !(tok_is(p, open + 2, ",") || open + 2 == close)) return NULL;
  const char *lit = p->src + p->t[open + 1].start;
  const char *q1 = memchr(lit, '"', p->t[open + 1].end - p->t[open + 1].start);
  const char *q2 = p->src + p->t[open + 1].end - 1;
  return q1 && q2 > q1 && *q2 == '"' ? ll_arena_strndup(p->arena, q1 + 1, (size_t)(q2 - q1 - 1)) : NULL;
}

/* The variable a thread started by `site` is held in. */
static const char *spawn_var(reader *p, const ll_call_site *s, const char *assigned_to) {
  if (assigned_to) return assigned_to;
  bool by_pointer = strcmp(s->callee, "pthread_create") == 0 || strcmp(s->callee, "thrd_create") == 0;
  if (by_pointer && s->open != LL_NONE) {
    size_t i = tok_is(p, s->open + 1, "&") ? s->open + 2 : s->open + 1;
    if (is_ident(p, i)) return tok_text(p, i);
  }
  return p->spawn_holder;
}

/* Threads, tasks and joins: what a call does to the function's concurrency. */
static void concurrency_effects(reader *p, const ll_call_site *s, ll_span span, const char *assigned_to) {
  static const char *const join_methods[] = {"join", "get", "wait", NULL};
  static const char *const join_calls[] = {"pthread_join", "thrd_join", NULL};
  static const char *const emplacers[] = {"emplace_back", "emplace", "emplace_front", NULL};
  if (s->recv && name_in(s->method, join_methods)) mark_joined(p, s->recv);
  if (name_in(s->callee, join_calls) && s->open != LL_NONE && is_ident(p, s->open + 1))
    mark_joined(p, tok_text(p, s->open + 1));
  bool is_pthread = strcmp(s->callee, "pthread_create") == 0 || strcmp(s->callee, "thrd_create") == 0;
  bool starts = s->open != LL_NONE && count_args(p, s->open, s->close) > 0; /* `std::thread t;` runs nothing */
  if ((is_thread_type(s->callee) && starts) || is_pthread) {
    bool self_joining = strcmp(last_component(s->callee), "jthread") == 0;
    add_spawn(p, span, LL_SPAWN_THREAD, s->callee, spawn_var(p, s, assigned_to), self_joining);
  } else if (strcmp(s->callee, "std::async") == 0) {
    /* An OS thread whose future blocks in its destructor: it ends before the scope does. */
    add_spawn(p, span, LL_SPAWN_THREAD, s->callee, assigned_to, true);
  }
  const ll_local *holder = s->recv ? find_local(p, s->recv) : NULL;
  if (holder && holder->holds_threads && name_in(s->method, emplacers))
    add_spawn(p, span, LL_SPAWN_THREAD, "std::thread", s->recv, false);
}

/* `g.count(x)`, `g.size()`: a read of module state `g` (a membership test for count / find / contains). */
static void receiver_read(reader *p, const ll_call_site *s) {
  static const char *const membership[] = {"count", "find", "contains", NULL};
  if (!s->recv || is_mutator(s->method) || !is_module_state(p, s->recv)) return;
  ll_event *use = add_name_use(p, s->recv, s->start);
  use->tested |= s->close != LL_NONE && is_comparison(p, s->close + 1);
  use->as.key.membership = name_in(s->method, membership);
}

/* Appends to module state: `g.push_back(x)`, and in C `strcat(g_buf, s)`. */
static void store_effects(reader *p, const ll_call_site *s, ll_span span) {
  static const char *const c_appends[] = {"strcat", "strncat", "wcscat", NULL};
  if (s->recv && is_mutator(s->method) && is_module_state(p, s->recv))
    add_write(p, s->recv, LL_WRITE_MUTATE, s->method, span);
  if (!s->recv && s->open != LL_NONE && name_in(s->callee, c_appends) && is_ident(p, s->open + 1)) {
    const char *target = tok_text(p, s->open + 1);
    if (is_module_state(p, target)) add_write(p, target, LL_WRITE_MUTATE, s->callee, span);
  }
}

/* Emits a call (and what it implies), then lowers its arguments. */
static void lower_call_site(reader *p, const ll_call_site *s) {
  ll_span span = tok_span(p, s->start, s->last);
  const char *assigned_to = p->assign_target;
  bool to_module = p->assign_to_module;
  p->assign_target = NULL;
  uint32_t index = add_event(p, LL_EV_CALL, span);
  ll_call *c = &ll_builder_event(p->b, index)->as.call;
  c->callee = s->callee;
  c->method = s->method;
  c->receiver_ctor = s->recv_type;
  c->assigned_to = assigned_to;
  c->assigned_to_module = assigned_to && to_module;
  c->callee_is_local = known_function(p, s->callee);
  c->callee_as_written = s->as_written;
  if (s->open != LL_NONE) {
    c->n_positional = count_args(p, s->open, s->close);
    c->first_string = first_string(p, s->open, s->close);
    size_t first_end = scan_to(p, s->open + 1, s->close, ",");
    if (is_single_literal(p, s->open + 1, s->close))
      c->first_literal = c->first_string ? c->first_string : range_text(p, s->open + 1, first_end);
    c->callback = callback_of(p, s->open, s->close);
  }
  if (p->pending_write != UINT32_MAX) {
    ll_builder_event(p->b, p->pending_write)->as.write.value_callee = s->callee;
    p->pending_write = UINT32_MAX;
  }
  ll_local *target = assigned_to ? find_local(p, assigned_to) : NULL;
  if (target && !target->type && !s->recv) target->type = s->callee; /* `auto c = Client(…)` */
  concurrency_effects(p, s, span, assigned_to);
  store_effects(p, s, span);
  receiver_read(p, s);
  if (s->open == LL_NONE) return;
  static const char *const holders[] = {"push_back", "push_front", "push", "insert", NULL};
  const char *saved_holder = p->spawn_holder;
  p->spawn_holder = s->recv && name_in(s->method, holders) ? s->recv : NULL;
  /* std::call_once / pthread_once run what they are given once per process: a once-guard. */
  bool once = strcmp(s->method, "call_once") == 0 || strcmp(s->callee, "pthread_once") == 0;
  p->once_lambda = once;
  if (once) ll_builder_push_guard(p->b, NULL);
  lower_expr(p, s->open + 1, s->close);
  if (once) ll_builder_pop_guard(p->b);
  p->spawn_holder = saved_holder;
  p->once_lambda = false;
}

/* The callee of `std::make_unique<T>(…)` is T's construction. */
static const char *factory_product(reader *p, ll_call_site *s, size_t targs, size_t end) {
  static const char *const factories[] = {"make_unique", "make_shared", "allocate_shared", NULL};
  if (targs == LL_NONE || !name_in(last_component(s->callee), factories)) return s->callee;
  size_t last = 0, t2;
  const char *spelled = NULL;
  size_t i = targs + 1;
  while (tok_is(p, i, "const")) i++;
  if (parse_qname(p, i, end, &last, &spelled, &t2) == i) return s->callee;
  s->as_written = !p->t[last].ref;
  return qname_meaning(p, last, spelled);
}

/* `name(` / `obj.name(` / `T{`: a call whose qualified name spans [first, last]. */
static size_t lower_call(reader *p, size_t first, size_t last, const char *spelled, size_t targs, size_t open,
                         size_t e) {
  bool member = first > 0 && (tok_is(p, first - 1, ".") || tok_is(p, first - 1, "->"));
  ll_call_site s = {.start = first, .open = open, .close = match(p, open, e)};
  s.last = s.close < e ? s.close : e - 1;
  s.method = tok_text(p, last);
  size_t r = first - 2;
  if (member && first >= 2 && is_ident(p, r) && !(r > 0 && (tok_is(p, r - 1, ".") || tok_is(p, r - 1, "->")))) {
    s.recv = tok_text(p, r);
    s.recv_type = type_of(p, s.recv);
    s.start = r;
  }
  if (member && strcmp(s.method, "get_time_remaining") == 0) {
    add_event(p, LL_EV_CONTEXT_USE, tok_span(p, s.start, s.last));
    lower_expr(p, open + 1, s.close);
    return after(s.close, e);
  }
  const char *lambda = !member && first == last ? function_named_by(p, spelled) : NULL;
  if (lambda) s.callee = lambda; /* calling a variable that holds a lambda */
  else if (p->t[last].ref) s.callee = p->t[last].ref;
  else if (!member) s.callee = spelled;
  else if (s.recv_type) s.callee = arena_join(p, s.recv_type, "::", s.method);
  else s.callee = s.recv ? arena_join(p, s.recv, ".", s.method) : s.method;
  s.as_written = !lambda && !member && !p->t[last].ref;
  s.callee = factory_product(p, &s, targs, open);
  lower_call_site(p, &s);
  return after(s.close, e);
}

/* `new T(…)`, `new T{…}`, `new T`: the construction of T. */
static size_t lower_new(reader *p, size_t i, size_t e) {
  size_t j = i + 1;
  if (tok_is(p, j, "(")) j = after(match(p, j, e), e); /* placement new */
  size_t last = 0, targs;
  const char *spelled = NULL;
  size_t k = parse_qname(p, j, e, &last, &spelled, &targs);
  if (k == j) return j;
  ll_call_site s = {.start = i, .last = k - 1, .open = LL_NONE, .close = LL_NONE};
  s.callee = qname_meaning(p, last, spelled);
  s.as_written = !p->t[last].ref;
  s.method = last_component(s.callee);
  if (k < e && (tok_is(p, k, "(") || tok_is(p, k, "{"))) {
    s.open = k;
    s.close = match(p, k, e);
    s.last = s.close < e ? s.close : e - 1;
  }
  lower_call_site(p, &s);
  return s.open == LL_NONE ? k : after(s.close, e);
}

/* ---- writes and reads of plain names ------------------------------------------------------------ */

static bool is_compound_assign(const reader *p, size_t i) {
  static const char *const ops[] = {"+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "<<=", ">>=", NULL};
  return tok_in(p, i, ops);
}

static bool is_null_value(const reader *p, size_t i, size_t e) {
  bool alone = i + 1 >= e || tok_is(p, i + 1, ";") || tok_is(p, i + 1, ",") || tok_is(p, i + 1, ")");
  return alone && (tok_is(p, i, "nullptr") || tok_is(p, i, "NULL"));
}

/* `x = …`: the value's call (if any) is stored to x; a write when x is module state. */
static size_t lower_rebind(reader *p, const char *name, bool state, size_t i, size_t k, size_t e) {
  p->assign_target = name;
  p->assign_to_module = state;
  if (!state) return k + 1;
  uint32_t w = add_write(p, name, LL_WRITE_REBIND, NULL, tok_span(p, i, e - 1));
  ll_module_write *write = &ll_builder_event(p->b, w)->as.write;
  write->value_is_none = is_null_value(p, k + 1, e);
  write->value_is_literal = is_single_literal(p, k + 1, e);
  p->pending_write = w;
  return k + 1;
}

/* `x++`, `x += …`, `x[k] = …`, `x.f = …` on module state `name`: whether one was added. */
static bool lower_update(reader *p, const char *name, size_t i, size_t k, size_t e) {
  bool pre = i > 0 && (tok_is(p, i - 1, "++") || tok_is(p, i - 1, "--"));
  if (pre || tok_is(p, k, "++") || tok_is(p, k, "--") || is_compound_assign(p, k)) {
    add_write(p, name, LL_WRITE_AUGMENT, NULL, tok_span(p, pre ? i - 1 : i, k < e ? k : i));
    bool read = p->test_depth > 0 || is_comparison(p, k) || is_comparison(p, k + 1); /* `if (++n > N)` */
    if (read && !is_compound_assign(p, k)) add_name_use(p, name, i)->tested = true;
    return true;
  }
  if (tok_is(p, k, "[")) {
    size_t c = match(p, k, e);
    bool stored = c + 1 < e && (tok_is(p, c + 1, "=") || is_compound_assign(p, c + 1));
    if (!stored) return false;
    uint32_t w = add_write(p, name, LL_WRITE_SUBSCRIPT, NULL, tok_span(p, i, c));
    ll_builder_event(p->b, w)->as.write.key_literal = c == k + 2 && is_single_literal(p, k + 1, c);
    return true;
  }
  bool field = (tok_is(p, k, ".") || tok_is(p, k, "->")) && is_ident(p, k + 1);
  bool stored = field && (tok_is(p, k + 2, "=") || is_compound_assign(p, k + 2));
  if (stored) add_write(p, name, LL_WRITE_ATTRIBUTE, NULL, tok_span(p, i, k + 1));
  return stored;
}

/* What code does with a plain identifier `name` at `i` (next token `k`): a function passed as a
 * value, a write to module state, or a read of it. */
static size_t lower_plain_name(reader *p, size_t i, size_t k, size_t e) {
  const char *name = tok_text(p, i);
  bool state = is_module_state(p, name);
  if (!state && !find_local(p, name) && known_function(p, name)) {
    add_name_use(p, name, i); /* a thread body, a callback */
    return k;
  }
  if (tok_is(p, k, "=")) return lower_rebind(p, name, state, i, k, e);
  if (!state || lower_update(p, name, i, k, e)) return k;
  bool method_call = (tok_is(p, k, ".") || tok_is(p, k, "->")) && is_ident(p, k + 1) && tok_is(p, k + 2, "(");
  if (!method_call) add_name_use(p, name, i); /* lower_call sees the receiver of a method call */
  return k;
}

/* An identifier (or qualified name) at `i` inside an expression. */
static size_t lower_name(reader *p, size_t i, size_t e) {
  size_t last = 0, targs;
  const char *spelled = NULL;
  size_t k = parse_qname(p, i, e, &last, &spelled, &targs);
  if (k == i) return i + 1;
  bool member = i > 0 && (tok_is(p, i - 1, ".") || tok_is(p, i - 1, "->"));
  if (k < e && tok_is(p, k, "(")) return lower_call(p, i, last, spelled, targs, k, e);
  if (k < e && tok_is(p, k, "{") && !member) return lower_call(p, i, last, spelled, targs, k, e);
  if (member && tok_is(p, last, "deadline")) add_event(p, LL_EV_CONTEXT_USE, tok_span(p, i, last));
  if (member || last != i || (i > 0 && tok_is(p, i - 1, "::"))) return k;
  return lower_plain_name(p, i, k, e);
}

static bool starts_lambda(const reader *p, size_t a, size_t i) {
  if (i == a) return true;
  const ll_ctoken *prev = &p->t[i - 1];
  if (prev->kind == LL_CTOK_KEYWORD) return tok_is(p, i - 1, "return") || tok_is(p, i - 1, "co_return");
  if (prev->kind != LL_CTOK_PUNCT) return false;
  return !tok_is(p, i - 1, ")") && !tok_is(p, i - 1, "]") && !tok_is(p, i - 1, ">");
}

/* Lowers the expression tokens [a, e); returns e. `&&`, `||` and `?:` make what follows conditional. */
static size_t lower_expr(reader *p, size_t a, size_t e) {
  int conditions = 0;
  for (size_t i = a; i < e;) {
    if (tok_is(p, i, "&&") || tok_is(p, i, "||") || tok_is(p, i, "?")) {
      ll_builder_push_condition(p->b);
      conditions++;
      i++;
    } else if (tok_is(p, i, "[") && starts_lambda(p, a, i)) {
      i = lower_lambda(p, i, e);
    } else if (tok_is(p, i, "new")) {
      i = lower_new(p, i, e);
    } else if (is_ident(p, i) || (tok_is(p, i, "::") && is_ident(p, i + 1))) {
      i = lower_name(p, i, e);
    } else {
      i++;
    }
  }
  while (conditions-- > 0) ll_builder_pop_condition(p->b);
  return e;
}

/* ---- declarations ----------------------------------------------------------------------------- */

typedef struct {
  size_t type_start, type_end; /* the type's tokens */
  size_t name;                 /* the first declarator's identifier */
  const char *spelled;         /* the type as spelled (qualified, no template arguments), or NULL */
  size_t spelled_last;         /* its last identifier */
  bool is_static, is_const, indirect, builtin;
} ll_decl;

static bool is_builtin_type(const reader *p, size_t i) {
  static const char *const builtins[] = {"void", "bool", "char", "short", "int", "long", "float", "double",
                                         "signed", "unsigned", "auto", "wchar_t", "char8_t", "char16_t",
                                         "char32_t", "_Bool", NULL};
  return tok_in(p, i, builtins);
}

static size_t decl_specifiers(const reader *p, size_t i, size_t e, ll_decl *d) {
  static const char *const ignored[] = {"inline", "extern", "volatile", "register", "mutable", "typename", "struct",
                                        "class", "enum", "union", "_Atomic", NULL};
  for (; i < e; i++) {
    if (tok_is(p, i, "static") || tok_is(p, i, "thread_local") || tok_is(p, i, "_Thread_local"))
      d->is_static = true; /* thread_local: one per thread, and the runtime reuses its thread */
    else if (tok_is(p, i, "const") || tok_is(p, i, "constexpr") || tok_is(p, i, "constinit")) d->is_const = true;
    else if (!tok_in(p, i, ignored)) break;
  }
  return i;
}

/* `*`, `&`, `const` between a type and its declarator. */
static size_t declarator_prefix(const reader *p, size_t i, size_t e, ll_decl *d) {
  for (; i < e; i++) {
    if (tok_is(p, i, "*") || tok_is(p, i, "&") || tok_is(p, i, "&&")) d->indirect = true;
    else if (tok_is(p, i, "const")) d->is_const = true; /* `T const x` and `T *const p` */
    else if (!tok_is(p, i, "volatile")) break;
  }
  return i;
}

/* Whether [a, e) starts as a declaration `specifiers type declarator …`; fills `d`. */
static bool parse_declaration(reader *p, size_t a, size_t e, ll_decl *d) {
  static const char *const ends[] = {"=", "(", "{", "[", ",", ";", ":", NULL};
  *d = (ll_decl){0};
  size_t i = decl_specifiers(p, a, e, d);
  d->type_start = i;
  if (is_builtin_type(p, i)) {
    d->builtin = true;
    while (i < e && is_builtin_type(p, i)) i++;
  } else {
    size_t targs;
    size_t k = parse_qname(p, i, e, &d->spelled_last, &d->spelled, &targs);
    if (k == i) return false;
    i = k;
  }
  d->type_end = i;
  bool const_before = d->is_const;
  i = declarator_prefix(p, i, e, d);
  if (d->indirect && const_before) d->is_const = tok_is(p, i - 1, "const"); /* pointer to const: rebindable */
  if (!is_ident(p, i)) return false;
  d->name = i;
  return i + 1 == e || tok_in(p, i + 1, ends);
}

/* The class a declared variable has, from the AST, else as spelled (not for C's `*_t` scalars). */
static const char *declared_class(const reader *p, const ll_decl *d, size_t name) {
  if (d->builtin) return NULL;
  if (p->t[name].decl_known) return p->t[name].decl_type;
  if (p->t[d->spelled_last].ref) return p->t[d->spelled_last].ref;
  size_t len = strlen(d->spelled);
  return len > 2 && strcmp(d->spelled + len - 2, "_t") == 0 ? NULL : d->spelled;
}

static const char *first_call_since(reader *p, uint32_t before) {
  for (uint32_t i = before; i < ll_builder_event_count(p->b); i++) {
    const ll_event *ev = ll_builder_event(p->b, i);
    if (ev->kind == LL_EV_CALL) return ev->as.call.callee;
  }
  return NULL;
}

static ll_binding_kind initial_kind(const reader *p, size_t a, size_t e, bool indirect, const char *callee) {
  if (a < e && (is_null_value(p, a, e) || (indirect && tok_is(p, a, "0") && a + 1 == e))) return LL_BIND_NONE;
  if (callee) return LL_BIND_CALL;
  if (a >= e) return indirect ? LL_BIND_NONE : LL_BIND_SCALAR;
  bool literal = is_literal(p, a) || tok_is(p, a, "true") || tok_is(p, a, "false");
  if (literal || tok_is(p, a, "-")) return LL_BIND_SCALAR;
  return LL_BIND_UNKNOWN;
}

static void add_state_binding(reader *p, const ll_decl *d, size_t name, ll_binding_kind kind, const char *callee,
                              bool container) {
  ll_binding *bnd = ll_builder_add_binding(p->b, tok_text(p, name));
  bnd->kind = container ? LL_BIND_CONTAINER : kind;
  bnd->value_callee = callee;
  bnd->is_const = d->is_const;
  bnd->span = tok_span(p, d->type_start < name ? d->type_start : name, name);
}

/* One declarator being lowered: `var` at token `name`, its initialiser's tokens and meaning. */
typedef struct {
  const char *var;
  size_t name, init, init_end, next;
  const char *ctor;   /* the class constructed when it is declared by value */
  const char *lambda; /* the lambda it is initialised with */
  bool state;         /* a global or a function-local static */
} ll_declarator;

/* `x = expr`: lowers the expression with its result stored to the variable. */
static void lower_assigned_initializer(reader *p, ll_declarator *v, size_t e) {
  v->init = v->init_end + 1;
  v->next = v->init_end = scan_to(p, v->init, e, ",");
  p->assign_target = v->var;
  p->assign_to_module = v->state;
  lower_expr(p, v->init, v->init_end);
  if (tok_is(p, v->init, "[")) v->lambda = lambda_name(p, v->init);
  ll_local *local = ll_builder_current_function(p->b) == 0 ? NULL : find_local(p, v->var);
  if (local) local->lambda = v->lambda;
}

/* `T x;`, `T x(args);`, `T x{args};`, `T x = {args};`: the construction of T. */
static void lower_construction(reader *p, const ll_decl *d, ll_declarator *v, bool has_args, size_t e) {
  size_t open = tok_is(p, v->init_end, "=") ? v->init_end + 1 : v->init_end;
  ll_call_site s = {.start = d->type_start, .last = v->name, .open = LL_NONE, .close = LL_NONE, .callee = v->ctor};
  s.as_written = !p->t[v->name].decl_known && !p->t[d->spelled_last].ref;
  s.method = last_component(v->ctor);
  if (has_args) {
    s.open = open;
    s.close = match(p, open, e);
    s.last = s.close < e ? s.close : e - 1;
    v->next = after(s.close, e);
  }
  p->assign_target = v->var;
  p->assign_to_module = v->state;
  lower_call_site(p, &s);
}

/* Lowers what initialises the declarator (its tokens start at v->init_end). */
static void lower_initializer(reader *p, const ll_decl *d, ll_declarator *v, size_t e) {
  size_t j = v->init_end;
  bool grouped = tok_is(p, j, "(") || tok_is(p, j, "{") || (tok_is(p, j, "=") && tok_is(p, j + 1, "{"));
  if (tok_is(p, j, "=") && !grouped) {
    lower_assigned_initializer(p, v, e);
  } else if (v->ctor) {
    lower_construction(p, d, v, grouped, e);
  } else if (grouped) {
    size_t open = tok_is(p, j, "=") ? j + 1 : j;
    size_t close = match(p, open, e);
    v->init = open + 1;
    v->init_end = close;
    lower_expr(p, v->init, v->init_end);
    v->next = after(close, e);
  }
  p->assign_target = NULL;
}

/* One declarator at `name`; returns the index after it (a `,` or e). */
static size_t lower_declarator(reader *p, const ll_decl *d, size_t name, size_t e) {
  ll_declarator v = {.var = tok_text(p, name), .name = name};
  size_t j = name + 1;
  bool array = false;
  for (; tok_is(p, j, "["); j = after(match(p, j, e), e)) array = true;
  bool at_module = ll_builder_current_function(p->b) == 0;
  v.state = at_module || d->is_static;
  v.init = v.init_end = v.next = j;
  const char *cls = declared_class(p, d, name);
  v.ctor = !d->indirect && !array ? cls : NULL;
  bool container = array || (!d->indirect && is_container_type(cls));
  if (!at_module) {
    ll_local *local = add_local(p, v.var, cls);
    local->is_static = d->is_static;
    local->holds_threads = container && strstr(range_text(p, d->type_start, d->type_end), "thread");
  }
  if (d->is_static && !at_module) ll_builder_push_guard(p->b, NULL); /* initialised once */
  uint32_t before = ll_builder_event_count(p->b);
  lower_initializer(p, d, &v, e);
  const char *callee = first_call_since(p, before);
  if (d->is_static && !at_module) ll_builder_pop_guard(p->b);
  if (v.state && v.lambda) add_state_binding(p, d, name, LL_BIND_FUNCTION, v.lambda, false);
  else if (v.state)
    add_state_binding(p, d, name, initial_kind(p, v.init, v.init_end, d->indirect, callee), callee, container);
  return v.next;
}

static void lower_declaration(reader *p, ll_decl *d, size_t e) {
  size_t name = d->name;
  bool indirect = d->indirect;
  for (;;) {
    size_t next = lower_declarator(p, d, name, e);
    if (next >= e || !tok_is(p, next, ",")) return;
    d->indirect = indirect;
    size_t j = declarator_prefix(p, next + 1, e, d);
    if (!is_ident(p, j)) return;
    name = j;
  }
}

/* A statement that is a declaration or an expression, [a, e). */
static void lower_simple(reader *p, size_t a, size_t e) {
  ll_decl d;
  p->assign_target = NULL;
  p->pending_write = UINT32_MAX;
  if (parse_declaration(p, a, e, &d)) lower_declaration(p, &d, e);
  else lower_expr(p, a, e);
  p->assign_target = NULL;
  p->pending_write = UINT32_MAX;
}

/* ---- statements ------------------------------------------------------------------------------- */

static size_t lower_stmt(reader *p, size_t i, size_t end);

static void lower_stmts(reader *p, size_t i, size_t end) {
  while (i < end) {
    size_t next = lower_stmt(p, i, end);
    i = next > i ? next : i + 1;
  }
}

/* `!x`, `x == nullptr`, `NULL == x`, `x == 0`: the name a lazy-initialisation test checks. */
static const char *lazy_guard_name(reader *p, size_t a, size_t e) {
  while (tok_is(p, a, "(") && match(p, a, e) == e - 1) a++, e--;
  if (e - a == 2 && tok_is(p, a, "!") && is_ident(p, a + 1)) return tok_text(p, a + 1);
  if (e - a != 3 || !tok_is(p, a + 1, "==")) return NULL;
  static const char *const nulls[] = {"nullptr", "NULL", "0", NULL};
  if (is_ident(p, a) && tok_in(p, a + 2, nulls)) return tok_text(p, a);
  if (is_ident(p, a + 2) && tok_in(p, a, nulls)) return tok_text(p, a + 2);
  return NULL;
}

static void push_break_target(reader *p, char kind) { LL_PUSH(p->breaks, p->n_breaks, p->cap_breaks, kind); }

static size_t lower_if(reader *p, size_t i, size_t end) {
  size_t open = tok_is(p, i + 1, "constexpr") ? i + 2 : i + 1;
  size_t close = match(p, open, end);
  const char *guard = lazy_guard_name(p, open + 1, close);
  p->test_depth++;
  lower_simple(p, open + 1, close);
  p->test_depth--;
  ll_builder_push_condition(p->b);
  if (guard) ll_builder_push_guard(p->b, guard);
  size_t k = lower_stmt(p, after(close, end), end);
  if (guard) ll_builder_pop_guard(p->b);
  if (tok_is(p, k, "else")) k = lower_stmt(p, k + 1, end);
  ll_builder_pop_condition(p->b);
  return k;
}

static bool reads_deadline_since(reader *p, uint32_t from) {
  for (uint32_t i = from; i < ll_builder_event_count(p->b); i++)
    if (ll_builder_event(p->b, i)->kind == LL_EV_CONTEXT_USE) return true;
  return false;
}

static uint32_t open_loop(reader *p, ll_loop_kind kind, size_t keyword) {
  push_break_target(p, 'L');
  uint32_t loop = ll_builder_open_loop(p->b, kind, tok_span(p, keyword, keyword));
  ll_builder_event(p->b, loop)->in_except = p->except_depth > 0;
  return loop;
}

/* Lowers a loop condition [a, e) inside the open loop `loop`. */
static void lower_loop_condition(reader *p, uint32_t loop, size_t a, size_t e) {
  uint32_t before = ll_builder_event_count(p->b);
  p->test_depth++;
  lower_simple(p, a, e);
  p->test_depth--;
  if (reads_deadline_since(p, before)) ll_builder_event(p->b, loop)->as.loop.cond_reads_deadline = true;
}

static void close_loop(reader *p, uint32_t loop, size_t keyword, size_t next) {
  ll_builder_close_loop(p->b, is_io_call, is_sleep_call);
  ll_builder_event(p->b, loop)->span = ll_builder_span(p->b, p->t[keyword].start, p->t[next - 1].end);
  p->n_breaks--;
}

static bool always_true(const reader *p, size_t a, size_t e) {
  return e == a || (e == a + 1 && (tok_is(p, a, "true") || tok_is(p, a, "1")));
}

static size_t lower_while(reader *p, size_t i, size_t end) {
  size_t close = match(p, i + 1, end);
  uint32_t loop = open_loop(p, always_true(p, i + 2, close) ? LL_LOOP_INFINITE : LL_LOOP_WHILE, i);
  lower_loop_condition(p, loop, i + 2, close);
  size_t k = lower_stmt(p, after(close, end), end);
  close_loop(p, loop, i, k);
  return k;
}

static size_t lower_do(reader *p, size_t i, size_t end) {
  uint32_t loop = open_loop(p, LL_LOOP_WHILE, i);
  size_t k = lower_stmt(p, i + 1, end);
  if (tok_is(p, k, "while") && tok_is(p, k + 1, "(")) {
    size_t close = match(p, k + 1, end);
    if (always_true(p, k + 2, close)) ll_builder_event(p->b, loop)->as.loop.kind = LL_LOOP_INFINITE;
    lower_loop_condition(p, loop, k + 2, close);
    k = after(close, end);
    if (tok_is(p, k, ";")) k++;
  }
  close_loop(p, loop, i, k);
  return k;
}

static size_t lower_range_for(reader *p, size_t i, size_t colon, size_t close, size_t end) {
  size_t var = colon - 1;
  const char *range = range_text(p, colon + 1, close);
  uint32_t before = ll_builder_event_count(p->b);
  lower_simple(p, colon + 1, close); /* the range is evaluated once, before the loop */
  const char *iter_callee = first_call_since(p, before);
  uint32_t loop = open_loop(p, LL_LOOP_FOREACH, i);
  ll_loop *l = &ll_builder_event(p->b, loop)->as.loop;
  l->iterates = range;
  l->iter_callee = iter_callee;
  if (is_ident(p, var)) {
    ll_local *local = add_local(p, tok_text(p, var), NULL);
    if (close == colon + 2 && is_ident(p, colon + 1)) local->alias_of = tok_text(p, colon + 1);
  }
  size_t k = lower_stmt(p, after(close, end), end);
  close_loop(p, loop, i, k);
  return k;
}

static size_t lower_for(reader *p, size_t i, size_t end) {
  size_t close = match(p, i + 1, end);
  size_t colon = scan_to(p, i + 2, close, ":");
  if (colon < close) return lower_range_for(p, i, colon, close, end);
  size_t semi1 = scan_to(p, i + 2, close, ";");
  size_t semi2 = semi1 < close ? scan_to(p, semi1 + 1, close, ";") : close;
  lower_simple(p, i + 2, semi1);
  size_t cond = semi1 < close ? semi1 + 1 : close;
  uint32_t loop = open_loop(p, always_true(p, cond, semi2) ? LL_LOOP_INFINITE : LL_LOOP_FOR, i);
  lower_loop_condition(p, loop, cond, semi2);
  size_t k = lower_stmt(p, after(close, end), end);
  if (semi2 < close) lower_simple(p, semi2 + 1, close);
  close_loop(p, loop, i, k);
  return k;
}

static size_t lower_switch(reader *p, size_t i, size_t end) {
  size_t close = match(p, i + 1, end);
  lower_simple(p, i + 2, close);
  ll_builder_push_condition(p->b);
  push_break_target(p, 'S');
  size_t k = lower_stmt(p, after(close, end), end);
  p->n_breaks--;
  ll_builder_pop_condition(p->b);
  return k;
}

static size_t lower_try(reader *p, size_t i, size_t end) {
  ll_builder_push_condition(p->b);
  size_t k = lower_stmt(p, i + 1, end);
  p->except_depth++;
  while (tok_is(p, k, "catch") && tok_is(p, k + 1, "(")) k = lower_stmt(p, after(match(p, k + 1, end), end), end);
  p->except_depth--;
  ll_builder_pop_condition(p->b);
  return k;
}

/* `return`, `throw`, `break`: leave the loop; then lower the rest of the statement. */
static size_t lower_jump(reader *p, size_t i, size_t end) {
  bool to_switch = tok_is(p, i, "break") && p->n_breaks && p->breaks[p->n_breaks - 1] == 'S';
  if (!to_switch && !tok_is(p, i, "continue")) ll_builder_loop_break(p->b);
  size_t semi = scan_to(p, i + 1, end, ";");
  lower_simple(p, i + 1, semi);
  return after(semi, end);
}

static size_t lower_using(reader *p, size_t i, size_t end) {
  size_t semi = scan_to(p, i, end, ";");
  if (tok_is(p, i + 1, "namespace") && i + 2 < semi) {
    ll_import *imp = ll_builder_add_import(p->b);
    imp->module = range_text(p, i + 2, semi);
    imp->qualified = imp->module;
    imp->span = tok_span(p, i, semi < end ? semi : semi - 1);
  }
  return after(semi, end);
}

static size_t skip_statement(reader *p, size_t i, size_t end) { return after(scan_to(p, i, end, ";"), end); }

/* One statement at `i`; returns the index after it. */
static size_t lower_stmt(reader *p, size_t i, size_t end) {
  static const char *const jumps[] = {"return", "co_return", "throw", "break", "continue", "goto", NULL};
  static const char *const skipped[] = {"typedef", "static_assert", "asm", "__asm__", NULL};
  if (i >= end) return end;
  if (tok_is(p, i, "{")) {
    size_t close = match(p, i, end);
    lower_stmts(p, i + 1, close);
    return after(close, end);
  }
  if (tok_is(p, i, ";")) return i + 1;
  if (tok_is(p, i, "if")) return lower_if(p, i, end);
  if (tok_is(p, i, "while") && tok_is(p, i + 1, "(")) return lower_while(p, i, end);
  if (tok_is(p, i, "do")) return lower_do(p, i, end);
  if (tok_is(p, i, "for") && tok_is(p, i + 1, "(")) return lower_for(p, i, end);
  if (tok_is(p, i, "switch") && tok_is(p, i + 1, "(")) return lower_switch(p, i, end);
  if (tok_is(p, i, "try")) return lower_try(p, i, end);
  if (tok_in(p, i, jumps)) return lower_jump(p, i, end);
  if (tok_is(p, i, "case")) return after(scan_to(p, i, end, ":"), end);
  if (tok_is(p, i, "default") && tok_is(p, i + 1, ":")) return i + 2;
  if (tok_is(p, i, "using")) return lower_using(p, i, end);
  if (tok_in(p, i, skipped)) return skip_statement(p, i, end);
  size_t semi = scan_to(p, i, end, ";");
  lower_simple(p, i, semi);
  return after(semi, end);
}

/* ---- functions -------------------------------------------------------------------------------- */

/* Adds the parameters in the group [open, close] to the current function and its locals. */
static void lower_params(reader *p, size_t open, size_t close) {
  for (size_t a = open + 1; a < close;) {
    size_t e = scan_to(p, a, close, ",");
    ll_decl d;
    if (parse_declaration(p, a, e, &d)) {
      const char *name = tok_text(p, d.name);
      ll_builder_add_param(p->b, name);
      add_local(p, name, declared_class(p, &d, d.name));
    } else if (e > a && !(e == a + 1 && (tok_is(p, a, "void") || tok_is(p, a, "...")))) {
      ll_builder_add_param(p->b, ""); /* unnamed */
    }
    a = after(e, close);
  }
}

/* Lowers a function body [open, close] as function `name` spanning tokens [start, close]. */
static int lower_function_body(reader *p, const char *name, const char *qualname, size_t start, size_t name_tok,
                               size_t params, size_t open, size_t close) {
  ll_span span = tok_span(p, start, close);
  int fn = ll_builder_open_function(p->b, name, span, tok_span(p, name_tok, name_tok));
  ll_function *f = ll_builder_function(p->b, fn);
  if (qualname) f->qualname = qualname;
  f->is_entry_main = !qualname && f->parent == 0 && strcmp(name, "main") == 0; /* runs once, at start */
  push_break_target(p, 'F'); /* `break` does not cross a function */
  if (params != LL_NONE) lower_params(p, params, match(p, params, close));
  if (p->once_lambda) ll_builder_push_guard(p->b, NULL);
  p->once_lambda = false;
  lower_stmts(p, open + 1, close);
  drop_locals_of(p, fn);
  ll_builder_close_function(p->b);
  p->n_breaks--;
  return fn;
}

/* `[captures](params) specifiers { body }` at `i`: a function of its own. Returns the index after it. */
static size_t lower_lambda(reader *p, size_t i, size_t e) {
  size_t captures = match(p, i, e);
  size_t j = after(captures, e);
  size_t params = tok_is(p, j, "(") ? j : LL_NONE;
  if (params != LL_NONE) j = after(match(p, j, e), e);
  while (j < e && !tok_is(p, j, "{") && !tok_is(p, j, ";")) j = is_open(p, j) ? after(match(p, j, e), e) : j + 1;
  if (!tok_is(p, j, "{") || j >= e) return after(captures, e);
  size_t close = match(p, j, e);
  const char *saved_target = p->assign_target;
  uint32_t saved_write = p->pending_write;
  const char *saved_holder = p->spawn_holder;
  p->assign_target = NULL;
  p->pending_write = UINT32_MAX;
  p->spawn_holder = NULL;
  const char *name = lambda_name(p, i);
  add_name_use(p, name, i); /* the enclosing code may run it */
  lower_function_body(p, name, NULL, i, i, params, j, close);
  p->assign_target = saved_target;
  p->pending_write = saved_write;
  p->spawn_holder = saved_holder;
  return after(close, e);
}

/* ---- namespace and class scope ------------------------------------------------------------- */

static void lower_decls(reader *p, size_t i, size_t end, const char *class_name);

/* The `{` that starts a function body after the parameter group closing at `close`, or LL_NONE. */
static size_t function_body(reader *p, size_t close, size_t end) {
  bool ctor_init = false;
  for (size_t j = close + 1; j < end; j++) {
    if (tok_is(p, j, ";") || tok_is(p, j, "=")) return LL_NONE;
    if (tok_is(p, j, ":")) ctor_init = true;
    if (tok_is(p, j, "{")) {
      if (!ctor_init || tok_is(p, j - 1, ")") || tok_is(p, j - 1, "}")) return j;
      j = match(p, j, end); /* a member initialiser `m{…}` */
    } else if (tok_is(p, j, "(") || tok_is(p, j, "[")) {
      j = match(p, j, end);
    }
  }
  return LL_NONE;
}

/* `outer::name`, or `name` at the global scope. */
static const char *qualify(reader *p, const char *outer, const char *name) {
  return outer ? arena_join(p, outer, "::", name) : name;
}

/* A function's qualified name as the AST spells callees: namespaces, classes, then the name
 * (`void Service::handle()` inside `namespace app` is "app::Service::handle"); NULL for a global
 * free function. */
static const char *function_qualname(reader *p, size_t first, size_t name_tok, const char *class_name) {
  const char *outer = class_name ? class_name : p->scope_ns;
  if (first < name_tok) return qualify(p, outer, range_text(p, first, name_tok + 1));
  return outer ? qualify(p, outer, tok_text(p, name_tok)) : NULL;
}

static void lower_function_definition(reader *p, size_t start, size_t params, size_t body, size_t end,
                                      const char *class_name) {
  size_t name_tok = params - 1;
  size_t first = name_tok;
  while (first >= 2 && tok_is(p, first - 1, "::") && is_ident(p, first - 2)) first -= 2;
  const char *name = tok_text(p, name_tok);
  const char *qualname = function_qualname(p, first, name_tok, class_name);
  add_known_function(p, name);
  const char *saved_class = p->current_class;
  if (class_name) p->current_class = class_name;
  else if (first < name_tok) p->current_class = qualify(p, p->scope_ns, range_text(p, first, name_tok - 1));
  int fn = lower_function_body(p, name, qualname, start, name_tok, params, body, match(p, body, end));
  p->current_class = saved_class;
  /* External linkage, callable from other files: not `static` at namespace scope, not in an
   * anonymous namespace. */
  bool internal = p->internal_scopes > 0;
  for (size_t k = start; k < name_tok && !internal && !class_name && first == name_tok; k++)
    internal = tok_is(p, k, "static");
  ll_builder_function(p->b, fn)->global_symbol = !internal;
}

/* Whether the group [open, close] declares parameters (`()`, `(void)`, `(int x, const T&)`) rather than
 * passing constructor arguments (`(config)`, `(1, "x")`). */
static bool is_parameter_list(reader *p, size_t open, size_t close) {
  for (size_t a = open + 1; a < close;) {
    size_t e = scan_to(p, a, close, ",");
    ll_decl d;
    bool typed = is_builtin_type(p, a) || tok_is(p, a, "const") || tok_is(p, a, "struct") || tok_is(p, a, "...");
    size_t last = 0, targs;
    const char *spelled = NULL;
    size_t k = parse_qname(p, a, e, &last, &spelled, &targs);
    bool unnamed = k > a && k < e && (tok_is(p, k, "&") || tok_is(p, k, "*") || tok_is(p, k, "const"));
    if (!typed && !unnamed && !parse_declaration(p, a, e, &d)) return false;
    a = after(e, close);
  }
  return true;
}

/* A declaration at namespace or class scope starting at `i`: a function (definition or prototype)
 * or variables. Returns the index after it. */
static size_t lower_scope_decl(reader *p, size_t i, size_t end, const char *class_name) {
  for (size_t j = i; j < end;) {
    if (tok_is(p, j, ";")) {
      if (!class_name) lower_simple(p, i, j);
      return j + 1;
    }
    if (tok_is(p, j, "=") || tok_is(p, j, "}")) {
      size_t semi = scan_to(p, j, end, ";");
      if (!class_name && tok_is(p, semi, ";")) lower_simple(p, i, semi);
      return after(semi, end);
    }
    if (tok_is(p, j, "(") && j > i && is_ident(p, j - 1)) {
      size_t close = match(p, j, end);
      size_t body = close < end ? function_body(p, close, end) : LL_NONE;
      if (body != LL_NONE) {
        lower_function_definition(p, i, j, body, end, class_name);
        return after(match(p, body, end), end);
      }
      size_t semi = scan_to(p, close, end, ";");
      if (is_parameter_list(p, j, close)) add_known_function(p, tok_text(p, j - 1)); /* a prototype */
      else if (!class_name && tok_is(p, semi, ";")) lower_simple(p, i, semi); /* `T x(args);` */
      return after(semi, end);
    }
    j = is_open(p, j) ? after(match(p, j, end), end) : j + 1;
  }
  return end;
}

/* Records the data members declared in a class body [i, end): `Client &client_;`, `int n_ = 0;`. */
static void collect_fields(reader *p, size_t i, size_t end, const char *owner) {
  static const char *const access[] = {"public", "private", "protected", NULL};
  for (size_t a = i; a < end;) {
    while (a + 1 < end && tok_in(p, a, access) && tok_is(p, a + 1, ":")) a += 2;
    size_t j = a;
    bool has_body = false;
    while (j < end && !tok_is(p, j, ";") && !has_body) {
      has_body = tok_is(p, j, "{");
      j = is_open(p, j) ? after(match(p, j, end), end) : j + 1;
    }
    ll_decl d;
    if (!has_body && j > a && parse_declaration(p, a, j, &d) && !tok_is(p, d.name + 1, "(")) {
      ll_field field = {.owner = owner, .name = tok_text(p, d.name), .type = declared_class(p, &d, d.name)};
      LL_PUSH(p->fields, p->n_fields, p->cap_fields, field);
    }
    a = j < end && tok_is(p, j, ";") ? j + 1 : (j > a ? j : a + 1);
  }
}

/* `class X … { members } declarators;` */
static size_t lower_record(reader *p, size_t i, size_t end, const char *class_name) {
  size_t j = i + 1;
  while (j < end && !tok_is(p, j, "{") && !tok_is(p, j, ";"))
    j = tok_is(p, j, "(") || tok_is(p, j, "[") ? after(match(p, j, end), end) : j + 1;
  if (!tok_is(p, j, "{")) return after(j, end);
  size_t close = match(p, j, end);
  const char *name = NULL;
  for (size_t k = i + 1; k < j && !tok_is(p, k, ":"); k++)
    if (is_ident(p, k) && !tok_is(p, k, "final")) name = tok_text(p, k);
  const char *full = qualify(p, class_name ? class_name : p->scope_ns, name ? name : "<anonymous>");
  if (tok_is(p, i, "enum")) return skip_statement(p, after(close, end), end);
  collect_fields(p, j + 1, close, full); /* before the methods: members may be declared after them */
  lower_decls(p, j + 1, close, full);
  return skip_statement(p, after(close, end), end);
}

static size_t skip_template_header(reader *p, size_t i, size_t end) {
  if (!tok_is(p, i + 1, "<")) return i + 1;
  size_t gt = match_angle(p, i + 1, end);
  return gt == LL_NONE ? i + 1 : gt + 1;
}

/* `namespace n { … }` (an anonymous one gives internal linkage), or a namespace alias. */
static size_t lower_namespace(reader *p, size_t i, size_t end, const char *class_name) {
  size_t j = i + 1;
  while (j < end && !tok_is(p, j, "{") && !tok_is(p, j, ";")) j++;
  if (!tok_is(p, j, "{")) return after(j, end);
  size_t close = match(p, j, end);
  bool is_inline = tok_is(p, i + 1, "inline");
  size_t name = is_inline ? i + 2 : i + 1;
  bool anonymous = j == name;
  const char *saved = p->scope_ns;
  if (!anonymous && !is_inline) p->scope_ns = qualify(p, p->scope_ns, range_text(p, name, j));
  p->internal_scopes += anonymous;
  lower_decls(p, j + 1, close, class_name);
  p->internal_scopes -= anonymous;
  p->scope_ns = saved;
  return after(close, end);
}

static void lower_decls(reader *p, size_t i, size_t end, const char *class_name) {
  static const char *const records[] = {"class", "struct", "union", "enum", NULL};
  static const char *const access[] = {"public", "private", "protected", NULL};
  while (i < end) {
    if (tok_is(p, i, ";")) {
      i++;
    } else if (tok_is(p, i, "namespace")) {
      i = lower_namespace(p, i, end, class_name);
    } else if (tok_is(p, i, "extern") && is_literal(p, i + 1) && tok_is(p, i + 2, "{")) {
      size_t close = match(p, i + 2, end);
      lower_decls(p, i + 3, close, class_name);
      i = after(close, end);
    } else if (tok_is(p, i, "template")) {
      i = skip_template_header(p, i, end);
    } else if (tok_is(p, i, "using")) {
      i = lower_using(p, i, end);
    } else if (tok_in(p, i, access) && tok_is(p, i + 1, ":")) {
      i += 2;
    } else if (tok_is(p, i, "enum") || (tok_in(p, i, records) && !tok_is(p, i + 2, "(") &&
                                         !(is_ident(p, i + 2) && !tok_is(p, i + 2, "final")))) {
      i = lower_record(p, i, end, class_name);
    } else if (tok_is(p, i, "typedef") || tok_is(p, i, "static_assert") || tok_is(p, i, "friend")) {
      i = skip_statement(p, i, end);
    } else {
      size_t next = lower_scope_decl(p, i, end, class_name);
      i = next > i ? next : i + 1;
    }
  }
}

void ll_clang_lower_tokens(ll_builder *builder, const ll_ctoken *tokens, size_t count) {
  reader p = {.b = builder, .t = tokens, .n = count, .src = ll_builder_source(builder),
              .arena = ll_builder_arena(builder), .pending_write = UINT32_MAX};
  p.closer = pair_brackets(&p);
  lower_decls(&p, 0, count, NULL);
  free(p.closer);
  free(p.locals);
  free(p.fields);
  free(p.functions);
  free(p.breaks);
}
