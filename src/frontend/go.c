/*
 * go.c — the Go front-end, on the shared tree-sitter core (tscore.h).
 *
 * Qualified names are import paths: `import ddb "github.com/aws/aws-sdk-go-v2/service/dynamodb"`;
 * `ddb.NewFromConfig(cfg)` → "github.com/aws/aws-sdk-go-v2/service/dynamodb.NewFromConfig". An import
 * without an alias binds the package's name, taken from the path the way `go` names most packages
 * (the last element; "…/go-redis/v9" → "redis", "gopkg.in/yaml.v3" → "yaml"). Dot and blank imports
 * bind no name. A composite literal of a package type (`&http.Client{Timeout: t}`) is a call of the
 * type ("net/http.Client") whose keywords are the literal's fields; a composite literal passed to a
 * call also lends its fields to that call (`Invoke(ctx, &lambda.InvokeInput{InvocationType: …})`).
 *
 * One file is one module; the engine joins the files of a package (one folder) by name, so a handler
 * in handler.go passed to `lambda.Start` in main.go is found (src/engine/link.c). The go.mod above a
 * file (never above the analysed folder) gives its package's import path (`package_path`), by which
 * the engine finds the package another file imports, the module's root package included.
 *
 * Receivers: a method call's `receiver_ctor` is the receiver's type when the code states it (a
 * receiver, a parameter, `var c T`, `&T{}`, a field's declared type, a package variable's declared
 * type) or the call that built it ("store.New", "store.New().Orders": the engine follows functions'
 * `result_type`s, and `T.<embedN>` functions standing for the types T embeds). A package variable
 * set once in init/main is what that assignment built. `hc := http.DefaultClient`, and a field a
 * composite literal fills with such a package variable, are that variable: their calls are its own.
 *
 * Module load: package-level initialisers, `init()` and `main` (both `is_entry_main`: never part of
 * an invocation). Handlers: what is passed to `lambda.Start`, `StartWithOptions`, `StartHandler`,
 * `StartHandlerFunc`, `NewHandler`: a function, a method value (`h.Handle`), or a closure written
 * there (lowered as a function of its own, `<func:L:C>`, seeing what main built before it). Behind an
 * HTTP adapter (`httpadapter.New(mux)`, `chiadapter`, `ginadapter`, `gorillamux`, `algnhsa`) the
 * functions registered as routes in that file are the handlers.
 *
 * The invocation context: a parameter of type `context.Context` is the function's context
 * (`context_param`), and so is a local derived from it (`ctx, cancel := context.WithTimeout(ctx, d)`).
 * `ctx.Deadline()`, `ctx.Done()`, `ctx.Err()` on one are deadline reads. `context.Background()` /
 * `context.TODO()` called where one is in scope gets the keyword "<ctx>" (its name): LL404.
 *
 * Goroutines: `go f()` is a task (LL_SPAWN_TASK, started), joined when the function later waits on
 * something (`wg.Wait()`, `g.Wait()`, a channel receive, a `range` over a channel, a `select`).
 * Package state: assignments, `x = append(x, …)`, `m[k] = v`, `n++` on a package-level variable are
 * writes; `if x == nil { x = … }` and a `sync.Once` `Do` body are lazy-initialisation guards.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "base/path.h"
#include "base/readfile.h"
#include "base/streq.h"
#include "base/strmap.h"
#include "frontend/frontend.h"
#include "frontend/tscore.h"

const TSLanguage *tree_sitter_go(void);

/* Prefix of the callback of a route registration behind a Lambda adapter (src/engine/link.c). */
#define GO_ROUTE_MARK "<route>"
/* The ctor_arg of a local holding a value of a known type (`h := &Handler{}`), not a call's result. */
static const char TYPE_MARK[] = "<type>";
/* The ctor_arg of a local holding a package's variable (`hc := http.DefaultClient`): ctor is its name. */
static const char VALUE_MARK[] = "<value>";

/* A name holding the invocation's context in an open function. */
typedef struct {
  int function;
  const char *name;
} go_ctx_name;

/* What this file says about a field of one of its struct types (`T.f`): its declared type, and the
 * package value a composite literal of T puts there (`&Client{hc: http.DefaultClient}`). */
typedef struct {
  const char *type;  /* "RateLimiter", "net/http.Client", or NULL */
  const char *value; /* "net/http.DefaultClient", or NULL */
} go_field;

/* A local holding an SDK input struct written in place (`in := &dynamodb.ScanInput{…}`): a call it is
 * passed to gets its fields, unless a field was set since (`in.Limit = …`). */
typedef struct {
  int function;
  const char *name;
  TSNode composite;
  bool modified;
} go_input_var;

/* A package-level variable declared with a type (`var repo *store.Repo`) or set once in init/main
 * (`repo = store.New(db)`): what its methods are. */
typedef struct {
  const char *type; /* the declared type */
  const char *ctor; /* the constructor (or `&T{}` type) init/main assigns, when it is the only one */
  bool ctor_is_type;
  int assignments;
} go_var;

typedef struct {
  go_ctx_name *ctx_names;
  size_t n_ctx, cap_ctx;
  go_field *fields; /* by "T.f" in field_index */
  size_t n_fields, cap_fields;
  ll_strmap field_index;
  go_var *vars; /* by name in var_index */
  size_t n_vars, cap_vars;
  ll_strmap var_index;
  go_input_var *inputs;
  size_t n_inputs, cap_inputs;
  const char **routes; /* functions registered as HTTP routes (handlers behind an adapter) */
  size_t n_routes, cap_routes;
  const char **handlers; /* functions and closures passed to lambda.Start & co. */
  size_t n_handlers, cap_handlers;
  ll_strmap top_fns; /* package-level function name → function index */
  bool adapter; /* the file wraps an HTTP router in a Lambda adapter */
} go_state;

static go_state *st(ll_tsl *L) { return (go_state *)L->lang_state; }
static ll_arena *arena(ll_tsl *L) { return ll_builder_arena(L->b); }
static char *text(ll_tsl *L, TSNode n) { return ll_ts_text(L->b, n); }
static bool is(TSNode n, const char *kind) { return ll_ts_is(n, kind); }
static bool text_is(ll_tsl *L, TSNode n, const char *s) { return !ts_node_is_null(n) && ll_ts_text_is(L->b, n, s); }

