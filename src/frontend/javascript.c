/*
 * javascript.c — the JavaScript / TypeScript front-end, on the shared tree-sitter core (tscore.h).
 *
 * One file for three grammars, chosen by extension: .js .mjs .cjs .jsx → tree-sitter-javascript
 * (LL_LANG_JAVASCRIPT); .ts .mts .cts → tree-sitter-typescript, .tsx → its tsx grammar (both
 * LL_LANG_TYPESCRIPT). Declaration files (.d.ts) and bundled / minified output (`*.min.js`, a
 * `sourceMappingURL` bundle, lines over 4 KB) are not analysed: they lower to an empty module.
 *
 * Qualified names for npm modules (what rule tables match):
 *   - the module specifier as written, a `node:` prefix dropped: "fs", "@aws-sdk/client-s3", "./db";
 *   - a named import or destructured require is "<specifier>.<name>":
 *     `import { S3Client } from "@aws-sdk/client-s3"` → "@aws-sdk/client-s3.S3Client";
 *     `const { Pool } = require("pg")` → "pg.Pool";
 *   - a default import, a namespace import and `require()` of the whole module stand for the module
 *     itself (for CommonJS packages the default export is `module.exports`):
 *     `import AWS from "aws-sdk"; new AWS.S3()` → "aws-sdk.S3"; `import axios from "axios";
 *     axios.get()` → "axios.get"; `{ default: x }` destructured from `import()` likewise;
 *   - globals are as written: "fetch", "setTimeout", "Promise.all", "process.env".
 * Object literals passed as arguments lower to the call's keywords, one per property
 * (`fetch(url, { signal })` has keyword "signal"), so rules ask `ll_call_keyword(call, "timeout")`.
 * A `setTimeout` that resolves a `new Promise` (`new Promise(r => setTimeout(r, ms))`) and a
 * `promisify(setTimeout)` are the promise form of the timer: "timers/promises.setTimeout".
 *
 * Handlers by convention (`convention_handler`): exported functions named `handler`, `*Handler`,
 * `handle`, `*_handler`: `exports.handler = …`, `module.exports.handler = …`, `module.exports =
 * { handler }`, `export const handler = …`, `export async function handler`, `export { f as
 * handler }`, and `export default` of a function taking `(event, …)`. A whole-module export
 * (`module.exports = fn`) is a handler only with Lambda evidence (whole_export_handler). An export whose value is not
 * a function (`middy(base)`, `Sentry.wrapHandler(fn)`) becomes a function of its exported name
 * whose body is that expression, so the wrapped function is reached from it; a wrapped local
 * function is a handler itself. Every export of a function is a top-level function of its exported
 * name, so a template's `Handler: index.lambdaHandler` finds it.
 *
 * Promises without types (LL104): a call is taken to make a promise when it is an SDK v3 `send`,
 * a v2 `.promise()`, `fetch` / axios / got, an `fs/promises` function, or an `async` function of
 * the module; a promise that floats — a statement of its own, `void p()`, or a `.then()/.catch()`
 * chain used as a statement — becomes an unjoined task (LL_SPAWN_TASK), as does a `forEach` given an
 * async callback. Functions that take a callback parameter (callback handlers, whose runtime
 * waits for the event loop to empty) are left alone.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "base/path.h"
#include "base/streq.h"
#include "base/strmap.h"
#include "frontend/frontend.h"
#include "frontend/tscore.h"

const TSLanguage *tree_sitter_javascript(void);
const TSLanguage *tree_sitter_typescript(void);
const TSLanguage *tree_sitter_tsx(void);

enum { LL_JS_MAX_LINE = 4096, LL_JS_MAX_GUARDS = 4 };

/* The language's own state: top-level functions by name, async ones, exports to mark. */
typedef struct {
  ll_strmap top_fns;    /* name → function index (top-level functions and const arrows) */
  ll_strmap async_fns;  /* names of async functions of the module (prescan) */
  ll_strmap self_names; /* `const utils = module.exports`: names of the module itself (prescan) */
  ll_strmap exported;   /* handler names exported by a later `export { handler }` (prescan) */
  ll_strmap drains;     /* function name → bit set of the parameters it empties (prescan) */
  ll_strmap event_fns;  /* top-level functions taking a handler's parameters `(event, context)` (prescan) */
  struct js_object_var {
    int function;
    const char *name;
    TSNode object, scope;
  } *objects;           /* `const params = {…}`: locals holding an object literal, latest last */
  size_t n_objects, cap_objects;
  const char **handlers;/* local functions exported under a handler name */
  size_t n_handlers, cap_handlers;
  TSNode wrapped;       /* the value of the export wrapper being lowered (`co.wrap(function* …)`) */
  bool callback_fn;     /* the function being lowered takes a callback parameter */
  bool callback_module; /* every handler the module exports takes a callback (prescan): the
                           runtime waits for the event loop, so its helpers' promises finish too */
} js_state;

static js_state *st(ll_tsl *L) { return (js_state *)L->lang_state; }

static ll_arena *arena(ll_tsl *L) { return ll_builder_arena(L->b); }

static char *text(ll_tsl *L, TSNode n) { return ll_ts_text(L->b, n); }

static bool is(TSNode n, const char *kind) { return ll_ts_is(n, kind); }

/* ll_ts_text_is for a node that may be null (an absent field). */
static bool text_is(ll_tsl *L, TSNode n, const char *s) { return !ts_node_is_null(n) && ll_ts_text_is(L->b, n, s); }

/* Skips wrappers that do not change a value: parentheses, TS `as` / `!` / `satisfies` / `<T>x`. */
static TSNode unwrap(TSNode n) {
  for (int i = 0; i < 64 && !ts_node_is_null(n); i++) {
    if ((is(n, "parenthesized_expression") || is(n, "as_expression") || is(n, "non_null_expression") ||
         is(n, "satisfies_expression") || is(n, "type_assertion")) &&
        ts_node_named_child_count(n) > 0)
      n = ts_node_named_child(n, 0);
    else
      break;
  }
  return n;
}

/* The parent, skipping the same wrappers. */
static TSNode parent_of(TSNode n) {
  TSNode p = ts_node_parent(n);
  while (!ts_node_is_null(p) && (is(p, "parenthesized_expression") || is(p, "as_expression") ||
                                 is(p, "non_null_expression") || is(p, "satisfies_expression")))
    p = ts_node_parent(p);
  return p;
}

static bool is_function_node(TSNode n) {
  return is(n, "arrow_function") || is(n, "function_expression") || is(n, "function") ||
         is(n, "generator_function");
}

static bool is_async_node(ll_tsl *L, TSNode n) {
  uint32_t count = ts_node_child_count(n);
  for (uint32_t i = 0; i < count && i < 3; i++) {
    TSNode c = ts_node_child(n, i);
    if (!ts_node_is_named(c) && text_is(L, c, "async")) return true;
  }
  return false;
}

/* ---- literals -------------------------------------------------------------------------------- */

static char *js_string_value(ll_tsl *L, TSNode node) {
  node = unwrap(node);
  bool tmpl = is(node, "template_string");
  if (!is(node, "string") && !tmpl) return NULL;
  return ll_tsl_children_text(L, node, tmpl ? "template_substitution" : NULL);
}

static char *js_literal_value(ll_tsl *L, TSNode node) {
  node = unwrap(node);
  char *s = js_string_value(L, node);
  if (s) return s;
  if (is(node, "number") || is(node, "true") || is(node, "false") || is(node, "null") ||
      is(node, "undefined"))
    return text(L, node);
  if (is(node, "unary_expression") && ts_node_named_child_count(node) == 1 &&
      is(ts_node_named_child(node, 0), "number"))
    return text(L, node);
  return NULL;
}

/* A path as far as it is known: "/tmp/x", `/tmp/${k}` → "/tmp/{}", path.join("/tmp", k),
 * os.tmpdir(), a variable holding one. */
static const char *path_of(ll_tsl *L, TSNode node, int depth) {
  node = unwrap(node);
  if (ts_node_is_null(node) || depth > 8) return NULL;
  char *s = js_string_value(L, node);
  if (s) return s;
  if (is(node, "template_string")) {
    ll_arena *a = arena(L);
    size_t cap = ts_node_end_byte(node) - ts_node_start_byte(node) + 3, n = 0;
    char *out = ll_arena_alloc(a, cap);
    const char *src = ll_builder_source(L->b);
    uint32_t count = ts_node_named_child_count(node);
    for (uint32_t i = 0; i < count && n + 3 < cap; i++) {
      TSNode c = ts_node_named_child(node, i);
      const char *part = NULL;
      if (is(c, "template_substitution") && ts_node_named_child_count(c))
        part = path_of(L, ts_node_named_child(c, 0), depth + 1);
      if (is(c, "template_substitution")) {
        const char *use = part && part[0] == '/' && n == 0 ? part : "{}";
        size_t k = strlen(use);
        if (n + k >= cap) break;
        memcpy(out + n, use, k);
        n += k;
      } else {
        uint32_t s0 = ts_node_start_byte(c), e0 = ts_node_end_byte(c);
        if (n + (e0 - s0) >= cap) break;
        memcpy(out + n, src + s0, e0 - s0);
        n += e0 - s0;
      }
    }
    out[n] = '\0';
    return out;
  }
  if (is(node, "identifier")) return ll_tsl_path_var_get(L, text(L, node));
  if (is(node, "binary_expression")) { /* "/tmp/" + key */
    const char *left = path_of(L, ll_ts_field(node, "left"), depth + 1);
    if (!left) return NULL;
    char *out = ll_arena_alloc(arena(L), strlen(left) + 3);
    strcpy(out, left);
    strcat(out, "{}");
    return out;
  }
  if (is(node, "call_expression")) {
    char *callee = ll_tsl_callee_of(L, node);
    if (!callee) return NULL;
    if (ll_streq(callee, "os.tmpdir")) return "/tmp";
    if (ll_streq(callee, "path.join") || ll_streq(callee, "path.resolve")) {
      TSNode args = ll_ts_field(node, "arguments");
      if (!is(args, "arguments") || ts_node_named_child_count(args) == 0) return NULL;
      const char *first = path_of(L, ts_node_named_child(args, 0), depth + 1);
      if (!first) return NULL;
      char *out = ll_arena_alloc(arena(L), strlen(first) + 4);
      strcpy(out, first);
      strcat(out, ts_node_named_child_count(args) > 1 ? "/{}" : "");
      return out;
    }
  }
  return NULL;
}

/* ---- imports --------------------------------------------------------------------------------- */

static const char *spec_name(ll_tsl *L, TSNode source) {
  char *s = js_string_value(L, source);
  if (!s) return NULL;
  /* `from "."` / `from ".."` (a folder's index, written short): "./index", which resolves as a file */
  if (ll_streq(s, ".") || ll_streq(s, "./")) return "./index";
  if (ll_streq(s, "..") || ll_streq(s, "../")) return "../index";
  return strncmp(s, "node:", 5) == 0 ? s + 5 : s;
}

static char *qualified_member(ll_tsl *L, const char *spec, const char *member) {
  if (!member || ll_streq(member, "default")) return ll_arena_strdup(arena(L), spec);
  size_t a = strlen(spec), b = strlen(member);
  char *out = ll_arena_alloc(arena(L), a + b + 2);
  memcpy(out, spec, a);
  out[a] = '.';
  memcpy(out + a + 1, member, b + 1);
  return out;
}

static void add_import(ll_tsl *L, TSNode at, const char *spec, const char *member, const char *alias) {
  ll_import *imp = ll_builder_add_import(L->b);
  imp->module = spec;
  imp->member = member && !ll_streq(member, "default") ? member : NULL;
  imp->alias = alias;
  imp->qualified = alias ? qualified_member(L, spec, member) : NULL;
  imp->relative_level = 0;
  imp->function = ll_tsl_fn(L);
  imp->guarded = L->try_depth > 0 || imp->function != 0;
  imp->span = ll_ts_span(L->b, at);
  /* An import inside a function (`const { crud } = require("./methods")` in the handler) is
   * found by its scope (ll_builder_import_for_alias), so calls through it are qualified and linked
   * like a top-level import's; a name the module binds too stays a local. */
  if (alias && imp->function != 0 && ll_builder_binding(L->b, alias)) ll_tsl_declare_local(L, alias);
}

/* `import x, { a as b }, * as ns from "m"`; `import "m"`; TS `import x = require("m")`. */
static void lower_import(ll_tsl *L, TSNode node) {
  uint32_t count = ts_node_child_count(node);
  for (uint32_t i = 0; i < count; i++) { /* `import type { … }`: types only */
    TSNode c = ts_node_child(node, i);
    if (!ts_node_is_named(c) && text_is(L, c, "type")) return;
  }
  TSNode source = ll_ts_field(node, "source");
  const char *spec = spec_name(L, source);
  TSNode clause = {0};
  for (uint32_t i = 0; i < ts_node_named_child_count(node); i++) {
    TSNode c = ts_node_named_child(node, i);
    if (is(c, "import_clause")) clause = c;
    if (is(c, "import_require_clause")) {
      spec = spec_name(L, ll_ts_field(c, "source"));
      if (spec && ts_node_named_child_count(c)) add_import(L, node, spec, NULL, text(L, ts_node_named_child(c, 0)));
      return;
    }
  }
  if (!spec) return;
  if (ts_node_is_null(clause)) {
    add_import(L, node, spec, NULL, NULL);
    return;
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(clause); i++) {
    TSNode c = ts_node_named_child(clause, i);
    if (is(c, "identifier")) {
      add_import(L, node, spec, NULL, text(L, c));
    } else if (is(c, "namespace_import") && ts_node_named_child_count(c)) {
      add_import(L, node, spec, NULL, text(L, ts_node_named_child(c, 0)));
    } else if (is(c, "named_imports")) {
      for (uint32_t k = 0; k < ts_node_named_child_count(c); k++) {
        TSNode sp = ts_node_named_child(c, k);
        if (!is(sp, "import_specifier")) continue;
        TSNode name = ll_ts_field(sp, "name"), alias = ll_ts_field(sp, "alias");
        char *member = js_string_value(L, name);
        if (!member) member = text(L, name);
        add_import(L, node, spec, member, ts_node_is_null(alias) ? member : text(L, alias));
      }
    }
  }
}

/* The module a `require("m")` / `import("m")` / `await import("m")` loads, or NULL. */
static const char *required_spec(ll_tsl *L, TSNode value) {
  value = unwrap(value);
  if (is(value, "ternary_expression")) { /* `cond ? captureAWS(require("aws-sdk")) : require("aws-sdk")` */
    const char *a = required_spec(L, ll_ts_field(value, "consequence"));
    const char *b = required_spec(L, ll_ts_field(value, "alternative"));
    return a && b && ll_streq(a, b) ? a : NULL;
  }
  if (is(value, "await_expression") && ts_node_named_child_count(value))
    value = unwrap(ts_node_named_child(value, 0));
  if (!is(value, "call_expression")) return NULL;
  TSNode fn = ll_ts_field(value, "function");
  TSNode args = ll_ts_field(value, "arguments");
  if (!is(args, "arguments") || ts_node_named_child_count(args) != 1) return NULL;
  /* X-Ray's `AWSXRay.captureAWS(require("aws-sdk"))` hands back the same SDK, instrumented */
  TSNode wrapper = is(fn, "member_expression") ? ll_ts_field(fn, "property") : fn;
  if ((is(wrapper, "identifier") || is(wrapper, "property_identifier")) && text_is(L, wrapper, "captureAWS"))
    return required_spec(L, ts_node_named_child(args, 0));
  if (!is(fn, "import") && !(is(fn, "identifier") && text_is(L, fn, "require"))) return NULL;
  return spec_name(L, ts_node_named_child(args, 0));
}

