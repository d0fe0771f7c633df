/*
 * python.c — lowers tree-sitter-python trees into the IR.
 *
 * One walk over the tree, statements in source order. What Python knows that the IR needs:
 * import aliases (callees are qualified through them), which names are module bindings versus
 * locals (Python's function scope, `global`), lazy-initialisation guards (`if _c is None:`,
 * `if _c: return _c`), and which standard-library calls start threads, pools or tasks.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/find.h"
#include "base/arena.h"
#include "base/streq.h"
#include "engine/link.h"
#include "frontend/frontend.h"
#include "frontend/tscore.h"

const TSLanguage *tree_sitter_python(void);

/* Python's own lowering state (ll_tsl.lang_state). */
typedef struct {
  bool lazy_annotations; /* `from __future__ import annotations`: annotations are not evaluated */
  const char *top_class;  /* the top-level class whose body is being walked: its attributes are module state */
} python_state;

static python_state *state(ll_tsl *L) { return L->lang_state; }

static void walk_block(ll_tsl *L, TSNode block);
static bool is_main_guard(ll_tsl *L, TSNode node);
static const char *known_class_attribute(ll_tsl *L, TSNode node);

/* The contents of a string literal (interpolations become "{}"), or NULL for other nodes. */
static char *string_literal(ll_tsl *L, TSNode node) {
  if (ll_ts_is(node, "concatenated_string") && ts_node_named_child_count(node) > 0)
    node = ts_node_named_child(node, 0);
  if (!ll_ts_is(node, "string")) return NULL;
  uint32_t n = ts_node_named_child_count(node);
  if (n == 3 && ll_ts_is(ts_node_named_child(node, 1), "string_content")) /* start, content, end */
    return ll_ts_text(L->b, ts_node_named_child(node, 1));
  char *out = ll_strdup("");
  for (uint32_t i = 0; i < n; i++) {
    TSNode part = ts_node_named_child(node, i);
    const char *piece = ll_ts_is(part, "string_content") ? ll_ts_text(L->b, part)
                        : ll_ts_is(part, "interpolation") ? "{}"
                                                          : NULL;
    if (!piece) continue;
    char *grown = ll_concat(out, piece, NULL);
    free(out);
    out = grown;
  }
  char *copy = ll_arena_strdup(ll_builder_arena(L->b), out);
  free(out);
  return copy;
}

/* The argument a constructor call is "about": its first positional string (`client("s3")`), or
 * its `service_name=` keyword (`session.client(service_name="fsx")`). NULL when neither. */
static const char *ctor_arg_of(ll_tsl *L, TSNode args) {
  if (!ll_ts_is(args, "argument_list")) return NULL;
  uint32_t n = ts_node_named_child_count(args);
  for (uint32_t i = 0; i < n; i++) {
    TSNode arg = ts_node_named_child(args, i);
    if (ll_ts_is(arg, "comment")) continue;
    if (ll_ts_is(arg, "keyword_argument")) {
      if (ll_streq(ll_ts_text(L->b, ll_ts_field(arg, "name")), "service_name"))
        return string_literal(L, ll_ts_field(arg, "value"));
      continue;
    }
    if (i == 0) return string_literal(L, arg);
  }
  return NULL;
}

static char *literal_value(ll_tsl *L, TSNode node) {
  char *s = string_literal(L, node);
  if (s) return s;
  const char *type = ts_node_type(node);
  if (ll_streq(type, "integer") || ll_streq(type, "float")) return ll_ts_text(L->b, node);
  if (ll_streq(type, "true")) return "True";
  if (ll_streq(type, "false")) return "False";
  if (ll_streq(type, "none")) return "None";
  if (ll_streq(type, "unary_operator")) return ll_ts_text(L->b, node);
  return NULL;
}

/* ---- paths ------------------------------------------------------------------------------ */

/* The i-th positional argument of an argument list, or a null node. */
static TSNode positional_arg(TSNode args, uint32_t index) {
  uint32_t n = ll_ts_is(args, "argument_list") ? ts_node_named_child_count(args) : 0, seen = 0;
  for (uint32_t i = 0; i < n; i++) {
    TSNode arg = ts_node_named_child(args, i);
    if (ll_ts_is(arg, "keyword_argument") || ll_ts_is(arg, "dictionary_splat") ||
        ll_ts_is(arg, "list_splat") || ll_ts_is(arg, "comment"))
      continue;
    if (seen++ == index) return arg;
  }
  return (TSNode){0};
}

static uint32_t positional_count(TSNode args) {
  uint32_t count = 0;
  while (!ts_node_is_null(positional_arg(args, count))) count++;
  return count;
}

/* The value of keyword argument `name`, or a null node. */
static TSNode keyword_arg(ll_tsl *L, TSNode args, const char *name) {
  uint32_t n = ll_ts_is(args, "argument_list") ? ts_node_named_child_count(args) : 0;
  for (uint32_t i = 0; i < n; i++) {
    TSNode arg = ts_node_named_child(args, i);
    if (ll_ts_is(arg, "keyword_argument") && ll_ts_text_is(L->b, ll_ts_field(arg, "name"), name))
      return ll_ts_field(arg, "value");
  }
  return (TSNode){0};
}

/* The keyword argument `name`, else positional `index`. */
static TSNode arg_or_keyword(ll_tsl *L, TSNode args, uint32_t index, const char *name) {
  TSNode kw = name ? keyword_arg(L, args, name) : (TSNode){0};
  return ts_node_is_null(kw) ? positional_arg(args, index) : kw;
}

static const char *path_of(ll_tsl *L, TSNode node, int depth);

/* `os.path.join(a, b)` as text: an absolute `b` starts over, and a trailing "/" of `a` is not
 * doubled ("/tmp/" and "x" give "/tmp/x", not "/tmp//x"). */
static const char *join_path(ll_tsl *L, const char *a, const char *b) {
  if (!a || *b == '/') return b;
  size_t n = strlen(a);
  return ll_tsl_join(L, a, n && a[n - 1] == '/' ? "" : "/", b);
}

/* Joins the positional arguments of a call as path components (unknown ones as "{}"). */
static const char *path_join_args(ll_tsl *L, TSNode args, int depth) {
  const char *out = NULL;
  uint32_t n = positional_count(args);
  for (uint32_t i = 0; i < n; i++) {
    const char *part = path_of(L, positional_arg(args, i), depth + 1);
    if (!part) part = "{}";
    out = join_path(L, out, part);
    if (!out) return NULL;
  }
  return out;
}

/* What a path expression evaluates to, as far as it is known: literal text with unknown parts as
 * "{}" (`f"/tmp/{key}"` → "/tmp/{}", `os.path.join(TMP, name)` → "/tmp/{}"). NULL when unknown. */
/* An f-string as a path: interpolated variables that hold a known path (`f"{TMP_DIR}/{key}"` with
 * `TMP_DIR = "/tmp"`) are substituted, other interpolations become "{}". */
static const char *fstring_path(ll_tsl *L, TSNode node, int depth) {
  if (ll_ts_is(node, "concatenated_string") && ts_node_named_child_count(node) > 0)
    node = ts_node_named_child(node, 0);
  if (!ll_ts_is(node, "string")) return NULL;
  const char *out = "";
  bool substituted = false;
  uint32_t n = ts_node_named_child_count(node);
  for (uint32_t i = 0; i < n; i++) {
    TSNode part = ts_node_named_child(node, i);
    const char *piece = NULL;
    if (ll_ts_is(part, "string_content")) {
      piece = ll_ts_text(L->b, part);
    } else if (ll_ts_is(part, "interpolation")) {
      TSNode expr = ts_node_named_child(part, 0);
      piece = ll_ts_is(expr, "identifier") ? path_of(L, expr, depth + 1) : NULL;
      substituted |= piece != NULL;
      if (!piece) piece = "{}";
    }
    if (piece && !(out = ll_tsl_join(L, out, "", piece))) return NULL;
  }
  return substituted ? out : NULL;
}

static const char *path_of(ll_tsl *L, TSNode node, int depth) {
  if (ts_node_is_null(node) || depth > 20) return NULL;
  if (ll_ts_is(node, "string") || ll_ts_is(node, "concatenated_string")) {
    const char *fs = fstring_path(L, node, depth);
    return fs ? fs : string_literal(L, node);
  }
  if (ll_ts_is(node, "identifier")) return ll_tsl_path_var_get(L, ll_ts_text(L->b, node));
  if (ll_ts_is(node, "parenthesized_expression") && ts_node_named_child_count(node) == 1)
    return path_of(L, ts_node_named_child(node, 0), depth + 1);
  if (ll_ts_is(node, "binary_operator")) {
    TSNode op = ll_ts_field(node, "operator");
    const char *left = path_of(L, ll_ts_field(node, "left"), depth + 1);
    if (ll_ts_text_is(L->b, op, "%")) return left;
    const char *right = path_of(L, ll_ts_field(node, "right"), depth + 1);
    if (!left && !right) return NULL;
    if (ll_ts_text_is(L->b, op, "+")) return ll_tsl_join(L, left ? left : "{}", "", right ? right : "{}");
    if (ll_ts_text_is(L->b, op, "/")) return join_path(L, left ? left : "{}", right ? right : "{}");
    return NULL;
  }
  if (!ll_ts_is(node, "call")) return NULL;
  TSNode function = ll_ts_field(node, "function"), args = ll_ts_field(node, "arguments");
  const char *callee = ll_tsl_qualify(L, function);
  if (callee) {
    static const char *const joins[] = {"os.path.join", "posixpath.join", "pathlib.Path",
                                        "pathlib.PurePath", "pathlib.PosixPath", "pathlib.PurePosixPath", NULL};
    static const char *const same[] = {"str", "os.fspath", "os.path.abspath", "os.path.normpath",
                                       "os.path.realpath", "os.path.expanduser", NULL};
    for (size_t i = 0; joins[i]; i++)
      if (ll_streq(callee, joins[i])) return path_join_args(L, args, depth);
    for (size_t i = 0; same[i]; i++)
      if (ll_streq(callee, same[i])) return path_of(L, positional_arg(args, 0), depth + 1);
    if (ll_streq(callee, "tempfile.gettempdir")) return "/tmp";
  }
  if (ll_ts_is(function, "attribute")) {
    TSNode object = ll_ts_field(function, "object");
    TSNode attr = ll_ts_field(function, "attribute");
    if (ll_ts_text_is(L->b, attr, "format") || ll_ts_text_is(L->b, attr, "with_suffix") ||
        ll_ts_text_is(L->b, attr, "resolve"))
      return path_of(L, object, depth + 1);
    if (ll_ts_text_is(L->b, attr, "joinpath")) {
      const char *base = path_of(L, object, depth + 1);
      const char *rest = path_join_args(L, args, depth);
      return base && rest ? join_path(L, base, rest) : base;
    }
  }
  return NULL;
}

/* ---- API knowledge ------------------------------------------------------------------------ */

static const char *const io_modules[] = {
    "requests", "urllib.request", "urllib3", "http.client", "httpx", "aiohttp", "socket", "boto3",
    "botocore", "psycopg2", "psycopg", "pymysql", "MySQLdb", "mysql.connector", "redis", "pymongo",
    "sqlalchemy", "smtplib", "ftplib", "paramiko", "elasticsearch", "opensearchpy", "pyodbc", "pymssql",
    "redshift_connector", "oracledb", "cx_Oracle", "pg8000", "openai", "anthropic", NULL};

static const char *const io_method_prefixes[] = {
    "get_object", "put_object", "get_item", "put_item", "delete_item", "update_item",
    "batch_", "describe_", "list_", "send_", "receive_", "delete_message", "start_",
    "create_", "upload_", "download_", "copy_object", "head_object", "invoke", "query", "scan",
    "publish", "execute", "fetch", "urlopen", "request", "get_parameter", "get_secret_value", NULL};