static bool has_prefix(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* The named-child count, 0 for an absent node (tree-sitter does not accept a null node). */
static uint32_t nchild(TSNode n) { return ts_node_is_null(n) ? 0 : ts_node_named_child_count(n); }

static TSNode unwrap(TSNode n) {
  for (int i = 0; i < 64 && is(n, "parenthesized_expression") && nchild(n) > 0; i++)
    n = ts_node_named_child(n, 0);
  return n;
}

static TSNode first_named(TSNode n) {
  return ts_node_is_null(n) || nchild(n) == 0 ? (TSNode){0} : ts_node_named_child(n, 0);
}

/* The composite literal `value` is (`T{…}`, `&T{…}`), or a null node. */
static TSNode composite_of(TSNode value) {
  value = unwrap(value);
  if (is(value, "unary_expression") && ts_node_child_count(value) == 2) value = unwrap(ll_ts_field(value, "operand"));
  return is(value, "composite_literal") ? value : (TSNode){0};
}

/* Whether `type` may be a struct of this package: not another package's, not a predeclared type. */
static bool own_type(const char *type) {
  static const char *const predeclared[] = {"error", "string", "bool", "byte", "rune", "any", "int", "int8",
                                            "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
                                            "uint64", "uintptr", "float32", "float64", NULL};
  if (!type || strchr(type, '.')) return false;
  for (size_t i = 0; predeclared[i]; i++)
    if (ll_streq(type, predeclared[i])) return false;
  return true;
}

/* ---- literals -------------------------------------------------------------------------------- */

static char *go_string_value(ll_tsl *L, TSNode node) {
  node = unwrap(node);
  bool raw = is(node, "raw_string_literal");
  if (!raw && !is(node, "interpreted_string_literal")) return NULL;
  uint32_t s = ts_node_start_byte(node), e = ts_node_end_byte(node);
  if (e - s < 2) return ll_arena_strdup(arena(L), "");
  char *all = ll_builder_text(L->b, s + 1, e - 1);
  return all;
}

static char *go_literal_value(ll_tsl *L, TSNode node) {
  node = unwrap(node);
  char *s = go_string_value(L, node);
  if (s) return s;
  if (is(node, "int_literal") || is(node, "float_literal") || is(node, "true") || is(node, "false") ||
      is(node, "nil") || is(node, "iota"))
    return text(L, node);
  return NULL;
}

/* ---- imports --------------------------------------------------------------------------------- */

/* The name a package at `path` declares, as most packages do: the last element, a major-version
 * element ("v9") skipped, a "go-" prefix and a ".vN" / "-go" / ".go" suffix dropped. */
static char *package_name(ll_tsl *L, const char *path) {
  const char *end = path + strlen(path), *start = end;
  for (int round = 0; round < 2; round++) {
    while (start > path && start[-1] != '/') start--;
    bool version = start[0] == 'v' && start[1] >= '0' && start[1] <= '9' && round == 0 && start > path;
    if (!version) break;
    end = start - 1;
    start = end;
  }
  size_t n = (size_t)(end - start);
  if (n > 3 && has_prefix(start, "go-")) start += 3, n -= 3;
  const char *dot = memchr(start, '.', n);
  if (dot) n = (size_t)(dot - start);
  if (n > 3 && !strncmp(start + n - 3, "-go", 3)) n -= 3;
  char *out = ll_arena_alloc(arena(L), n + 1);
  for (size_t i = 0; i < n; i++) out[i] = start[i] == '-' ? '_' : start[i];
  out[n] = '\0';
  return out;
}

static void lower_import_spec(ll_tsl *L, TSNode spec) {
  char *path = go_string_value(L, ll_ts_field(spec, "path"));
  if (!path || !*path) return;
  TSNode name = ll_ts_field(spec, "name");
  ll_import *imp = ll_builder_add_import(L->b);
  imp->module = path;
  imp->member = NULL;
  imp->relative_level = 0;
  imp->function = 0;
  imp->guarded = false;
  imp->span = ll_ts_span(L->b, spec);
  if (is(name, "dot") || is(name, "blank_identifier")) {
    imp->alias = NULL; /* dot: a wildcard; blank: imported for its init() only */
    imp->qualified = NULL;
    return;
  }
  imp->alias = is(name, "package_identifier") ? text(L, name) : package_name(L, path);
  imp->qualified = path;
}

static void lower_import(ll_tsl *L, TSNode node) {
  ll_tsl_children it = ll_tsl_children_begin(L, node);
  for (TSNode c; ll_tsl_children_next(&it, &c);) {
    if (is(c, "import_spec")) lower_import_spec(L, c);
    else if (is(c, "import_spec_list"))
      for (uint32_t i = 0; i < nchild(c); i++)
        if (is(ts_node_named_child(c, i), "import_spec")) lower_import_spec(L, ts_node_named_child(c, i));
  }
  ll_tsl_children_end(L);
}

/* The qualified name of a type node (`context.Context` → "context.Context", `*http.Client` →
 * "net/http.Client"), or NULL for others. */
static const char *type_name(ll_tsl *L, TSNode type) {
  for (int i = 0; i < 8 && (is(type, "pointer_type") || is(type, "generic_type")); i++)
    type = is(type, "generic_type") ? ll_ts_field(type, "type") : first_named(type);
  if (is(type, "type_identifier")) return text(L, type);
  if (!is(type, "qualified_type")) return NULL;
  TSNode pkg = ll_ts_field(type, "package"), name = ll_ts_field(type, "name");
  if (ts_node_is_null(pkg) || ts_node_is_null(name)) return NULL;
  const ll_import *imp = ll_builder_import_for_alias(L->b, text(L, pkg), 0);
  return ll_tsl_join(L, imp && imp->qualified ? imp->qualified : text(L, pkg), ".", text(L, name));
}

/* The named type a function returns first (`*Client`, `(*store.Repo, error)`), or NULL. */
static const char *result_type(ll_tsl *L, TSNode result) {
  if (is(result, "parameter_list")) {
    TSNode first = first_named(result);
    if (!is(first, "parameter_declaration")) return NULL;
    result = ll_ts_field(first, "type");
  }
  return ts_node_is_null(result) ? NULL : type_name(L, result);
}

/* A name holding a value of a known type (`h := &Handler{}`, a receiver, a parameter `r *Repo`): its
 * methods are that type's. */
static void set_type(ll_tsl *L, const char *name, const char *type) {
  if (!type || ll_streq(name, "_")) return;
  ll_tsl_local *local = ll_tsl_declare_local(L, name);
  local->ctor = type;
  local->ctor_arg = TYPE_MARK;
}

/* ---- the invocation context ------------------------------------------------------------------ */

static void add_ctx_name(ll_tsl *L, const char *name) {
  if (!name || ll_streq(name, "_")) return;
  go_ctx_name c = {.function = ll_tsl_fn(L), .name = name};
  LL_PUSH(st(L)->ctx_names, st(L)->n_ctx, st(L)->cap_ctx, c);
}

/* Whether `name` holds the invocation context in the current function. */
static bool is_ctx_name(ll_tsl *L, const char *name) {
  int fn = ll_tsl_fn(L);
  for (size_t i = st(L)->n_ctx; i-- > 0;)
    if (st(L)->ctx_names[i].function == fn && ll_streq(st(L)->ctx_names[i].name, name)) return true;
  return false;
}

/* Any context name in scope (the latest), or NULL. */
static const char *ctx_in_scope(ll_tsl *L) {
  int fn = ll_tsl_fn(L);
  for (size_t i = st(L)->n_ctx; i-- > 0;)
    if (st(L)->ctx_names[i].function == fn) return st(L)->ctx_names[i].name;
  return NULL;
}

/* `context.WithTimeout(ctx, d)` and the like on a context in scope: a context of the same invocation. */
static bool derives_ctx(ll_tsl *L, TSNode value) {
  value = unwrap(value);
  if (!is(value, "call_expression")) return false;
  char *callee = ll_tsl_callee_of(L, value);
  if (!callee || !has_prefix(callee, "context.With")) return false;
  TSNode arg = unwrap(first_named(ll_ts_field(value, "arguments")));
  return is(arg, "identifier") && is_ctx_name(L, text(L, arg));
}

/* ---- functions ------------------------------------------------------------------------------- */

/* Parameters: each name (several may share a type); a `context.Context` one is the context. For a
 * closure lowered in place (`fn_index` < 0) they are locals of the enclosing function. */
static void lower_params(ll_tsl *L, TSNode params, int fn_index) {
  uint32_t index = 0;
  for (uint32_t i = 0; i < nchild(params); i++) {
    TSNode p = ts_node_named_child(params, i);
    if (!is(p, "parameter_declaration") && !is(p, "variadic_parameter_declaration")) continue;
    const char *type = type_name(L, ll_ts_field(p, "type"));
    bool ctx = type && ll_streq(type, "context.Context");
    bool named = false;
    for (uint32_t k = 0; k < nchild(p); k++) {
      TSNode n = ts_node_named_child(p, k);
      if (!is(n, "identifier")) continue;
      char *name = text(L, n);
      if (fn_index < 0) ll_tsl_declare_local(L, name);
      else ll_tsl_add_param(L, name);
      if (!ctx) set_type(L, name, type);
      if (ctx) {
        add_ctx_name(L, name);
        if (fn_index > 0 && !ll_streq(name, "_")) ll_builder_function(L->b, fn_index)->context_param = (int)index;
      }
      index++;
      named = true;
    }
    if (!named && fn_index >= 0) { /* `func(context.Context, Event)`: a parameter without a name */
      ll_tsl_add_param(L, "_");
      index++;
    }
  }
}

static void lower_block(ll_tsl *L, TSNode block);

/* Copies what the enclosing function's locals hold into the function being opened (a closure built
 * in main sees the clients main built). */
static void inherit_locals(ll_tsl *L, int from) {
  size_t n = L->n_locals;
  for (size_t i = 0; i < n; i++) {
    ll_tsl_local copy = L->locals[i];
    if (copy.function != from || !copy.ctor) continue;
    ll_tsl_local *local = ll_tsl_declare_local(L, copy.name);
    local->ctor = copy.ctor;
    local->ctor_arg = copy.ctor_arg;
  }
}

/* Whether the prescans descend into `n`: declarations and statements, not expressions (a closure
 * inside an expression is skipped: its names are its own). Keeps the extra walks to a fraction of
 * the tree. */
static bool holds_statements(TSNode n) {
  static const char *const kinds[] = {"source_file", "function_declaration", "method_declaration", "block",
                                      "statement_list", "if_statement", "for_statement", "for_clause",
                                      "expression_switch_statement", "type_switch_statement", "select_statement",
                                      "expression_case", "type_case", "default_case", "communication_case",
                                      "labeled_statement", "var_declaration", "var_spec_list", "const_declaration",
                                      "parameter_list", NULL};
  const char *kind = ts_node_type(n);
  for (size_t i = 0; kinds[i]; i++)
    if (kind[0] == kinds[i][0] && !strcmp(kind, kinds[i])) return true;
  return false;
}

/* The one type of this package every non-nil first result `body` returns is a composite literal of
 * (`return &reader{db: db}, nil`), or NULL. A constructor declared to return an interface
 * (`func NewReader() Reader`) returns that implementation: its methods are the ones that run. */
static const char *returned_type(ll_tsl *L, TSNode body) {
  const char *found = NULL;
  TSTreeCursor cursor = ts_tree_cursor_new(body);
  for (bool more = true; more;) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    bool descend = holds_statements(n);
    if (is(n, "return_statement")) {
      TSNode first = first_named(first_named(n)), literal = composite_of(first);
      const char *type = ts_node_is_null(literal) ? NULL : type_name(L, ll_ts_field(literal, "type"));
      if (!is(unwrap(first), "nil") && (!type || !own_type(type) || (found && !ll_streq(found, type)))) {
        found = NULL;
        break;
      }
      if (type) found = type;
    }
    if (descend && ts_tree_cursor_goto_first_child(&cursor)) continue;
    while (!(more = ts_tree_cursor_goto_next_sibling(&cursor)) && ts_tree_cursor_goto_parent(&cursor)) {}
  }
  ts_tree_cursor_delete(&cursor);
  return found;
}

/* Lowers a function, method or closure body as a function of its own. */
static int lower_function(ll_tsl *L, const char *name, TSNode outer, TSNode name_node, TSNode fn_node,
                          const char *receiver_type, TSNode receiver) {
  int parent = ll_tsl_fn(L);
  int saved_test = L->test_depth, saved_except = L->except_depth;
  L->test_depth = L->except_depth = 0;
  const char *saved_class = L->class_name; /* the core restores the receiver type on close: a function
                                               after a method must not become that type's method */
  if (receiver_type) L->class_name = receiver_type;
  int index = ll_tsl_open_function(L, name, outer, ts_node_is_null(name_node) ? outer : name_node);
  ll_function *fn = ll_builder_function(L->b, index);
  if (parent == 0 && !receiver_type && (ll_streq(name, "main") || ll_streq(name, "init"))) fn->is_entry_main = true;
  fn->result_type = result_type(L, ll_ts_field(fn_node, "result"));
  TSNode fn_body = ll_ts_field(fn_node, "body");
  if (fn->result_type && !ts_node_is_null(fn_body)) {
    const char *concrete = returned_type(L, fn_body);
    if (concrete) fn->result_type = concrete;
  }
  if (parent != 0) inherit_locals(L, parent);
  else if (!receiver_type) ll_strmap_put(&st(L)->top_fns, name, index);
  if (receiver_type) { /* the receiver: `r.helper()` is `T.helper` */
    for (uint32_t i = 0; i < nchild(receiver); i++) {
      TSNode name_n = ll_ts_field(ts_node_named_child(receiver, i), "name");
      if (is(name_n, "identifier")) set_type(L, text(L, name_n), receiver_type);
    }
  }
  lower_params(L, ll_ts_field(fn_node, "parameters"), index);
  TSNode body = ll_ts_field(fn_node, "body");
  if (!ts_node_is_null(body)) lower_block(L, body);
  ll_tsl_close_function(L);
  L->class_name = saved_class;
  L->test_depth = saved_test, L->except_depth = saved_except;
  return index;
}