/* `const x = require("m")`, `const { a, b: c } = require("m")`, `const y = require("m").z`.
 * Returns whether `name = value` was an import. */
static bool lower_require(ll_tsl *L, TSNode at, TSNode name, TSNode value) {
  value = unwrap(value);
  const char *member = NULL;
  if (is(value, "member_expression") && required_spec(L, ll_ts_field(value, "object"))) {
    member = text(L, ll_ts_field(value, "property"));
    value = ll_ts_field(value, "object");
  }
  const char *spec = required_spec(L, value);
  /* `import pkg from "pg"; const { Client } = pkg;` (pg's documented ESM form: a CommonJS module's
   * exports arrive as the default): the names come from the module, as `import { Client }` would. */
  if (!spec && !member && is(name, "object_pattern") && is(value, "identifier") &&
      !ll_tsl_find_local(L, text(L, value))) {
    const ll_import *whole = ll_builder_import_for_alias(L->b, text(L, value), ll_tsl_fn(L));
    if (whole && !whole->member && whole->module) spec = whole->module;
  }
  if (!spec) return false;
  if (is(name, "identifier")) {
    add_import(L, at, spec, member, text(L, name));
  } else if (is(name, "object_pattern") && !member) {
    for (uint32_t i = 0; i < ts_node_named_child_count(name); i++) {
      TSNode p = ts_node_named_child(name, i);
      if (is(p, "shorthand_property_identifier_pattern")) {
        add_import(L, at, spec, text(L, p), text(L, p));
      } else if (is(p, "pair_pattern")) {
        TSNode key = ll_ts_field(p, "key"), val = ll_ts_field(p, "value");
        if (is(val, "assignment_pattern")) val = ll_ts_field(val, "left");
        if (is(val, "identifier")) add_import(L, at, spec, text(L, key), text(L, val));
      } else if (is(p, "object_assignment_pattern")) {
        TSNode left = ll_ts_field(p, "left");
        if (!ts_node_is_null(left)) add_import(L, at, spec, text(L, left), text(L, left));
      }
    }
  } else {
    add_import(L, at, spec, member, NULL);
  }
  return true;
}

/* ---- handlers -------------------------------------------------------------------------------- */

static bool handler_name(const char *name) {
  size_t n = strlen(name);
  if (ll_streq(name, "handler") || ll_streq(name, "handle") || ll_streq(name, "lambdaHandler")) return true;
  if (n > 7 && !strcmp(name + n - 7, "Handler")) return true;
  return n > 8 && !strcmp(name + n - 8, "_handler");
}

/* ll_tsl_open_function for a function that may have no name node (`exports.handler = async () =>
 * …`, `export default …`): it is named where it is defined. */
static int open_function(ll_tsl *L, const char *name, TSNode outer, TSNode name_node) {
  return ll_tsl_open_function(L, name, outer, ts_node_is_null(name_node) ? outer : name_node);
}

static void mark_handler_later(ll_tsl *L, const char *local) {
  LL_PUSH(st(L)->handlers, st(L)->n_handlers, st(L)->cap_handlers, local);
}

/* Parameters: plain names, defaults, rest, destructuring (its names are locals), TS parameters. */
static void lower_params(ll_tsl *L, TSNode params) {
  if (is(params, "identifier")) {
    ll_tsl_add_param(L, text(L, params));
    return;
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(params); i++) {
    TSNode p = ts_node_named_child(params, i);
    if (is(p, "required_parameter") || is(p, "optional_parameter")) {
      TSNode value = ll_ts_field(p, "value");
      p = ll_ts_field(p, "pattern");
      if (!ts_node_is_null(value)) ll_tsl_walk(L, value);
    }
    if (is(p, "assignment_pattern")) {
      ll_tsl_walk(L, ll_ts_field(p, "right"));
      p = ll_ts_field(p, "left");
    }
    if (is(p, "rest_pattern") && ts_node_named_child_count(p)) p = ts_node_named_child(p, 0);
    if (is(p, "identifier")) ll_tsl_add_param(L, text(L, p));
    else if (!ts_node_is_null(p) && !is(p, "comment")) ll_tsl_add_param(L, text(L, p));
  }
}

static void lower_block(ll_tsl *L, TSNode block);

/* Whether the parameters include a callback (`(event, context, callback)`): the runtime of a
 * callback handler waits for the event loop to empty before it freezes. */
static bool takes_callback(ll_tsl *L, TSNode params) {
  for (uint32_t i = 0; is(params, "formal_parameters") && i < ts_node_named_child_count(params); i++) {
    TSNode p = ts_node_named_child(params, i);
    if (is(p, "required_parameter") || is(p, "optional_parameter")) p = ll_ts_field(p, "pattern");
    if (text_is(L, p, "callback") || text_is(L, p, "cb") || text_is(L, p, "done")) return true;
  }
  return false;
}

static void walk_body(ll_tsl *L, TSNode body) {
  if (is(body, "statement_block")) lower_block(L, body);
  else if (!ts_node_is_null(body)) { /* an arrow's expression body is returned */
    uint32_t from = ll_builder_event_count(L->b);
    ll_tsl_walk(L, body);
    ll_event *call = ll_tsl_event_at(L, from, LL_EV_CALL, ts_node_start_byte(unwrap(body)));
    if (call) call->as.call.awaited = true;
  }
}

/* Opens a function named `name` for the function node `fn_node` (declaration, arrow, function
 * expression, method), lowers its parameters and body, closes it. Returns its index. */
static int lower_function_as(ll_tsl *L, const char *name, TSNode outer, TSNode name_node, TSNode fn_node,
                             bool handler) {
  bool top = ll_tsl_fn(L) == 0 && !L->class_name;
  const char *class_name = L->class_name;
  if (top) {
    ll_binding *b = ll_builder_add_binding(L->b, name);
    b->kind = LL_BIND_FUNCTION;
    b->span = ll_ts_span(L->b, ts_node_is_null(name_node) ? outer : name_node);
  } else if (ll_tsl_fn(L) != 0) {
    ll_tsl_declare_local(L, name);
  }
  int saved_test = L->test_depth, saved_except = L->except_depth, saved_try = L->try_depth;
  L->test_depth = L->except_depth = L->try_depth = 0;
  int index = open_function(L, name, outer, name_node);
  ll_function *fn = ll_builder_function(L->b, index);
  fn->is_async = is_async_node(L, fn_node);
  fn->convention_handler = handler;
  if (top) ll_strmap_put(&st(L)->top_fns, name, index);
  if (class_name && ll_tsl_fn(L) == index && ll_builder_function(L->b, index)->parent == 0) /* `Class.method` */
    ll_strmap_put(&st(L)->top_fns, ll_builder_function(L->b, index)->qualname, index);
  TSNode params = ll_ts_field(fn_node, "parameters");
  if (ts_node_is_null(params)) params = ll_ts_field(fn_node, "parameter");
  bool saved_callback = st(L)->callback_fn;
  st(L)->callback_fn = takes_callback(L, params);
  lower_params(L, params);
  walk_body(L, ll_ts_field(fn_node, "body"));
  st(L)->callback_fn = saved_callback;
  ll_tsl_close_function(L);
  L->test_depth = saved_test, L->except_depth = saved_except, L->try_depth = saved_try;
  return index;
}

/* An exported value that is not a function: a function of the exported name whose body is the
 * value (a wrapper `middy(base)`, an alias `exports.handler = base`), so what it wraps is reached. */
static bool exported_handler(ll_tsl *L, const char *name, TSNode fn_node);
static bool event_params(ll_tsl *L, TSNode fn_node);

/* Whether a call chain takes a function among its arguments (`middyfy(h)`, `co.wrap(function* …)`):
 * a wrapper whose result may be named as a handler by a template. */
static bool wraps_function(ll_tsl *L, TSNode call) {
  for (int i = 0; i < 16 && is(call, "call_expression"); i++) {
    TSNode args = ll_ts_field(call, "arguments");
    for (uint32_t k = 0; is(args, "arguments") && k < ts_node_named_child_count(args); k++) {
      TSNode a = unwrap(ts_node_named_child(args, k));
      if (is_function_node(a)) return true;
      const ll_binding *b = is(a, "identifier") ? ll_builder_binding(L->b, text(L, a)) : NULL;
      if (b && b->kind == LL_BIND_FUNCTION) return true;
    }
    TSNode f = ll_ts_field(call, "function");
    call = is(f, "member_expression") ? ll_ts_field(f, "object") : f;
  }
  return false;
}

/* Whether a wrapper call is given a function with a handler's parameters (`middyfy(hello)` with
 * `const hello = async (event, context) => …`; the serverless framework's TypeScript template
 * exports it as `main`). */
static bool wraps_event_function(ll_tsl *L, TSNode call) {
  for (int i = 0; i < 16 && is(call, "call_expression"); i++) {
    TSNode args = ll_ts_field(call, "arguments");
    for (uint32_t k = 0; is(args, "arguments") && k < ts_node_named_child_count(args); k++) {
      TSNode a = unwrap(ts_node_named_child(args, k));
      if (is_function_node(a) ? event_params(L, a)
                              : is(a, "identifier") && ll_strmap_get(&st(L)->event_fns, text(L, a)) > 0)
        return true;
    }
    TSNode f = ll_ts_field(call, "function");
    call = is(f, "member_expression") ? ll_ts_field(f, "object") : f;
  }
  return false;
}

/* `whole`: 1 for a `module.exports = value` with a handler's evidence, 0 for one without; -1 for
 * an export by name, a handler by that name. */
static void lower_export_value_as(ll_tsl *L, const char *name, TSNode at, TSNode value, int whole) {
  value = unwrap(value);
  bool handler = whole < 0 ? handler_name(name) || (ll_streq(name, "main") && wraps_event_function(L, value))
                           : whole > 0;
  if (is_function_node(value)) {
    lower_function_as(L, name, at, (TSNode){0}, value, whole < 0 ? exported_handler(L, name, value) : handler);
    return;
  }
  if (is(value, "identifier")) {
    char *local = text(L, value);
    if (handler) mark_handler_later(L, local);
    if (ll_streq(local, name)) return;
  }
  /* Powertools' class handlers: `export const handler = instance.handler.bind(instance)` with
   * `const instance = new Lambda()`: the method `Lambda.handler` is the handler. */
  TSNode bound = is(value, "call_expression") ? ll_ts_field(value, "function") : (TSNode){0};
  if (handler && is(bound, "member_expression") && text_is(L, ll_ts_field(bound, "property"), "bind")) {
    TSNode method = ll_ts_field(bound, "object");
    TSNode object = is(method, "member_expression") ? ll_ts_field(method, "object") : (TSNode){0};
    const ll_binding *b = is(object, "identifier") ? ll_builder_binding(L->b, text(L, object)) : NULL;
    const char *qualname = b && b->kind == LL_BIND_CALL && b->value_callee
                               ? ll_tsl_join(L, b->value_callee, ".", text(L, ll_ts_field(method, "property")))
                               : NULL;
    if (qualname) mark_handler_later(L, qualname);
  }
  if (handler && ll_tsl_fn(L) == 0 && is(value, "call_expression") && ll_strmap_get(&st(L)->top_fns, name) > 0) {
    mark_handler_later(L, name); /* `exports.handler = wrapper(handler)` of a wrapped `const handler` */
    ll_tsl_walk(L, value);
    return;
  }
  if (ll_tsl_fn(L) != 0 || (!handler && (is(value, "new_expression") || (is(value, "call_expression") && !wraps_function(L, value))))) {
    ll_tsl_walk(L, value); /* `export const s3 = new S3Client()`: a value, built at module load */
    return;
  }
  int index = open_function(L, name, at, (TSNode){0});
  ll_builder_function(L->b, index)->convention_handler = handler;
  ll_strmap_put(&st(L)->top_fns, name, index);
  /* A wrapper's arguments that name local functions: those are the handler (middy(base)). */
  TSNode call = value;
  for (int i = 0; i < 16 && is(call, "call_expression"); i++) {
    TSNode args = ll_ts_field(call, "arguments");
    for (uint32_t k = 0; is(args, "arguments") && k < ts_node_named_child_count(args); k++) {
      TSNode a = ts_node_named_child(args, k);
      if (is(a, "identifier") && handler) mark_handler_later(L, text(L, a));
    }
    TSNode f = ll_ts_field(call, "function");
    call = is(f, "member_expression") ? ll_ts_field(f, "object") : f;
  }
  TSNode saved_wrapped = st(L)->wrapped;
  st(L)->wrapped = value;
  ll_tsl_walk(L, value);
  st(L)->wrapped = saved_wrapped;
  ll_tsl_close_function(L);
}

static void lower_export_value(ll_tsl *L, const char *name, TSNode at, TSNode value) {
  lower_export_value_as(L, name, at, value, -1);
}

/* Whether the file is named as a handler's (`handler.js`, `createOrderHandler.ts`,
 * `orders.handler.js`, `orders-handler.js`). */
static bool handler_file(ll_tsl *L) {
  const char *path = ll_builder_path(L->b), *slash = strrchr(path, '/');
  const char *base = slash ? slash + 1 : path, *dot = strrchr(base, '.');
  size_t n = dot && dot > base ? (size_t)(dot - base) : strlen(base);
  char stem[128];
  if (n >= sizeof stem) return false;
  memcpy(stem, base, n);
  stem[n] = '\0';
  if (handler_name(stem)) return true;
  return n > 8 && (!strcmp(stem + n - 8, ".handler") || !strcmp(stem + n - 8, "-handler"));
}

/* Whether `module.exports = value` exports a handler. The runtime looks the handler up as a
 * property of the module (`index.handler`), so a module that is itself a function is called by
 * other code: a Lambda handler only through a re-export (`exports.handler = require("./h")`) or a
 * bundler. CommonJS code bases export every helper this way (`module.exports = async (params) =>
 * …`), so only Lambda evidence makes it a handler: a handler's parameters `(event, context)`, in
 * the function or in what a wrapper (`middy(fn)`) is given, or a file named as a handler's. */
static bool whole_export_handler(ll_tsl *L, TSNode value) {
  if (handler_file(L)) return true;
  value = unwrap(value);
  if (is_function_node(value)) return event_params(L, value);
  if (is(value, "identifier")) return ll_strmap_get(&st(L)->event_fns, text(L, value)) > 0;
  return wraps_event_function(L, value);
}