static bool has_prefix(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

static bool call_is_sleep(const ll_call *call) {
  if (call->first_literal && strspn(call->first_literal, "0._") == strlen(call->first_literal))
    return false; /* sleep(0) yields, it does not wait */
  return ll_streq(call->callee, "time.sleep") || ll_streq(call->callee, "asyncio.sleep") ||
         ll_streq(call->callee, "gevent.sleep");
}

static bool call_is_io(const ll_call *call) {
  for (size_t i = 0; io_modules[i]; i++)
    if (ll_qname_has_prefix(call->callee, io_modules[i])) return true;
  if (call->receiver_ctor) {
    for (size_t i = 0; io_modules[i]; i++)
      if (ll_qname_has_prefix(call->receiver_ctor, io_modules[i])) return true;
  }
  if (!strchr(call->callee, '.')) return false; /* a plain function: we do not know */
  if (ll_streq(call->method, "get_remaining_time_in_millis")) return false;
  for (size_t i = 0; io_method_prefixes[i]; i++)
    if (has_prefix(call->method, io_method_prefixes[i])) return true;
  return false;
}

static const ll_ts_spawn_api python_spawns[] = {
    {"threading.Thread", LL_SPAWN_THREAD, false},
    {"threading.Timer", LL_SPAWN_THREAD, false},
    {"_thread.start_new_thread", LL_SPAWN_THREAD, true},
    {"_thread.start_new", LL_SPAWN_THREAD, true},
    {"concurrent.futures.ThreadPoolExecutor", LL_SPAWN_POOL, false},
    {"concurrent.futures.thread.ThreadPoolExecutor", LL_SPAWN_POOL, false},
    {"multiprocessing.pool.ThreadPool", LL_SPAWN_POOL, false},
    {"multiprocessing.Pool", LL_SPAWN_PROCESS_POOL, false},
    {"multiprocessing.pool.Pool", LL_SPAWN_PROCESS_POOL, false},
    {"concurrent.futures.ProcessPoolExecutor", LL_SPAWN_PROCESS_POOL, false},
    {"multiprocessing.Process", LL_SPAWN_PROCESS, false},
    {"asyncio.create_task", LL_SPAWN_TASK, true},
    {"asyncio.ensure_future", LL_SPAWN_TASK, true},
    {NULL, 0, false},
};

static const char *const mutators[] = {"append", "extend", "insert", "add", "update", "setdefault",
                                       "appendleft", "extendleft", "pop", "popitem", "remove",
                                       "discard", "clear", "__setitem__", NULL};

/* ---- imports ------------------------------------------------------------------------------ */

static ll_import *add_import(ll_tsl *L, TSNode at, const char *module, const char *member,
                             const char *alias, int level) {
  ll_arena *a = ll_builder_arena(L->b);
  ll_import *imp = ll_builder_add_import(L->b);
  imp->module = ll_arena_strdup(a, module);
  imp->member = ll_arena_strdup(a, member);
  imp->alias = ll_arena_strdup(a, alias);
  imp->relative_level = level;
  imp->guarded |= L->try_depth > 0;
  imp->span = ll_ts_span(L->b, at);
  char *q = member ? ll_strfmt("%s%s%s", module, *module ? "." : "", member) : ll_strdup(module);
  imp->qualified = ll_arena_strdup(a, q);
  free(q);
  if (ll_tsl_fn(L) != 0 && alias) ll_tsl_declare_local(L, alias);
  return imp;
}

static void lower_import(ll_tsl *L, TSNode node) {
  uint32_t n = ts_node_named_child_count(node);
  for (uint32_t i = 0; i < n; i++) {
    TSNode item = ts_node_named_child(node, i);
    if (ll_ts_is(item, "aliased_import")) {
      char *module = ll_ts_text(L->b, ll_ts_field(item, "name"));
      add_import(L, node, module, NULL, ll_ts_text(L->b, ll_ts_field(item, "alias")), 0);
    } else if (ll_ts_is(item, "dotted_name")) {
      /* `import a.b.c` binds `a`, and a.b.c stays reachable through it. */
      char *module = ll_ts_text(L->b, item);
      char *first = ll_arena_strdup(ll_builder_arena(L->b), module);
      char *dot = strchr(first, '.');
      if (dot) *dot = '\0';
      ll_import *imp = add_import(L, node, module, NULL, first, 0);
      imp->qualified = first; /* the name stands for the top package */
    }
  }
}

static void lower_import_from(ll_tsl *L, TSNode node) {
  TSNode module_node = ll_ts_field(node, "module_name");
  const char *module = "";
  int level = 0;
  if (ll_ts_is(module_node, "relative_import")) {
    uint32_t n = ts_node_named_child_count(module_node);
    for (uint32_t i = 0; i < n; i++) {
      TSNode part = ts_node_named_child(module_node, i);
      if (ll_ts_is(part, "import_prefix")) level = (int)(ts_node_end_byte(part) - ts_node_start_byte(part));
      else if (ll_ts_is(part, "dotted_name")) module = ll_ts_text(L->b, part);
    }
  } else if (!ts_node_is_null(module_node)) {
    module = ll_ts_text(L->b, module_node);
  }
  uint32_t n = ts_node_named_child_count(node);
  for (uint32_t i = 0; i < n; i++) {
    TSNode item = ts_node_named_child(node, i);
    if (ts_node_eq(item, module_node)) continue;
    if (ll_ts_is(item, "aliased_import")) {
      add_import(L, node, module, ll_ts_text(L->b, ll_ts_field(item, "name")),
                 ll_ts_text(L->b, ll_ts_field(item, "alias")), level);
    } else if (ll_ts_is(item, "dotted_name")) {
      char *member = ll_ts_text(L->b, item);
      add_import(L, node, module, member, member, level);
    } else if (ll_ts_is(item, "wildcard_import")) {
      add_import(L, node, module, NULL, NULL, level);
    }
  }
}

/* ---- calls ------------------------------------------------------------------------------- */

/* Whether the arguments of `x.update(…)` name only literal keys: `update(a=1)`, `update({"a": 1})`. */
static bool literal_keys_only(ll_tsl *L, TSNode args) {
  uint32_t n = ll_ts_is(args, "argument_list") ? ts_node_named_child_count(args) : 0;
  if (n == 0) return false;
  bool literal = true;
  ll_tsl_children it = ll_tsl_children_begin(L, args);
  for (TSNode arg; literal && ll_tsl_children_next(&it, &arg);) {
    if (ll_ts_is(arg, "keyword_argument") || ll_ts_is(arg, "comment")) continue;
    if (!ll_ts_is(arg, "dictionary")) literal = false;
    ll_tsl_children pairs = ll_tsl_children_begin(L, arg);
    for (TSNode pair; literal && ll_tsl_children_next(&pairs, &pair);)
      if (!ll_ts_is(pair, "pair") || !literal_value(L, ll_ts_field(pair, "key"))) literal = false;
    ll_tsl_children_end(L);
  }
  ll_tsl_children_end(L);
  return literal;
}

/* The Python-only facts of a `cache.update(…)` / `cache.setdefault(k, make())` write that the core
 * recorded for this call: literal keys only (bounded), and the default's constructor. */
static void python_mutation_facts(ll_tsl *L, TSNode node, uint32_t call_index) {
  ll_event *e = ll_tsl_event_at(L, call_index, LL_EV_MODULE_WRITE, ts_node_start_byte(node));
  if (!e || e->as.write.kind != LL_WRITE_MUTATE) return;
  const char *method = e->as.write.method;
  e->as.write.key_literal = ll_streq(method, "update") && literal_keys_only(L, ll_ts_field(node, "arguments"));
  if (ll_streq(method, "setdefault")) {
    /* `d.setdefault(k, make())`: the default's constructor, when it is a call */
    TSNode args = ll_ts_field(node, "arguments");
    TSNode dflt = ll_ts_is(args, "argument_list") && ts_node_named_child_count(args) >= 2
                      ? ts_node_named_child(args, 1)
                      : (TSNode){0};
    if (!ts_node_is_null(dflt) && ll_ts_is(dflt, "call")) e->as.write.value_callee = ll_tsl_qualify(L, ll_ts_field(dflt, "function"));
  }
}

/* ---- effects: the environment, files, literal keys ---------------------------------------- */

/* Whether `cond` holds only when the environment variable `variable` is unset:
 * `"K" not in os.environ`, `not os.environ.get("K")`, `os.environ.get("K") is None`,
 * `not os.getenv("K")`, `os.getenv("K") is None`. */
static bool env_unset_test(ll_tsl *L, TSNode cond, const char *variable) {
  while (ll_ts_is(cond, "parenthesized_expression")) cond = ts_node_named_child(cond, 0);
  if (ll_ts_is(cond, "comparison_operator") && ts_node_named_child_count(cond) == 2) {
    TSNode left = ts_node_named_child(cond, 0), right = ts_node_named_child(cond, 1);
    /* the operator: the text between the two operands */
    const char *op = ll_builder_text(L->b, ts_node_end_byte(left), ts_node_start_byte(right));
    const char *k = string_literal(L, left);
    if (k && ll_streq(k, variable) && strstr(op, "not in")) {
      const char *q = ll_tsl_qualify(L, right);
      return q && ll_streq(q, "os.environ");
    }
    if (ll_ts_is(right, "none") && strstr(op, "is") && !strstr(op, "not")) cond = left;
    else return false;
  } else if (ll_ts_is(cond, "not_operator")) {
    cond = ll_ts_field(cond, "argument");
  } else {
    return false;
  }
  if (!ll_ts_is(cond, "call")) return false;
  const char *q = ll_tsl_qualify(L, ll_ts_field(cond, "function"));
  if (!q || (strcmp(q, "os.environ.get") && strcmp(q, "os.getenv"))) return false;
  TSNode args = ll_ts_field(cond, "arguments");
  if (!ll_ts_is(args, "argument_list") || ts_node_named_child_count(args) == 0) return false;
  const char *k = string_literal(L, ts_node_named_child(args, 0));
  return k && ll_streq(k, variable);
}

/* Whether `at` runs only when `variable` is unset (the body of an `if` testing that): a default
 * for local runs, which never overrides what the Lambda runtime set. */
static bool env_unset_guard(ll_tsl *L, TSNode at, const char *variable) {
  for (TSNode n = ts_node_parent(at); !ts_node_is_null(n); n = ts_node_parent(n)) {
    if (ll_ts_is(n, "function_definition") || ll_ts_is(n, "module")) return false;
    if (!ll_ts_is(n, "if_statement")) continue;
    TSNode consequence = ll_ts_field(n, "consequence");
    if (ts_node_start_byte(at) < ts_node_start_byte(consequence) ||
        ts_node_end_byte(at) > ts_node_end_byte(consequence))
      continue;
    if (env_unset_test(L, ll_ts_field(n, "condition"), variable)) return true;
  }
  return false;
}

/* `os.environ.update({...})` / `os.environ.update(K=v)`: one write per literal key. */
static void lower_environ_update(ll_tsl *L, TSNode node, TSNode args) {
  uint32_t n = ll_ts_is(args, "argument_list") ? ts_node_named_child_count(args) : 0;
  for (uint32_t i = 0; i < n; i++) {
    TSNode arg = ts_node_named_child(args, i);
    if (ll_ts_is(arg, "keyword_argument")) {
      ll_tsl_add_env_write(L, node, ll_ts_text(L->b, ll_ts_field(arg, "name")));
    } else if (ll_ts_is(arg, "dictionary")) {
      uint32_t m = ts_node_named_child_count(arg);
      for (uint32_t j = 0; j < m; j++) {
        TSNode pair = ts_node_named_child(arg, j);
        if (ll_ts_is(pair, "pair")) ll_tsl_add_env_write(L, node, string_literal(L, ll_ts_field(pair, "key")));
      }
    }
  }
}

static bool mode_writes(ll_tsl *L, TSNode mode) {
  const char *m = string_literal(L, mode);
  return m && strpbrk(m, "wax") != NULL;
}

static bool callee_in(const char *callee, const char *const *names) {
  for (size_t i = 0; names[i]; i++)
    if (ll_streq(callee, names[i])) return true;
  return false;
}

/* Files a call creates, writes or removes, with their paths as far as they are known. */
static void lower_file_effects(ll_tsl *L, TSNode node, TSNode function, TSNode args, const char *callee,
                               const char *method) {
  static const char *const openers[] = {"open", "io.open", "codecs.open", "builtins.open", "gzip.open",
                                        "bz2.open", "lzma.open", "tarfile.open", "zipfile.ZipFile", NULL};
  static const char *const copies[] = {"shutil.copy", "shutil.copy2", "shutil.copyfile", "shutil.move",
                                       "shutil.copytree", NULL};
  static const char *const exporters[] = {"to_csv", "to_parquet", "to_json", "to_excel", "to_pickle",
                                          "to_feather", "to_hdf", "savefig", "save", "extractall",
                                          "extract", NULL};
  static const char *const removers[] = {"os.remove", "os.unlink", "os.rmdir", "os.removedirs",
                                         "shutil.rmtree", NULL};
  bool is_method = strchr(callee, '.') != NULL && ll_ts_is(function, "attribute");
  TSNode object = is_method ? ll_ts_field(function, "object") : (TSNode){0};
  if (callee_in(callee, openers)) {
    if (mode_writes(L, arg_or_keyword(L, args, 1, "mode")))
      ll_tsl_add_file_op(L, node, LL_EV_FILE_WRITE, path_of(L, arg_or_keyword(L, args, 0, "file"), 0), false);
  } else if (is_method && ll_streq(method, "download_file")) {
    TSNode target = keyword_arg(L, args, "Filename");
    uint32_t n = positional_count(args);
    if (ts_node_is_null(target) && n > 0) target = positional_arg(args, n - 1);
    ll_tsl_add_file_op(L, node, LL_EV_FILE_WRITE, path_of(L, target, 0), false);
  } else if (ll_streq(callee, "urllib.request.urlretrieve")) {
    ll_tsl_add_file_op(L, node, LL_EV_FILE_WRITE, path_of(L, arg_or_keyword(L, args, 1, "filename"), 0), false);
  } else if (ll_streq(callee, "shutil.make_archive")) {
    const char *base = path_of(L, arg_or_keyword(L, args, 0, "base_name"), 0);
    ll_tsl_add_file_op(L, node, LL_EV_FILE_WRITE, base ? ll_tsl_join(L, base, "", ".{}") : NULL, false);
  } else if (callee_in(callee, copies)) {
    ll_tsl_add_file_op(L, node, LL_EV_FILE_WRITE, path_of(L, arg_or_keyword(L, args, 1, "dst"), 0), false);
  } else if (is_method && (ll_streq(method, "write_text") || ll_streq(method, "write_bytes") ||
                           ll_streq(method, "touch"))) {
    ll_tsl_add_file_op(L, node, LL_EV_FILE_WRITE, path_of(L, object, 0), false);
  } else if (is_method && callee_in(method, exporters)) {
    const char *path = path_of(L, arg_or_keyword(L, args, 0, "path"), 0);
    if (path) ll_tsl_add_file_op(L, node, LL_EV_FILE_WRITE, path, false);
  } else if (ll_streq(callee, "tempfile.mkstemp") || ll_streq(callee, "tempfile.mkdtemp")) {
    const char *dir = path_of(L, keyword_arg(L, args, "dir"), 0);
    ll_tsl_add_file_op(L, node, LL_EV_FILE_WRITE, dir ? join_path(L, dir, "{}") : "/tmp/{}", false);
  } else if (ll_streq(callee, "tempfile.NamedTemporaryFile")) {
    TSNode del = keyword_arg(L, args, "delete");
    bool kept = ll_ts_is(del, "false");
    const char *dir = path_of(L, keyword_arg(L, args, "dir"), 0);
    ll_tsl_add_file_op(L, node, LL_EV_FILE_WRITE, dir ? join_path(L, dir, "{}") : "/tmp/{}", !kept);
  } else if (callee_in(callee, removers)) {
    ll_tsl_add_file_op(L, node, LL_EV_FILE_REMOVE, path_of(L, arg_or_keyword(L, args, 0, "path"), 0), false);
  } else if (is_method && (ll_streq(method, "unlink") || ll_streq(method, "rmdir") ||
                           ll_streq(method, "cleanup"))) {
    ll_tsl_add_file_op(L, node, LL_EV_FILE_REMOVE, path_of(L, object, 0), false);
  } else if (ll_streq(callee, "os.system") || ll_qname_has_prefix(callee, "subprocess")) {
    const char *command = string_literal(L, positional_arg(args, 0));
    if (command && !strncmp(command, "rm ", 3)) ll_tsl_add_file_op(L, node, LL_EV_FILE_REMOVE, NULL, false);
  }
}

static void lower_call_effects(ll_tsl *L, TSNode node, TSNode function, TSNode args, const char *callee,
                               const char *method, const char *first_string) {
  /* `os.environ.setdefault(K, v)` is not a write here: it never changes a variable that is set,
   * and the runtime sets every reserved one, so it only matters off Lambda. */
  if (ll_streq(callee, "os.putenv") || ll_streq(callee, "os.environ.__setitem__"))
    ll_tsl_add_env_write(L, node, first_string);
  else if (ll_streq(callee, "os.environ.update"))
    lower_environ_update(L, node, args);
  if (ll_streq(method, "get") && strchr(callee, '.') && first_string && ll_ts_is(function, "attribute"))
    ll_tsl_add_key_read(L, node, ll_ts_field(function, "object"), first_string, false);
  lower_file_effects(L, node, function, args, callee, method);
}

/* The Python-only effects of a call (ll_ts_lang.call_effects). */
static void python_call_effects(ll_tsl *L, TSNode node, TSNode function, TSNode args, uint32_t call_index) {
  const ll_call *call = &ll_builder_event(L->b, call_index)->as.call;
  const char *callee = call->callee, *method = call->method, *first = call->first_string;
  if ((ll_streq(callee, "asyncio.gather") || ll_streq(callee, "asyncio.wait")) &&
      ll_ts_is(args, "argument_list")) {
    uint32_t n = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < n; i++) {
      TSNode arg = ts_node_named_child(args, i);
      if (ll_ts_is(arg, "list_splat")) arg = ts_node_named_child(arg, 0);
      if (ll_ts_is(arg, "identifier")) ll_tsl_push_awaited(L, ll_ts_text(L->b, arg));
    }
  }
  if (ll_ts_is(function, "attribute")) { /* `Ctx.captions.append(x)`: a class attribute as module state */
    const char *attr = known_class_attribute(L, ll_ts_field(function, "object"));
    if (attr && callee_in(method, mutators)) ll_tsl_add_mutation(L, node, attr, method);
  }
  python_mutation_facts(L, node, call_index);
  lower_call_effects(L, node, function, args, callee, method, first);
}