static void lower_function_decl(ll_tsl *L, TSNode node) {
  TSNode name = ll_ts_field(node, "name");
  lower_function(L, ts_node_is_null(name) ? "<anonymous>" : text(L, name), node, name, node, NULL, (TSNode){0});
}

static void lower_method_decl(ll_tsl *L, TSNode node) {
  TSNode name = ll_ts_field(node, "name"), receiver = ll_ts_field(node, "receiver");
  const char *type = NULL;
  for (uint32_t i = 0; !type && i < nchild(receiver); i++)
    type = type_name(L, ll_ts_field(ts_node_named_child(receiver, i), "type"));
  if (!type) type = "<receiver>";
  lower_function(L, ts_node_is_null(name) ? "<anonymous>" : text(L, name), node, name, node, type, receiver);
}

static bool is_registrar(const char *callee) {
  static const char *const names[] = {"Start", "StartWithOptions", "StartHandler", "StartHandlerFunc",
                                      "StartHandlerWithContext", "StartWithContext", "NewHandler",
                                      "NewHandlerWithOptions", NULL};
  if (!callee || !has_prefix(callee, "github.com/aws/aws-lambda-go/lambda.")) return false;
  const char *method = callee + strlen("github.com/aws/aws-lambda-go/lambda.");
  for (size_t i = 0; names[i]; i++)
    if (ll_streq(method, names[i])) return true;
  return false;
}

/* The call whose argument list holds `node` directly, or a null node. */
static TSNode call_of_argument(TSNode node) {
  TSNode p = ts_node_parent(node);
  while (is(p, "parenthesized_expression")) p = ts_node_parent(p);
  if (!is(p, "argument_list")) return (TSNode){0};
  p = ts_node_parent(p);
  return is(p, "call_expression") ? p : (TSNode){0};
}

static char *closure_name(ll_tsl *L, TSNode node) {
  char name[48];
  TSPoint at = ts_node_start_point(node);
  snprintf(name, sizeof name, "<func:%u:%u>", at.row + 1, at.column + 1);
  return ll_arena_strdup(arena(L), name);
}

/* `once.Do(func() { … })`: the body runs once per environment. */
static bool once_body(ll_tsl *L, TSNode call) {
  TSNode f = ll_ts_field(call, "function");
  return is(f, "selector_expression") && text_is(L, ll_ts_field(f, "field"), "Do") &&
         nchild(ll_ts_field(call, "arguments")) == 1;
}

/* A closure: at package level (`var handler = func(…)`) or passed to lambda.Start, a function of its
 * own; in a function, lowered in place as conditional code (it sees the function's locals). */
static void lower_func_literal(ll_tsl *L, TSNode node) {
  TSNode call = call_of_argument(node);
  char *callee = ts_node_is_null(call) ? NULL : ll_tsl_callee_of(L, call);
  if (ll_tsl_fn(L) == 0 || is_registrar(callee)) {
    char *name = closure_name(L, node);
    int index = lower_function(L, name, node, (TSNode){0}, node, NULL, (TSNode){0});
    if (is_registrar(callee)) ll_builder_function(L->b, index)->convention_handler = true;
    return;
  }
  bool once = !ts_node_is_null(call) && once_body(L, call);
  lower_params(L, ll_ts_field(node, "parameters"), -1);
  if (once) ll_builder_push_guard(L->b, NULL);
  ll_builder_push_condition(L->b);
  lower_block(L, ll_ts_field(node, "body"));
  ll_builder_pop_condition(L->b);
  if (once) ll_builder_pop_guard(L->b);
}

/* ---- declarations and assignments ------------------------------------------------------------ */

static ll_binding_kind binding_kind_of(ll_tsl *L, TSNode type, TSNode value) {
  value = unwrap(value);
  if (ts_node_is_null(value)) {
    if (is(type, "map_type") || is(type, "slice_type")) return LL_BIND_CONTAINER;
    if (is(type, "pointer_type") || is(type, "qualified_type") || is(type, "interface_type")) return LL_BIND_NONE;
    return is(type, "type_identifier") ? LL_BIND_SCALAR : LL_BIND_UNKNOWN;
  }
  if (is(value, "composite_literal")) {
    TSNode t = ll_ts_field(value, "type");
    return is(t, "map_type") || is(t, "slice_type") || is(t, "array_type") ? LL_BIND_CONTAINER : LL_BIND_UNKNOWN;
  }
  if (is(value, "func_literal")) return LL_BIND_FUNCTION;
  if (is(value, "nil")) return LL_BIND_NONE;
  if (is(value, "call_expression")) {
    TSNode f = ll_ts_field(value, "function");
    if (text_is(L, f, "make")) return LL_BIND_CONTAINER;
    return LL_BIND_CALL;
  }
  return go_literal_value(L, value) ? LL_BIND_SCALAR : LL_BIND_UNKNOWN;
}

/* A package-level name of a `var`/`const` spec and its value: a binding (the value is module-load
 * code); a closure value is a function of that name. */
static void bind_top(ll_tsl *L, TSNode spec, TSNode n, TSNode type, TSNode value, bool constant) {
  char *name = text(L, n);
  if (is(unwrap(value), "func_literal")) {
    ll_binding *b = ll_builder_add_binding(L->b, name);
    b->kind = LL_BIND_FUNCTION;
    b->span = ll_ts_span(L->b, n);
    lower_function(L, name, spec, n, unwrap(value), NULL, (TSNode){0});
    return;
  }
  uint32_t from = ll_builder_event_count(L->b);
  if (!ts_node_is_null(value)) ll_tsl_walk(L, value);
  ll_binding *b = ll_builder_add_binding(L->b, name);
  b->kind = binding_kind_of(L, type, value);
  b->is_const = constant;
  b->span = ll_ts_span(L->b, n);
  if (b->kind == LL_BIND_CALL) {
    TSNode v = unwrap(value);
    b->value_callee = ll_tsl_callee_of(L, v);
    b->value_arg = ll_tsl_ctor_arg(L, ll_ts_field(v, "arguments"));
    ll_tsl_mark_assigned_call(L, from, v, name, true);
  }
}

static bool is_module_var(ll_tsl *L, const char *name) {
  if (!ll_tsl_is_module_name(L, name)) return false;
  const ll_binding *b = ll_builder_binding(L->b, name);
  return b && b->kind != LL_BIND_FUNCTION;
}

/* ---- receivers: what a name's methods are ----------------------------------------------------- */

static const go_field *field_of(ll_tsl *L, const char *type, const char *field) {
  char *key = ll_tsl_join(L, type, ".", field);
  int i = key ? ll_strmap_get(&st(L)->field_index, key) : -1;
  return i >= 0 ? &st(L)->fields[i] : NULL;
}

static go_field *add_field(ll_tsl *L, const char *type, const char *field) {
  char *key = ll_tsl_join(L, type, ".", field);
  if (!key) return NULL;
  int i = ll_strmap_get(&st(L)->field_index, key);
  if (i < 0) {
    go_field f = {0};
    i = (int)st(L)->n_fields;
    LL_PUSH(st(L)->fields, st(L)->n_fields, st(L)->cap_fields, f);
    ll_strmap_put(&st(L)->field_index, key, i);
  }
  return &st(L)->fields[i];
}

static go_var *var_of(ll_tsl *L, const char *name, bool add) {
  int i = ll_strmap_get(&st(L)->var_index, name);
  if (i < 0 && add) {
    go_var v = {0};
    i = (int)st(L)->n_vars;
    LL_PUSH(st(L)->vars, st(L)->n_vars, st(L)->cap_vars, v);
    ll_strmap_put(&st(L)->var_index, name, i);
  }
  return i >= 0 ? &st(L)->vars[i] : NULL;
}

/* What the methods of `object` are: a type ("Repo", "example.com/app/store.Repo"; *is_type) or the
 * call whose result it holds ("example.com/app/store.New", "example.com/app/store.New().Repo": the
 * engine follows a function's result type), for a local, a package-level variable or a field of
 * either (`c.limiter`); NULL when unknown. */
enum { MAX_FIELD_CHAIN = 8 }; /* `a.b.c.…`: a generated chain is not followed through every link */
static const char *receiver_at(ll_tsl *L, TSNode object, bool *is_type, int depth) {
  object = unwrap(object);
  *is_type = false;
  if (depth > MAX_FIELD_CHAIN) return NULL;
  if (is(object, "identifier")) {
    const char *name = text(L, object);
    ll_tsl_local *local = ll_tsl_find_local(L, name);
    if (local && !local->is_global) {
      if (!local->ctor || local->ctor_arg == VALUE_MARK) return NULL;
      *is_type = local->ctor_arg == TYPE_MARK;
      return local->ctor;
    }
    if (!is_module_var(L, name)) return NULL;
    const go_var *v = var_of(L, name, false);
    if (v && v->ctor && v->assignments == 1) return *is_type = v->ctor_is_type, v->ctor;
    if (v && v->type) return *is_type = true, v->type;
    const ll_binding *b = ll_builder_binding(L->b, name);
    return b && b->kind == LL_BIND_CALL ? b->value_callee : NULL;
  }
  if (!is(object, "selector_expression")) return NULL;
  bool base_is_type = false;
  const char *base = receiver_at(L, ll_ts_field(object, "operand"), &base_is_type, depth + 1);
  const go_field *f = base && base_is_type ? field_of(L, base, text(L, ll_ts_field(object, "field"))) : NULL;
  if (!f || !f->type) return NULL;
  *is_type = true;
  return f->type;
}

static const char *receiver_of(ll_tsl *L, TSNode object, bool *is_type) { return receiver_at(L, object, is_type, 0); }

/* The package value `object` holds (`hc` after `hc := http.DefaultClient`; `c.hc` when a composite
 * literal of c's type puts `http.DefaultClient` there), or NULL. */
static const char *value_of(ll_tsl *L, TSNode object) {
  object = unwrap(object);
  if (is(object, "identifier")) {
    ll_tsl_local *local = ll_tsl_find_local(L, text(L, object));
    return local && !local->is_global && local->ctor_arg == VALUE_MARK ? local->ctor : NULL;
  }
  if (!is(object, "selector_expression")) return NULL;
  bool is_type = false;
  const char *base = receiver_of(L, ll_ts_field(object, "operand"), &is_type);
  const go_field *f = base && is_type ? field_of(L, base, text(L, ll_ts_field(object, "field"))) : NULL;
  return f ? f->value : NULL;
}