/* `module.exports = { handler, other: fn, third: async (e) => … }`. */
static void lower_exports_object(ll_tsl *L, TSNode object) {
  for (uint32_t i = 0; i < ts_node_named_child_count(object); i++) {
    TSNode p = ts_node_named_child(object, i);
    if (is(p, "shorthand_property_identifier")) {
      char *name = text(L, p);
      if (handler_name(name)) mark_handler_later(L, name);
      ll_tsl_lower_name_read(L, p);
    } else if (is(p, "pair")) {
      TSNode key = ll_ts_field(p, "key");
      char *name = js_string_value(L, key);
      if (!name) name = text(L, key);
      lower_export_value(L, name, p, ll_ts_field(p, "value"));
    } else if (is(p, "method_definition")) {
      char *name = text(L, ll_ts_field(p, "name"));
      lower_function_as(L, name, p, ll_ts_field(p, "name"), p, handler_name(name));
    } else if (is(p, "spread_element") && required_spec(L, ts_node_named_child(p, 0))) {
      /* `{ ...require("./dispatcher") }`: CommonJS's `export * from "./dispatcher"` */
      add_import(L, p, required_spec(L, ts_node_named_child(p, 0)), "*", NULL);
    } else {
      ll_tsl_walk(L, p);
    }
  }
}

/* The exported property of `exports.X` / `module.exports.X`, or NULL; `*whole` for `module.exports`. */
static const char *exports_target(ll_tsl *L, TSNode left, bool *whole) {
  *whole = false;
  if (!is(left, "member_expression")) return NULL;
  TSNode object = ll_ts_field(left, "object");
  const char *property = text(L, ll_ts_field(left, "property"));
  if (is(object, "identifier") && text_is(L, object, "module") && ll_streq(property, "exports")) {
    *whole = true;
    return NULL;
  }
  if (is(object, "identifier") && text_is(L, object, "exports")) return property;
  if (is(object, "member_expression") && text_is(L, object, "module.exports")) return property;
  return NULL;
}

/* A default export of a function is a handler when its parameters look like one. */
static bool event_params(ll_tsl *L, TSNode fn_node) {
  TSNode params = ll_ts_field(fn_node, "parameters");
  if (ts_node_is_null(params)) params = ll_ts_field(fn_node, "parameter");
  if (is(params, "identifier")) return text_is(L, params, "event");
  uint32_t n = ts_node_named_child_count(params);
  for (uint32_t i = 0; i < n && i < 2; i++) {
    TSNode p = ts_node_named_child(params, i);
    if (is(p, "required_parameter") || is(p, "optional_parameter")) p = ll_ts_field(p, "pattern");
    if (!is(p, "identifier")) continue;
    char *name = text(L, p);
    if (i == 0 && (ll_streq(name, "event") || ll_streq(name, "_event"))) return true;
    if (i == 1 && (ll_streq(name, "context") || ll_streq(name, "_context") || ll_streq(name, "ctx")))
      return true;
  }
  return false;
}

/* An exported function is a handler by its name, or named `main` (the CDK samples' `index.main`)
 * with a handler's parameters. */
static bool exported_handler(ll_tsl *L, const char *name, TSNode fn_node) {
  return handler_name(name) || (ll_streq(name, "main") && event_params(L, fn_node));
}

static void lower_declaration(ll_tsl *L, TSNode node, bool exported);

static void lower_export(ll_tsl *L, TSNode node) {
  TSNode decl = ll_ts_field(node, "declaration"), value = ll_ts_field(node, "value"),
         source = ll_ts_field(node, "source");
  if (!ts_node_is_null(decl)) {
    if (is(decl, "lexical_declaration") || is(decl, "variable_declaration")) {
      lower_declaration(L, decl, true);
    } else if (is(decl, "function_declaration") || is(decl, "generator_function_declaration")) {
      char *name = text(L, ll_ts_field(decl, "name"));
      lower_function_as(L, name, node, ll_ts_field(decl, "name"), decl, handler_name(name));
    } else {
      ll_tsl_walk(L, decl);
    }
    return;
  }
  bool is_default = false;
  for (uint32_t i = 0; i < ts_node_child_count(node); i++)
    if (text_is(L, ts_node_child(node, i), "default")) is_default = true;
  if (is_default) {
    if (ts_node_is_null(value)) /* TS: `export default <expr>` without the field */
      for (uint32_t i = 0; i < ts_node_named_child_count(node); i++) {
        TSNode c = ts_node_named_child(node, i);
        if (!is(c, "comment") && !is(c, "decorator")) value = c;
      }
    TSNode v = unwrap(value);
    /* `export default Dao` / `export default class Dao {}`: a binding "default" names the class, so
     * `new Dao()` of a default import runs Dao's constructor (link.c) */
    TSNode cls = is(v, "class_declaration") || is(v, "class") ? ll_ts_field(v, "name") : v;
    const ll_binding *local = is(cls, "identifier") || is(cls, "type_identifier")
                                  ? ll_builder_binding(L->b, text(L, cls)) : NULL;
    if ((local && local->kind == LL_BIND_CLASS) || is(v, "class_declaration") || is(v, "class")) {
      if (is(cls, "identifier") || is(cls, "type_identifier")) {
        ll_binding *b = ll_builder_add_binding(L->b, "default");
        b->kind = LL_BIND_CLASS;
        b->value_callee = text(L, cls);
        b->span = ll_ts_span(L->b, cls);
      }
    }
    if (is(v, "function_declaration") || is_function_node(v)) {
      TSNode name = ll_ts_field(v, "name");
      lower_function_as(L, ts_node_is_null(name) ? "default" : text(L, name), node, name, v, event_params(L, v));
    } else if (!ts_node_is_null(v)) {
      ll_tsl_walk(L, v);
    }
    return;
  }
  /* `export { a as handler }` / `export { handler } from "./h"` */
  const char *spec = ts_node_is_null(source) ? NULL : spec_name(L, source);
  /* A barrel's `export * from "./h"` loads ./h and passes on its names (member "*": link.c looks
   * names up there); `export * as ns from "./h"` binds the module as `ns`. */
  for (uint32_t i = 0; spec && i < ts_node_child_count(node); i++) {
    TSNode c = ts_node_child(node, i);
    if (is(c, "namespace_export")) {
      TSNode ns = ts_node_named_child(c, 0);
      add_import(L, node, spec, NULL, ts_node_is_null(ns) ? NULL : text(L, ns));
      return;
    }
    if (!ts_node_is_named(c) && text_is(L, c, "*")) {
      add_import(L, node, spec, "*", NULL);
      return;
    }
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(node); i++) {
    TSNode clause = ts_node_named_child(node, i);
    if (!is(clause, "export_clause")) continue;
    for (uint32_t k = 0; k < ts_node_named_child_count(clause); k++) {
      TSNode sp = ts_node_named_child(clause, k);
      if (!is(sp, "export_specifier")) continue;
      TSNode name = ll_ts_field(sp, "name"), alias = ll_ts_field(sp, "alias");
      char *local = text(L, name), *exported = ts_node_is_null(alias) ? local : text(L, alias);
      if (spec) {
        add_import(L, node, spec, local, exported);
        if (handler_name(exported)) {
          int index = open_function(L, exported, node, (TSNode){0});
          ll_builder_function(L->b, index)->convention_handler = true;
          ll_tsl_add_name_use(L, sp, qualified_member(L, spec, local));
          ll_tsl_close_function(L);
        }
      } else if (!ll_streq(local, exported)) {
        lower_export_value(L, exported, sp, name);
      } else {
        if (handler_name(exported)) mark_handler_later(L, local);
        ll_tsl_lower_name_read(L, name); /* a re-exported import is a value use */
      }
    }
  }
}

/* ---- declarations and assignments ----------------------------------------------------------- */

static ll_binding_kind binding_kind_of(ll_tsl *L, TSNode value) {
  value = unwrap(value);
  if (ts_node_is_null(value)) return LL_BIND_NONE;
  if (is(value, "array") || is(value, "object")) return LL_BIND_CONTAINER;
  if (is(value, "new_expression")) {
    char *ctor = text(L, ll_ts_field(value, "constructor"));
    static const char *const containers[] = {"Map", "Set", "Array", "WeakMap", NULL};
    for (size_t i = 0; containers[i]; i++)
      if (ll_streq(ctor, containers[i])) return LL_BIND_CONTAINER;
    return LL_BIND_CALL;
  }
  if (is(value, "null") || is(value, "undefined")) return LL_BIND_NONE;
  if (js_literal_value(L, value)) return LL_BIND_SCALAR;
  if (is(value, "call_expression")) return LL_BIND_CALL;
  if (is_function_node(value)) return LL_BIND_FUNCTION;
  if (is(value, "class")) return LL_BIND_CLASS;
  return LL_BIND_UNKNOWN;
}

static bool is_const_decl(ll_tsl *L, TSNode decl) {
  return is(decl, "lexical_declaration") && text_is(L, ll_ts_field(decl, "kind"), "const");
}

static void bind_top(ll_tsl *L, TSNode name, TSNode value, bool constant) {
  ll_binding *b = ll_builder_add_binding(L->b, text(L, name));
  b->kind = binding_kind_of(L, value);
  b->is_const = constant;
  b->span = ll_ts_span(L->b, name);
  TSNode v = unwrap(value);
  if (is(v, "await_expression") && ts_node_named_child_count(v)) v = unwrap(ts_node_named_child(v, 0));
  if (b->kind == LL_BIND_CALL) {
    b->value_callee = ll_tsl_callee_of(L, v);
    b->value_arg = ll_tsl_ctor_arg(L, ll_ts_field(v, "arguments"));
  }
}

/* `const sleep = promisify(setTimeout)`: the promise form of the timer, as an import. */
static bool promisified_timer(ll_tsl *L, TSNode name, TSNode value) {
  value = unwrap(value);
  if (!is(name, "identifier") || !is(value, "call_expression")) return false;
  char *callee = ll_tsl_callee_of(L, value);
  if (!callee || (!ll_streq(callee, "util.promisify") && !ll_streq(callee, "promisify"))) return false;
  TSNode args = ll_ts_field(value, "arguments");
  if (!is(args, "arguments") || ts_node_named_child_count(args) != 1 ||
      !text_is(L, ts_node_named_child(args, 0), "setTimeout"))
    return false;
  add_import(L, value, "timers/promises", "setTimeout", text(L, name));
  return true;
}

static void lower_declarator(ll_tsl *L, TSNode decl, TSNode d, bool exported) {
  TSNode name = ll_ts_field(d, "name"), value = ll_ts_field(d, "value");
  bool top = ll_tsl_fn(L) == 0;
  if (lower_require(L, d, name, value) || promisified_timer(L, name, value)) return;
  TSNode v = unwrap(value);
  if (is(name, "identifier") && is_function_node(v)) { /* `const f = async (x) => …` is a function */
    char *fname = text(L, name);
    lower_function_as(L, fname, d, name, v, exported && exported_handler(L, fname, v));
    return;
  }
  if (!exported && top && is(name, "identifier") && ll_strmap_get(&st(L)->exported, text(L, name)) >= 0)
    exported = true; /* `const handler = middy(base); export { handler };` */
  if (exported && is(name, "identifier") && top) {
    bind_top(L, name, value, is_const_decl(L, decl));
    lower_export_value(L, text(L, name), d, value);
    return;
  }
  uint32_t from = ll_builder_event_count(L->b);
  if (!ts_node_is_null(value)) ll_tsl_walk(L, value);
  if (is(name, "identifier") && is(v, "object")) {
    struct js_object_var o = {ll_tsl_fn(L), text(L, name), v, ts_node_parent(decl)};
    LL_PUSH(st(L)->objects, st(L)->n_objects, st(L)->cap_objects, o);
  }
  if (is(name, "identifier")) {
    char *n = text(L, name);
    if (top) {
      bind_top(L, name, value, is_const_decl(L, decl));
      ll_tsl_mark_assigned_call(L, from, unwrap(value), n, true);
      ll_tsl_path_var_set(L, n, path_of(L, value, 0)); /* `const MODEL = "/tmp/model.bin"` */
    } else {
      ll_tsl_declare_local(L, n);
      TSNode call = v;
      if (is(call, "await_expression") && ts_node_named_child_count(call)) call = unwrap(ts_node_named_child(call, 0));
      ll_tsl_remember_local(L, n, call);
      ll_tsl_mark_assigned_call(L, from, call, n, false);
      const char *path = path_of(L, value, 0);
      ll_tsl_path_var_set(L, n, path);
    }
  } else if (is(name, "object_pattern") || is(name, "array_pattern")) {
    /* `const { Items } = await db.send(…)`: literal-key reads of the result, placed at the call
     * (rules match a read to a call's result by where it starts) */
    TSNode site = v;
    if (is(site, "await_expression") && ts_node_named_child_count(site)) site = unwrap(ts_node_named_child(site, 0));
    for (uint32_t i = 0; i < ts_node_named_child_count(name); i++) {
      TSNode p = ts_node_named_child(name, i);
      TSNode key = is(p, "pair_pattern") ? ll_ts_field(p, "key") : p;
      TSNode local = is(p, "pair_pattern") ? ll_ts_field(p, "value") : p;
      if (is(local, "assignment_pattern")) local = ll_ts_field(local, "left");
      if (is(p, "object_assignment_pattern")) key = local = ll_ts_field(p, "left");
      if (is(name, "object_pattern") && (is(key, "shorthand_property_identifier_pattern") ||
                                         is(key, "property_identifier")))
        ll_tsl_add_key_read(L, ts_node_is_null(site) ? p : site, v, text(L, key), false);
      if (is(local, "identifier") || is(local, "shorthand_property_identifier_pattern")) {
        if (top) {
          ll_binding *b = ll_builder_add_binding(L->b, text(L, local));
          b->kind = LL_BIND_UNKNOWN;
          b->is_const = is_const_decl(L, decl);
          b->span = ll_ts_span(L->b, local);
        } else {
          ll_tsl_declare_local(L, text(L, local));
        }
      }
    }
  }
}

static void lower_declaration(ll_tsl *L, TSNode node, bool exported) {
  for (uint32_t i = 0; i < ts_node_named_child_count(node); i++) {
    TSNode d = ts_node_named_child(node, i);
    if (is(d, "variable_declarator")) lower_declarator(L, node, d, exported);
  }
}

static void lower_declaration_node(ll_tsl *L, TSNode node) { lower_declaration(L, node, false); }

/* `process.env.X` / `process.env["X"]`: the variable, or "" for another expression on process.env. */
static const char *env_variable(ll_tsl *L, TSNode target) {
  target = unwrap(target);
  TSNode object = ll_ts_field(target, "object");
  if (!text_is(L, object, "process.env")) return NULL;
  if (is(target, "member_expression")) return text(L, ll_ts_field(target, "property"));
  if (is(target, "subscript_expression")) {
    char *s = js_string_value(L, ll_ts_field(target, "index"));
    return s ? s : "";
  }
  return NULL;
}

/* Whether a test of `tested` being unset guards a write of `variable`: the same variable, or one
 * the Lambda runtime always sets (code that runs only without it never runs on Lambda). */
static bool in_list(const char *s, const char *const *list);

static bool guards_env(const char *tested, const char *variable) {
  static const char *const always_set[] = {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
                                           "AWS_REGION", "AWS_LAMBDA_FUNCTION_NAME", "LAMBDA_TASK_ROOT", NULL};
  return tested && (ll_streq(tested, variable) || in_list(tested, always_set));
}

/* Whether an enclosing `if` runs the write only when the variable is unset: `if (!process.env.X)
 * {…}`, or the `else` of `if (process.env.X)`. */