/* ---- assignments ---------------------------------------------------------------------------- */

static ll_binding_kind binding_kind_of(ll_tsl *L, TSNode value) {
  static const char *const container_types[] = {"list", "dictionary", "set", "list_comprehension",
                                                "dictionary_comprehension", "set_comprehension", NULL};
  static const char *const container_calls[] = {
      "list", "dict", "set", "collections.defaultdict", "collections.deque", "collections.OrderedDict",
      "collections.Counter", "queue.Queue", NULL};
  static const char *const scalar_types[] = {"integer", "float", "string", "concatenated_string",
                                             "true", "false", "tuple", "unary_operator",
                                             "binary_operator", NULL};
  if (ts_node_is_null(value)) return LL_BIND_UNKNOWN;
  const char *type = ts_node_type(value);
  for (size_t i = 0; container_types[i]; i++)
    if (ll_streq(type, container_types[i])) return LL_BIND_CONTAINER;
  for (size_t i = 0; scalar_types[i]; i++)
    if (ll_streq(type, scalar_types[i])) return LL_BIND_SCALAR;
  if (ll_streq(type, "none")) return LL_BIND_NONE;
  if (ll_streq(type, "lambda")) return LL_BIND_FUNCTION;
  if (ll_streq(type, "call")) {
    char *callee = ll_tsl_qualify(L, ll_ts_field(value, "function"));
    TSNode args = ll_ts_field(value, "arguments");
    bool bounded = callee && ll_streq(callee, "collections.deque") &&
                   (!ts_node_is_null(keyword_arg(L, args, "maxlen")) || positional_count(args) >= 2);
    for (size_t i = 0; callee && !bounded && container_calls[i]; i++) /* deque(maxlen=n) cannot grow */
      if (ll_streq(callee, container_calls[i])) return LL_BIND_CONTAINER;
    return LL_BIND_CALL;
  }
  return LL_BIND_UNKNOWN;
}

static bool is_constant_name(const char *name) {
  bool letters = false;
  for (const char *p = name; *p; p++) {
    if (*p >= 'a' && *p <= 'z') return false;
    if (*p >= 'A' && *p <= 'Z') letters = true;
  }
  return letters;
}

static void bind_module_name_as(ll_tsl *L, const char *name, TSNode target, TSNode value, TSNode type) {
  ll_binding *b = ll_builder_add_binding(L->b, name);
  b->kind = binding_kind_of(L, value);
  b->span = ll_ts_span(L->b, target);
  b->is_const = is_constant_name(b->name) ||
                (!ts_node_is_null(type) && strstr(ll_ts_text(L->b, type), "Final") != NULL);
  if (b->kind == LL_BIND_CALL) {
    b->value_callee = ll_tsl_qualify(L, ll_ts_field(value, "function"));
    b->value_arg = ctor_arg_of(L, ll_ts_field(value, "arguments"));
  }
}

static void bind_module_name(ll_tsl *L, TSNode target, TSNode value, TSNode type) {
  bind_module_name_as(L, ll_ts_text(L->b, target), target, value, type);
}

/* Class attributes live as long as the module: `Ctx.captions` of a top-level class, as "Ctx.captions"
 * (its class body's `captions = []`, or `Ctx.captions = []` at the top level). */
static const char *class_attribute(ll_tsl *L, TSNode object, TSNode attribute) {
  if (!ll_ts_is(object, "identifier") || !ll_ts_is(attribute, "identifier")) return NULL;
  const char *cls = ll_ts_text(L->b, object);
  if (ll_tsl_fn(L) != 0 && !ll_tsl_is_module_name(L, cls)) return NULL; /* a local shadows it */
  const ll_binding *b = ll_builder_binding(L->b, cls);
  return b && b->kind == LL_BIND_CLASS ? ll_tsl_join(L, cls, ".", ll_ts_text(L->b, attribute)) : NULL;
}

/* The module-state name of `Cls.attr` when it is a known class attribute, else NULL. */
static const char *known_class_attribute(ll_tsl *L, TSNode node) {
  if (!ll_ts_is(node, "attribute")) return NULL;
  const char *name = class_attribute(L, ll_ts_field(node, "object"), ll_ts_field(node, "attribute"));
  return name && ll_builder_binding(L->b, name) ? name : NULL;
}

static void lower_target(ll_tsl *L, TSNode target, TSNode value, TSNode type, TSNode at,
                         uint32_t from);

static void lower_target_list(ll_tsl *L, TSNode targets, TSNode at, uint32_t from) {
  uint32_t n = ts_node_named_child_count(targets);
  for (uint32_t i = 0; i < n; i++) lower_target(L, ts_node_named_child(targets, i), (TSNode){0}, (TSNode){0}, at, from);
}