/* `http.DefaultClient`: a variable of an imported package, by its qualified name; NULL for others. */
static const char *package_value(ll_tsl *L, TSNode value) {
  value = unwrap(value);
  if (!is(value, "selector_expression")) return NULL;
  TSNode pkg = unwrap(ll_ts_field(value, "operand"));
  if (!is(pkg, "identifier") || ll_tsl_find_local(L, text(L, pkg)) ||
      !ll_builder_import_for_alias(L->b, text(L, pkg), 0))
    return NULL;
  return ll_tsl_qualify(L, value);
}

static go_input_var *input_var(ll_tsl *L, const char *name) {
  int fn = ll_tsl_fn(L);
  for (size_t i = st(L)->n_inputs; i-- > 0;)
    if (st(L)->inputs[i].function == fn && ll_streq(st(L)->inputs[i].name, name)) return &st(L)->inputs[i];
  return NULL;
}

/* `name` now holds `value`: an input struct of another package written in place, or something else. */
static void remember_input(ll_tsl *L, const char *name, TSNode value) {
  go_input_var *old = input_var(L, name);
  if (old) old->modified = true; /* rebound: what it held before no longer counts */
  TSNode literal = composite_of(value);
  const char *type = ts_node_is_null(literal) ? NULL : type_name(L, ll_ts_field(literal, "type"));
  if (!type || !strchr(type, '.')) return;
  go_input_var v = {.function = ll_tsl_fn(L), .name = name, .composite = literal};
  LL_PUSH(st(L)->inputs, st(L)->n_inputs, st(L)->cap_inputs, v);
}

/* A local: what it holds, and whether it is the invocation's context. */
static void bind_local(ll_tsl *L, TSNode name, TSNode value, bool first) {
  if (!is(name, "identifier")) return;
  char *n = text(L, name);
  if (ll_streq(n, "_")) return;
  remember_input(L, n, first ? value : (TSNode){0});
  if (first && !ts_node_is_null(value)) ll_tsl_remember_local(L, n, unwrap(value));
  else ll_tsl_declare_local(L, n);
  if (first && !ts_node_is_null(value) && derives_ctx(L, value)) add_ctx_name(L, n);
  if (!first || ts_node_is_null(value)) return;
  /* `h := &Handler{db: db}`: h's methods are Handler's (`h.Handle` passed to lambda.Start) */
  TSNode v = unwrap(value);
  if (is(v, "unary_expression") && text_is(L, ll_ts_field(v, "operator"), "&")) v = unwrap(ll_ts_field(v, "operand"));
  if (is(v, "composite_literal")) {
    set_type(L, n, type_name(L, ll_ts_field(v, "type")));
    return;
  }
  ll_tsl_local *local = ll_tsl_declare_local(L, n);
  bool is_type = false;
  const char *known = NULL;
  if (is(v, "call_expression")) { /* `c := svc.Client()`: what the method returns */
    TSNode f = unwrap(ll_ts_field(v, "function"));
    const char *r = is(f, "selector_expression") ? receiver_of(L, ll_ts_field(f, "operand"), &is_type) : NULL;
    const char *method = r ? text(L, ll_ts_field(f, "field")) : NULL;
    if (r) local->ctor = ll_tsl_join(L, r, is_type ? "." : "().", method), local->ctor_arg = NULL;
  } else if ((known = package_value(L, v)) != NULL) {
    local->ctor = known, local->ctor_arg = VALUE_MARK;
  } else if ((known = receiver_of(L, v, &is_type)) != NULL) { /* `r := s.repo`, `c := client` */
    local->ctor = known, local->ctor_arg = is_type ? TYPE_MARK : NULL;
  }
}

/* `var a, b T = x, y` / `const c = 1`: package bindings at the top level, locals in a function. */
static void lower_spec(ll_tsl *L, TSNode spec, bool constant) {
  bool top = ll_tsl_fn(L) == 0;
  TSNode type = ll_ts_field(spec, "type"), values = ll_ts_field(spec, "value");
  if (!top && !ts_node_is_null(values)) ll_tsl_walk(L, values);
  const char *t = top ? NULL : type_name(L, type);
  uint32_t vi = 0;
  for (uint32_t i = 0; i < nchild(spec); i++) {
    TSNode n = ts_node_named_child(spec, i);
    if (!is(n, "identifier") || ts_node_eq(n, type)) continue;
    TSNode value = vi < nchild(values) ? ts_node_named_child(values, vi) : (TSNode){0};
    vi++;
    if (top) {
      bind_top(L, spec, n, type, value, constant);
      continue;
    }
    bind_local(L, n, value, true);
    if (t && ll_streq(t, "context.Context") && is_ctx_name(L, text(L, n))) add_ctx_name(L, text(L, n));
    else if (ts_node_is_null(value)) set_type(L, text(L, n), t); /* `var c Client` */
  }
}

static void lower_var_declaration(ll_tsl *L, TSNode node) {
  bool constant = is(node, "const_declaration");
  for (uint32_t i = 0; i < nchild(node); i++) {
    TSNode c = ts_node_named_child(node, i);
    if (is(c, "var_spec_list")) {
      for (uint32_t k = 0; k < nchild(c); k++) {
        TSNode s = ts_node_named_child(c, k);
        if (!is(s, "var_spec")) continue;
        lower_spec(L, s, constant);
      }
    } else if (is(c, "var_spec") || is(c, "const_spec")) {
      lower_spec(L, c, constant);
    }
  }
}

static void lower_short_var(ll_tsl *L, TSNode node) {
  TSNode left = ll_ts_field(node, "left"), right = ll_ts_field(node, "right");
  uint32_t from = ll_builder_event_count(L->b);
  ll_tsl_walk(L, right);
  uint32_t nl = nchild(left), nr = nchild(right);
  for (uint32_t i = 0; i < nl; i++) {
    TSNode value = nr == nl ? ts_node_named_child(right, i) : (i == 0 ? first_named(right) : (TSNode){0});
    TSNode name = ts_node_named_child(left, i);
    bind_local(L, name, value, !ts_node_is_null(value));
    if (!ts_node_is_null(value) && is(name, "identifier"))
      ll_tsl_mark_assigned_call(L, from, unwrap(value), text(L, name), false);
  }
}

/* `x = append(x, v)`: an append to x. */
static bool appends_to(ll_tsl *L, TSNode value, const char *name) {
  value = unwrap(value);
  if (!is(value, "call_expression") || !text_is(L, ll_ts_field(value, "function"), "append")) return false;
  TSNode first = unwrap(first_named(ll_ts_field(value, "arguments")));
  return is(first, "identifier") && text_is(L, first, name);
}

/* `ctx = funcs.Init(c)` straight through a function other than init/main, with no nil guard or
 * once around it: the package variable is rebuilt on every call, so the call is not a one-time
 * initialisation (its constructors count as per invocation). */
static void rebuilt_each_call(ll_tsl *L, uint32_t from, TSNode value) {
  if (!ll_tsl_call_form(L, value) || ll_builder_function(L->b, ll_tsl_fn(L))->is_entry_main) return;
  ll_event *call = ll_tsl_event_at(L, from, LL_EV_CALL, ts_node_start_byte(value));
  if (call && !call->lazy_guard && !call->conditional && !call->loop_depth) call->as.call.assigned_to_module = false;
}

static void lower_assignment(ll_tsl *L, TSNode node) {
  TSNode left = ll_ts_field(node, "left"), right = ll_ts_field(node, "right");
  TSNode op = ll_ts_field(node, "operator");
  bool plain = ts_node_is_null(op) || text_is(L, op, "=");
  uint32_t from = ll_builder_event_count(L->b);
  ll_tsl_walk(L, right);
  uint32_t nl = nchild(left), nr = nchild(right);
  for (uint32_t i = 0; i < nl; i++) {
    TSNode target = unwrap(ts_node_named_child(left, i));
    TSNode value = nr == nl ? ts_node_named_child(right, i) : (TSNode){0};
    if (is(target, "identifier")) {
      char *name = text(L, target);
      if (ll_streq(name, "_")) continue;
      if (is_module_var(L, name)) {
        bool append = plain && appends_to(L, value, name);
        ll_event *w = ll_tsl_add_write(L, node, name, append ? LL_WRITE_MUTATE : plain ? LL_WRITE_REBIND
                                                                                     : LL_WRITE_AUGMENT,
                                       plain && !append ? value : (TSNode){0});
        if (append) w->as.write.method = "append";
        if (!ts_node_is_null(value)) ll_tsl_mark_assigned_call(L, from, unwrap(value), name, true);
        if (!ts_node_is_null(value)) rebuilt_each_call(L, from, unwrap(value));
      } else if (plain) {
        bind_local(L, target, value, !ts_node_is_null(value));
      }
    } else if (is(target, "index_expression") || is(target, "selector_expression")) {
      bool index = is(target, "index_expression");
      TSNode object = unwrap(ll_ts_field(target, index ? "operand" : "operand"));
      if (index) ll_tsl_walk(L, ll_ts_field(target, "index"));
      go_input_var *input = is(object, "identifier") ? input_var(L, text(L, object)) : NULL;
      if (input) input->modified = true; /* `in.Limit = aws.Int32(1)` */
      if (is(object, "identifier") && is_module_var(L, text(L, object))) {
        ll_event *w = ll_tsl_add_write(L, node, text(L, object), index ? LL_WRITE_SUBSCRIPT : LL_WRITE_ATTRIBUTE,
                                       (TSNode){0});
        if (index) w->as.write.key_literal = go_literal_value(L, ll_ts_field(target, "index")) != NULL;
      } else {
        ll_tsl_walk(L, object);
      }
    } else {
      ll_tsl_walk(L, target);
    }
  }
}

static void lower_inc(ll_tsl *L, TSNode node) {
  TSNode target = unwrap(first_named(node));
  if (is(target, "identifier") && is_module_var(L, text(L, target))) {
    ll_tsl_add_write(L, node, text(L, target), LL_WRITE_AUGMENT, (TSNode){0});
    return;
  }
  if (is(target, "index_expression")) {
    TSNode object = unwrap(ll_ts_field(target, "operand"));
    if (is(object, "identifier") && is_module_var(L, text(L, object))) {
      ll_tsl_add_write(L, node, text(L, object), LL_WRITE_SUBSCRIPT, (TSNode){0});
      return;
    }
  }
  ll_tsl_walk(L, target);
}