static bool env_unset_guard(ll_tsl *L, TSNode at, const char *variable) {
  for (TSNode n = at, p = ts_node_parent(at); !ts_node_is_null(p); n = p, p = ts_node_parent(p)) {
    /* a callback written in the branch (`load(function (e, r) {…})`) runs from there */
    if ((is_function_node(p) && !is(ts_node_parent(p), "arguments")) || is(p, "function_declaration") ||
        is(p, "method_definition") || is(p, "program"))
      break;
    if (!is(p, "if_statement")) continue;
    TSNode cond = unwrap(ll_ts_field(p, "condition"));
    bool in_else = is(n, "else_clause");
    if (!in_else && is(cond, "unary_expression") && text_is(L, ll_ts_field(cond, "operator"), "!") &&
        guards_env(env_variable(L, ll_ts_field(cond, "argument")), variable))
      return true;
    if (in_else && guards_env(env_variable(L, cond), variable)) return true;
  }
  return false;
}

static bool block_returns(TSNode block);

/* Whether an earlier statement of an enclosing block returns when the variable is set: `if
 * (process.env.X) return;` before the write makes it a default, not an override. */
static bool env_set_returns_before(ll_tsl *L, TSNode at, const char *variable) {
  for (TSNode n = at, p = ts_node_parent(at); !ts_node_is_null(p); n = p, p = ts_node_parent(p)) {
    if (is(p, "statement_block") || is(p, "program")) {
      for (TSNode s = ts_node_prev_named_sibling(n); !ts_node_is_null(s); s = ts_node_prev_named_sibling(s)) {
        if (!is(s, "if_statement") || !block_returns(ll_ts_field(s, "consequence"))) continue;
        if (guards_env(env_variable(L, ll_ts_field(s, "condition")), variable)) return true;
      }
    }
    if (is_function_node(p) || is(p, "function_declaration") || is(p, "method_definition")) break;
  }
  return false;
}

/* The name at the root of `x`, `x.a`, `x[k]`, or NULL. */
static TSNode root_name(TSNode n) {
  n = unwrap(n);
  for (int i = 0; i < 64 && (is(n, "member_expression") || is(n, "subscript_expression")); i++)
    n = unwrap(ll_ts_field(n, "object"));
  return is(n, "identifier") ? n : (TSNode){0};
}

static bool lazy_operator(ll_tsl *L, TSNode node) {
  TSNode op = ll_ts_field(node, "operator");
  return text_is(L, op, "?\?=") || text_is(L, op, "||=");
}

/* `x = v`, `x.k = v`, `x[k] = v`, `exports.handler = …`, `process.env.K = v`, `x ??= v`. */
static void lower_assignment(ll_tsl *L, TSNode node) {
  TSNode left = unwrap(ll_ts_field(node, "left")), right = ll_ts_field(node, "right");
  bool augmented = is(node, "augmented_assignment_expression");
  if (!augmented && ll_tsl_fn(L) == 0) {
    bool whole = false;
    const char *exported = exports_target(L, left, &whole);
    TSNode r = unwrap(right);
    if (whole && is(r, "object")) {
      lower_exports_object(L, r);
      return;
    }
    if (exported) {
      lower_export_value(L, exported, node, right);
      return;
    }
    if (whole) {
      lower_export_value_as(L, "handler", node, right, whole_export_handler(L, right) ? 1 : 0);
      return;
    }
  }
  const char *env = env_variable(L, left);
  if (env) {
    ll_tsl_walk(L, right);
    if (*env && !(augmented && lazy_operator(L, node)) && !env_unset_guard(L, node, env) &&
        !env_set_returns_before(L, node, env))
      ll_tsl_add_env_write(L, node, env);
    return;
  }
  if (is(left, "member_expression") && text_is(L, ll_ts_field(left, "property"),
                                                     "callbackWaitsForEmptyEventLoop")) {
    ll_tsl_add_name_use(L, left, text(L, left));
    ll_tsl_walk(L, right);
    return;
  }
  bool lazy = augmented && lazy_operator(L, node);
  TSNode value = unwrap(right); /* `x = await connect()`: the call's result is what is stored */
  if (is(value, "await_expression") && ts_node_named_child_count(value)) value = unwrap(ts_node_named_child(value, 0));
  TSNode root = root_name(left);
  char *name = ts_node_is_null(root) ? NULL : text(L, root);
  if (lazy && name) ll_builder_push_guard(L->b, name);
  uint32_t from = ll_builder_event_count(L->b);
  if (is(left, "member_expression") && name && !ll_tsl_is_module_name(L, name))
    ll_tsl_lower_name_read(L, left); /* `axios.defaults.timeout = …`: a use of the import */
  else if (!is(left, "identifier")) { /* the object and index expressions run */
    TSNode object = ll_ts_field(left, "object");
    if (!is(unwrap(object), "identifier")) ll_tsl_walk(L, object);
    if (is(left, "subscript_expression")) ll_tsl_walk(L, ll_ts_field(left, "index"));
  }
  ll_tsl_walk(L, right);
  if (name && ll_tsl_is_module_name(L, name)) {
    ll_write_kind kind = augmented && !lazy ? LL_WRITE_AUGMENT
                         : is(left, "identifier") ? LL_WRITE_REBIND
                         : is(left, "subscript_expression") ? LL_WRITE_SUBSCRIPT
                                                            : LL_WRITE_ATTRIBUTE;
    /* `arr.length = 0` empties the array: a reset */
    if (is(left, "member_expression") && text_is(L, ll_ts_field(left, "property"), "length"))
      kind = LL_WRITE_REBIND;
    ll_event *w = ll_tsl_add_write(L, node, name, kind, is(left, "identifier") ? right : (TSNode){0});
    if (w && kind == LL_WRITE_SUBSCRIPT) w->as.write.key_literal = js_literal_value(L, ll_ts_field(left, "index")) != NULL;
    if (w && lazy) w->as.write.lazy_guard = true;
    if (is(left, "identifier")) ll_tsl_mark_assigned_call(L, from, value, name, true);
  } else if (name && is(left, "identifier")) {
    ll_tsl_remember_local(L, name, value);
    ll_tsl_mark_assigned_call(L, from, value, name, false);
    ll_tsl_path_var_set(L, name, path_of(L, right, 0));
  }
  if (lazy && name) ll_builder_pop_guard(L->b);
}

/* `count++`, `--n` on module state. */
static void lower_update(ll_tsl *L, TSNode node) {
  TSNode arg = unwrap(ll_ts_field(node, "argument"));
  TSNode root = root_name(arg);
  if (!ts_node_is_null(root) && ll_tsl_is_module_name(L, text(L, root)))
    ll_tsl_add_write(L, node, text(L, root), LL_WRITE_AUGMENT, (TSNode){0});
  else if (!is(arg, "identifier"))
    ll_tsl_walk(L, arg);
}

/* `delete cache[k]`: a removal from module state (a reset for LL201). */
static void lower_unary(ll_tsl *L, TSNode node) {
  TSNode op = ll_ts_field(node, "operator"), arg = unwrap(ll_ts_field(node, "argument"));
  if (text_is(L, op, "delete")) {
    TSNode root = root_name(arg);
    if (!ts_node_is_null(root) && ll_tsl_is_module_name(L, text(L, root))) {
      ll_event *w = ll_tsl_add_write(L, node, text(L, root), LL_WRITE_SUBSCRIPT, (TSNode){0});
      if (w) w->as.write.method = "__delitem__";
      return;
    }
  }
  bool test = text_is(L, op, "!");
  if (test) L->test_depth++;
  ll_tsl_walk(L, arg);
  if (test) L->test_depth--;
}

/* ---- functions and classes ----------------------------------------------------------------- */

static void lower_function_decl(ll_tsl *L, TSNode node) {
  TSNode name = ll_ts_field(node, "name");
  lower_function_as(L, ts_node_is_null(name) ? "<anonymous>" : text(L, name), node, name, node, false);
}

/* Whether the function `node` is the first argument of a `.then(…)` (it runs whenever the promise
 * resolves, on the main path; the rejection callback, the second, may not), of a `new Promise(…)`
 * or of an export wrapper. */
static bool then_callback(ll_tsl *L, TSNode node) {
  TSNode args = ts_node_parent(node);
  if (!is(args, "arguments") || ts_node_named_child_count(args) == 0 ||
      !ts_node_eq(ts_node_named_child(args, 0), node))
    return false;
  TSNode call = ts_node_parent(args), f = ll_ts_field(call, "function");
  if (is(f, "member_expression") && text_is(L, ll_ts_field(f, "property"), "then")) return true;
  /* `new Promise((resolve, reject) => {…})`: the executor runs at once, synchronously */
  if (is(call, "new_expression") && text_is(L, ll_ts_field(call, "constructor"), "Promise")) return true;
  /* the function an export wrapper wraps (`handler = co.wrap(function* (event) {…})`) is the body */
  for (TSNode c = st(L)->wrapped; is(c, "call_expression"); c = ll_ts_field(ll_ts_field(c, "function"), "object"))
    if (ts_node_eq(c, call)) return true;
  return false;
}

/* An arrow or function expression in an expression: its body runs when (and if) someone calls it,
 * which the handler usually does right away (`records.map(async (r) => …)`): lowered in place as
 * conditional code of the enclosing function. Its parameters are locals there. */
static void lower_arrow(ll_tsl *L, TSNode node) {
  if (ll_tsl_fn(L) == 0) { /* at module level: an anonymous function (an IIFE, a callback) */
    char name[48];
    TSPoint at = ts_node_start_point(node);
    snprintf(name, sizeof name, "<lambda:%u:%u>", at.row + 1, at.column + 1);
    lower_function_as(L, ll_arena_strdup(arena(L), name), node, (TSNode){0}, node, false);
    return;
  }
  TSNode params = ll_ts_field(node, "parameters");
  if (ts_node_is_null(params)) params = ll_ts_field(node, "parameter");
  if (is(params, "identifier")) ll_tsl_declare_local(L, text(L, params));
  for (uint32_t i = 0; i < ts_node_named_child_count(params); i++) {
    TSNode p = ts_node_named_child(params, i);
    if (is(p, "required_parameter") || is(p, "optional_parameter")) p = ll_ts_field(p, "pattern");
    if (is(p, "assignment_pattern")) p = ll_ts_field(p, "left");
    if (is(p, "identifier")) ll_tsl_declare_local(L, text(L, p));
  }
  bool main_path = then_callback(L, node);
  if (!main_path) ll_builder_push_condition(L->b);
  walk_body(L, ll_ts_field(node, "body"));
  if (!main_path) ll_builder_pop_condition(L->b);
}

static void lower_method(ll_tsl *L, TSNode node) {
  TSNode name = ll_ts_field(node, "name");
  lower_function_as(L, text(L, name), node, name, node, false);
}

static void lower_class(ll_tsl *L, TSNode node) {
  TSNode name = ll_ts_field(node, "name");
  char *cname = ts_node_is_null(name) ? "<class>" : text(L, name);
  if (ll_tsl_fn(L) == 0 && !L->class_name && !ts_node_is_null(name)) {
    ll_binding *b = ll_builder_add_binding(L->b, cname);
    b->kind = LL_BIND_CLASS;
    b->span = ll_ts_span(L->b, name);
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(node); i++) /* `extends Base`: a value use */
    if (is(ts_node_named_child(node, i), "class_heritage")) ll_tsl_walk(L, ts_node_named_child(node, i));
  const char *saved = L->class_name;
  L->class_name = cname;
  TSNode body = ll_ts_field(node, "body");
  for (uint32_t i = 0; i < ts_node_named_child_count(body); i++) {
    TSNode m = ts_node_named_child(body, i);
    if (is(m, "method_definition")) lower_method(L, m);
    /* field initialisers run per instance: walk them as the class's construction */
  }
  L->class_name = saved;
}

/* ---- control flow --------------------------------------------------------------------------- */

/* Names a condition tests for being unset (`!x`, `x == null`, `x === undefined`) or set (`x`,
 * `x != null`). */
typedef struct {
  const char *unset[LL_JS_MAX_GUARDS], *set[LL_JS_MAX_GUARDS];
  int n_unset, n_set;
} guard_names;

static bool nullish(ll_tsl *L, TSNode n) {
  n = unwrap(n);
  return is(n, "null") || is(n, "undefined") || (is(n, "identifier") && text_is(L, n, "undefined"));
}

static void add_guard(const char **names, int *n, const char *name) {
  if (*n < LL_JS_MAX_GUARDS) names[(*n)++] = name;
}

static void collect_guards(ll_tsl *L, TSNode cond, guard_names *out, bool negated) {
  cond = unwrap(cond);
  if (is(cond, "identifier") || is(cond, "member_expression")) {
    TSNode root = root_name(cond);
    /* `if (!global.ses) global.ses = new SES()`: process-wide state, kept across warm invocations */
    bool process_global = !ts_node_is_null(root) && is(cond, "member_expression") &&
                          (text_is(L, root, "global") || text_is(L, root, "globalThis")) &&
                          !ll_tsl_find_local(L, text(L, root));
    if (ts_node_is_null(root) || (!process_global && !ll_tsl_is_module_name(L, text(L, root)))) return;
    if (negated) add_guard(out->unset, &out->n_unset, text(L, root));
    else add_guard(out->set, &out->n_set, text(L, root));
  } else if (is(cond, "unary_expression") && text_is(L, ll_ts_field(cond, "operator"), "!")) {
    collect_guards(L, ll_ts_field(cond, "argument"), out, !negated);
  } else if (is(cond, "call_expression")) { /* `!cache.has(k)`: a cache fill */
    TSNode f = ll_ts_field(cond, "function");
    TSNode prop = ll_ts_field(f, "property");
    if (is(f, "member_expression") && (text_is(L, prop, "has") || text_is(L, prop, "includes")))
      collect_guards(L, ll_ts_field(f, "object"), out, negated);
  } else if (is(cond, "binary_expression")) {
    TSNode op = ll_ts_field(cond, "operator"), left = ll_ts_field(cond, "left"), right = ll_ts_field(cond, "right");
    char *o = text(L, op);
    if (ll_streq(o, "||") || ll_streq(o, "&&")) {
      collect_guards(L, left, out, negated);
      collect_guards(L, right, out, negated);
      return;
    }
    bool eq = ll_streq(o, "==") || ll_streq(o, "==="), ne = ll_streq(o, "!=") || ll_streq(o, "!==");
    if (!eq && !ne) return;
    TSNode named = nullish(L, right) ? left : nullish(L, left) ? right : (TSNode){0};
    if (ts_node_is_null(named)) return;
    collect_guards(L, named, out, eq ? !negated : negated);
  }
}

static bool block_returns(TSNode block) {
  if (is(block, "return_statement") || is(block, "throw_statement")) return true;
  if (!is(block, "statement_block")) return false;
  uint32_t n = ts_node_named_child_count(block);
  for (uint32_t i = n; i-- > 0;) {
    TSNode c = ts_node_named_child(block, i);
    if (is(c, "comment")) continue;
    return is(c, "return_statement") || is(c, "throw_statement");
  }
  return false;
}