/* One assignment target. `value` is the assigned expression when known (null for unpacking). */
static void lower_target(ll_tsl *L, TSNode target, TSNode value, TSNode type, TSNode at,
                         uint32_t from) {
  const char *type_name = ts_node_type(target);
  if (ll_streq(type_name, "identifier")) {
    char *name = ll_ts_text(L->b, target);
    ll_tsl_path_var_set(L, name, path_of(L, value, 0));
    if (ll_tsl_fn(L) == 0) {
      if (!L->class_name) bind_module_name(L, target, value, type);
      else if (state(L)->top_class == L->class_name) bind_module_name_as(L, ll_tsl_join(L, L->class_name, ".", name), target, value, type);
      ll_tsl_mark_assigned_call(L, from, value, name, !L->class_name);
      return;
    }
    ll_tsl_local *local = ll_tsl_find_local(L, name);
    if (local && local->is_global) {
      TSNode left = ll_ts_is(value, "binary_operator") ? ll_ts_field(value, "left") : (TSNode){0};
      bool increments = ll_ts_is(left, "identifier") && ll_ts_text_is(L->b, left, name); /* n = n + 1 */
      ll_tsl_add_write(L, at, name, increments ? LL_WRITE_AUGMENT : LL_WRITE_REBIND, value);
      ll_tsl_mark_assigned_call(L, from, value, name, true);
      return;
    }
    ll_tsl_remember_local(L, name, value);
    ll_tsl_mark_assigned_call(L, from, value, name, false);
  } else if (ll_streq(type_name, "subscript") || ll_streq(type_name, "attribute")) {
    bool subscript = ll_streq(type_name, "subscript");
    const char *class_attr = NULL;
    TSNode object = ll_ts_field(target, subscript ? "value" : "object");
    TSNode key = subscript ? ll_ts_field(target, "subscript") : (TSNode){0};
    if (subscript) ll_tsl_walk(L, key);
    const char *q = subscript ? ll_tsl_qualify(L, object) : NULL;
    if (q && ll_streq(q, "os.environ")) {
      const char *variable = string_literal(L, key);
      if (!ll_ts_is(at, "delete_statement") && !(variable && env_unset_guard(L, at, variable)))
        ll_tsl_add_env_write(L, at, variable);
    } else if (!subscript && ll_tsl_fn(L) == 0 && !L->class_name &&
               (class_attr = class_attribute(L, object, ll_ts_field(target, "attribute")))) {
      bind_module_name_as(L, class_attr, target, value, type); /* `Ctx.captions = []` */
    } else if (subscript && (class_attr = known_class_attribute(L, object))) {
      ll_event *e = ll_tsl_add_write(L, at, class_attr, LL_WRITE_SUBSCRIPT, value); /* `Ctx.seen[k] = v` */
      e->as.write.key_literal = literal_value(L, key) != NULL;
      if (ll_ts_is(at, "delete_statement")) e->as.write.method = "__delitem__";
    } else if (ll_ts_is(object, "identifier")) {
      char *name = ll_ts_text(L->b, object);
      if (!subscript && (class_attr = known_class_attribute(L, target))) /* `Ctx.captions = []` per call */
        ll_tsl_add_write(L, at, class_attr, ll_ts_is(at, "augmented_assignment") ? LL_WRITE_AUGMENT : LL_WRITE_REBIND,
                         value);
      if (ll_tsl_is_module_name(L, name)) {
        ll_event *e = ll_tsl_add_write(L, at, name, subscript ? LL_WRITE_SUBSCRIPT : LL_WRITE_ATTRIBUTE, value);
        e->as.write.key_literal = subscript && literal_value(L, key) != NULL;
        if (subscript && ll_ts_is(at, "delete_statement")) e->as.write.method = "__delitem__";
      }
    } else {
      ll_tsl_walk(L, object);
    }
  } else if (ll_streq(type_name, "pattern_list") || ll_streq(type_name, "tuple_pattern") ||
             ll_streq(type_name, "list_pattern") || ll_streq(type_name, "tuple") ||
             ll_streq(type_name, "list")) {
    lower_target_list(L, target, at, from);
  } else if (ll_streq(type_name, "list_splat_pattern") && ts_node_named_child_count(target) == 1) {
    lower_target(L, ts_node_named_child(target, 0), (TSNode){0}, (TSNode){0}, at, from);
  }
}

static void lower_assignment(ll_tsl *L, TSNode node) {
  TSNode left = ll_ts_field(node, "left"), right = ll_ts_field(node, "right");
  TSNode type = ll_ts_field(node, "type");
  uint32_t from = ll_builder_event_count(L->b);
  TSNode value = right;
  if (ll_ts_is(right, "assignment")) { /* a = b = value */
    lower_assignment(L, right);
    while (ll_ts_is(value, "assignment")) value = ll_ts_field(value, "right");
  } else if (!ts_node_is_null(right)) {
    ll_tsl_walk(L, right);
  }
  if (!ts_node_is_null(left)) lower_target(L, left, value, type, node, from);
}

static void lower_augmented(ll_tsl *L, TSNode node) {
  TSNode left = ll_ts_field(node, "left"), right = ll_ts_field(node, "right");
  ll_tsl_walk(L, right);
  if (ll_tsl_fn(L) == 0) return;
  if (ll_ts_is(left, "identifier")) {
    char *name = ll_ts_text(L->b, left);
    ll_tsl_local *local = ll_tsl_find_local(L, name);
    if (local && local->is_global) ll_tsl_add_write(L, node, name, LL_WRITE_AUGMENT, right);
  } else {
    lower_target(L, left, right, (TSNode){0}, node, ll_builder_event_count(L->b));
  }
}

static void lower_global(ll_tsl *L, TSNode node) {
  uint32_t n = ts_node_named_child_count(node);
  for (uint32_t i = 0; i < n; i++) {
    TSNode id = ts_node_named_child(node, i);
    if (!ll_ts_is(id, "identifier") || ll_tsl_fn(L) == 0) continue;
    ll_tsl_declare_local(L, ll_ts_text(L->b, id))->is_global = true;
  }
}

/* ---- functions and classes -------------------------------------------------------------------- */

/* Lowers the parameters of the current function; returns how many it names. */
static uint32_t lower_params(ll_tsl *L, TSNode params) {
  uint32_t n = ts_node_named_child_count(params), named = 0;
  for (uint32_t i = 0; i < n; i++) {
    TSNode p = ts_node_named_child(params, i);
    TSNode name = p;
    if (ll_ts_is(p, "default_parameter") || ll_ts_is(p, "typed_default_parameter"))
      name = ll_ts_field(p, "name");
    else if (ll_ts_is(p, "typed_parameter") && ts_node_named_child_count(p) > 0)
      name = ts_node_named_child(p, 0);
    if (ll_ts_is(name, "list_splat_pattern") || ll_ts_is(name, "dictionary_splat_pattern")) continue;
    if (!ll_ts_is(name, "identifier")) continue;
    char *text = ll_ts_text(L->b, name);
    ll_tsl_local *local = ll_tsl_add_param(L, text);
    named++;
    bool has_default = ll_ts_is(p, "default_parameter") || ll_ts_is(p, "typed_default_parameter");
    if (has_default && ll_ts_is(ll_ts_field(p, "value"), "none")) local->none_default = true;
  }
  return named;
}

/* Whether `name` is a parameter of the current function that defaults to None: `if client is
 * None: client = make()` then builds a new one on every call that does not pass one, which is
 * dependency injection, not a lazy initialisation that survives between invocations. */
static bool is_none_default_param(ll_tsl *L, const char *name) {
  ll_tsl_local *local = ll_tsl_fn(L) ? ll_tsl_find_local(L, name) : NULL;
  return local && local->none_default && !local->is_global;
}

/* Whether a call after event `from` finishes the spawned work held in `var`. */
static bool joins(const ll_event *e, const char *var, ll_spawn_kind kind) {
  if (e->kind != LL_EV_CALL) return false;
  const ll_call *c = &e->as.call;
  const char *m = c->method;
  if (ll_streq(c->callee, "concurrent.futures.wait") || ll_streq(c->callee, "concurrent.futures.as_completed") ||
      ll_streq(c->callee, "asyncio.gather") || ll_streq(c->callee, "asyncio.wait"))
    return true;
  size_t n = var ? strlen(var) : 0;
  bool on_var = var && strncmp(c->callee, var, n) == 0 && c->callee[n] == '.' && !strchr(c->callee + n + 1, '.');
  bool in_loop = e->loop_depth > 0 && strchr(c->callee, '.') == strrchr(c->callee, '.');
  if (ll_streq(m, "join") && (on_var || in_loop)) return true;
  if (kind == LL_SPAWN_POOL || kind == LL_SPAWN_PROCESS_POOL) {
    if (ll_streq(m, "result") || ll_streq(m, "map") || ll_streq(m, "imap") || ll_streq(m, "starmap"))
      return true;
    if (on_var && ll_streq(m, "shutdown")) {
      for (uint32_t i = 0; i < c->n_keywords; i++)
        if (ll_streq(c->keywords[i].name, "wait") && c->keywords[i].literal &&
            ll_streq(c->keywords[i].literal, "False"))
          return false;
      return true;
    }
  }
  if (kind == LL_SPAWN_TASK && ll_streq(m, "result") && on_var) return true;
  return false;
}

static bool is_pool_submit(const char *method) {
  static const char *const submits[] = {"submit", "apply_async", "map_async", "map", "imap",
                                        "imap_unordered", "starmap", "starmap_async", NULL};
  for (size_t i = 0; submits[i]; i++)
    if (ll_streq(method, submits[i])) return true;
  return false;
}

static bool starts(const ll_event *e, const ll_spawn *spawn) {
  if (e->kind != LL_EV_CALL) return false;
  const ll_call *c = &e->as.call;
  bool pool = spawn->kind == LL_SPAWN_POOL || spawn->kind == LL_SPAWN_PROCESS_POOL;
  if (pool ? !is_pool_submit(c->method) : strcmp(c->method, "start") != 0) return false;
  if (c->receiver_ctor && ll_streq(c->receiver_ctor, spawn->callee)) return true;
  if (!spawn->var) return e->loop_depth > 0;
  size_t n = strlen(spawn->var);
  return (strncmp(c->callee, spawn->var, n) == 0 && c->callee[n] == '.') || e->loop_depth > 0;
}

static bool is_memoizing(const char *decorator) {
  static const char *const caches[] = {"functools.lru_cache", "functools.cache", "functools.cached_property",
                                       "cachetools.cached", "cachetools.func.ttl_cache",
                                       "cachetools.func.lru_cache", "lru_cache", "cache", NULL};
  for (size_t i = 0; caches[i]; i++)
    if (ll_streq(decorator, caches[i])) return true;
  return false;
}

/* Parameter defaults and annotations (and the return annotation) are evaluated when the `def` runs,
 * in the enclosing scope: `def f(df: pd.DataFrame)` at the top level uses pandas at import time. */
static void walk_definition_time(ll_tsl *L, TSNode node) {
  TSNode params = ll_ts_field(node, "parameters");
  uint32_t n = ts_node_named_child_count(params);
  for (uint32_t i = 0; i < n; i++) {
    TSNode p = ts_node_named_child(params, i);
    if (!state(L)->lazy_annotations && (ll_ts_is(p, "typed_parameter") || ll_ts_is(p, "typed_default_parameter")))
      ll_tsl_walk(L, ll_ts_field(p, "type"));
    if (ll_ts_is(p, "default_parameter") || ll_ts_is(p, "typed_default_parameter"))
      ll_tsl_walk(L, ll_ts_field(p, "value"));
  }
  if (!state(L)->lazy_annotations) ll_tsl_walk(L, ll_ts_field(node, "return_type"));
}

/* Whether `decorator` is `object.method` with `method` one of `entries` and `object` a name built by
 * one of `ctors`: a framework object that registers the function as an entry point. */
static bool registers_entry(ll_tsl *L, const char *decorator, const char *const *entries,
                            const char *const *ctors) {
  const char *dot = strrchr(decorator, '.');
  if (!dot || !callee_in(dot + 1, entries)) return false;
  char *object = ll_arena_strndup(ll_builder_arena(L->b), decorator, (size_t)(dot - decorator));
  const char *ctor = NULL, *arg = NULL;
  ll_tsl_ctor_of(L, object, &ctor, &arg);
  return ctor && callee_in(ctor, ctors);
}

/* Chalice registers every route and event function of an app (`app = Chalice(...)`) or blueprint
 * as a Lambda entry point: `@app.route("/")`, `@app.lambda_function()`, `@app.on_s3_event(...)`.
 * crhelper calls what its `CfnResource` registers (`@helper.create`, update, delete, poll_*) with
 * the custom resource's (event, context) when the handler calls `helper(event, context)`. */