/* ---- control flow ---------------------------------------------------------------------------- */

/* `x == nil` (unset), `x != nil` (set), joined by && / ||; `!ok` after a cache lookup is not one. */
static void collect_guards(ll_tsl *L, TSNode cond, ll_tsl_guards *out) {
  cond = unwrap(cond);
  if (!is(cond, "binary_expression")) return;
  TSNode left = unwrap(ll_ts_field(cond, "left")), right = unwrap(ll_ts_field(cond, "right"));
  char *o = text(L, ll_ts_field(cond, "operator"));
  if (ll_streq(o, "||") || ll_streq(o, "&&")) {
    collect_guards(L, left, out);
    collect_guards(L, right, out);
    return;
  }
  bool eq = ll_streq(o, "=="), ne = ll_streq(o, "!=");
  if ((!eq && !ne) || !is(right, "nil")) return;
  if (is(left, "selector_expression")) left = ll_tsl_chain_base(L, left);
  if (!is(left, "identifier") || !ll_tsl_is_module_name(L, text(L, left))) return;
  if (eq) ll_tsl_guard(out, false, text(L, left));
  else ll_tsl_guard(out, true, text(L, left));
}

static bool block_returns(TSNode block) {
  TSNode list = first_named(block);
  if (is(list, "statement_list")) block = list;
  uint32_t n = nchild(block);
  for (uint32_t i = n; i-- > 0;) {
    TSNode c = ts_node_named_child(block, i);
    if (is(c, "comment")) continue;
    return is(c, "return_statement");
  }
  return false;
}

/* `if v, ok := cache.Load(k); ok {` / `if v, ok := cache[k]; !ok {`: a per-key cache fill is a lazy
 * initialisation of the package-level cache. */
static void cache_hit_guard(ll_tsl *L, TSNode init, TSNode cond, ll_tsl_guards *out) {
  if (!is(init, "short_var_declaration")) return;
  TSNode left = ll_ts_field(init, "left"), value = unwrap(first_named(ll_ts_field(init, "right")));
  if (nchild(left) != 2) return;
  TSNode object = {0};
  if (is(value, "index_expression")) object = unwrap(ll_ts_field(value, "operand"));
  else if (is(value, "call_expression")) {
    TSNode f = ll_ts_field(value, "function");
    if (is(f, "selector_expression") && text_is(L, ll_ts_field(f, "field"), "Load")) object = ll_ts_field(f, "operand");
  }
  if (is(object, "selector_expression")) object = ll_tsl_chain_base(L, object);
  if (!is(object, "identifier") || !ll_tsl_is_module_name(L, text(L, object))) return;
  const char *ok = text(L, ts_node_named_child(left, 1));
  cond = unwrap(cond);
  if (is(cond, "identifier") && text_is(L, cond, ok)) ll_tsl_guard(out, true, text(L, object));
  else if (is(cond, "unary_expression") && text_is(L, ll_ts_field(cond, "operator"), "!") &&
           text_is(L, unwrap(ll_ts_field(cond, "operand")), ok))
    ll_tsl_guard(out, false, text(L, object));
}

static int lower_if_guards(ll_tsl *L, TSNode node) {
  TSNode init = ll_ts_field(node, "initializer");
  ll_tsl_walk(L, init);
  TSNode cond = ll_ts_field(node, "condition");
  ll_tsl_walk_test(L, cond);
  ll_tsl_guards g = {0};
  collect_guards(L, cond, &g);
  cache_hit_guard(L, init, cond, &g);
  TSNode consequence = ll_ts_field(node, "consequence");
  return ll_tsl_walk_if_branches(L, &g, consequence, ll_ts_field(node, "alternative"), block_returns(consequence));
}

static void lower_if(ll_tsl *L, TSNode node) {
  for (int n = lower_if_guards(L, node); n > 0; n--) ll_builder_pop_guard(L->b);
}

static void lower_statements(ll_tsl *L, TSNode list) {
  int pushed = 0;
  ll_tsl_children it = ll_tsl_children_begin(L, list);
  for (TSNode c; ll_tsl_children_next(&it, &c);) {
    if (is(c, "if_statement")) pushed += lower_if_guards(L, c);
    else if (is(c, "statement_list")) lower_statements(L, c);
    else ll_tsl_walk(L, c);
  }
  ll_tsl_children_end(L);
  for (int i = 0; i < pushed; i++) ll_builder_pop_guard(L->b);
}

static void lower_block(ll_tsl *L, TSNode block) {
  if (ts_node_is_null(block)) return;
  lower_statements(L, block);
}

/* A channel receive: what a goroutine's result comes back through. */
static void add_receive(ll_tsl *L, TSNode at) {
  uint32_t index = ll_tsl_add_event(L, LL_EV_CALL, at);
  ll_call *call = &ll_builder_event(L->b, index)->as.call;
  call->callee = "<-";
  call->method = "<-";
}

static void lower_for(ll_tsl *L, TSNode node) {
  TSNode body = ll_ts_field(node, "body"), head = {0};
  for (uint32_t i = 0; i < nchild(node); i++) {
    TSNode c = ts_node_named_child(node, i);
    if (!ts_node_eq(c, body) && !is(c, "comment")) head = c;
  }
  if (is(head, "range_clause")) {
    TSNode right = unwrap(ll_ts_field(head, "right"));
    uint32_t from = ll_builder_event_count(L->b);
    ll_tsl_walk(L, right);
    ll_tsl_open_foreach(L, node, right, from);
    TSNode left = ll_ts_field(head, "left");
    for (uint32_t i = 0; i < nchild(left); i++) bind_local(L, ts_node_named_child(left, i), (TSNode){0}, false);
    if (is(right, "identifier") && !is(ll_ts_field(head, "left"), "expression_list")) add_receive(L, head);
    lower_block(L, body);
    ll_tsl_close_loop(L);
    return;
  }
  if (is(head, "for_clause")) {
    ll_tsl_walk(L, ll_ts_field(head, "initializer"));
    TSNode cond = ll_ts_field(head, "condition");
    ll_tsl_open_loop(L, ts_node_is_null(cond) ? LL_LOOP_INFINITE : LL_LOOP_FOR, node);
    ll_tsl_walk_test(L, cond);
    lower_block(L, body);
    ll_tsl_walk(L, ll_ts_field(head, "update"));
    ll_tsl_close_loop(L);
    return;
  }
  bool forever = ts_node_is_null(head) || text_is(L, head, "true");
  ll_tsl_open_loop(L, forever ? LL_LOOP_INFINITE : LL_LOOP_WHILE, node);
  if (!forever) ll_tsl_walk_test(L, head);
  lower_block(L, body);
  ll_tsl_close_loop(L);
}

/* `go f(x)`: the call's body (a closure's) is lowered first, then the task, so only what the
 * function does after the goroutine starts can wait for it. */
static void lower_go(ll_tsl *L, TSNode node) {
  ll_builder_push_condition(L->b);
  ll_tsl_walk_children(L, node);
  ll_builder_pop_condition(L->b);
  uint32_t ev = ll_tsl_add_event(L, LL_EV_SPAWN, node);
  ll_spawn *spawn = &ll_builder_event(L->b, ev)->as.spawn;
  spawn->kind = LL_SPAWN_TASK;
  spawn->callee = "go";
  spawn->started = true;
}

static void lower_unary(ll_tsl *L, TSNode node) {
  ll_tsl_walk(L, ll_ts_field(node, "operand"));
  if (text_is(L, ll_ts_field(node, "operator"), "<-")) add_receive(L, node);
}

static void lower_select(ll_tsl *L, TSNode node) {
  add_receive(L, node);
  ll_builder_push_condition(L->b);
  ll_tsl_walk_children(L, node);
  ll_builder_pop_condition(L->b);
}

static void lower_branches(ll_tsl *L, TSNode node) {
  ll_tsl_walk(L, ll_ts_field(node, "initializer"));
  ll_tsl_walk_test(L, ll_ts_field(node, "value"));
  for (uint32_t i = 0; i < nchild(node); i++) {
    TSNode c = ts_node_named_child(node, i);
    if (is(c, "expression_case") || is(c, "default_case") || is(c, "type_case"))
      ll_tsl_walk_conditional(L, c);
  }
}

/* ---- calls ----------------------------------------------------------------------------------- */

/* The fields of a composite literal (`{Timeout: 5 * time.Second}`) as keywords of call `index`. */
static void add_fields(ll_tsl *L, TSNode composite, uint32_t index) {
  TSNode body = ll_ts_field(composite, "body");
  for (uint32_t i = 0; i < nchild(body); i++) {
    TSNode kv = ts_node_named_child(body, i);
    if (!is(kv, "keyed_element")) continue;
    TSNode key = unwrap(first_named(ll_ts_field(kv, "key")));
    TSNode value = first_named(ll_ts_field(kv, "value"));
    if (!is(key, "identifier") && !is(key, "field_identifier")) continue;
    const char *literal = go_literal_value(L, value);
    if (!literal && (is(value, "selector_expression") || is(value, "identifier"))) literal = text(L, value);
    ll_builder_add_keyword(L->b, index, text(L, key), literal);
  }
}

/* `http.Client{…}`, `&lambda.InvokeInput{…}`: a construction of a package's type. */
static void lower_composite(ll_tsl *L, TSNode node) {
  TSNode type = ll_ts_field(node, "type");
  if (is(type, "qualified_type")) {
    uint32_t index = ll_tsl_add_event(L, LL_EV_CALL, node);
    ll_call *call = &ll_builder_event(L->b, index)->as.call;
    const char *name = type_name(L, type);
    call->callee = name ? name : "<type>";
    const char *dot = strrchr(call->callee, '.');
    call->method = dot ? dot + 1 : call->callee;
    add_fields(L, node, index);
  }
  TSNode body = ll_ts_field(node, "body");
  for (uint32_t i = 0; i < nchild(body); i++) {
    TSNode kv = ts_node_named_child(body, i);
    ll_tsl_walk(L, is(kv, "keyed_element") ? ll_ts_field(kv, "value") : kv);
  }
}