static void walk_guarded(ll_tsl *L, TSNode block, const char *const *names, int n) {
  for (int i = 0; i < n; i++) ll_builder_push_guard(L->b, names[i]);
  ll_tsl_walk_conditional(L, block);
  for (int i = 0; i < n; i++) ll_builder_pop_guard(L->b);
}

/* Returns how many guards it pushed for the rest of the enclosing block: `if (client) return
 * client;` guards what follows (the caller pops them). */
static int lower_if_guards(ll_tsl *L, TSNode node) {
  TSNode cond = ll_ts_field(node, "condition");
  ll_tsl_walk_test(L, cond);
  guard_names g = {0};
  collect_guards(L, cond, &g, false);
  TSNode consequence = ll_ts_field(node, "consequence");
  walk_guarded(L, consequence, g.unset, g.n_unset);
  TSNode alt = ll_ts_field(node, "alternative");
  if (!ts_node_is_null(alt)) {
    walk_guarded(L, alt, g.set, g.n_set);
    return 0;
  }
  if (!block_returns(consequence)) return 0;
  for (int i = 0; i < g.n_set; i++) ll_builder_push_guard(L->b, g.set[i]);
  return g.n_set;
}

/* An `if` outside a block of statements (`else if`, a lone statement body): its early-return
 * guard has no following statements to cover. */
static void lower_if(ll_tsl *L, TSNode node) {
  for (int n = lower_if_guards(L, node); n > 0; n--) ll_builder_pop_guard(L->b);
}

/* A statement block: an `if (x) return x;` guards the statements after it. */
/* Statements after a `return` or `throw` of the same block never run (a draft left below an early
 * return): only the function declarations among them, hoisted, are lowered. */
static void lower_block(ll_tsl *L, TSNode block) {
  int pushed = 0;
  bool unreachable = false;
  ll_tsl_children it = ll_tsl_children_begin(L, block);
  for (TSNode c; ll_tsl_children_next(&it, &c);) {
    if (unreachable && !is(c, "function_declaration") && !is(c, "generator_function_declaration")) continue;
    if (is(c, "if_statement")) pushed += lower_if_guards(L, c);
    else ll_tsl_walk(L, c);
    unreachable |= is(c, "return_statement") || is(c, "throw_statement");
  }
  ll_tsl_children_end(L);
  for (int i = 0; i < pushed; i++) ll_builder_pop_guard(L->b);
}

static bool forever(ll_tsl *L, TSNode cond) {
  cond = unwrap(cond);
  return ts_node_is_null(cond) || is(cond, "true") || (is(cond, "number") && !text_is(L, cond, "0"));
}

static void lower_while(ll_tsl *L, TSNode node) {
  ll_tsl_lower_while(L, node, forever(L, ll_ts_field(node, "condition")));
}

static void lower_for(ll_tsl *L, TSNode node) {
  TSNode init = ll_ts_field(node, "initializer"), cond = ll_ts_field(node, "condition");
  ll_tsl_walk(L, init);
  bool infinite = ts_node_is_null(cond) || is(cond, "empty_statement") || text_is(L, cond, ";");
  ll_tsl_open_loop(L, infinite ? LL_LOOP_INFINITE : LL_LOOP_FOR, node);
  if (!infinite) ll_tsl_walk_test(L, cond);
  ll_tsl_walk(L, ll_ts_field(node, "body"));
  ll_tsl_walk(L, ll_ts_field(node, "increment"));
  ll_tsl_close_loop(L);
}

/* `for (const x of xs)`, `for await (const p of paginateScan(…))`, `for (k in o)`. */
static void lower_for_in(ll_tsl *L, TSNode node) {
  TSNode right = ll_ts_field(node, "right"), left = ll_ts_field(node, "left");
  uint32_t from = ll_builder_event_count(L->b);
  ll_tsl_walk(L, right);
  uint32_t index = ll_tsl_open_loop(L, LL_LOOP_FOREACH, node);
  ll_loop *loop = &ll_builder_event(L->b, index)->as.loop;
  TSNode r = unwrap(right);
  char *iter = text(L, r);
  loop->iterates = strlen(iter) > 120 ? NULL : iter;
  if (is(r, "call_expression")) {
    loop->iter_callee = ll_tsl_callee_of(L, r);
    ll_event *call = ll_tsl_event_at(L, from, LL_EV_CALL, ts_node_start_byte(r));
    if (call) call->as.call.result_iterated = true;
  }
  TSNode l = unwrap(left);
  if (is(l, "identifier")) ll_tsl_declare_local(L, text(L, l));
  ll_tsl_walk(L, ll_ts_field(node, "body"));
  ll_tsl_close_loop(L);
}

static void lower_return(ll_tsl *L, TSNode node) {
  ll_builder_loop_break(L->b);
  if (ts_node_named_child_count(node) == 0) return;
  TSNode value = unwrap(ts_node_named_child(node, 0));
  uint32_t from = ll_builder_event_count(L->b);
  ll_tsl_walk(L, value);
  ll_event *call = ll_tsl_event_at(L, from, LL_EV_CALL, ts_node_start_byte(value));
  if (call) call->as.call.awaited = true; /* a returned promise is the caller's to await */
  if (is(value, "identifier")) ll_tsl_push_awaited(L, text(L, value));
}

/* As in Python: the try body runs (a handler wrapped whole in try/catch is the common case), the
 * catch clause may; a `require` inside a try is an optional dependency (guarded). */
static void lower_try(ll_tsl *L, TSNode node) {
  L->try_depth++;
  ll_tsl_walk(L, ll_ts_field(node, "body"));
  L->try_depth--;
  TSNode handler = ll_ts_field(node, "handler");
  if (!ts_node_is_null(handler)) {
    TSNode param = ll_ts_field(handler, "parameter");
    if (is(param, "identifier")) ll_tsl_declare_local(L, text(L, param));
    L->except_depth++;
    ll_tsl_walk_conditional(L, ll_ts_field(handler, "body"));
    L->except_depth--;
  }
  ll_tsl_walk(L, ll_ts_field(node, "finalizer"));
}

static void lower_binary(ll_tsl *L, TSNode node) {
  TSNode op = ll_ts_field(node, "operator");
  char *o = text(L, op);
  if (ll_streq(o, "&&") || ll_streq(o, "||") || ll_streq(o, "??")) {
    ll_tsl_walk(L, ll_ts_field(node, "left"));
    ll_tsl_walk_conditional(L, ll_ts_field(node, "right"));
    return;
  }
  bool compare = o[0] == '=' || o[0] == '!' || o[0] == '<' || o[0] == '>' || ll_streq(o, "in") ||
                 ll_streq(o, "instanceof");
  if (compare) L->test_depth++;
  ll_tsl_walk(L, ll_ts_field(node, "left"));
  ll_tsl_walk(L, ll_ts_field(node, "right"));
  if (compare) L->test_depth--;
}

static void lower_switch(ll_tsl *L, TSNode node) {
  ll_tsl_walk_test(L, ll_ts_field(node, "value"));
  ll_tsl_walk_conditional(L, ll_ts_field(node, "body"));
}

/* ---- awaits, promises ---------------------------------------------------------------------- */

static void mark_awaited_call(ll_tsl *L, uint32_t from, TSNode value) {
  value = unwrap(value);
  /* `await s3.send(x).promise()`-like chains: the outermost call is awaited, and so is its base */
  for (int i = 0; i < 8 && is(value, "call_expression"); i++) {
    ll_event *call = ll_tsl_event_at(L, from, LL_EV_CALL, ts_node_start_byte(value));
    if (call) call->as.call.awaited = true;
    TSNode f = ll_ts_field(value, "function");
    if (!is(f, "member_expression")) break;
    value = unwrap(ll_ts_field(f, "object"));
  }
}

static void lower_await(ll_tsl *L, TSNode node) {
  if (ts_node_named_child_count(node) == 0) return;
  TSNode arg = unwrap(ts_node_named_child(node, 0));
  uint32_t from = ll_builder_event_count(L->b);
  ll_tsl_walk(L, arg);
  if (is(arg, "identifier")) ll_tsl_push_awaited(L, text(L, arg));
  else mark_awaited_call(L, from, arg);
}

/* `Promise.all([a, b])` / `Promise.allSettled(ps)`: the names gathered count as awaited when the
 * gather is (it almost always is; an un-awaited gather is itself a floating promise). */
static void gather_names(ll_tsl *L, TSNode args) {
  for (uint32_t i = 0; is(args, "arguments") && i < ts_node_named_child_count(args); i++) {
    TSNode a = unwrap(ts_node_named_child(args, i));
    if (is(a, "identifier")) ll_tsl_push_awaited(L, text(L, a));
    for (uint32_t k = 0; is(a, "array") && k < ts_node_named_child_count(a); k++) {
      TSNode e = unwrap(ts_node_named_child(a, k));
      if (is(e, "spread_element") && ts_node_named_child_count(e)) e = unwrap(ts_node_named_child(e, 0));
      if (is(e, "identifier")) ll_tsl_push_awaited(L, text(L, e));
    }
  }
}