static bool framework_entry(ll_tsl *L, const char *decorator) {
  static const char *const chalice[] = {"route", "lambda_function", "on_s3_event", "on_sns_message",
                                        "on_sqs_message", "on_cw_event", "schedule", "on_kinesis_record",
                                        "on_dynamodb_record", "authorizer", "on_ws_connect",
                                        "on_ws_message", "on_ws_disconnect", NULL};
  static const char *const apps[] = {"chalice.Chalice", "chalice.app.Chalice", "chalice.Blueprint",
                                     "chalice.app.Blueprint", NULL};
  static const char *const crhelper[] = {"create", "update", "delete", "poll_create", "poll_update",
                                         "poll_delete", NULL};
  static const char *const helpers[] = {"crhelper.CfnResource", "crhelper.resource_helper.CfnResource", NULL};
  return registers_entry(L, decorator, chalice, apps) || registers_entry(L, decorator, crhelper, helpers);
}

/* A decorator that calls the function with (event, context) plus what it injects:
 * `@metric_scope def handler(event, context, metrics)` (aws-embedded-metrics). */
static bool injects_handler_argument(const char *decorator) {
  const char *dot = strrchr(decorator, '.');
  return ll_streq(dot ? dot + 1 : decorator, "metric_scope");
}


static void lower_function(ll_tsl *L, TSNode node, TSNode decorated) {
  TSNode name = ll_ts_field(node, "name");
  walk_definition_time(L, node);
  TSNode outer = ts_node_is_null(decorated) ? node : decorated;
  char *fname = ts_node_is_null(name) ? "<anonymous>" : ll_ts_text(L->b, name);
  if (ll_tsl_fn(L) == 0 && !L->class_name) {
    ll_binding *b = ll_builder_add_binding(L->b, fname);
    b->kind = LL_BIND_FUNCTION;
    b->span = ll_ts_span(L->b, name);
  } else if (ll_tsl_fn(L) != 0) {
    ll_tsl_declare_local(L, fname);
  }
  int index = ll_tsl_open_function(L, fname, outer, name);
  ll_function *fn = ll_builder_function(L->b, index);
  fn->is_async = ll_ts_text(L->b, node)[0] == 'a'; /* `async def` */
  bool top = fn->parent == 0 && !fn->class_name;
  bool chalice = false, injects = false;
  if (!ts_node_is_null(decorated)) {
    uint32_t n = ts_node_named_child_count(decorated);
    for (uint32_t i = 0; i < n; i++) {
      TSNode dec = ts_node_named_child(decorated, i);
      if (!ll_ts_is(dec, "decorator") || ts_node_named_child_count(dec) == 0) continue;
      TSNode expr = ts_node_named_child(dec, 0);
      if (ll_ts_is(expr, "call")) expr = ll_ts_field(expr, "function");
      char *q = ll_tsl_qualify(L, expr);
      if (!q) continue;
      ll_builder_add_decorator(L->b, q);
      if (is_memoizing(q)) ll_builder_function(L->b, index)->memoized = true;
      chalice |= top && framework_entry(L, q);
      injects |= top && injects_handler_argument(q);
    }
  }
  uint32_t n_params = lower_params(L, ll_ts_field(node, "parameters"));
  fn = ll_builder_function(L->b, index);
  if (injects && n_params == 3 && ll_handler_name_ok(fname, strlen(fname))) {
    fn->convention_handler = true; /* (event, context, injected) */
    fn->context_param = 1;
  }
  fn->convention_handler |= chalice;
  walk_block(L, ll_ts_field(node, "body"));
  ll_tsl_close_function(L);
}

static void lower_class(ll_tsl *L, TSNode node) {
  TSNode name = ll_ts_field(node, "name");
  char *cname = ll_ts_text(L->b, name);
  if (ll_tsl_fn(L) == 0 && !L->class_name) {
    ll_binding *b = ll_builder_add_binding(L->b, cname);
    b->kind = LL_BIND_CLASS;
    b->span = ll_ts_span(L->b, name);
  }
  ll_tsl_walk(L, ll_ts_field(node, "superclasses"));
  const char *saved = L->class_name, *saved_top = state(L)->top_class;
  L->class_name = cname;
  state(L)->top_class = ll_tsl_fn(L) == 0 && !saved ? cname : NULL;
  walk_block(L, ll_ts_field(node, "body"));
  L->class_name = saved;
  state(L)->top_class = saved_top;
}

static void lower_decorated(ll_tsl *L, TSNode node) {
  TSNode def = ll_ts_field(node, "definition");
  uint32_t n = ts_node_named_child_count(node);
  for (uint32_t i = 0; i < n; i++) { /* decorator expressions run at definition time */
    TSNode dec = ts_node_named_child(node, i);
    if (ll_ts_is(dec, "decorator") && ts_node_named_child_count(dec) > 0) {
      TSNode expr = ts_node_named_child(dec, 0);
      if (ll_ts_is(expr, "call")) ll_tsl_walk(L, ll_ts_field(expr, "arguments"));
    }
  }
  if (ll_ts_is(def, "function_definition")) lower_function(L, def, node);
  else if (ll_ts_is(def, "class_definition")) lower_class(L, def);
}

/* ---- control flow ----------------------------------------------------------------------------- */

/* Names a condition tests for being unset (`x is None`, `not x`, `k not in x`) or set
 * (`x is not None`, `x`). Collected into `unset` / `set` (at most a few each). */
typedef struct {
  const char *unset[4], *set[4];
  int n_unset, n_set;
} guard_names;

/* Whether `name` is a plain local of the current function (a parameter or an assigned name, not
 * `global`): it starts afresh on every call, so testing it guards nothing across invocations
 * (`conn = connect(); if conn: return`). A local read from a module-level cache keeps its role
 * (`c = _clients.get(k)` then `if c: return c`). */
static bool is_fresh_local(ll_tsl *L, const char *name) {
  ll_tsl_local *local = ll_tsl_fn(L) ? ll_tsl_find_local(L, name) : NULL;
  if (!local || local->is_global) return false;
  const char *ctor = local->ctor, *dot = ctor ? strrchr(ctor, '.') : NULL;
  if (dot && ll_streq(dot + 1, "get")) {
    char *base = ll_arena_strndup(ll_builder_arena(L->b), ctor, strcspn(ctor, "."));
    if (ll_tsl_is_module_name(L, base)) return false;
  }
  return true;
}

static void collect_guards(ll_tsl *L, TSNode cond, guard_names *out, bool negated) {
  if (ll_ts_is(cond, "parenthesized_expression") && ts_node_named_child_count(cond) == 1) {
    collect_guards(L, ts_node_named_child(cond, 0), out, negated);
  } else if (ll_ts_is(cond, "not_operator")) {
    collect_guards(L, ll_ts_field(cond, "argument"), out, !negated);
  } else if (ll_ts_is(cond, "boolean_operator")) {
    collect_guards(L, ll_ts_field(cond, "left"), out, negated);
    collect_guards(L, ll_ts_field(cond, "right"), out, negated);
  } else if (ll_ts_is(cond, "identifier") || ll_ts_is(cond, "attribute")) {
    TSNode base = ll_tsl_chain_base(L, cond);
    if (ts_node_is_null(base) || !ts_node_eq(base, cond)) return;
    const char *name = ll_ts_text(L->b, cond);
    if (ll_ts_is(cond, "identifier") && (is_none_default_param(L, name) || is_fresh_local(L, name))) return;
    if (negated && out->n_unset < 4) out->unset[out->n_unset++] = name;
    if (!negated && out->n_set < 4) out->set[out->n_set++] = name;
  } else if (ll_ts_is(cond, "comparison_operator") && ts_node_named_child_count(cond) == 2) {
    TSNode left = ts_node_named_child(cond, 0), right = ts_node_named_child(cond, 1);
    char *text = ll_ts_text(L->b, cond);
    bool is_not = strstr(text, " is not ") || strstr(text, "!=");
    bool not_in = strstr(text, " not in ") != NULL;
    bool is_none = ll_ts_is(right, "none") && (strstr(text, " is ") || strstr(text, "=="));
    /* `Cls.attr is None` guards state on the class, which lives as long as the module; an
     * attribute of `self` lives only as long as the instance. */
    TSNode base = ll_tsl_chain_base(L, left);
    bool class_attr = ll_ts_is(left, "attribute") && !ts_node_is_null(base) &&
                      !ll_ts_text_is(L->b, base, "self");
    if ((ll_ts_is(left, "identifier") || class_attr) && ll_ts_is(right, "none") && is_none) {
      bool unset = !is_not ^ negated;
      const char *name = ll_ts_text(L->b, left);
      if (is_none_default_param(L, name) || (ll_ts_is(left, "identifier") && is_fresh_local(L, name))) return;
      if (unset && out->n_unset < 4) out->unset[out->n_unset++] = name;
      if (!unset && out->n_set < 4) out->set[out->n_set++] = name;
    } else if (not_in && ll_ts_is(right, "identifier") && !negated && out->n_unset < 4 &&
               !is_fresh_local(L, ll_ts_text(L->b, right))) {
      out->unset[out->n_unset++] = ll_ts_text(L->b, right); /* `if key not in cache:` memoisation */
    } else if (ll_ts_is(left, "string") && ll_ts_is(right, "call") && not_in && out->n_unset < 4) {
      /* `if "_client" not in globals():` */
      char *s = string_literal(L, left);
      if (s) out->unset[out->n_unset++] = s;
    }
  }
}

static void walk_guarded(ll_tsl *L, TSNode block, const char *const *names, int n, bool conditional) {
  for (int i = 0; i < n; i++) ll_builder_push_guard(L->b, names[i]);
  if (conditional) ll_builder_push_condition(L->b);
  walk_block(L, block);
  if (conditional) ll_builder_pop_condition(L->b);
  for (int i = 0; i < n; i++) ll_builder_pop_guard(L->b);
}

/* Whether a block leaves the function, or ends by resetting one of `names` to None (`x = None`):
 * either way, code after it runs only while that name is unset. A try statement qualifies when its
 * body and every handler do (`try: probe(_conn); return _conn` / `except Exception: _conn = None`). */
static bool block_returns_or_resets(ll_tsl *L, TSNode block, const char *const *names, int n) {
  uint32_t count = ts_node_named_child_count(block);
  if (!count) return false;
  TSNode last = ts_node_named_child(block, count - 1);
  if (ll_ts_is(last, "return_statement") || ll_ts_is(last, "raise_statement")) return true;
  if (ll_ts_is(last, "expression_statement") && ts_node_named_child_count(last) == 1) {
    TSNode assign = ts_node_named_child(last, 0);
    TSNode left = ll_ts_field(assign, "left"), right = ll_ts_field(assign, "right");
    if (ll_ts_is(assign, "assignment") && ll_ts_is(left, "identifier") && ll_ts_is(right, "none"))
      for (int i = 0; i < n; i++)
        if (ll_ts_text_is(L->b, left, names[i])) return true;
    return false;
  }
  if (!ll_ts_is(last, "try_statement")) return false;
  if (!block_returns_or_resets(L, ll_ts_field(last, "body"), names, n)) return false;
  uint32_t parts = ts_node_named_child_count(last);
  bool handlers = false;
  for (uint32_t i = 0; i < parts; i++) {
    TSNode part = ts_node_named_child(last, i);
    if (ll_ts_is(part, "else_clause") || ll_ts_is(part, "finally_clause")) return false;
    if (!ll_ts_is(part, "except_clause")) continue;
    handlers = true;
    TSNode body = ts_node_named_child(part, ts_node_named_child_count(part) - 1);
    if (!ll_ts_is(body, "block") || !block_returns_or_resets(L, body, names, n)) return false;
  }
  return handlers;
}

static const char *event_package(const ll_event *ev, char *buf, size_t size) {
  const char *name = ev->kind == LL_EV_NAME_USE ? ev->name : ev->kind == LL_EV_CALL ? ev->as.call.callee : NULL;
  if (!name || !strchr(name, '.') || !strncmp(name, "self.", 5) || !strncmp(name, "cls.", 4)) return NULL;
  size_t n = strcspn(name, ".");
  if (n == 0 || n >= size) return NULL;
  memcpy(buf, name, n);
  buf[n] = '\0';
  return buf;
}

static bool arm_uses_package(ll_tsl *L, uint32_t from, uint32_t to, const char *package) {
  char buf[128];
  for (uint32_t i = from; i < to; i++) {
    const char *p = event_package(ll_builder_event(L->b, i), buf, sizeof(buf));
    if (p && ll_streq(p, package)) return true;
  }
  return false;
}