static bool go_lower_argument(ll_tsl *L, TSNode arg, uint32_t index) {
  TSNode a = unwrap(arg);
  if (is(a, "unary_expression") && text_is(L, ll_ts_field(a, "operator"), "&")) a = unwrap(ll_ts_field(a, "operand"));
  if (is(a, "composite_literal")) add_fields(L, a, index); /* the input struct's fields */
  go_input_var *input = is(a, "identifier") ? input_var(L, text(L, a)) : NULL;
  if (input && !input->modified) { /* `Scan(ctx, in)` with `in := &dynamodb.ScanInput{…}` built above */
    add_fields(L, input->composite, index);
    ll_builder_add_keyword(L->b, index, "<input>", type_name(L, ll_ts_field(input->composite, "type")));
  }
  if (is(a, "identifier") && is_ctx_name(L, text(L, a))) ll_builder_add_keyword(L->b, index, "<ctx-arg>", text(L, a));
  if (is(a, "nil") && ctx_in_scope(L) && ts_node_eq(arg, first_named(ts_node_parent(arg))))
    ll_builder_add_keyword(L->b, index, "<nil-ctx>", ctx_in_scope(L));
  return false;
}

static bool is_adapter(const char *callee) {
  static const char *const adapters[] = {"github.com/awslabs/aws-lambda-go-api-proxy/*", "github.com/akrylysov/algnhsa.*",
                                         "github.com/apex/gateway*", NULL};
  for (size_t i = 0; adapters[i]; i++) {
    const char *star = strchr(adapters[i], '*');
    if (!strncmp(callee, adapters[i], (size_t)(star - adapters[i]))) return true;
  }
  return false;
}

static bool route_method(const char *method) {
  static const char *const verbs[] = {"HandleFunc", "Handle", "GET", "POST", "PUT", "PATCH", "DELETE",
                                      "Get", "Post", "Put", "Patch", "Delete", "Any", "Group", NULL};
  for (size_t i = 0; verbs[i]; i++)
    if (ll_streq(method, verbs[i])) return true;
  return false;
}

/* The function a handler argument names: `handler`, `h.Handle` ("*.Handle": any method of that name
 * in the package), or NULL. */
static const char *named_function(ll_tsl *L, TSNode arg) {
  arg = unwrap(arg);
  if (is(arg, "identifier")) return text(L, arg);
  if (is(arg, "selector_expression")) {
    TSNode object = unwrap(ll_ts_field(arg, "operand"));
    const char *field = text(L, ll_ts_field(arg, "field"));
    if (is(object, "call_expression")) { /* `handler.New(…).HandleRequest`: a method of what New returns */
      char *callee = ll_tsl_callee_of(L, object);
      return ll_tsl_join(L, callee ? callee : "", "().", field);
    }
    ll_tsl_local *local = is(object, "identifier") ? ll_tsl_find_local(L, text(L, object)) : NULL;
    if (is(object, "identifier") && ll_builder_import_for_alias(L->b, text(L, object), 0) && !local)
      return ll_tsl_qualify(L, arg); /* another package's function: "example.com/app/handlers.Handle" */
    bool is_type = false;
    const char *r = receiver_of(L, object, &is_type);
    if (r && !is_type) return ll_tsl_join(L, r, "().", field); /* `h := handler.New(…)`, then h.Handle */
    return ll_tsl_join(L, r ? r : "*", ".", field);
  }
  if (is(arg, "call_expression")) { /* `lambda.Start(otel.WrapHandler(handler))`, `NewHandler(h)` */
    TSNode args = ll_ts_field(arg, "arguments");
    for (uint32_t i = 0; i < nchild(args); i++) {
      const char *inner = named_function(L, ts_node_named_child(args, i));
      if (inner) return inner;
    }
  }
  return NULL;
}

/* The receiver of `x.M()` / `x.f.M()` the core cannot tell: a package-level variable's type or
 * constructor, a field's type, a local set from a method's result. A package value kept in a local or
 * a field (`hc := http.DefaultClient`; `c.hc` filled with it) makes the call one on that value. */
static void resolve_receiver(ll_tsl *L, TSNode function, uint32_t index) {
  if (!is(function, "selector_expression")) return;
  TSNode object = unwrap(ll_ts_field(function, "operand"));
  const char *value = value_of(L, object);
  ll_call *call = &ll_builder_event(L->b, index)->as.call;
  if (value) {
    char *callee = ll_tsl_join(L, value, ".", call->method);
    if (callee) call->callee = callee, call->receiver_ctor = NULL, call->receiver_arg = NULL;
    return;
  }
  bool is_type = false;
  const char *r = receiver_of(L, object, &is_type);
  if (r) {
    call->receiver_ctor = r;
    call->receiver_arg = is_type ? TYPE_MARK : NULL;
  }
}

static void go_call_effects(ll_tsl *L, TSNode node, TSNode function, TSNode args, uint32_t index) {
  (void)node;
  resolve_receiver(L, function, index);
  const char *callee = ll_builder_event(L->b, index)->as.call.callee;
  const char *method = ll_builder_event(L->b, index)->as.call.method;
  if (ll_streq(callee, "context.Background") || ll_streq(callee, "context.TODO")) {
    const char *ctx = ctx_in_scope(L);
    if (ctx) ll_builder_add_keyword(L->b, index, "<ctx>", ctx);
  }
  if (is(function, "selector_expression") && (ll_streq(method, "Deadline") || ll_streq(method, "Done") ||
                                               ll_streq(method, "Err"))) {
    TSNode object = unwrap(ll_ts_field(function, "operand"));
    if (is(object, "identifier") && is_ctx_name(L, text(L, object))) ll_tsl_add_event(L, LL_EV_CONTEXT_USE, node);
  }
  if ((ll_streq(callee, "os.Setenv") || ll_streq(callee, "os.Unsetenv")))
    ll_tsl_add_env_write(L, node, ll_builder_event(L->b, index)->as.call.first_string);
  if (is_adapter(callee)) st(L)->adapter = true;
  TSNode first = first_named(args);
  if (is_registrar(callee) && !ts_node_is_null(first)) {
    const char *target = named_function(L, first);
    if (target) {
      ll_builder_event(L->b, index)->as.call.callback = target;
      LL_PUSH(st(L)->handlers, st(L)->n_handlers, st(L)->cap_handlers, target);
    }
  }
  if (route_method(method) && nchild(args) >= 2) {
    TSNode last = ts_node_named_child(args, nchild(args) - 1);
    const char *target = named_function(L, last);
    if (target && strncmp(target, "*.", 2)) LL_PUSH(st(L)->routes, st(L)->n_routes, st(L)->cap_routes, target);
    if (target && strchr(target, '/')) /* `r.GET("/ping", routes.Ping)`: another package's function, which
                                          the engine marks when the file builds an adapter (link.c) */
      ll_builder_event(L->b, index)->as.call.callback = ll_tsl_join(L, GO_ROUTE_MARK, "", target);
  }
}

static void lower_call_node(ll_tsl *L, TSNode node) { (void)ll_tsl_lower_call(L, node); }

/* `out.Items`, `page.Contents`, `out.LastEvaluatedKey`: an exported field of a local is a key read
 * (the SDK's response fields; `out.Items[0]` uses only the first element). */
static void lower_selector(ll_tsl *L, TSNode node) {
  TSNode object = unwrap(ll_ts_field(node, "operand")), field = ll_ts_field(node, "field");
  if (is(object, "identifier") && !ts_node_is_null(field)) {
    char *key = text(L, field);
    ll_tsl_local *local = key[0] >= 'A' && key[0] <= 'Z' ? ll_tsl_find_local(L, text(L, object)) : NULL;
    if (local && !local->is_global) {
      uint32_t ev = ll_tsl_add_key_read(L, node, object, key, false);
      TSNode p = ts_node_parent(node);
      if (is(p, "index_expression") && ts_node_eq(ll_ts_field(p, "operand"), node) &&
          text_is(L, ll_ts_field(p, "index"), "0"))
        ll_builder_event(L->b, ev)->as.key.first_only = true;
    }
  }
  /* `run(ctx, h.Process)`: a method value passed on may run */
  TSNode p = ts_node_parent(node);
  while (is(p, "parenthesized_expression")) p = ts_node_parent(p);
  bool is_type = false;
  const char *r = is(p, "argument_list") && !ts_node_is_null(field) ? receiver_of(L, object, &is_type) : NULL;
  char *method = r ? ll_tsl_join(L, r, is_type ? "." : "().", text(L, field)) : NULL;
  if (method) ll_tsl_add_name_use(L, node, method);
  ll_tsl_lower_name_read(L, node);
}

static void ignore_node(ll_tsl *L, TSNode node) {
  (void)L;
  (void)node;
}

static void lower_block_node(ll_tsl *L, TSNode node) { lower_block(L, node); }

/* ---- the root ---------------------------------------------------------------------------------- */

/* A struct type's fields: their types, and each embedded type as a function `T.<embedN>` returning
 * it, through which the engine finds the methods T gets from it (`type Repo struct{ Base }`). */
enum { MAX_EMBEDS = 4 };
static void prescan_struct(ll_tsl *L, const char *type, TSNode fields) {
  int embeds = 0;
  for (uint32_t i = 0; i < nchild(fields); i++) {
    TSNode decl = ts_node_named_child(fields, i);
    if (!is(decl, "field_declaration")) continue;
    const char *field_type = type_name(L, ll_ts_field(decl, "type"));
    bool named = false;
    for (uint32_t k = 0; k < nchild(decl); k++) {
      TSNode n = ts_node_named_child(decl, k);
      if (!is(n, "field_identifier")) continue;
      named = true;
      go_field *f = field_type ? add_field(L, type, text(L, n)) : NULL;
      if (f) f->type = field_type;
    }
    if (named || !field_type || embeds >= MAX_EMBEDS) continue;
    char name[24];
    snprintf(name, sizeof name, "<embed%d>", embeds++);
    const char *saved = L->class_name;
    L->class_name = type;
    int index = ll_tsl_open_function(L, name, decl, (TSNode){0});
    ll_builder_function(L->b, index)->result_type = field_type;
    ll_tsl_close_function(L);
    L->class_name = saved;
    const char *dot = strrchr(field_type, '.'); /* the embedded field's name is its type's */
    go_field *f = add_field(L, type, dot ? dot + 1 : field_type);
    if (f) f->type = field_type;
  }
}