static bool has_prefix(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

static bool sdk_client(const char *ctor) {
  if (!ctor) return false;
  size_t n = strlen(ctor);
  return has_prefix(ctor, "@aws-sdk/") || has_prefix(ctor, "aws-sdk") ||
         (n > 6 && !strcmp(ctor + n - 6, "Client"));
}

/* Whether a call makes a promise, as far as can be told without types. */
static bool makes_promise(ll_tsl *L, const ll_call *call) {
  const char *c = call->callee, *m = call->method;
  if (ll_streq(c, "fetch") || ll_streq(c, "node-fetch") || ll_streq(c, "axios") || ll_streq(c, "got") ||
      has_prefix(c, "axios.") || has_prefix(c, "got.") || has_prefix(c, "fs/promises.") ||
      has_prefix(c, "fs.promises."))
    return true;
  if (ll_streq(m, "promise") || ll_streq(m, "then") || ll_streq(m, "catch") || ll_streq(m, "finally"))
    return true;
  if (ll_streq(m, "send") && sdk_client(call->receiver_ctor)) return true;
  return !strchr(c, '.') && ll_strmap_get(&st(L)->async_fns, c) >= 0;
}

/* Whether the current function takes a callback (a callback handler: its runtime waits for the
 * event loop to empty before it freezes). */
static bool callback_style(ll_tsl *L) { return st(L)->callback_fn || st(L)->callback_module; }

/* Whether the call's value is dropped: a statement of its own, `void p()`, or the base of a
 * `.then()/.catch()/.finally()` chain that is. */
/* Whether the nearest function around `node` is the executor of a `new Promise(…)`: work started
 * there settles the promise through resolve/reject, which its creator awaits. */
static bool in_promise_executor(ll_tsl *L, TSNode node) {
  for (TSNode p = ts_node_parent(node); !ts_node_is_null(p); p = ts_node_parent(p)) {
    if (!is_function_node(p) && !is(p, "function_declaration") && !is(p, "method_definition")) continue;
    TSNode ctor = ts_node_parent(ts_node_parent(p));
    return is(ctor, "new_expression") && text_is(L, ll_ts_field(ctor, "constructor"), "Promise");
  }
  return false;
}

static bool floating(ll_tsl *L, TSNode call) {
  if (in_promise_executor(L, call)) return false;
  TSNode n = call;
  for (int i = 0; i < 32; i++) {
    TSNode p = parent_of(n);
    if (is(p, "expression_statement")) return true;
    if (is(p, "unary_expression") && text_is(L, ll_ts_field(p, "operator"), "void")) {
      n = p;
      continue;
    }
    if (is(p, "member_expression")) {
      TSNode prop = ll_ts_field(p, "property");
      TSNode pp = parent_of(p);
      if (is(pp, "call_expression") && (text_is(L, prop, "then") || text_is(L, prop, "catch") ||
                                        text_is(L, prop, "finally"))) {
        n = pp;
        continue;
      }
    }
    return false;
  }
  return false;
}

static void add_task(ll_tsl *L, TSNode at, const char *callee) {
  uint32_t ev = ll_tsl_add_event(L, LL_EV_SPAWN, at);
  ll_spawn *spawn = &ll_builder_event(L->b, ev)->as.spawn;
  spawn->kind = LL_SPAWN_TASK;
  spawn->callee = callee;
  spawn->started = true;
  spawn->joined = false;
}

/* Whether a function body awaits (`await`, `for await`), outside the functions nested in it: an
 * async callback block that never does runs to its end before forEach returns (a promise it starts
 * and drops is a floating promise of its own). */
static bool awaits(TSNode n, int depth) {
  if (ts_node_is_null(n) || depth > 200) return false;
  if (is(n, "await_expression")) return true;
  if (depth > 0 && (is_function_node(n) || is(n, "function_declaration") || is(n, "method_definition"))) return false;
  if (is(n, "for_in_statement")) {
    for (uint32_t i = 0; i < ts_node_child_count(n) && i < 3; i++)
      if (ll_ts_is(ts_node_child(n, i), "await")) return true;
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(n); i++)
    if (awaits(ts_node_named_child(n, i), depth + 1)) return true;
  return false;
}

/* `arr.forEach(async (x) => …)`: nothing waits for the callbacks' promises. */
static bool async_callback_arg(ll_tsl *L, TSNode args) {
  for (uint32_t i = 0; is(args, "arguments") && i < ts_node_named_child_count(args); i++) {
    TSNode a = unwrap(ts_node_named_child(args, i));
    if (is_function_node(a) && is_async_node(L, a) &&
        (!is(ll_ts_field(a, "body"), "statement_block") || awaits(ll_ts_field(a, "body"), 0)))
      return true;
  }
  return false;
}

/* Files: fs writes and removals, sync, callback and promise forms. */
static const char *const file_writes[] = {"writeFileSync", "writeFile", "appendFileSync", "appendFile",
                                          "createWriteStream", "mkdtempSync", "mkdtemp", "mkdirSync", "mkdir",
                                          NULL};
static const char *const file_removes[] = {"unlinkSync", "unlink", "rmSync", "rm", "rmdirSync", "rmdir",
                                           "emptyDir", "emptyDirSync", "remove", "removeSync", NULL};

static bool fs_module(const char *callee) {
  return has_prefix(callee, "fs.") || has_prefix(callee, "fs/promises.") || has_prefix(callee, "fs-extra.") ||
         has_prefix(callee, "fs.promises.");
}

static bool in_list(const char *s, const char *const *list) {
  for (size_t i = 0; list[i]; i++)
    if (ll_streq(s, list[i])) return true;
  return false;
}

/* `new Promise((resolve) => setTimeout(resolve, ms))`: the executor's timer is a sleep. */
static bool resolves_promise(ll_tsl *L, TSNode call, TSNode args) {
  if (!is(args, "arguments") || ts_node_named_child_count(args) == 0) return false;
  TSNode cb = unwrap(ts_node_named_child(args, 0));
  for (TSNode p = ts_node_parent(call); !ts_node_is_null(p); p = ts_node_parent(p)) {
    if (!is_function_node(p)) continue;
    TSNode args_node = ts_node_parent(p), ctor = ts_node_parent(args_node);
    if (!is(ctor, "new_expression") || !text_is(L, ll_ts_field(ctor, "constructor"), "Promise")) return false;
    TSNode params = ll_ts_field(p, "parameters");
    TSNode first = ts_node_is_null(params) ? ll_ts_field(p, "parameter")
                   : ts_node_named_child_count(params) ? ts_node_named_child(params, 0) : (TSNode){0};
    if (is(first, "required_parameter")) first = ll_ts_field(first, "pattern");
    if (ts_node_is_null(first)) return false;
    char *resolve = text(L, first);
    if (is(cb, "identifier")) return text_is(L, cb, resolve);
    return is_function_node(cb) && strstr(text(L, ll_ts_field(cb, "body")), resolve) != NULL;
  }
  return false;
}

/* `exports.f()`, `module.exports.f()` and `utils.f()` with `const utils = module.exports` call the
 * module's own `f`: the bare name, as a call of a local function. */
static const char *own_function(ll_tsl *L, const char *callee) {
  const char *dot = callee ? strrchr(callee, '.') : NULL;
  if (!dot) return callee;
  size_t n = (size_t)(dot - callee);
  bool self = (n == 7 && !strncmp(callee, "exports", 7)) || (n == 14 && !strncmp(callee, "module.exports", 14));
  if (!self && !memchr(callee, '.', n)) {
    char base[64];
    if (n >= sizeof(base)) return callee;
    memcpy(base, callee, n);
    base[n] = '\0';
    self = ll_strmap_get(&st(L)->self_names, base) >= 0 && !ll_tsl_find_local(L, base);
  }
  return self ? dot + 1 : callee;
}

/* `x.m()` with `x = new Svc()`, `new Svc().m()`, `this.m()`: the method `Svc.m` of a class of this
 * module. */
static const char *class_method(ll_tsl *L, TSNode function, const ll_call *call) {
  if (!is(function, "member_expression")) return NULL;
  TSNode object = unwrap(ll_ts_field(function, "object"));
  const char *cls = is(object, "new_expression") ? text(L, ll_ts_field(object, "constructor"))
                    : is(object, "identifier")   ? call->receiver_ctor
                    : is(object, "this") ? ll_builder_function(L->b, ll_tsl_fn(L))->class_name /* in a method */
                                                 : NULL;
  const ll_binding *b = cls && !strchr(cls, '.') ? ll_builder_binding(L->b, cls) : NULL;
  if (!b || b->kind != LL_BIND_CLASS) return NULL;
  return ll_tsl_join(L, cls, ".", text(L, ll_ts_field(function, "property")));
}

/* Whether `expr` yields the elements of module container `name`: `name`, `name.entries()` /
 * `.keys()` / `.values()`, `Object.keys(name)` / `Object.entries(name)`, `[...name]`. */
static bool iterates(ll_tsl *L, TSNode expr, const char *name) {
  expr = unwrap(expr);
  if (is(expr, "identifier")) return text_is(L, expr, name);
  if (is(expr, "array") && ts_node_named_child_count(expr) == 1) {
    TSNode spread = ts_node_named_child(expr, 0);
    return is(spread, "spread_element") && iterates(L, ts_node_named_child(spread, 0), name);
  }
  if (!is(expr, "call_expression")) return false;
  TSNode f = ll_ts_field(expr, "function"), args = ll_ts_field(expr, "arguments");
  if (!is(f, "member_expression")) return false;
  TSNode object = unwrap(ll_ts_field(f, "object")), prop = ll_ts_field(f, "property");
  if (text_is(L, object, name))
    return text_is(L, prop, "entries") || text_is(L, prop, "keys") || text_is(L, prop, "values");
  return text_is(L, object, "Object") &&
         (text_is(L, prop, "keys") || text_is(L, prop, "entries")) && is(args, "arguments") &&
         ts_node_named_child_count(args) == 1 && text_is(L, unwrap(ts_node_named_child(args, 0)), name);
}

/* Whether `node` runs in a loop over module container `name` (`for (const [k, v] of name)`,
 * `name.forEach((v, k) => …)`), in the same function: `name.delete(k)` there evicts entries (a TTL
 * sweep), which drains the container rather than trimming one key. */
static bool in_loop_over(ll_tsl *L, TSNode node, const char *name) {
  for (TSNode n = node, p = ts_node_parent(node); !ts_node_is_null(p); n = p, p = ts_node_parent(p)) {
    if (is(p, "for_in_statement") && ts_node_eq(n, ll_ts_field(p, "body")))
      return iterates(L, ll_ts_field(p, "right"), name);
    if (is_function_node(p)) {
      TSNode args = ts_node_parent(p), call = ts_node_parent(args);
      TSNode f = is(call, "call_expression") ? ll_ts_field(call, "function") : (TSNode){0};
      return is(args, "arguments") && is(f, "member_expression") &&
             text_is(L, ll_ts_field(f, "property"), "forEach") && text_is(L, unwrap(ll_ts_field(f, "object")), name);
    }
    if (is(p, "function_declaration") || is(p, "method_definition") || is(p, "class_body")) return false;
  }
  return false;
}

static void js_call_effects(ll_tsl *L, TSNode node, TSNode function, TSNode args, uint32_t index) {
  ll_call *call = &ll_builder_event(L->b, index)->as.call;
  call->callee = own_function(L, call->callee);
  const char *method_of_class = class_method(L, function, call);
  if (method_of_class) call->callee = method_of_class;
  const char *callee = call->callee, *method = call->method;
  if (ll_streq(callee, "setTimeout") && resolves_promise(L, node, args)) {
    call->callee = "timers/promises.setTimeout";
    TSNode ms = is(args, "arguments") && ts_node_named_child_count(args) > 1 ? ts_node_named_child(args, 1) : (TSNode){0};
    call->first_literal = ts_node_is_null(ms) ? NULL : js_literal_value(L, ms);
    return;
  }
  /* A node-style callback (`db.scan(params, function (err, data) {…})`, SDK v2): the result is
   * delivered to its second parameter, as if stored there. */
  uint32_t n_args = is(args, "arguments") ? ts_node_named_child_count(args) : 0;
  TSNode last = n_args ? unwrap(ts_node_named_child(args, n_args - 1)) : (TSNode){0};
  TSNode cb_params = is_function_node(last) ? ll_ts_field(last, "parameters") : (TSNode){0};
  if (!call->assigned_to && is(function, "member_expression") && is(cb_params, "formal_parameters") &&
      ts_node_named_child_count(cb_params) == 2) {
    TSNode err = ts_node_named_child(cb_params, 0), data = ts_node_named_child(cb_params, 1);
    if (is(err, "required_parameter")) err = ll_ts_field(err, "pattern");
    if (is(data, "required_parameter")) data = ll_ts_field(data, "pattern");
    if (is(data, "identifier") && (text_is(L, err, "err") || text_is(L, err, "error") || text_is(L, err, "e") ||
                                   text_is(L, err, "er")))
      call->assigned_to = text(L, data);
  }
  if (ll_streq(callee, "Promise.all") || ll_streq(callee, "Promise.allSettled") ||
      ll_streq(callee, "Promise.race") || ll_streq(callee, "Promise.any"))
    gather_names(L, args);
  /* environment: Object.assign(process.env, {…}) */
  if (ll_streq(callee, "Object.assign") && is(args, "arguments") && ts_node_named_child_count(args) >= 2 &&
      text_is(L, ts_node_named_child(args, 0), "process.env")) {
    TSNode obj = unwrap(ts_node_named_child(args, 1));
    for (uint32_t i = 0; is(obj, "object") && i < ts_node_named_child_count(obj); i++) {
      TSNode p = ts_node_named_child(obj, i);
      TSNode key = is(p, "pair") ? ll_ts_field(p, "key") : p;
      if (is(p, "pair") || is(p, "shorthand_property_identifier")) {
        char *s = js_string_value(L, key);
        ll_tsl_add_env_write(L, p, s ? s : text(L, key));
      }
    }
  }
  /* `seen.has(id)`, `ids.includes(id)` on module state: a membership test of it (LL201, LL202) */
  if ((ll_streq(method, "has") || ll_streq(method, "includes")) && is(function, "member_expression")) {
    TSNode object = unwrap(ll_ts_field(function, "object"));
    if (is(object, "identifier") && ll_tsl_is_module_name(L, text(L, object))) {
      uint32_t from = ll_builder_event_count(L->b);
      ll_tsl_add_name_use(L, object, text(L, object));
      ll_event *use = ll_tsl_event_at(L, from, LL_EV_NAME_USE, ts_node_start_byte(object));
      if (use) use->as.key.membership = true;
    }
  }
  /* `store.clear()`, and `store.delete(k)` in a loop over `store`: module state drained (LL201) */
  if ((ll_streq(method, "clear") || ll_streq(method, "delete")) && is(function, "member_expression")) {
    TSNode object = unwrap(ll_ts_field(function, "object"));
    if (is(object, "identifier") && ll_tsl_is_module_name(L, text(L, object)) &&
        (ll_streq(method, "clear") || in_loop_over(L, node, text(L, object))))
      ll_tsl_add_mutation(L, node, text(L, object), method);
  }
  int drained = strchr(callee, '.') ? -1 : ll_strmap_get(&st(L)->drains, callee);
  for (uint32_t i = 0; drained > 0 && is(args, "arguments") && i < ts_node_named_child_count(args) && i < 16; i++) {
    TSNode a = unwrap(ts_node_named_child(args, i));
    if ((drained >> i & 1) && is(a, "identifier") && ll_tsl_is_module_name(L, text(L, a)))
      ll_tsl_add_mutation(L, a, text(L, a), "splice");
  }
  call = &ll_builder_event(L->b, index)->as.call;
  if (fs_module(callee) || (call->receiver_ctor && fs_module(call->receiver_ctor))) {
    bool write = in_list(method, file_writes), remove = in_list(method, file_removes);
    bool copy = ll_streq(method, "copyFileSync") || ll_streq(method, "copyFile");
    if (write || remove || copy) {
      TSNode target = is(args, "arguments") && ts_node_named_child_count(args) > (copy ? 1u : 0u)
                          ? ts_node_named_child(args, copy ? 1 : 0)
                          : (TSNode){0};
      const char *path = ts_node_is_null(target) ? NULL : path_of(L, target, 0);
      ll_tsl_add_file_op(L, node, remove ? LL_EV_FILE_REMOVE : LL_EV_FILE_WRITE, path, false);
    }
  }
  call = &ll_builder_event(L->b, index)->as.call;
  if (ll_tsl_fn(L) == 0 || callback_style(L)) return;
  /* a timer whose id is dropped runs after the handler returns, if ever (one that aborts a request
   * is its timeout, not work) */
  if ((ll_streq(callee, "setTimeout") || ll_streq(callee, "setImmediate")) && floating(L, node) &&
      is(args, "arguments") && ts_node_named_child_count(args) > 0 &&
      !strstr(text(L, ts_node_named_child(args, 0)), "abort(")) {
    add_task(L, node, callee);
    return;
  }
  if (ll_streq(method, "forEach") && async_callback_arg(L, args)) {
    add_task(L, node, "forEach(async …)");
    return;
  }
  if (!call->awaited && makes_promise(L, call) && floating(L, node)) {
    /* report a `.then()` chain once, at its base call */
    if (ll_streq(method, "then") || ll_streq(method, "catch") || ll_streq(method, "finally")) {
      TSNode base = unwrap(ll_ts_field(function, "object"));
      if (is(base, "call_expression")) return;
    }
    add_task(L, node, callee);
  }
}

/* ---- calls and names ------------------------------------------------------------------------- */

/* `name.Key = …` anywhere under `n`: a key set on the object after it was built. */
static void assigned_keys(ll_tsl *L, TSNode n, const char *name, uint32_t index, int depth) {
  if (ts_node_is_null(n) || depth > 200) return;
  if (is(n, "assignment_expression")) {
    TSNode left = unwrap(ll_ts_field(n, "left"));
    if (is(left, "member_expression") && text_is(L, ll_ts_field(left, "object"), name))
      ll_builder_add_keyword(L->b, index, text(L, ll_ts_field(left, "property")), NULL);
    if (is(left, "subscript_expression") && text_is(L, ll_ts_field(left, "object"), name))
      ll_builder_event(L->b, index)->as.call.has_splat_kwargs = true; /* a computed key */
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(n); i++)
    assigned_keys(L, ts_node_named_child(n, i), name, index, depth + 1);
}

/* `client.scan(params)` / `new ScanCommand(params)` with `const params = {…}` in this function (or
 * at module level): the object's properties, and keys assigned to it later, are the keywords. */
static bool object_variable_argument(ll_tsl *L, TSNode arg, uint32_t index) {
  if (!is(arg, "identifier")) return false;
  char *name = text(L, arg);
  int fn = ll_tsl_fn(L);
  for (size_t i = st(L)->n_objects; i-- > 0;) {
    struct js_object_var *o = &st(L)->objects[i];
    if ((o->function != fn && o->function != 0) || !ll_streq(o->name, name)) continue;
    if (o->function == 0 && fn != 0 && ll_tsl_find_local(L, name)) return false; /* shadowed */
    TSNode object = o->object;
    for (uint32_t k = 0; k < ts_node_named_child_count(object); k++) {
      TSNode p = ts_node_named_child(object, k);
      if (is(p, "pair")) {
        TSNode key = ll_ts_field(p, "key");
        char *kname = js_string_value(L, key);
        ll_builder_add_keyword(L->b, index, kname ? kname : text(L, key), js_literal_value(L, ll_ts_field(p, "value")));
      } else if (is(p, "shorthand_property_identifier")) {
        ll_builder_add_keyword(L->b, index, text(L, p), NULL);
      } else if (!is(p, "comment")) {
        ll_builder_event(L->b, index)->as.call.has_splat_kwargs = true; /* a spread, a method */
      }
    }
    assigned_keys(L, o->scope, name, index, 0);
    ll_tsl_lower_name_read(L, arg);
    return true;
  }
  return false;
}

/* An object literal argument: its properties are the call's keywords. */
static bool js_lower_argument(ll_tsl *L, TSNode arg, uint32_t index) {
  if (object_variable_argument(L, arg, index)) return true;
  if (is(arg, "spread_element")) {
    ll_builder_event(L->b, index)->as.call.has_splat_kwargs = true;
    ll_tsl_walk(L, arg);
    return true;
  }
  if (!is(arg, "object")) return false;
  for (uint32_t i = 0; i < ts_node_named_child_count(arg); i++) {
    TSNode p = ts_node_named_child(arg, i);
    if (is(p, "pair")) {
      TSNode key = ll_ts_field(p, "key"), value = ll_ts_field(p, "value");
      char *name = js_string_value(L, key);
      if (!name) name = text(L, key);
      ll_tsl_walk(L, value);
      ll_builder_add_keyword(L->b, index, name, js_literal_value(L, value));
    } else if (is(p, "shorthand_property_identifier")) {
      ll_tsl_lower_name_read(L, p);
      ll_builder_add_keyword(L->b, index, text(L, p), NULL);
    } else if (is(p, "spread_element")) {
      ll_builder_event(L->b, index)->as.call.has_splat_kwargs = true;
      ll_tsl_walk(L, p);
    } else {
      ll_tsl_walk(L, p);
    }
  }
  return true;
}


/* One level of a member chain: a literal-key read when the key is capitalised (the SDK's response
 * fields: `r.Items`, `r["Items"]`, `r.Items[0]` uses only the first element). */
static void key_read_at(ll_tsl *L, TSNode node) {
  bool member = is(node, "member_expression");
  TSNode object = unwrap(ll_ts_field(node, "object"));
  TSNode key = member ? ll_ts_field(node, "property") : ll_ts_field(node, "index");
  char *k = member ? (is(key, "property_identifier") ? text(L, key) : NULL) : js_string_value(L, key);
  if (!k || k[0] < 'A' || k[0] > 'Z' || ts_node_is_null(object)) return;
  uint32_t ev = ll_tsl_add_key_read(L, node, object, k, false);
  TSNode p = parent_of(node);
  if (is(p, "subscript_expression") && text_is(L, ll_ts_field(p, "index"), "0"))
    ll_builder_event(L->b, ev)->as.key.first_only = true;
}

/* `a.B.c`, `r["Items"]`: key reads at every level of a chain on a name, then the name's use (the
 * core walks a chain on another expression level by level, through this form). */
static void lower_member(ll_tsl *L, TSNode node) {
  if (is(node, "subscript_expression")) {
    key_read_at(L, node);
    ll_tsl_walk(L, ll_ts_field(node, "object"));
    ll_tsl_walk(L, ll_ts_field(node, "index"));
    return;
  }
  if (!ts_node_is_null(ll_tsl_chain_base(L, node)))
    for (TSNode n = node; is(n, "member_expression"); n = ll_ts_field(n, "object")) key_read_at(L, n);
  else
    key_read_at(L, node);
  ll_tsl_lower_name_read(L, node);
}

static void lower_call_node(ll_tsl *L, TSNode node) {
  TSNode fn = ll_ts_field(node, "function");
  if (is(fn, "import") || (is(fn, "identifier") && text_is(L, fn, "require"))) {
    const char *spec = required_spec(L, node);
    TSNode p = parent_of(node);
    if (is(p, "await_expression")) p = parent_of(p);
    /* a bare `require("m")` / `import("m")`: declarations handle the bound forms */
    if (spec && !is(p, "variable_declarator")) add_import(L, node, spec, NULL, NULL);
    if (spec) return;
  }
  /* `r.Items.map(…)`: the core does not walk a callee chain on a name; its key reads happen */
  if (is(fn, "member_expression") && !ts_node_is_null(ll_tsl_chain_base(L, fn)))
    for (TSNode n = ll_ts_field(fn, "object"); is(n, "member_expression"); n = ll_ts_field(n, "object"))
      key_read_at(L, n);
  (void)ll_tsl_lower_call(L, node);
}

static void lower_statement_block(ll_tsl *L, TSNode node) { lower_block(L, node); }

static void lower_export_assign(ll_tsl *L, TSNode node) { lower_assignment(L, node); }

/* ---- prescan: names known before the walk ----------------------------------------------------- */

/* `export { handler }` below `const handler = middy(base)`: the declaration is an export. */
static void prescan_export_clause(ll_tsl *L, TSNode statement) {
  if (!is(statement, "export_statement") || !ts_node_is_null(ll_ts_field(statement, "source"))) return;
  for (uint32_t i = 0; i < ts_node_named_child_count(statement); i++) {
    TSNode clause = ts_node_named_child(statement, i);
    for (uint32_t k = 0; is(clause, "export_clause") && k < ts_node_named_child_count(clause); k++) {
      TSNode sp = ts_node_named_child(clause, k);
      TSNode name = ll_ts_field(sp, "name"), alias = ll_ts_field(sp, "alias");
      if (is(sp, "export_specifier") && ts_node_is_null(alias) && handler_name(text(L, name)))
        ll_strmap_put(&st(L)->exported, text(L, name), 1);
    }
  }
}

/* `exports.handler = function (event, context, callback) {…}` (or `module.exports.handler =`):
 * 1 for a callback handler, -1 for another handler, 0 for anything else. */
static int prescan_handler_style(ll_tsl *L, TSNode statement) {
  TSNode e = is(statement, "expression_statement") ? ts_node_named_child(statement, 0) : (TSNode){0};
  if (!is(e, "assignment_expression")) return 0;
  bool whole = false;
  const char *name = exports_target(L, ll_ts_field(e, "left"), &whole);
  TSNode fn = unwrap(ll_ts_field(e, "right"));
  if (!name || !handler_name(name)) return 0;
  /* `const handler = co.wrap(function* …)` above `module.exports.handler = handler`: an export */
  if (is(fn, "identifier")) ll_strmap_put(&st(L)->exported, text(L, fn), 1);
  TSNode args = is(fn, "call_expression") ? ll_ts_field(fn, "arguments") : (TSNode){0}; /* `wrapper(handler)` */
  for (uint32_t i = 0; is(args, "arguments") && i < ts_node_named_child_count(args); i++)
    if (is(ts_node_named_child(args, i), "identifier"))
      ll_strmap_put(&st(L)->exported, text(L, ts_node_named_child(args, i)), 1);
  if (!is_function_node(fn)) return -1;
  return !is_async_node(L, fn) && takes_callback(L, ll_ts_field(fn, "parameters")) ? 1 : -1;
}

/* Whether the code under `n` empties the array `name`: `name.splice(…)`, `name.length = 0`. */
static bool drains(ll_tsl *L, TSNode n, const char *name, int depth) {
  if (ts_node_is_null(n) || depth > 200) return false;
  TSNode target = is(n, "call_expression") ? ll_ts_field(n, "function")
                  : is(n, "assignment_expression") ? ll_ts_field(n, "left") : (TSNode){0};
  if (is(target, "member_expression") && text_is(L, ll_ts_field(target, "object"), name)) {
    TSNode prop = ll_ts_field(target, "property");
    if (is(n, "call_expression") ? text_is(L, prop, "splice")
                                 : text_is(L, prop, "length") && text_is(L, ll_ts_field(n, "right"), "0"))
      return true;
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(n); i++)
    if (drains(L, ts_node_named_child(n, i), name, depth + 1)) return true;
  return false;
}

/* A top-level function that empties arrays passed to it (`send(batch)` splices `batch` until it is
 * empty): a call passing module state to it drains that state. */
static void prescan_drains(ll_tsl *L, TSNode name, TSNode fn) {
  TSNode params = ll_ts_field(fn, "parameters");
  int bits = 0;
  for (uint32_t i = 0; is(params, "formal_parameters") && i < ts_node_named_child_count(params) && i < 16; i++) {
    TSNode p = ts_node_named_child(params, i);
    if (is(p, "required_parameter") || is(p, "optional_parameter")) p = ll_ts_field(p, "pattern");
    if (is(p, "identifier") && drains(L, ll_ts_field(fn, "body"), text(L, p), 0)) bits |= 1 << i;
  }
  if (bits) ll_strmap_put(&st(L)->drains, text(L, name), bits);
}

static void js_prescan(ll_tsl *L, TSNode root) {
  ll_strmap_init(&st(L)->top_fns); /* the state itself is the core's (state_size) */
  ll_strmap_init(&st(L)->async_fns);
  ll_strmap_init(&st(L)->self_names);
  ll_strmap_init(&st(L)->exported);
  ll_strmap_init(&st(L)->drains);
  ll_strmap_init(&st(L)->event_fns);
  ll_tsl_children it = ll_tsl_children_begin(L, root);
  bool callback_handlers = false, other_handlers = false;
  for (TSNode c; ll_tsl_children_next(&it, &c);) {
    int style = prescan_handler_style(L, c);
    callback_handlers |= style > 0, other_handlers |= style < 0;
    prescan_export_clause(L, c);
    TSNode decl = is(c, "export_statement") ? ll_ts_field(c, "declaration") : c;
    if (is(decl, "function_declaration") || is(decl, "generator_function_declaration")) {
      TSNode name = ll_ts_field(decl, "name");
      if (ts_node_is_null(name)) continue;
      ll_binding *b = ll_builder_add_binding(L->b, text(L, name));
      b->kind = LL_BIND_FUNCTION;
      b->span = ll_ts_span(L->b, name);
      if (is_async_node(L, decl)) ll_strmap_put(&st(L)->async_fns, b->name, 1);
      if (event_params(L, decl)) ll_strmap_put(&st(L)->event_fns, b->name, 1);
      prescan_drains(L, name, decl);
    } else if (is(decl, "lexical_declaration") || is(decl, "variable_declaration")) {
      for (uint32_t i = 0; i < ts_node_named_child_count(decl); i++) {
        TSNode d = ts_node_named_child(decl, i);
        TSNode name = ll_ts_field(d, "name"), value = unwrap(ll_ts_field(d, "value"));
        if (!is(name, "identifier") || required_spec(L, value)) continue;
        ll_binding *b = ll_builder_add_binding(L->b, text(L, name));
        b->kind = binding_kind_of(L, value);
        b->is_const = is_const_decl(L, decl);
        b->span = ll_ts_span(L->b, name);
        if (is_function_node(value) && is_async_node(L, value)) ll_strmap_put(&st(L)->async_fns, b->name, 1);
        if (is_function_node(value)) prescan_drains(L, name, value);
        if (is_function_node(value) && event_params(L, value)) ll_strmap_put(&st(L)->event_fns, b->name, 1);
        if (text_is(L, value, "module.exports") || text_is(L, value, "exports"))
          ll_strmap_put(&st(L)->self_names, b->name, 1);
      }
    } else if (is(decl, "class_declaration")) {
      TSNode name = ll_ts_field(decl, "name");
      if (ts_node_is_null(name)) continue;
      ll_binding *b = ll_builder_add_binding(L->b, text(L, name));
      b->kind = LL_BIND_CLASS;
      b->span = ll_ts_span(L->b, name);
    }
  }
  ll_tsl_children_end(L);
  st(L)->callback_module = callback_handlers && !other_handlers;
}

static void js_lower_root(ll_tsl *L, TSNode root) {
  lower_block(L, root);
  /* exported local functions under a handler name */
  for (size_t i = 0; i < st(L)->n_handlers; i++) {
    int f = ll_strmap_get(&st(L)->top_fns, st(L)->handlers[i]);
    if (f > 0) ll_builder_function(L->b, f)->convention_handler = true;
  }
  ll_strmap_free(&st(L)->top_fns);
  ll_strmap_free(&st(L)->async_fns);
  ll_strmap_free(&st(L)->self_names);
  ll_strmap_free(&st(L)->exported);
  ll_strmap_free(&st(L)->drains);
  ll_strmap_free(&st(L)->event_fns);
  free(st(L)->objects);
  free(st(L)->handlers);
}

/* ---- the language --------------------------------------------------------------------------- */

static const char *const identifier_kinds[] = {"identifier", "shorthand_property_identifier", NULL};
static const ll_ts_member_form members[] = {{"member_expression", "object", "property"}, {NULL, NULL, NULL}};
static const ll_ts_call_form calls[] = {{"call_expression", "function", "arguments", "arguments", NULL, NULL},
                                        {"new_expression", "constructor", "arguments", "arguments", NULL, NULL},
                                        {NULL, NULL, NULL, NULL, NULL, NULL}};
static const char *const null_kinds[] = {"null", "undefined", NULL};
static const char *const mutators[] = {"push", "unshift", "set", "add", "splice", "fill", NULL};
static const char *const deadline_reads[] = {"getRemainingTimeInMillis", NULL};
/* Workers report back through messages the handler awaits (`once(worker, "message")`), which the IR
 * cannot see: they are not marked started, so LL101 reports them and LL104 (promises) leaves them. */
static const ll_ts_spawn_api spawns[] = {{"worker_threads.Worker", LL_SPAWN_THREAD, false},
                                         {"child_process.fork", LL_SPAWN_PROCESS, false},
                                         {"piscina", LL_SPAWN_POOL, false},
                                         {"piscina.Piscina", LL_SPAWN_POOL, false},
                                         {NULL, 0, false}};

static bool js_call_is_sleep(const ll_call *call) {
  if (call->first_literal && ll_streq(call->first_literal, "0")) return false; /* a yield */
  return ll_streq(call->callee, "timers/promises.setTimeout") ||
         ll_streq(call->callee, "timers/promises.scheduler.wait");
}

static bool js_call_is_io(const ll_call *call) {
  const char *c = call->callee;
  if (ll_streq(call->method, "send") || ll_streq(call->method, "promise") || ll_streq(c, "fetch")) return true;
  if (has_prefix(c, "axios") || has_prefix(c, "got") || has_prefix(c, "https.") || has_prefix(c, "http.") ||
      has_prefix(c, "node-fetch") || fs_module(c))
    return true;
  return sdk_client(call->receiver_ctor);
}

static bool js_joins(const ll_event *e, const char *var, ll_spawn_kind kind) {
  (void)kind;
  if (e->kind != LL_EV_CALL || !var) return false;
  const ll_call *c = &e->as.call;
  size_t n = strlen(var);
  bool on_var = strncmp(c->callee, var, n) == 0 && c->callee[n] == '.';
  return on_var && (ll_streq(c->method, "terminate") || ll_streq(c->method, "destroy") ||
                    ll_streq(c->method, "kill"));
}

static bool js_starts(const ll_event *e, const ll_spawn *spawn) {
  (void)e;
  (void)spawn;
  return false;
}

static const ll_ts_form_entry forms[] = {
    {"import_statement", lower_import},
    {"export_statement", lower_export},
    {"lexical_declaration", lower_declaration_node},
    {"variable_declaration", lower_declaration_node},
    {"function_declaration", lower_function_decl},
    {"generator_function_declaration", lower_function_decl},
    {"class_declaration", lower_class},
    {"abstract_class_declaration", lower_class},
    {"class", lower_class},
    {"method_definition", lower_method},
    {"arrow_function", lower_arrow},
    {"function_expression", lower_arrow},
    {"generator_function", lower_arrow},
    {"assignment_expression", lower_export_assign},
    {"augmented_assignment_expression", lower_assignment},
    {"update_expression", lower_update},
    {"unary_expression", lower_unary},
    {"if_statement", lower_if},
    {"statement_block", lower_statement_block},
    {"for_statement", lower_for},
    {"for_in_statement", lower_for_in},
    {"while_statement", lower_while},
    {"do_statement", lower_while},
    {"break_statement", ll_tsl_lower_break},
    {"return_statement", lower_return},
    {"try_statement", lower_try},
    {"ternary_expression", ll_tsl_lower_ternary},
    {"binary_expression", lower_binary},
    {"switch_statement", lower_switch},
    {"await_expression", lower_await},
    {"call_expression", lower_call_node},
    {"new_expression", lower_call_node},
    {"member_expression", lower_member},
    {"identifier", ll_tsl_lower_name_read},
    {"shorthand_property_identifier", ll_tsl_lower_name_read},
    {"subscript_expression", lower_member},
    /* types and comments carry no behaviour */
    {"comment", ll_tsl_ignore},
    {"type_annotation", ll_tsl_ignore},
    {"type_alias_declaration", ll_tsl_ignore},
    {"interface_declaration", ll_tsl_ignore},
    {"type_arguments", ll_tsl_ignore},
    {"type_parameters", ll_tsl_ignore},
    {"ambient_declaration", ll_tsl_ignore},
    {"import_alias", ll_tsl_ignore}, /* TS `import T = NS.T`: a type alias, erased unless used as a value */
    {"regex", ll_tsl_ignore},
};

/* Valid code the pinned grammars reject is handed to the parser as a copy of the same length and
 * offsets (node text still comes from the file). parse_copy makes that copy on the first change. */
static char *parse_copy(char *copy, const char *source, size_t len) {
  if (copy) return copy;
  copy = ll_malloc(len + 1);
  memcpy(copy, source, len);
  copy[len] = '\0';
  return copy;
}

static bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

static bool ident_char(char c) { return ascii_letter(c) || (c >= '0' && c <= '9') || c == '_' || c == '$'; }

/* tree-sitter-javascript (and the tsx grammar built from it) reads `&` in JSX text and attribute
 * strings as an HTML character reference that must end in `;`, so valid JSX such as
 * `href="/find?a=1&b=2"` or `Terms & Conditions` is a syntax error. Such an `&` becomes `|`: in
 * code `a&b` stays a binary operator, `a &= b` an assignment and `A & B` a type operator; `&&` and
 * character references (`&amp;`, `&#38;`) are left alone. */
static char *bare_ampersands(char *copy, const char *source, size_t len) {
  for (size_t i = 0; i < len; i++) {
    if (source[i] != '&' || (i && source[i - 1] == '&') || (i + 1 < len && source[i + 1] == '&')) continue;
    size_t end = i + 1;
    if (end < len && source[end] == '#') end++;
    while (end < len && end - i <= 31 && (ascii_letter(source[end]) || (source[end] >= '0' && source[end] <= '9'))) end++;
    if (end > i + 1 && end < len && source[end] == ';') continue; /* a character reference: `&amp;` */
    copy = parse_copy(copy, source, len);
    copy[i] = '|';
  }
  return copy;
}

/* tree-sitter-javascript takes no reserved word as a JSX attribute name, so React code with
 * `<label for="x" class="y">` fails in .js/.jsx. ` class=` and ` for=` before a string or `{`
 * are never valid JavaScript outside JSX: they become `Class=` / `For=`. */
static char *reserved_attributes(char *copy, const char *source, size_t len) {
  static const char *const words[] = {"class", "for", NULL};
  for (size_t i = 1; i < len; i++) {
    if (source[i - 1] != ' ' && source[i - 1] != '\t' && source[i - 1] != '\n') continue;
    for (const char *const *w = words; *w; w++) {
      size_t n = strlen(*w);
      if (i + n + 1 >= len || memcmp(source + i, *w, n) || source[i + n] != '=') continue;
      char next = source[i + n + 1];
      if (next != '"' && next != '\'' && next != '{') continue;
      copy = parse_copy(copy, source, len);
      copy[i] = (char)(source[i] - 'a' + 'A');
    }
  }
  return copy;
}

/* Whether `source[i..]` starts with the word `w` (not part of a longer name). */
static bool word_at(const char *source, size_t len, size_t i, const char *w) {
  size_t n = strlen(w);
  return i + n <= len && !memcmp(source + i, w, n) && (i == 0 || !ident_char(source[i - 1])) &&
         (i + n == len || !ident_char(source[i + n]));
}

static size_t skip_blanks(const char *source, size_t len, size_t i) {
  while (i < len && (source[i] == ' ' || source[i] == '\t')) i++;
  return i;
}

/* The end (past the closing quote) of a string literal at `i`, or 0. */
static size_t string_end(const char *source, size_t len, size_t i) {
  if (i >= len || (source[i] != '\'' && source[i] != '"')) return 0;
  for (size_t k = i + 1; k < len && source[k] != '\n'; k++)
    if (source[k] == source[i]) return k + 1;
  return 0;
}

/* tree-sitter-typescript 0.23 predates two type-only forms, both erased by tsc (they load
 * nothing): `export type * as ns from "x"` (TS 5.0) is blanked to spaces, and an import type
 * `import("x").Name` (a capitalised member: a value `import("x")` is a promise) keeps only `Name`. */
static char *type_only_forms(char *copy, const char *source, size_t len) {
  for (size_t i = 0; i < len; i++) {
    if (word_at(source, len, i, "export")) {
      size_t t = skip_blanks(source, len, i + 6);
      if (!word_at(source, len, t, "type")) continue;
      size_t star = skip_blanks(source, len, t + 4);
      if (star >= len || source[star] != '*') continue;
      size_t from = star;
      while (from < len && source[from] != '\n' && !word_at(source, len, from, "from")) from++;
      size_t end = word_at(source, len, from, "from") ? string_end(source, len, skip_blanks(source, len, from + 4)) : 0;
      if (!end) continue;
      copy = parse_copy(copy, source, len);
      memset(copy + i, ' ', end - i);
      i = end - 1;
    } else if (word_at(source, len, i, "import") && i + 6 < len && source[i + 6] == '(') {
      size_t close = string_end(source, len, skip_blanks(source, len, i + 7));
      close = close ? skip_blanks(source, len, close) : 0;
      if (!close || close + 2 >= len || source[close] != ')' || source[close + 1] != '.') continue;
      if (source[close + 2] < 'A' || source[close + 2] > 'Z') continue;
      copy = parse_copy(copy, source, len);
      memset(copy + i, ' ', close + 2 - i);
      i = close + 1;
    }
  }
  return copy;
}

/* Import assertions (`import data from "./d.json" assert { type: "json" }`, Node 17-21) are the
 * older spelling of import attributes (`with { … }`), which the grammars know: `assert` after an
 * import's module string becomes `with` and two blanks. */
static char *import_assertions(char *copy, const char *source, size_t len) {
  for (size_t i = 1; i < len; i++) {
    if (!word_at(source, len, i, "assert")) continue;
    size_t brace = skip_blanks(source, len, i + 6);
    if (brace >= len || source[brace] != '{') continue;
    size_t q = i;
    while (q > 0 && (source[q - 1] == ' ' || source[q - 1] == '\t')) q--;
    if (q == 0 || (source[q - 1] != '"' && source[q - 1] != '\'')) continue;
    size_t open = q - 1;
    while (open > 0 && source[open - 1] != source[q - 1] && source[open - 1] != '\n') open--;
    if (open == 0 || source[open - 1] != source[q - 1]) continue;
    size_t w = open - 1;
    while (w > 0 && (source[w - 1] == ' ' || source[w - 1] == '\t')) w--;
    if (!(w >= 4 && word_at(source, len, w - 4, "from")) && !(w >= 6 && word_at(source, len, w - 6, "import"))) continue;
    copy = parse_copy(copy, source, len);
    memcpy(copy + i, "with  ", 6);
  }
  return copy;
}

/* tree-sitter-typescript 0.23 rejects an array type in the type arguments of a tagged template
 * (`prisma.$queryRaw<Row[]>\`SELECT …\``, Prisma's typed raw query) though `tag<Row>\`…\`` parses:
 * the brackets of such type arguments (on one line, closed right before the backquote, opened
 * right after a name) become blanks; types are erased, the analysis never reads them. */
static char *tagged_template_array_types(char *copy, const char *source, size_t len) {
  for (size_t i = 1; i + 1 < len; i++) {
    if (source[i] != '>' || source[i + 1] != '`') continue;
    size_t open = i;
    int depth = 0;
    bool brackets = false;
    for (size_t k = i + 1; k-- > 0;) {
      char c = source[k];
      if (c == '>') depth++;
      else if (c == '<' && --depth == 0) { open = k; break; }
      else if (c == '[' || c == ']') brackets = true;
      else if (!ident_char(c) && c != ' ' && c != '.' && c != ',' && c != '|' && c != '&') break;
    }
    if (open == i || !brackets || open == 0 || !ident_char(source[open - 1])) continue;
    copy = parse_copy(copy, source, len);
    for (size_t k = open; k < i; k++)
      if (source[k] == '[' || source[k] == ']') copy[k] = ' ';
  }
  return copy;
}

static char *js_parse_bytes(const char *source, size_t len) {
  return import_assertions(reserved_attributes(bare_ampersands(NULL, source, len), source, len), source, len);
}

static char *ts_parse_bytes(const char *source, size_t len) {
  return tagged_template_array_types(import_assertions(type_only_forms(NULL, source, len), source, len), source, len);
}

static char *tsx_parse_bytes(const char *source, size_t len) {
  char *copy = import_assertions(type_only_forms(bare_ampersands(NULL, source, len), source, len), source, len);
  return tagged_template_array_types(copy, source, len);
}

#define LL_JS_LANG(lang, name, grammar_fn, parse_bytes_fn)                                              \
  {                                                                                                    \
    .language = lang, .display_name = name, .grammar = grammar_fn, .forms = forms,                     \
    .n_forms = sizeof(forms) / sizeof(*forms), .identifier_kinds = identifier_kinds, .members = members, \
    .calls = calls, .separator = ".", .mutators = mutators, .deadline_reads = deadline_reads,          \
    .null_kinds = null_kinds, .state_size = sizeof(js_state),                                          \
    .spawns = spawns, .max_depth = 2000, .string_value = js_string_value,                              \
    .literal_value = js_literal_value, .lower_argument = js_lower_argument,                            \
    .call_effects = js_call_effects, .call_is_io = js_call_is_io, .call_is_sleep = js_call_is_sleep,   \
    .starts = js_starts, .joins = js_joins, .prescan = js_prescan, .lower_root = js_lower_root,        \
    .parse_bytes = parse_bytes_fn,                                                                     \
  }

static const ll_ts_lang javascript_lang =
    LL_JS_LANG(LL_LANG_JAVASCRIPT, "JavaScript", tree_sitter_javascript, js_parse_bytes);
static const ll_ts_lang typescript_lang =
    LL_JS_LANG(LL_LANG_TYPESCRIPT, "TypeScript", tree_sitter_typescript, ts_parse_bytes);
static const ll_ts_lang tsx_lang = LL_JS_LANG(LL_LANG_TYPESCRIPT, "TypeScript", tree_sitter_tsx, tsx_parse_bytes);

/* ---- files ------------------------------------------------------------------------------------ */

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* Why a file is bundled or minified output (`*.min.js`, a line over 4 KB, a bundle with a source
 * map), or NULL for hand-written code. */
static const char *generated_file(const char *path, const char *source, size_t len) {
  if (ends_with(path, ".min.js") || ends_with(path, ".min.mjs") || ends_with(path, ".min.cjs"))
    return "skipped: minified file (.min.js), not hand-written code";
  size_t line = 0;
  for (size_t i = 0; i < len; i++) {
    if (source[i] == '\n') line = 0;
    else if (++line > LL_JS_MAX_LINE) return "skipped: a line over 4 KB, minified or generated code";
  }
  static const char marker[] = "//# sourceMappingURL=";
  size_t tail = len > 512 ? len - 512 : 0;
  for (size_t i = tail; i + sizeof(marker) - 1 <= len; i++)
    if (memcmp(source + i, marker, sizeof(marker) - 1) == 0)
      return "skipped: bundled output (ends with a sourceMappingURL comment), not hand-written code";
  return NULL;
}

/* Whether event `e` uses the imported name `q` (or a member of it) as a value. */
static bool uses_name(const ll_event *e, const char *q) {
  if (e->kind == LL_EV_CALL)
    return ll_qname_has_prefix(e->as.call.callee, q) ||
           (e->as.call.receiver_ctor && ll_qname_has_prefix(e->as.call.receiver_ctor, q));
  if (e->kind == LL_EV_NAME_USE) return e->name && ll_qname_has_prefix(e->name, q);
  if (e->kind == LL_EV_LOOP) return e->as.loop.iter_callee && ll_qname_has_prefix(e->as.loop.iter_callee, q);
  return false;
}

/* tsc and esbuild drop an import whose names are used only as types, or not at all (TS 5's
 * default `verbatimModuleSyntax: false`): it never loads, so it is no import of the module. An
 * import binding nothing (`import "reflect-metadata"`) and a re-export (`export { x } from "./x"`)
 * are kept. */
static void drop_erased_imports(ll_module *m) {
  uint32_t kept = 0;
  for (uint32_t i = 0; i < m->n_imports; i++) {
    const ll_import *imp = &m->imports[i];
    bool used = !imp->alias || !imp->qualified ||
                !strncmp(m->source + imp->span.start_byte, "export", 6); /* a re-export: kept by tsc */
    for (uint32_t f = 0; !used && f < m->n_functions; f++)
      for (uint32_t e = 0; !used && e < m->functions[f].n_events; e++)
        used = uses_name(&m->functions[f].events[e], imp->qualified);
    for (uint32_t b = 0; !used && b < m->n_bindings; b++)
      used = m->bindings[b].value_callee && ll_qname_has_prefix(m->bindings[b].value_callee, imp->qualified);
    if (used) m->imports[kept++] = *imp;
  }
  m->n_imports = kept;
}

static ll_module *lower_with(const ll_ts_lang *lang, const char *path, const char *source, size_t len,
                             char **problem) {
  bool declarations = ends_with(path, ".d.ts") || ends_with(path, ".d.mts") || ends_with(path, ".d.cts");
  const char *generated = declarations ? NULL : generated_file(path, source, len);
  if (declarations || generated) {
    ll_builder *b = ll_builder_new(path, lang->language, source, len);
    ll_module *m = ll_builder_finish(b); /* not hand-written code: nothing to analyse, never a finding */
    m->skipped = generated;               /* declaration files hold no code: no note for them */
    return m;
  }
  ll_module *m = ll_tsl_lower(lang, path, source, len, problem);
  if (m && lang->language == LL_LANG_TYPESCRIPT) drop_erased_imports(m);
  if (m && *problem && ll_path_is_test_source(path)) { /* a test file: not run on Lambda */
    char note[512];
    snprintf(note, sizeof note, "test file: %s; a note, not a run error (Lambda never loads test files)", *problem);
    m->skipped = ll_arena_strdup(m->arena, note);
    free(*problem);
    *problem = NULL;
  }
  return m;
}

static ll_module *javascript_lower(const char *path, const char *source, size_t len, const ll_lower_env *env,
                                   char **problem) {
  (void)env;
  return lower_with(&javascript_lang, path, source, len, problem);
}

static ll_module *typescript_lower(const char *path, const char *source, size_t len, const ll_lower_env *env,
                                   char **problem) {
  (void)env;
  return lower_with(ends_with(path, ".tsx") ? &tsx_lang : &typescript_lang, path, source, len, problem);
}

static char *js_encoding_problem(const char *source, size_t len) { return ll_utf8_problem(source, len); }

static const char *const javascript_extensions[] = {".js", ".mjs", ".cjs", ".jsx", NULL};
static const char *const typescript_extensions[] = {".ts", ".mts", ".cts", ".tsx", NULL};

const ll_frontend ll_frontend_javascript = {
    .language = LL_LANG_JAVASCRIPT,
    .name = "javascript",
    .extensions = javascript_extensions,
    .lower = javascript_lower,
    .may_hold_handler = NULL,
    .encoding_problem = js_encoding_problem,
};

const ll_frontend ll_frontend_typescript = {
    .language = LL_LANG_TYPESCRIPT,
    .name = "typescript",
    .extensions = typescript_extensions,
    .lower = typescript_lower,
    .may_hold_handler = NULL,
    .encoding_problem = js_encoding_problem,
};