/* An if/elif/else whose every arm uses a package uses it on every path through the statement:
 * record that as one use at the statement, with the statement's own conditions. */
static void summarise_arms(ll_tsl *L, TSNode node, const uint32_t *bounds, int arms) {
  enum { MAX_SUMMARISED = 8 };
  char seen[MAX_SUMMARISED][128];
  int n_seen = 0;
  for (uint32_t i = bounds[0]; i < bounds[1] && n_seen < MAX_SUMMARISED; i++) {
    char buf[128];
    const char *package = event_package(ll_builder_event(L->b, i), buf, sizeof(buf));
    if (!package) continue;
    bool done = false;
    for (int k = 0; k < n_seen; k++) done |= ll_streq(seen[k], package);
    if (done) continue;
    snprintf(seen[n_seen++], sizeof(seen[0]), "%s", package);
    bool everywhere = true;
    for (int a = 1; a < arms && everywhere; a++)
      everywhere = arm_uses_package(L, bounds[2 * a], bounds[2 * a + 1], package);
    if (everywhere) ll_tsl_add_name_use(L, node, ll_arena_strdup(ll_builder_arena(L->b), package));
  }
}

/* Lowers an if statement; returns how many early-return guards it leaves for the rest of the
 * enclosing block (`if _c is not None: return _c` guards what follows). */
static int lower_if(ll_tsl *L, TSNode node) {
  enum { MAX_ARMS = 32 };
  uint32_t bounds[2 * MAX_ARMS];
  int arms = 0;
  TSNode cond = ll_ts_field(node, "condition");
  ll_tsl_walk_test(L, cond);
  guard_names g = {0};
  collect_guards(L, cond, &g, false);
  TSNode consequence = ll_ts_field(node, "consequence");
  bounds[0] = ll_builder_event_count(L->b);
  walk_guarded(L, consequence, g.unset, g.n_unset, true);
  bounds[1] = ll_builder_event_count(L->b);
  arms = 1;
  bool has_else = false;
  uint32_t n = ts_node_named_child_count(node);
  for (uint32_t i = 0; i < n; i++) {
    TSNode alt = ts_node_named_child(node, i);
    uint32_t start = 0;
    if (ll_ts_is(alt, "elif_clause")) {
      ll_builder_push_condition(L->b);
      ll_tsl_walk_test(L, ll_ts_field(alt, "condition"));
      ll_builder_pop_condition(L->b);
      guard_names eg = {0};
      collect_guards(L, ll_ts_field(alt, "condition"), &eg, false);
      start = ll_builder_event_count(L->b);
      walk_guarded(L, ll_ts_field(alt, "consequence"), eg.unset, eg.n_unset, true);
    } else if (ll_ts_is(alt, "else_clause")) {
      has_else = true;
      start = ll_builder_event_count(L->b);
      walk_guarded(L, ll_ts_field(alt, "body"), g.set, g.n_set, true);
    } else {
      continue;
    }
    if (arms < MAX_ARMS) {
      bounds[2 * arms] = start;
      bounds[2 * arms + 1] = ll_builder_event_count(L->b);
    }
    arms++;
  }
  if (has_else && arms <= MAX_ARMS) summarise_arms(L, node, bounds, arms);
  if (has_else || !block_returns_or_resets(L, consequence, g.set, g.n_set)) return 0;
  for (int i = 0; i < g.n_set; i++) ll_builder_push_guard(L->b, g.set[i]);
  return g.n_set;
}

static bool is_python_forever(ll_tsl *L, TSNode cond) {
  if (ll_ts_is(cond, "true")) return true;
  if (ll_ts_is(cond, "integer")) return !ll_ts_text_is(L->b, cond, "0");
  return false;
}


static void lower_for_targets(ll_tsl *L, TSNode left) {
  if (ll_ts_is(left, "identifier")) ll_tsl_declare_local(L, ll_ts_text(L->b, left));
  else if (!ts_node_is_null(left)) lower_target_list(L, left, left, ll_builder_event_count(L->b));
}

static void lower_for(ll_tsl *L, TSNode node) {
  TSNode right = ll_ts_field(node, "right");
  uint32_t from = ll_builder_event_count(L->b);
  ll_tsl_walk(L, right);
  bool counted = ll_ts_is(right, "call") && ll_ts_text_is(L->b, ll_ts_field(right, "function"), "range");
  uint32_t index = ll_builder_open_loop(L->b, counted ? LL_LOOP_FOR : LL_LOOP_FOREACH, ll_ts_span(L->b, node));
  ll_loop *loop = &ll_builder_event(L->b, index)->as.loop;
  char *iter = ll_ts_text(L->b, right);
  loop->iterates = strlen(iter) > 120 ? NULL : iter;
  if (ll_ts_is(right, "call")) {
    loop->iter_callee = ll_tsl_qualify(L, ll_ts_field(right, "function"));
    ll_event *call = ll_tsl_event_at(L, from, LL_EV_CALL, ts_node_start_byte(right));
    if (call) call->as.call.result_iterated = true;
  } else if (ll_ts_is(right, "identifier") && ll_tsl_fn(L) != 0) {
    /* `pages = paginator.paginate(...)` then `for page in pages:` iterates that call's result */
    const char *ctor = NULL, *arg = NULL;
    ll_tsl_local *local = ll_tsl_find_local(L, ll_ts_text(L->b, right));
    if (local && !local->is_global) ll_tsl_ctor_of(L, local->name, &ctor, &arg);
    loop->iter_callee = ctor;
  }
  lower_for_targets(L, ll_ts_field(node, "left"));
  walk_block(L, ll_ts_field(node, "body"));
  ll_tsl_close_loop(L);
  TSNode alt = ll_ts_field(node, "alternative");
  if (!ts_node_is_null(alt)) {
    ll_builder_push_condition(L->b);
    ll_tsl_walk(L, alt);
    ll_builder_pop_condition(L->b);
  }
}

static void lower_while(ll_tsl *L, TSNode node) {
  TSNode cond = ll_ts_field(node, "condition");
  uint32_t index = ll_builder_open_loop(L->b, is_python_forever(L, cond) ? LL_LOOP_INFINITE : LL_LOOP_WHILE,
                                        ll_ts_span(L->b, node));
  uint32_t before = ll_builder_event_count(L->b);
  ll_tsl_walk_test(L, cond);
  bool reads = false;
  for (uint32_t i = before; i < ll_builder_event_count(L->b); i++)
    if (ll_builder_event(L->b, i)->kind == LL_EV_CONTEXT_USE) reads = true;
  ll_builder_event(L->b, index)->as.loop.cond_reads_deadline = reads;
  walk_block(L, ll_ts_field(node, "body"));
  ll_tsl_close_loop(L);
  TSNode alt = ll_ts_field(node, "alternative");
  if (!ts_node_is_null(alt)) ll_tsl_walk(L, alt);
}

static void lower_comprehension(ll_tsl *L, TSNode node) {
  /* [body for x in xs if c]: the iterable runs once, the body per element. */
  uint32_t n = ts_node_named_child_count(node);
  int loops = 0;
  for (uint32_t i = 0; i < n; i++) {
    TSNode clause = ts_node_named_child(node, i);
    if (!ll_ts_is(clause, "for_in_clause")) continue;
    ll_tsl_walk(L, ll_ts_field(clause, "right"));
    uint32_t index = ll_builder_open_loop(L->b, LL_LOOP_FOREACH, ll_ts_span(L->b, node));
    ll_builder_event(L->b, index)->as.loop.iterates = NULL;
    lower_for_targets(L, ll_ts_field(clause, "left"));
    loops++;
  }
  for (uint32_t i = 0; i < n; i++) {
    TSNode clause = ts_node_named_child(node, i);
    if (ll_ts_is(clause, "if_clause")) ll_tsl_walk_test(L, clause);
  }
  ll_tsl_walk(L, ll_ts_field(node, "body"));
  while (loops-- > 0) ll_tsl_close_loop(L);
}

static void lower_with(ll_tsl *L, TSNode node) {
  TSNode clause = {0};
  uint32_t n = ts_node_named_child_count(node);
  for (uint32_t i = 0; i < n; i++)
    if (ll_ts_is(ts_node_named_child(node, i), "with_clause")) clause = ts_node_named_child(node, i);
  uint32_t items = ts_node_is_null(clause) ? 0 : ts_node_named_child_count(clause);
  for (uint32_t i = 0; i < items; i++) {
    TSNode item = ts_node_named_child(clause, i);
    TSNode value = ll_ts_field(item, "value");
    TSNode alias = {0};
    if (ll_ts_is(value, "as_pattern")) {
      alias = ll_ts_field(value, "alias");
      value = ts_node_named_child(value, 0);
    }
    uint32_t from = ll_builder_event_count(L->b);
    ll_tsl_walk(L, value);
    if (ll_ts_is(value, "call")) {
      ll_event *call = ll_tsl_event_at(L, from, LL_EV_CALL, ts_node_start_byte(value));
      if (call) call->as.call.with_managed = true;
    }
    if (!ts_node_is_null(alias) && ts_node_named_child_count(alias) > 0) {
      TSNode target = ts_node_named_child(alias, 0);
      if (ll_ts_is(target, "identifier")) {
        char *name = ll_ts_text(L->b, target);
        if (ll_tsl_fn(L) != 0) ll_tsl_remember_local(L, name, value);
        ll_tsl_mark_assigned_call(L, from, value, name, false);
      }
    }
  }
  walk_block(L, ll_ts_field(node, "body"));
}

static bool catches_import_error(ll_tsl *L, TSNode try_node) {
  return strstr(ll_ts_text(L->b, try_node), "ImportError") != NULL ||
         strstr(ll_ts_text(L->b, try_node), "ModuleNotFoundError") != NULL;
}

static void lower_try(ll_tsl *L, TSNode node) {
  bool import_guard = catches_import_error(L, node);
  if (import_guard) L->try_depth++;
  walk_block(L, ll_ts_field(node, "body"));
  if (import_guard) L->try_depth--;
  uint32_t n = ts_node_named_child_count(node);
  for (uint32_t i = 0; i < n; i++) {
    TSNode clause = ts_node_named_child(node, i);
    bool always = ll_ts_is(clause, "finally_clause");
    if (!always) ll_builder_push_condition(L->b);
    if (ll_ts_is(clause, "except_clause") || ll_ts_is(clause, "except_group_clause")) {
      uint32_t m = ts_node_named_child_count(clause);
      L->except_depth++;
      for (uint32_t j = 0; j < m; j++) {
        TSNode part = ts_node_named_child(clause, j);
        if (ll_ts_is(part, "block")) walk_block(L, part);
      }
      L->except_depth--;
    } else if (!ll_ts_is(clause, "block")) {
      ll_tsl_walk(L, clause);
    }
    if (!always) ll_builder_pop_condition(L->b);
  }
}

static void lower_await(ll_tsl *L, TSNode node) {
  uint32_t from = ll_builder_event_count(L->b);
  TSNode arg = ts_node_named_child_count(node) ? ts_node_named_child(node, 0) : (TSNode){0};
  ll_tsl_walk(L, arg);
  if (ll_ts_is(arg, "identifier")) {
    ll_tsl_push_awaited(L, ll_ts_text(L->b, arg));
  } else if (ll_ts_is(arg, "call")) {
    ll_event *call = ll_tsl_event_at(L, from, LL_EV_CALL, ts_node_start_byte(arg));
    if (call) call->as.call.awaited = true;
  }
}

static void lower_lambda(ll_tsl *L, TSNode node) {
  /* The body runs when (and if) someone calls it: treat it as conditional code here. */
  ll_tsl_walk_conditional(L, ll_ts_field(node, "body"));
}

/* ---- the walk ------------------------------------------------------------------------------ */

static void walk_block(ll_tsl *L, TSNode block) {
  if (ts_node_is_null(block)) return;
  int guards = 0;
  ll_tsl_children it = ll_tsl_children_begin(L, block);
  for (TSNode stmt; ll_tsl_children_next(&it, &stmt);) {
    if (ll_ts_is(stmt, "if_statement") && !is_main_guard(L, stmt)) guards += lower_if(L, stmt);
    else ll_tsl_walk(L, stmt);
  }
  ll_tsl_children_end(L);
  while (guards-- > 0) ll_builder_pop_guard(L->b);
}