/* An interface type's methods, each a function `I.m` without a body (`interface_method`): the engine
 * takes a call of one to the implementation when the program has exactly one. */
enum { MAX_INTERFACE_METHODS = 64 };
static void prescan_interface(ll_tsl *L, const char *type, TSNode body) {
  const char *saved = L->class_name;
  L->class_name = type;
  int n = 0;
  for (uint32_t i = 0; i < nchild(body) && n < MAX_INTERFACE_METHODS; i++) {
    TSNode elem = ts_node_named_child(body, i), name = ll_ts_field(elem, "name");
    if (!is(elem, "method_elem") || ts_node_is_null(name)) continue;
    int index = ll_tsl_open_function(L, text(L, name), elem, name);
    ll_builder_function(L->b, index)->interface_method = true;
    ll_tsl_close_function(L);
    n++;
  }
  L->class_name = saved;
}

/* Package-level names with a type: `var repo *store.Repo` (a package var), `type T struct{…}`. */
static void prescan_declaration(ll_tsl *L, TSNode decl) {
  for (uint32_t i = 0; i < nchild(decl); i++) {
    TSNode spec = ts_node_named_child(decl, i);
    if (is(spec, "var_spec_list")) {
      prescan_declaration(L, spec);
      continue;
    }
    if (is(spec, "type_spec")) {
      TSNode body = ll_ts_field(spec, "type");
      if (is(body, "struct_type")) prescan_struct(L, text(L, ll_ts_field(spec, "name")), first_named(body));
      else if (is(body, "interface_type")) prescan_interface(L, text(L, ll_ts_field(spec, "name")), body);
      continue;
    }
    if (!is(spec, "var_spec")) continue;
    TSNode type_node = ll_ts_field(spec, "type"), values = ll_ts_field(spec, "value");
    const char *type = type_name(L, type_node);
    uint32_t vi = 0;
    for (uint32_t k = 0; k < nchild(spec); k++) {
      TSNode n = ts_node_named_child(spec, k);
      if (!is(n, "identifier") || ts_node_eq(n, type_node)) continue;
      TSNode value = vi < nchild(values) ? ts_node_named_child(values, vi) : (TSNode){0};
      vi++;
      if (ll_streq(text(L, n), "_")) continue;
      var_of(L, text(L, n), true)->type = type;
      /* known before the walk: a handler above the declaration writes or guards a package variable */
      ll_binding *b = ll_builder_add_binding(L->b, text(L, n));
      b->kind = is(unwrap(value), "func_literal") ? LL_BIND_FUNCTION : binding_kind_of(L, type_node, value);
      b->span = ll_ts_span(L->b, n);
    }
  }
}

/* The identifiers `list` (an expression list) names, put in `into`. */
static void put_identifiers(ll_tsl *L, TSNode list, ll_strmap *into) {
  for (uint32_t i = 0; i < nchild(list); i++) {
    TSNode n = unwrap(ts_node_named_child(list, i));
    if (is(n, "index_expression")) n = unwrap(ll_ts_field(n, "operand"));
    if (is(n, "identifier")) ll_strmap_put(into, text(L, n), 1);
  }
}

/* Names assigned, incremented or indexed-assigned in functions that this file declares nowhere (not a
 * local anywhere, not a package name of this file): Go code can only mean a package variable of
 * another file of the package (`vars.go`). They become bindings `declared_elsewhere`, which the
 * engine resolves against the package's other files. A name declared anywhere in the file is left
 * out, whatever scope that declaration has: a missed write beats a local taken for package state. */
static void prescan_outside_names(ll_tsl *L, TSNode root) {
  ll_strmap declared, written;
  ll_strmap_init(&declared);
  ll_strmap_init(&written);
  const char **order = NULL; /* written names in source order: bindings are added deterministically */
  size_t n_order = 0, cap_order = 0;
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  for (bool more = true; more;) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    if (is(n, "short_var_declaration") || is(n, "range_clause") || is(n, "receive_statement")) {
      put_identifiers(L, ll_ts_field(n, "left"), &declared);
    } else if (is(n, "type_switch_statement")) {
      put_identifiers(L, ll_ts_field(n, "alias"), &declared);
    } else if (is(n, "var_spec") || is(n, "const_spec") || is(n, "parameter_declaration") ||
               is(n, "variadic_parameter_declaration")) {
      for (uint32_t i = 0; i < nchild(n); i++)
        if (is(ts_node_named_child(n, i), "identifier")) ll_strmap_put(&declared, text(L, ts_node_named_child(n, i)), 1);
    } else if (is(n, "assignment_statement") || is(n, "inc_statement") || is(n, "dec_statement")) {
      TSNode left = is(n, "assignment_statement") ? ll_ts_field(n, "left") : n;
      size_t before = written.count;
      put_identifiers(L, left, &written);
      for (uint32_t i = 0; written.count > before && i < nchild(left); i++) {
        TSNode t = unwrap(ts_node_named_child(left, i));
        if (is(t, "index_expression")) t = unwrap(ll_ts_field(t, "operand"));
        if (is(t, "identifier")) LL_PUSH(order, n_order, cap_order, text(L, t));
      }
    }
    if (holds_statements(n) && ts_tree_cursor_goto_first_child(&cursor)) continue;
    while (!(more = ts_tree_cursor_goto_next_sibling(&cursor)) && ts_tree_cursor_goto_parent(&cursor)) {}
  }
  ts_tree_cursor_delete(&cursor);
  for (size_t i = 0; i < n_order; i++) {
    const char *name = order[i];
    if (ll_streq(name, "_") || ll_strmap_get(&declared, name) >= 0 || ll_builder_binding(L->b, name) ||
        ll_builder_import_for_alias(L->b, name, 0))
      continue;
    ll_binding *b = ll_builder_add_binding(L->b, name);
    b->kind = LL_BIND_UNKNOWN;
    b->declared_elsewhere = true;
  }
  free(order);
  ll_strmap_free(&declared);
  ll_strmap_free(&written);
}

/* `repo = store.New(db)` in init/main: what the package variable holds when handlers run. */
static void prescan_assignment(ll_tsl *L, TSNode node) {
  TSNode left = ll_ts_field(node, "left"), right = ll_ts_field(node, "right");
  uint32_t nl = nchild(left), nr = nchild(right);
  if (!text_is(L, ll_ts_field(node, "operator"), "=") || (nr != nl && nr != 1)) return;
  for (uint32_t i = 0; i < nl && (nr == nl || i == 0); i++) {
    TSNode target = unwrap(ts_node_named_child(left, i)), value = unwrap(ts_node_named_child(right, nr == nl ? i : 0));
    go_var *v = is(target, "identifier") ? var_of(L, text(L, target), false) : NULL;
    if (!v) continue;
    TSNode literal = composite_of(value);
    const char *ctor = !ts_node_is_null(literal) ? type_name(L, ll_ts_field(literal, "type"))
                       : is(value, "call_expression") ? ll_tsl_callee_of(L, value) : NULL;
    if (v->assignments == 0 || !ctor || !v->ctor || !ll_streq(ctor, v->ctor)) v->assignments++;
    v->ctor = ctor;
    v->ctor_is_type = !ts_node_is_null(literal);
  }
}

/* `&Client{hc: http.DefaultClient}`: the package values a composite literal of a type of this file
 * puts in its fields. */
static void prescan_composite(ll_tsl *L, TSNode node) {
  TSNode type = ll_ts_field(node, "type"), body = ll_ts_field(node, "body");
  if (!is(type, "type_identifier")) return;
  for (uint32_t i = 0; i < nchild(body); i++) {
    TSNode kv = ts_node_named_child(body, i);
    if (!is(kv, "keyed_element")) continue;
    TSNode key = unwrap(first_named(ll_ts_field(kv, "key")));
    const char *value = package_value(L, first_named(ll_ts_field(kv, "value")));
    go_field *f = value && is(key, "identifier") ? add_field(L, text(L, type), text(L, key)) : NULL;
    if (f) f->value = value;
  }
}

/* The function bodies the prescan reads: init and main (package variables set there) and functions
 * returning a type of this package (constructors), every node of them in order. */
static void prescan_body(ll_tsl *L, TSNode fn, bool entry) {
  TSNode body = ll_ts_field(fn, "body");
  if (ts_node_is_null(body)) return;
  TSTreeCursor cursor = ts_tree_cursor_new(body);
  for (bool more = true; more;) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    if (entry && is(n, "assignment_statement")) prescan_assignment(L, n);
    else if (is(n, "composite_literal")) prescan_composite(L, n);
    if (ts_tree_cursor_goto_first_child(&cursor)) continue;
    while (!(more = ts_tree_cursor_goto_next_sibling(&cursor)) && ts_tree_cursor_goto_parent(&cursor)) {}
  }
  ts_tree_cursor_delete(&cursor);
}

/* Package-level functions are known before the walk (a function may use one defined below), and so
 * are the types, fields and package variables the receivers of calls are found with. */
static void go_prescan(ll_tsl *L, TSNode root) {
  ll_tsl_children it = ll_tsl_children_begin(L, root);
  for (TSNode c; ll_tsl_children_next(&it, &c);) {
    if (is(c, "import_declaration")) lower_import(L, c);
    if (is(c, "type_declaration") || is(c, "var_declaration")) prescan_declaration(L, c);
    if (!is(c, "function_declaration")) continue;
    TSNode name = ll_ts_field(c, "name");
    if (ts_node_is_null(name)) continue;
    ll_binding *b = ll_builder_add_binding(L->b, text(L, name));
    b->kind = LL_BIND_FUNCTION;
    b->span = ll_ts_span(L->b, name);
  }
  ll_tsl_children_end(L);
  it = ll_tsl_children_begin(L, root);
  for (TSNode c; ll_tsl_children_next(&it, &c);) {
    if (!is(c, "function_declaration") && !is(c, "method_declaration")) continue;
    bool entry = is(c, "function_declaration") &&
                 (text_is(L, ll_ts_field(c, "name"), "init") || text_is(L, ll_ts_field(c, "name"), "main"));
    if (entry || own_type(result_type(L, ll_ts_field(c, "result")))) prescan_body(L, c, entry);
  }
  ll_tsl_children_end(L);
  prescan_outside_names(L, root);
}

static void mark(ll_tsl *L, const char *name) {
  int f = ll_strmap_get(&st(L)->top_fns, name);
  if (f > 0) ll_builder_function(L->b, f)->convention_handler = true;
}

static void go_lower_root(ll_tsl *L, TSNode root) {
  ll_tsl_walk_block(L, root);
  go_state *s = st(L);
  for (size_t i = 0; i < s->n_handlers; i++)
    if (strncmp(s->handlers[i], "*.", 2)) mark(L, s->handlers[i]);
  for (size_t i = 0; s->adapter && i < s->n_routes; i++) mark(L, s->routes[i]);
  ll_strmap_free(&s->top_fns);
  ll_strmap_free(&s->field_index);
  ll_strmap_free(&s->var_index);
  free(s->fields);
  free(s->vars);
  free(s->ctx_names);
  free(s->inputs);
  free(s->routes);
  free(s->handlers);
}

/* ---- the language ------------------------------------------------------------------------------ */

static const char *const identifier_kinds[] = {"identifier", NULL};
static const ll_ts_member_form members[] = {{"selector_expression", "operand", "field"}, {NULL, NULL, NULL}};
static const ll_ts_call_form calls[] = {{"call_expression", "function", "arguments", "argument_list", NULL, NULL},
                                        {NULL, NULL, NULL, NULL, NULL, NULL}};
static const char *const null_kinds[] = {"nil", NULL};
static const char *const mutators[] = {"Store", "LoadOrStore", "Add", "Set", "Push", "PushBack", NULL};
static const char *const no_names[] = {NULL};
static const ll_ts_spawn_api spawns[] = {{NULL, 0, false}};

static bool go_call_is_sleep(const ll_call *call) { return ll_streq(call->callee, "time.Sleep"); }

/* I/O: a method taking the invocation context (SDK and database calls do), an HTTP call, a
 * paginator's next page. */
static bool go_call_is_io(const ll_call *call) {
  for (uint32_t i = 0; i < call->n_keywords; i++)
    if (ll_streq(call->keywords[i].name, "<ctx-arg>")) return true;
  const char *c = call->callee;
  return has_prefix(c, "net/http.") || ll_streq(call->method, "NextPage") || ll_streq(call->method, "Do") ||
         ll_streq(call->method, "Query") || ll_streq(call->method, "Exec");
}

static bool go_joins(const ll_event *e, const char *var, ll_spawn_kind kind) {
  (void)var;
  (void)kind;
  return e->kind == LL_EV_CALL && (ll_streq(e->as.call.method, "Wait") || ll_streq(e->as.call.callee, "<-"));
}

static bool go_starts(const ll_event *e, const ll_spawn *spawn) {
  (void)e;
  (void)spawn;
  return false;
}

static const ll_ts_form_entry forms[] = {
    {"import_declaration", ignore_node}, /* in the prescan */
    {"package_clause", ignore_node},
    {"function_declaration", lower_function_decl},
    {"method_declaration", lower_method_decl},
    {"func_literal", lower_func_literal},
    {"var_declaration", lower_var_declaration},
    {"const_declaration", lower_var_declaration},
    {"short_var_declaration", lower_short_var},
    {"assignment_statement", lower_assignment},
    {"inc_statement", lower_inc},
    {"dec_statement", lower_inc},
    {"if_statement", lower_if},
    {"block", lower_block_node},
    {"statement_list", lower_block_node},
    {"for_statement", lower_for},
    {"break_statement", ll_tsl_lower_break},
    {"return_statement", ll_tsl_lower_exit},
    {"go_statement", lower_go},
    {"unary_expression", lower_unary},
    {"select_statement", lower_select},
    {"expression_switch_statement", lower_branches},
    {"type_switch_statement", lower_branches},
    {"composite_literal", lower_composite},
    {"call_expression", lower_call_node},
    {"identifier", ll_tsl_lower_name_read},
    {"selector_expression", lower_selector},
    {"comment", ignore_node},
    {"type_declaration", ignore_node},
    {"type_arguments", ignore_node},
    {"interpreted_string_literal", ignore_node},
    {"raw_string_literal", ignore_node},
};

static const ll_ts_lang go_lang = {
    .language = LL_LANG_GO,
    .display_name = "Go",
    .grammar = tree_sitter_go,
    .end_last_line = true,
    .forms = forms,
    .n_forms = sizeof(forms) / sizeof(*forms),
    .identifier_kinds = identifier_kinds,
    .members = members,
    .calls = calls,
    .separator = ".",
    .mutators = mutators,
    .deadline_reads = no_names,
    .null_kinds = null_kinds,
    .spawns = spawns,
    .max_depth = 2000,
    .state_size = sizeof(go_state),
    .string_value = go_string_value,
    .literal_value = go_literal_value,
    .lower_argument = go_lower_argument,
    .call_effects = go_call_effects,
    .call_is_io = go_call_is_io,
    .call_is_sleep = go_call_is_sleep,
    .starts = go_starts,
    .joins = go_joins,
    .prescan = go_prescan,
    .lower_root = go_lower_root,
};

/* Test files, generated code and vendored packages are not Lambda code. */
static bool skipped_file(const char *path, const char *source, size_t len) {
  if (ends_with(path, "_test.go") || ends_with(path, ".pb.go") || strstr(path, "/vendor/")) return true;
  static const char marker[] = "// Code generated ";
  size_t head = len < 2048 ? len : 2048;
  for (size_t i = 0; i + sizeof(marker) - 1 <= head; i++)
    if ((i == 0 || source[i - 1] == '\n') && memcmp(source + i, marker, sizeof(marker) - 1) == 0) return true;
  return false;
}

/* ---- go.mod: the import path of a file's package ------------------------------------------------- */

/* The module path a go.mod declares (`module example.com/app`, quoted or not), into out. */
static bool go_mod_module(const char *text, size_t len, char *out, size_t size) {
  for (size_t i = 0; i < len;) {
    size_t end = i;
    while (end < len && text[end] != '\n') end++;
    size_t k = i;
    while (k < end && (text[k] == ' ' || text[k] == '\t')) k++;
    if (end - k > 7 && !strncmp(text + k, "module", 6) && strchr(" \t\"`", text[k + 6])) {
      k += 6;
      while (k < end && (text[k] == ' ' || text[k] == '\t')) k++;
      char quote = k < end && (text[k] == '"' || text[k] == '`') ? text[k++] : 0;
      size_t n = 0;
      for (; k + n < end; n++) {
        char c = text[k + n];
        bool comment = c == '/' && k + n + 1 < end && text[k + n + 1] == '/';
        if (quote ? c == quote : c == ' ' || c == '\t' || c == '\r' || comment) break;
      }
      if (n == 0 || n >= size || memchr(text + k, '\0', n)) return false;
      memcpy(out, text + k, n);
      out[n] = '\0';
      return true;
    }
    i = end + 1;
  }
  return false;
}

/* The go.mod nearest above folder `dir` within `root`: its folder and module path. A thread keeps its
 * last answer (a package's files come one after another). */
static _Thread_local struct {
  char dir[4096], mod_dir[4096], module[512];
  bool found;
} go_mod_seen;

static bool find_go_mod(const char *dir, const char *root) {
  if (strlen(dir) >= sizeof go_mod_seen.dir) return false;
  if (!strcmp(go_mod_seen.dir, dir)) return go_mod_seen.found;
  strcpy(go_mod_seen.dir, dir);
  go_mod_seen.found = false;
  char *d = ll_strdup(dir);
  for (int up = 0; up < 256 && ll_path_inside(d, root); up++) {
    char *file = ll_concat(strcmp(d, "/") ? d : "", "/go.mod", NULL);
    size_t len = 0;
    char *error = NULL;
    char *text = ll_read_file_limited(file, 1 << 20, &len, &error);
    free(file);
    free(error);
    if (text) { /* the nearest go.mod decides, with a module line or not */
      go_mod_seen.found = strlen(d) < sizeof go_mod_seen.mod_dir &&
                          go_mod_module(text, len, go_mod_seen.module, sizeof go_mod_seen.module);
      if (go_mod_seen.found) strcpy(go_mod_seen.mod_dir, d);
      free(text);
      break;
    }
    char *parent = ll_path_parent(d);
    bool top = !strcmp(parent, d);
    free(d);
    d = parent;
    if (top) break;
  }
  free(d);
  return go_mod_seen.found;
}

/* Sets the module's package_path / module_path from the go.mod above it (never above the analysed
 * folder): the engine resolves imports of the module's own packages with them. */
static void set_package_path(ll_module *m, const char *path, const ll_lower_env *env) {
  if (!env || !env->root || !strcmp(path, "-")) return;
  char *real = realpath(path, NULL);
  char *dir = real ? ll_path_parent(real) : NULL;
  if (dir && find_go_mod(dir, env->root)) {
    size_t n = strlen(go_mod_seen.mod_dir);
    const char *rest = dir + (n == 1 ? 0 : n); /* "" or "/store" */
    m->module_path = ll_arena_strdup(m->arena, go_mod_seen.module);
    char *pkg = ll_concat(go_mod_seen.module, rest, NULL);
    m->package_path = ll_arena_strdup(m->arena, pkg);
    free(pkg);
  }
  free(dir);
  free(real);
}

static ll_module *go_lower(const char *path, const char *source, size_t len, const ll_lower_env *env, char **problem) {
  if (skipped_file(path, source, len)) {
    *problem = NULL;
    return ll_builder_finish(ll_builder_new(path, LL_LANG_GO, source, len));
  }
  ll_module *m = ll_tsl_lower(&go_lang, path, source, len, problem);
  if (m) set_package_path(m, path, env);
  return m;
}

static char *go_encoding_problem(const char *source, size_t len) { return ll_utf8_problem(source, len); }

static const char *const go_extensions[] = {".go", NULL};

const ll_frontend ll_frontend_go = {
    .language = LL_LANG_GO,
    .name = "go",
    .extensions = go_extensions,
    .lower = go_lower,
    .may_hold_handler = NULL,
    .encoding_problem = go_encoding_problem,
};