/* `if __name__ == "__main__":` at the top level: local test code, never run on Lambda. */
static bool is_main_guard(ll_tsl *L, TSNode node) {
  if (ll_tsl_fn(L) != 0 || L->class_name) return false;
  char *cond = ll_ts_text(L->b, ll_ts_field(node, "condition"));
  return strstr(cond, "__name__") && strstr(cond, "__main__") && strstr(cond, "==");
}

static void lower_main_guard(ll_tsl *L, TSNode node) {
  TSNode body = ll_ts_field(node, "consequence");
  int index = ll_builder_open_function(L->b, "<main>", ll_ts_span(L->b, node), ll_ts_span(L->b, node));
  ll_builder_function(L->b, index)->is_entry_main = true;
  walk_block(L, body);
  ll_tsl_settle_spawns(L);
  ll_builder_close_function(L->b);
}

static void lower_if_statement(ll_tsl *L, TSNode node) {
  if (is_main_guard(L, node)) {
    lower_main_guard(L, node);
    return;
  }
  int guards = lower_if(L, node);
  while (guards-- > 0) ll_builder_pop_guard(L->b);
}
static void lower_call_node(ll_tsl *L, TSNode node) { (void)ll_tsl_lower_call(L, node); }
static void lower_function_node(ll_tsl *L, TSNode node) { lower_function(L, node, (TSNode){0}); }
static void lower_block_node(ll_tsl *L, TSNode node) { walk_block(L, node); }
static void lower_return(ll_tsl *L, TSNode node) {
  ll_builder_loop_break(L->b);
  ll_tsl_walk_children(L, node);
  /* Returning a thread / task hands it to the caller: not left behind here. */
  if (ts_node_named_child_count(node) == 1 && ll_ts_is(ts_node_named_child(node, 0), "identifier"))
    ll_tsl_push_awaited(L, ll_ts_text(L->b, ts_node_named_child(node, 0)));
}
static void lower_boolean(ll_tsl *L, TSNode node) {
  ll_tsl_walk(L, ll_ts_field(node, "left"));
  ll_tsl_walk_conditional(L, ll_ts_field(node, "right"));
}
static void lower_conditional_expr(ll_tsl *L, TSNode node) {
  uint32_t n = ts_node_named_child_count(node);
  if (n == 3) ll_tsl_walk_test(L, ts_node_named_child(node, 1)); /* the condition, `a if cond else b` */
  for (uint32_t i = 0; i < n; i++)
    if (i != 1) ll_tsl_walk_conditional(L, ts_node_named_child(node, i));
}
static void lower_match(ll_tsl *L, TSNode node) {
  ll_tsl_walk(L, ll_ts_field(node, "subject"));
  ll_tsl_walk_conditional(L, ll_ts_field(node, "body"));
}
static void lower_delete(ll_tsl *L, TSNode node) {
  uint32_t n = ts_node_named_child_count(node);
  for (uint32_t i = 0; i < n; i++) {
    TSNode target = ts_node_named_child(node, i);
    if (ll_ts_is(target, "expression_list")) lower_target_list(L, target, node, ll_builder_event_count(L->b));
    else if (ll_ts_is(target, "subscript")) lower_target(L, target, (TSNode){0}, (TSNode){0}, node, 0);
  }
}
static void ignore_node(ll_tsl *L, TSNode node) {}
static void lower_future_import(ll_tsl *L, TSNode node) {
  if (strstr(ll_ts_text(L->b, node), "annotations")) state(L)->lazy_annotations = true;
}

/* `x["Items"]` read (stores are lowered as assignment targets). `x["Items"][0]` uses only the first
 * element. */
static void lower_subscript(ll_tsl *L, TSNode node) {
  TSNode value = ll_ts_field(node, "value"), key = ll_ts_field(node, "subscript");
  uint32_t from = ll_builder_event_count(L->b);
  ll_tsl_walk(L, value);
  ll_tsl_walk(L, key);
  const char *literal = string_literal(L, key);
  if (literal) ll_tsl_add_key_read(L, node, value, literal, false);
  if (ll_ts_is(key, "integer") && ll_ts_text_is(L->b, key, "0")) {
    ll_event *inner = ll_tsl_event_at(L, from, LL_EV_KEY_READ, ts_node_start_byte(value));
    if (inner) inner->as.key.first_only = true;
  }
}

/* `"Key" in x`: a test for a literal key. */
static void lower_comparison(ll_tsl *L, TSNode node) {
  uint32_t from = ll_builder_event_count(L->b);
  L->test_depth++; /* a comparison's value is a decision, wherever it ends up */
  ll_tsl_walk_children(L, node);
  L->test_depth--;
  if (ts_node_named_child_count(node) != 2) return;
  TSNode left = ts_node_named_child(node, 0), right = ts_node_named_child(node, 1);
  char *text = ll_ts_text(L->b, node);
  if (!strstr(text, " in ") && !strstr(text, " in\n")) return;
  ll_event *container = ll_tsl_event_at(L, from, LL_EV_NAME_USE, ts_node_start_byte(right));
  if (container) container->as.key.membership = true; /* `x in seen` */
  const char *key = string_literal(L, left);
  if (key) ll_tsl_add_key_read(L, node, right, key, true);
}
static void lower_yield(ll_tsl *L, TSNode node) {
  ll_builder_function(L->b, ll_tsl_fn(L))->returns_generator = true;
  ll_tsl_walk_children(L, node);
}
static void lower_keyword_value(ll_tsl *L, TSNode node) { ll_tsl_walk(L, ll_ts_field(node, "value")); }

static const ll_ts_form_entry python_forms[] = {
    {"import_statement", lower_import},
    {"import_from_statement", lower_import_from},
    {"future_import_statement", lower_future_import},
    {"function_definition", lower_function_node},
    {"class_definition", lower_class},
    {"decorated_definition", lower_decorated},
    {"assignment", lower_assignment},
    {"augmented_assignment", lower_augmented},
    {"global_statement", lower_global},
    {"nonlocal_statement", ignore_node},
    {"if_statement", lower_if_statement},
    {"for_statement", lower_for},
    {"while_statement", lower_while},
    {"try_statement", lower_try},
    {"with_statement", lower_with},
    {"block", lower_block_node},
    {"call", lower_call_node},
    {"await", lower_await},
    {"lambda", lower_lambda},
    {"list_comprehension", lower_comprehension},
    {"set_comprehension", lower_comprehension},
    {"dictionary_comprehension", lower_comprehension},
    {"generator_expression", lower_comprehension},
    {"boolean_operator", lower_boolean},
    {"conditional_expression", lower_conditional_expr},
    {"match_statement", lower_match},
    {"break_statement", ll_tsl_lower_break},
    {"return_statement", lower_return},
    {"delete_statement", lower_delete},
    {"subscript", lower_subscript},
    {"comparison_operator", lower_comparison},
    {"identifier", ll_tsl_lower_name_read},
    {"attribute", ll_tsl_lower_name_read},
    {"comment", ignore_node},
    {"yield", lower_yield},
    {"string", ll_tsl_walk_children},
    {"keyword_argument", lower_keyword_value},
};

/* Module-level names, known before any function body is walked (a function may use a binding
 * defined below it). Only the top level and its compound statements, not function bodies. */
static void prescan_bindings(ll_tsl *L, TSNode node, int depth) {
  if (depth > 50) return;
  /* a cursor: ts_node_named_child(i) is O(i), and a malformed file's root has 10^5 children */
  ll_tsl_children it = ll_tsl_children_begin(L, node);
  for (TSNode stmt; ll_tsl_children_next(&it, &stmt);) {
    if (ll_ts_is(stmt, "expression_statement") && ts_node_named_child_count(stmt) > 0) {
      TSNode inner = ts_node_named_child(stmt, 0);
      TSNode left = ll_ts_field(inner, "left");
      if (ll_ts_is(inner, "assignment") && ll_ts_is(left, "identifier"))
        ll_builder_add_binding(L->b, ll_ts_text(L->b, left))->span = ll_ts_span(L->b, left);
    } else if (ll_ts_is(stmt, "function_definition") || ll_ts_is(stmt, "class_definition")) {
      TSNode name = ll_ts_field(stmt, "name");
      if (!ts_node_is_null(name)) {
        ll_binding *b = ll_builder_add_binding(L->b, ll_ts_text(L->b, name));
        b->kind = ll_ts_is(stmt, "class_definition") ? LL_BIND_CLASS : LL_BIND_FUNCTION;
        b->span = ll_ts_span(L->b, name);
      }
    } else if (ll_ts_is(stmt, "decorated_definition")) {
      TSNode def = ll_ts_field(stmt, "definition");
      TSNode name = ll_ts_field(def, "name");
      if (!ts_node_is_null(name)) {
        ll_binding *b = ll_builder_add_binding(L->b, ll_ts_text(L->b, name));
        b->kind = ll_ts_is(def, "class_definition") ? LL_BIND_CLASS : LL_BIND_FUNCTION;
        b->span = ll_ts_span(L->b, name);
      }
    } else if (ll_ts_is(stmt, "if_statement") || ll_ts_is(stmt, "try_statement") ||
               ll_ts_is(stmt, "block") || ll_ts_is(stmt, "else_clause") ||
               ll_ts_is(stmt, "elif_clause") || ll_ts_is(stmt, "except_clause") ||
               ll_ts_is(stmt, "finally_clause") || ll_ts_is(stmt, "with_statement")) {
      prescan_bindings(L, stmt, depth + 1);
    }
  }
  ll_tsl_children_end(L);
}

/* PEP 263: a `coding:` declaration in the first two lines names a non-UTF-8 source encoding. */
static bool declares_encoding(const char *source, size_t len) {
  size_t end = 0;
  for (int lines = 0; end < len && lines < 2; end++)
    if (source[end] == '\n') lines++;
  char *head = ll_strndup(source, end);
  bool declared = false;
  for (const char *at = strstr(head, "coding"); at && !declared; at = strstr(at + 6, "coding"))
    declared = (at[6] == ':' || at[6] == '=') && !strstr(at, "utf-8") && !strstr(at, "utf8") &&
               !strstr(at, "UTF-8");
  free(head);
  return declared;
}

static char *python_encoding_problem(const char *source, size_t len) {
  return declares_encoding(source, len) ? NULL : ll_utf8_problem(source, len);
}

static const char *skip_space(const char *p, const char *end) {
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\\')) p++;
  return p;
}

/* The next parameter name in a `def` parameter list: its start and length; NULL at the end. */
static const char *next_param(const char **at, const char *end, size_t *n) {
  const char *p = skip_space(*at, end);
  if (p >= end || *p == ')') return NULL;
  const char *name = p;
  while (p < end && (isalnum((unsigned char)*p) || *p == '_' || *p == '*')) p++;
  *n = (size_t)(p - name);
  int depth = 0; /* skip an annotation or default up to the next top-level comma */
  while (p < end && (depth > 0 || (*p != ',' && *p != ')'))) {
    if (*p == '(' || *p == '[' || *p == '{') depth++;
    if (*p == ')' || *p == ']' || *p == '}') depth--;
    p++;
  }
  if (p < end && *p == ',') p++;
  *at = p;
  return name;
}

/* The prescan's place in a file: which triple-quoted string, if any, is open at `scanned`. */
typedef struct {
  const ll_options *options;
  const char *source, *end;
  const char *scanned;
  char quote; /* the open triple-quoted string's quote character, or 0 */
} prescan_state;

/* Moves the state on to `to`, past comments and strings (a backslash escapes the next byte in
 * every kind: a raw string cannot end in one either). */
static void prescan_to(prescan_state *s, const char *to) {
  const char *p = s->scanned;
  while (p < to) {
    char c = *p;
    bool triple = (c == '"' || c == '\'') && s->end - p >= 3 && p[1] == c && p[2] == c;
    if (s->quote) {
      if (c == '\\') p += 2;
      else if (triple && c == s->quote) s->quote = 0, p += 3;
      else p++;
    } else if (triple) {
      s->quote = c;
      p += 3;
    } else if (c == '#') {
      while (p < s->end && *p != '\n') p++;
    } else if (c == '"' || c == '\'') { /* a one-line string */
      for (p++; p < s->end && *p != c && *p != '\n'; p++)
        if (*p == '\\') p++;
      p++;
    } else {
      p++;
    }
  }
  s->scanned = p;
}

/* Whether `at` is inside a triple-quoted string that closes: a handler written as text (a CDK
 * stack's inline code, an example in a docstring) makes no handler of the file. One that never
 * closes is taken as code: the parse will say what it is. */
static bool in_closed_triple_string(prescan_state *s, const char *at) {
  if (at < s->scanned) return false; /* inside a token the scan stepped over */
  prescan_to(s, at);
  if (!s->quote || s->scanned > at) return false;
  const char closer[3] = {s->quote, s->quote, s->quote};
  return ll_find(at, (size_t)(s->end - at), closer, 3) != NULL;
}

/* `def NAME(a, b)`: a handler by name and signature (the same test link.c makes on the IR), as
 * code, not inside a string. */
static bool python_handler_def(const char *name, size_t n, const char *after, size_t after_len,
                               const void *ctx) {
  prescan_state *state = (prescan_state *)ctx;
  bool canonical = n == 14 && !memcmp(name, "lambda_handler", 14);
  if (!canonical && !ll_handler_name_ok(name, n)) return false;
  const char *end = after + (after_len < 4096 ? after_len : 4096);
  const char *p = skip_space(after, end);
  if (p >= end || *p != '(') return false;
  p++;
  size_t len[3] = {0};
  const char *params[3] = {0};
  int count = 0;
  for (const char *param; count < 3 && (param = next_param(&p, end, &len[count]));) params[count++] = param;
  if (count != 2 || *params[0] == '*' || *params[1] == '*') return false;
  if (!canonical && !ll_handler_params_ok(state->options, params[0], len[0], params[1], len[1])) return false;
  return !in_closed_triple_string(state, name);
}

/* Whether source[at, at + n) is a whole name: `event_source`, not `aws_lambda_event_sources` (a
 * CDK app's import, which made every CDK app a root). A name written with its `(` ends there. */
static bool whole_name(const char *source, size_t len, size_t at, size_t n) {
  if (at > 0 && ll_ident_byte(source[at - 1])) return false;
  return source[at + n - 1] == '(' || at + n >= len || !ll_ident_byte(source[at + n]);
}

/* Whether `lambda_` at `hit` is part of a Lambda decorator's or adapter's name: one pass for the
 * four names that hold it (every file of a tree is asked). */
static bool lambda_word_at(const char *source, size_t len, const char *hit) {
  static const struct {
    const char *before, *after; /* around "lambda_" */
  } names[] = {{"inject_", "context"}, {"capture_", "handler"}, {"", "handler_decorator"}, {"make_", "handler("}};
  size_t at = (size_t)(hit - source);
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    size_t b = strlen(names[i].before), a = strlen(names[i].after);
    if (at >= b && !memcmp(hit - b, names[i].before, b) && len - at - 7 >= a &&
        !memcmp(hit + 7, names[i].after, a) && whole_name(source, len, at - b, b + 7 + a))
      return true;
  }
  return false;
}

/* Whether `name` appears in the text as a whole name. */
static bool mentions_name(const char *source, size_t len, const char *name) {
  size_t n = strlen(name);
  for (const char *hit = source, *end = source + len; (hit = ll_find(hit, (size_t)(end - hit), name, n)); hit++)
    if (whole_name(source, len, (size_t)(hit - source), n)) return true;
  return false;
}

static bool python_may_hold_handler(const char *source, size_t len, const ll_options *options) {
  /* decorators (inject_lambda_context, capture_lambda_handler, lambda_handler_decorator), and
   * web-framework adapters bound at module level (`handler = Mangum(app)`, make_lambda_handler(…)):
   * link.c roots the routes */
  static const char *const names[] = {"event_source", "metric_scope", "chalice", "crhelper", "Mangum(", NULL};
  for (const char *hit = source, *end = source + len; (hit = ll_find(hit, (size_t)(end - hit), "lambda_", 7)); hit += 7)
    if (lambda_word_at(source, len, hit)) return true;
  for (size_t i = 0; names[i]; i++)
    if (mentions_name(source, len, names[i])) return true;
  prescan_state state = {options, source, source + len, source, 0};
  return ll_scan_defined_names(source, len, "def", python_handler_def, &state);
}

/* Python ends lines at \n, \r\n and a lone \r (old Mac files); tree-sitter-python only knows the
 * first two. A copy with each lone \r made \n (same length, so every byte offset and the line
 * table stay as they are), or NULL when there is none. */
static char *without_lone_cr(const char *source, size_t len) {
  char *copy = NULL;
  for (const char *cr = memchr(source, '\r', len); cr; cr = memchr(cr + 1, '\r', len - (size_t)(cr + 1 - source))) {
    size_t at = (size_t)(cr - source);
    if (at + 1 < len && source[at + 1] == '\n') continue;
    if (!copy) {
      copy = ll_malloc(len ? len : 1);
      memcpy(copy, source, len);
    }
    copy[at] = '\n';
    if (at + 1 >= len) break;
  }
  return copy;
}

/* Python's `**kwargs`-style arguments: keyword arguments become call keywords, a `**mapping` may
 * carry any keyword. */
static bool python_argument(ll_tsl *L, TSNode arg, uint32_t call_index) {
  if (ll_ts_is(arg, "keyword_argument")) {
    TSNode value = ll_ts_field(arg, "value");
    ll_tsl_walk(L, value);
    ll_builder_add_keyword(L->b, call_index, ll_ts_text(L->b, ll_ts_field(arg, "name")), literal_value(L, value));
    return true;
  }
  if (ll_ts_is(arg, "dictionary_splat")) {
    ll_builder_event(L->b, call_index)->as.call.has_splat_kwargs = true;
    ll_tsl_walk(L, arg);
    return true;
  }
  return false;
}

static void python_prescan(ll_tsl *L, TSNode root) { prescan_bindings(L, root, 0); }

static const char *const python_identifiers[] = {"identifier", NULL};
static const ll_ts_member_form python_members[] = {{"attribute", "object", "attribute"}, {NULL, NULL, NULL}};
static const ll_ts_call_form python_calls[] = {{"call", "function", "arguments", "argument_list", NULL, NULL},
                                               {NULL, NULL, NULL, NULL, NULL, NULL}};
static const char *const python_deadline_reads[] = {"get_remaining_time_in_millis", NULL};
static const char *const python_nulls[] = {"none", NULL};

static const ll_ts_lang python_lang = {
    .language = LL_LANG_PYTHON,
    .display_name = "Python",
    .grammar = tree_sitter_python,
    .forms = python_forms,
    .n_forms = sizeof python_forms / sizeof *python_forms,
    .identifier_kinds = python_identifiers,
    .members = python_members,
    .calls = python_calls,
    .separator = ".",
    .mutators = mutators,
    .deadline_reads = python_deadline_reads,
    .null_kinds = python_nulls,
    .spawns = python_spawns,
    .max_depth = 1500,
    .state_size = sizeof(python_state),
    .string_value = string_literal,
    .literal_value = literal_value,
    .ctor_arg = ctor_arg_of,
    .lower_argument = python_argument,
    .call_effects = python_call_effects,
    .call_is_io = call_is_io,
    .call_is_sleep = call_is_sleep,
    .starts = starts,
    .joins = joins,
    .prescan = python_prescan,
    .lower_root = walk_block,
    .parse_bytes = without_lone_cr,
};

/* ---- indentation ------------------------------------------------------------------------ */

/* tree-sitter-python accepts lines indented where Python's tokenizer raises IndentationError (an
 * unexpected indent, a block header with no indented body, a dedent to no open level) or TabError,
 * so the file would be analysed with no word said. A lexical pass over logical lines, with the
 * tokenizer's two indentation stacks (tabs to 8 columns and to 1): the problem, or NULL. */
typedef struct {
  int col, alt;
} indent_level;

static char *indentation_problem(const char *s, size_t len) {
  enum { MAX_LEVELS = 100 }; /* CPython's own bound */
  indent_level stack[MAX_LEVELS + 1] = {{0, 0}};
  int top = 0, depth = 0;
  char quote = 0;
  bool triple = false, continued = false, after_colon = false;
  unsigned line = 1;
  size_t i = 0;
  while (i < len) {
    bool logical_start = !quote && depth == 0 && !continued;
    continued = false;
    int col = 0, alt = 0;
    size_t at = i;
    for (; logical_start && i < len; i++) {
      if (s[i] == ' ') col++, alt++;
      else if (s[i] == '\t') col = (col / 8 + 1) * 8, alt++;
      else if (s[i] == '\f') col = alt = 0;
      else break;
    }
    bool blank = i >= len || s[i] == '\n' || s[i] == '\r' || s[i] == '#';
    if (logical_start && !blank) {
      const char *why = NULL;
      unsigned column = (unsigned)(i - at) + 1;
      if (col == stack[top].col) {
        if (after_colon) why = "expected an indented block";
        else if (alt != stack[top].alt) why = "inconsistent use of tabs and spaces in indentation (TabError)";
      } else if (col > stack[top].col) {
        if (!after_colon) why = "unexpected indent";
        else if (alt <= stack[top].alt) why = "inconsistent use of tabs and spaces in indentation (TabError)";
        else if (top == MAX_LEVELS) return NULL;
        else stack[++top] = (indent_level){col, alt};
      } else {
        if (after_colon) why = "expected an indented block";
        while (top > 0 && col < stack[top].col) top--;
        if (!why && col != stack[top].col) why = "unindent does not match any outer indentation level";
        else if (!why && alt != stack[top].alt) why = "inconsistent use of tabs and spaces in indentation (TabError)";
      }
      if (why)
        return ll_strfmt("syntax error at line %u, column %u: IndentationError: %s (analysed as far as it parses)",
                         line, column, why);
      after_colon = false;
    }
    char last = 0; /* the line's last significant character outside strings and comments */
    bool string_goes_on = false;
    for (; i < len && s[i] != '\n'; i++) {
      char c = s[i];
      if (quote) {
        if (c == '\\') {
          string_goes_on = i + 1 >= len || s[i + 1] == '\n' || s[i + 1] == '\r';
          i++;
        } else if (c == quote && (!triple || (i + 2 < len && s[i + 1] == quote && s[i + 2] == quote))) {
          i += triple ? 2 : 0;
          quote = 0;
          last = c;
        }
      } else if (c == '#') {
        while (i < len && s[i] != '\n') i++;
        break;
      } else if (c == '"' || c == '\'') {
        quote = c;
        triple = i + 2 < len && s[i + 1] == c && s[i + 2] == c;
        i += triple ? 2 : 0;
      } else if (c == '\\' && (i + 1 >= len || s[i + 1] == '\n' || s[i + 1] == '\r')) {
        continued = true;
      } else if (c != ' ' && c != '\t' && c != '\r' && c != '\f') {
        if (c == '(' || c == '[' || c == '{') depth++;
        else if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
        last = c;
      }
    }
    if (quote && !triple && !string_goes_on) quote = 0; /* unterminated: tree-sitter says so */
    if (!quote && depth == 0 && !continued && last) after_colon = last == ':';
    i++;
    line++;
  }
  return NULL;
}

static ll_module *python_lower(const char *path, const char *source, size_t len, const ll_lower_env *env,
                               char **problem) {
  (void)env;
  ll_module *m = ll_tsl_lower(&python_lang, path, source, len, problem);
  if (!*problem) *problem = indentation_problem(source, len);
  return m;
}

static const char *const python_extensions[] = {".py", ".pyw", NULL};

const ll_frontend ll_frontend_python = {
    .language = LL_LANG_PYTHON,
    .name = "python",
    .extensions = python_extensions,
    .lower = python_lower,
    .may_hold_handler = python_may_hold_handler,
    .encoding_problem = python_encoding_problem,
};
