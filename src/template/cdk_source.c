/* cdk_source.c — a CDK app's own source, TypeScript/JavaScript or Python, read without running
 * it: `new lambda.Function(this, 'Id', {runtime: lambda.Runtime.NODEJS_16_X, memorySize: 1024,
 * timeout: Duration.seconds(60), handler: 'index.handler'})` (NodejsFunction, PythonFunction,
 * GoFunction, RustFunction alike) and Python's `_lambda.Function(self, "Id", runtime=…,
 * memory_size=…)`. Only literal settings are taken; the code location (an asset path built at
 * synth time) is not: for the joins with code, synthesize and use --cdk-out. One CDK app (the
 * folder of the nearest cdk.json) is one deployable unit. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

#include <sys/stat.h>

#include "base/alloc.h"
#include "base/path.h"
#include "base/readfile.h"
#include "frontend/tsutil.h"
#include "template/template.h"

const TSLanguage *tree_sitter_typescript(void);
const TSLanguage *tree_sitter_python(void);

enum { LL_CDK_MAX_DEPTH = 200 };

typedef struct {
  ll_tpl_doc *d;
  const char *src;
  bool python;
  TSNode root;
  const char *app;      /* the app's folder (cdk.json): `Code.fromAsset("…")` paths start there */
  const char *file_dir; /* the source file's folder: `path.join(__dirname, "…")` starts there */
} ll_cdk_src;

static char *text(const ll_cdk_src *s, TSNode n) {
  return ll_strndup(s->src + ts_node_start_byte(n), ts_node_end_byte(n) - ts_node_start_byte(n));
}

/* The last name of a callee or constructor: `lambda.Function` → "Function". */
static char *last_name(const ll_cdk_src *s, TSNode n) {
  if (ll_ts_is(n, "member_expression")) return text(s, ll_ts_field(n, "property"));
  if (ll_ts_is(n, "attribute")) return text(s, ll_ts_field(n, "attribute"));
  if (ll_ts_is(n, "identifier")) return text(s, n);
  return NULL;
}

static bool is_function_construct(const char *name) {
  static const char *const names[] = {"Function", "NodejsFunction", "PythonFunction", "GoFunction",
                                      "RustFunction", "SingletonFunction", NULL};
  for (const char *const *c = names; name && *c; c++)
    if (strcmp(name, *c) == 0) return true;
  return false;
}

/* Runtime.NODEJS_16_X → "nodejs16.x", PYTHON_3_8 → "python3.8", JAVA_8_CORRETTO → "java8.al2",
 * DOTNET_CORE_3_1 → "dotnetcore3.1", PROVIDED_AL2 → "provided.al2"; NULL for NODEJS_LATEST and
 * anything else not a version. */
static char *runtime_id(const char *constant) {
  char out[64] = "", *o = out;
  const char *c = constant;
  bool version = false;
  while (*c && o < out + sizeof out - 8) {
    const char *end = strchr(c, '_');
    size_t n = end ? (size_t)(end - c) : strlen(c);
    char tok[32];
    if (n >= sizeof tok) return NULL;
    for (size_t i = 0; i < n; i++) tok[i] = (char)tolower((unsigned char)c[i]);
    tok[n] = '\0';
    if (!version && !isdigit((unsigned char)tok[0]) && strncmp(tok, "al", 2) != 0) {
      o += snprintf(o, (size_t)(out + sizeof out - o), "%s", tok); /* nodejs, python, dotnet+core */
    } else if (strcmp(tok, "corretto") == 0) {
      o += snprintf(o, (size_t)(out + sizeof out - o), ".al2");
    } else {
      bool first_version = !version && isdigit((unsigned char)tok[0]);
      o += snprintf(o, (size_t)(out + sizeof out - o), "%s%s", first_version ? "" : ".", tok);
      version = true;
    }
    c += n + (end != NULL);
  }
  if (strstr(out, "latest") || strcmp(out, constant) == 0) return NULL;
  return ll_strdup(out);
}

static ll_tpl_value at(TSNode key) {
  TSPoint p = ts_node_start_point(key);
  return (ll_tpl_value){.present = true, .line = p.row + 1, .column = p.column + 1};
}

/* Duration.seconds(60) / Duration.minutes(2) → seconds; 0 when not a literal. */
static long duration_s(const ll_cdk_src *s, TSNode v) {
  TSNode fn = ll_ts_field(v, "function");
  char *unit = last_name(s, fn);
  TSNode args = ll_ts_field(v, "arguments");
  TSNode arg = ts_node_named_child_count(args) == 1 ? ts_node_named_child(args, 0) : (TSNode){0};
  long n = 0;
  if (unit && (ll_ts_is(arg, "number") || ll_ts_is(arg, "integer"))) {
    char *t = text(s, arg);
    n = strtol(t, NULL, 10);
    free(t);
    n *= strcmp(unit, "minutes") == 0 ? 60 : strcmp(unit, "seconds") == 0 ? 1 : 0;
  }
  free(unit);
  return n;
}

static const char *string_value(const ll_cdk_src *s, TSNode v) {
  if (!ll_ts_is(v, "string")) return NULL;
  for (uint32_t i = 0; i < ts_node_named_child_count(v); i++) {
    TSNode c = ts_node_named_child(v, i);
    if (ll_ts_is(c, "string_fragment") || ll_ts_is(c, "string_content")) {
      char *t = text(s, c);
      const char *out = ll_arena_strdup(s->d->arena, t);
      free(t);
      return out;
    }
  }
  return NULL;
}

static void set_prop(const ll_cdk_src *s, ll_tpl_function *fn, const char *key, TSNode key_node, TSNode v) {
  ll_tpl_value out = at(key_node);
  char *t = NULL;
  if (strcmp(key, "runtime") == 0) {
    char *constant = last_name(s, v);
    char *owner = ll_ts_is(v, "member_expression") ? last_name(s, ll_ts_field(v, "object"))
                  : ll_ts_is(v, "attribute")       ? last_name(s, ll_ts_field(v, "object")) : NULL;
    t = owner && strcmp(owner, "Runtime") == 0 && constant ? runtime_id(constant) : NULL;
    free(constant);
    free(owner);
    out.text = t ? ll_arena_strdup(s->d->arena, t) : NULL;
    fn->runtime = out;
  } else if (strcmp(key, "memorySize") == 0 || strcmp(key, "memory_size") == 0) {
    t = ll_ts_is(v, "number") || ll_ts_is(v, "integer") ? text(s, v) : NULL;
    out.text = t ? ll_arena_strdup(s->d->arena, t) : NULL;
    fn->memory_size = out;
  } else if (strcmp(key, "timeout") == 0) {
    long secs = ll_ts_is(v, "call_expression") || ll_ts_is(v, "call") ? duration_s(s, v) : 0;
    t = secs > 0 ? ll_strfmt("%ld", secs) : NULL;
    out.text = t ? ll_arena_strdup(s->d->arena, t) : NULL;
    fn->timeout = out;
  } else if (strcmp(key, "handler") == 0) {
    out.text = string_value(s, v);
    fn->handler = out;
  }
  free(t);
}

/* `const common = {…}` in the same file: the object a name stands for, or a null node. */
static TSNode const_object(const ll_cdk_src *s, TSNode name, TSNode n, int depth) {
  if (depth > LL_CDK_MAX_DEPTH) return (TSNode){0};
  if (ll_ts_is(n, "variable_declarator")) {
    TSNode id = ll_ts_field(n, "name"), value = ll_ts_field(n, "value");
    uint32_t len = ts_node_end_byte(name) - ts_node_start_byte(name);
    if (ll_ts_is(id, "identifier") && ll_ts_is(value, "object") &&
        ts_node_end_byte(id) - ts_node_start_byte(id) == len &&
        memcmp(s->src + ts_node_start_byte(id), s->src + ts_node_start_byte(name), len) == 0)
      return value;
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(n); i++) {
    TSNode found = const_object(s, name, ts_node_named_child(n, i), depth + 1);
    if (!ts_node_is_null(found)) return found;
  }
  return (TSNode){0};
}

/* The pairs of a props object; `...common` and a props variable through their const object. */
static void read_props(ll_cdk_src *s, ll_tpl_function *fn, TSNode obj, int depth) {
  if (ll_ts_is(obj, "identifier") && depth < 4) obj = const_object(s, obj, s->root, 0);
  for (uint32_t j = 0; ll_ts_is(obj, "object") && j < ts_node_named_child_count(obj); j++) {
    TSNode pair = ts_node_named_child(obj, j);
    if (ll_ts_is(pair, "spread_element") && depth < 4) read_props(s, fn, ts_node_named_child(pair, 0), depth + 1);
    if (!ll_ts_is(pair, "pair")) continue;
    TSNode key = ll_ts_field(pair, "key");
    char *k = text(s, key);
    set_prop(s, fn, k, key, ll_ts_field(pair, "value"));
    free(k);
  }
}

/* The construct id (second argument) names the function. */
static void read_construct(ll_cdk_src *s, TSNode call, TSNode args) {
  TSNode id = ts_node_named_child(args, 1);
  const char *name = string_value(s, id);
  TSPoint p = ts_node_start_point(call);
  ll_tpl_function *fn = ll_tpl_function_add_at(s->d, p.row + 1, p.column + 1, name ? name : "function");
  for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
    TSNode a = ts_node_named_child(args, i);
    if (!s->python && i == 2) {
      read_props(s, fn, a, 0);
    } else if (s->python && ll_ts_is(a, "keyword_argument")) {
      TSNode key = ll_ts_field(a, "name");
      char *k = text(s, key);
      set_prop(s, fn, k, key, ll_ts_field(a, "value"));
      free(k);
    }
  }
}

/* A layer's code folder: `Code.fromAsset("lambda/helper")` (Python `Code.from_asset(…)`), also with
 * `path.join(__dirname, "../lambda/helper")`; PythonLayerVersion's `entry`. */
static void read_layer_code(ll_cdk_src *s, TSNode v, bool entry) {
  const char *lit = string_value(s, v);
  if (entry && lit) {
    ll_tpl_add_layer_dir(s->d, s->app, lit, s->app);
    return;
  }
  if (!ll_ts_is(v, "call_expression") && !ll_ts_is(v, "call")) return;
  char *name = last_name(s, ll_ts_field(v, "function"));
  bool asset = name && (strcmp(name, "fromAsset") == 0 || strcmp(name, "from_asset") == 0);
  free(name);
  TSNode args = ll_ts_field(v, "arguments");
  if (!asset || ts_node_named_child_count(args) < 1) return;
  TSNode arg = ts_node_named_child(args, 0);
  if ((lit = string_value(s, arg))) {
    ll_tpl_add_layer_dir(s->d, s->app, lit, s->app);
    return;
  }
  /* path.join(__dirname, "..", "lambda/helper") */
  char *join = ll_ts_is(arg, "call_expression") ? text(s, ll_ts_field(arg, "function")) : NULL;
  TSNode parts = ll_ts_field(arg, "arguments");
  if (join && (strcmp(join, "path.join") == 0 || strcmp(join, "path.resolve") == 0) &&
      ts_node_named_child_count(parts) >= 2) {
    char *first = text(s, ts_node_named_child(parts, 0));
    const char *dir = strcmp(first, "__dirname") == 0 ? s->file_dir : NULL;
    free(first);
    for (uint32_t i = 1; dir && i < ts_node_named_child_count(parts); i++) {
      const char *part = string_value(s, ts_node_named_child(parts, i));
      dir = part ? ll_tpl_join(s->d->arena, dir, part) : NULL;
    }
    if (dir) ll_tpl_add_layer_dir(s->d, dir, ".", s->app);
  }
  free(join);
}

static void read_layer(ll_cdk_src *s, TSNode args) {
  for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
    TSNode a = ts_node_named_child(args, i);
    if (!s->python && i == 2 && ll_ts_is(a, "object")) {
      for (uint32_t j = 0; j < ts_node_named_child_count(a); j++) {
        TSNode pair = ts_node_named_child(a, j);
        if (!ll_ts_is(pair, "pair")) continue;
        char *k = text(s, ll_ts_field(pair, "key"));
        if (strcmp(k, "code") == 0 || strcmp(k, "entry") == 0) read_layer_code(s, ll_ts_field(pair, "value"), k[0] == 'e');
        free(k);
      }
    } else if (s->python && ll_ts_is(a, "keyword_argument")) {
      char *k = text(s, ll_ts_field(a, "name"));
      if (strcmp(k, "code") == 0 || strcmp(k, "entry") == 0) read_layer_code(s, ll_ts_field(a, "value"), k[0] == 'e');
      free(k);
    }
  }
}

/* Whether `call` is `super(scope, id, {code: …})` in a class extending LayerVersion
 * (`class SharedPythonLayer extends lambda.LayerVersion`). */
static bool layer_super_call(const ll_cdk_src *s, TSNode call) {
  if (s->python || !ll_ts_is(call, "call_expression") || !ll_ts_is(ll_ts_field(call, "function"), "super")) return false;
  for (TSNode up = ts_node_parent(call); !ts_node_is_null(up); up = ts_node_parent(up)) {
    if (!ll_ts_is(up, "class_declaration") && !ll_ts_is(up, "class")) continue;
    for (uint32_t i = 0; i < ts_node_named_child_count(up); i++) {
      TSNode c = ts_node_named_child(up, i);
      if (!ll_ts_is(c, "class_heritage")) continue;
      char *heritage = text(s, c);
      bool layer = strstr(heritage, "LayerVersion") != NULL;
      free(heritage);
      return layer;
    }
    return false;
  }
  return false;
}

static void walk(ll_cdk_src *s, TSNode n, int depth) {
  if (depth > LL_CDK_MAX_DEPTH) return;
  if (layer_super_call(s, n)) read_layer(s, ll_ts_field(n, "arguments"));
  bool ts_new = !s->python && ll_ts_is(n, "new_expression");
  bool py_call = s->python && ll_ts_is(n, "call");
  if (ts_new || py_call) {
    char *name = last_name(s, ll_ts_field(n, ts_new ? "constructor" : "function"));
    TSNode args = ll_ts_field(n, "arguments");
    if (is_function_construct(name) && ts_node_named_child_count(args) >= 2) read_construct(s, n, args);
    else if (name && (strcmp(name, "LayerVersion") == 0 || strcmp(name, "PythonLayerVersion") == 0))
      read_layer(s, args);
    free(name);
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(n); i++) walk(s, ts_node_named_child(n, i), depth + 1);
}

/* The folder of the nearest cdk.json at or above `path`'s folder, inside `root`; NULL if none. */
static char *app_folder(const char *path, const char *root) {
  char *real = realpath(path, NULL);
  char *dir = real ? ll_path_parent(real) : NULL;
  free(real);
  while (dir && root && ll_path_inside(dir, root)) {
    char *json = ll_strfmt("%s/cdk.json", dir);
    struct stat st;
    bool found = stat(json, &st) == 0; /* never opened: it may be anything */
    free(json);
    if (found) return dir;
    char *up = strcmp(dir, "/") == 0 ? NULL : ll_path_parent(dir);
    free(dir);
    dir = up;
  }
  free(dir);
  return NULL;
}

static bool mentions_cdk(const char *bytes, size_t len) {
  static const char *const needles[] = {"aws-cdk-lib", "@aws-cdk/", "aws_cdk", NULL};
  for (const char *const *n = needles; *n; n++)
    for (size_t i = 0, m = strlen(*n); i + m <= len; i++)
      if (memcmp(bytes + i, *n, m) == 0) return true;
  return false;
}

/* lib/stack.js compiled next to lib/stack.ts: the TypeScript is the source. */
static bool compiled_from_ts(const char *path, size_t n) {
  if (n < 3 || strcmp(path + n - 3, ".js") != 0) return false;
  char *ts = ll_strfmt("%.*s.ts", (int)(n - 3), path);
  struct stat st;
  bool found = stat(ts, &st) == 0;
  free(ts);
  return found;
}

enum { LL_CDK_MAX_SOURCE = 1 << 20 /* a stack file is small; larger ones are not read */ };

void ll_project_read_cdk_source(ll_project *p, const char *path, const char *root) {
  size_t n = strlen(path), len = 0;
  if (compiled_from_ts(path, n)) return;
  bool python = n > 3 && strcmp(path + n - 3, ".py") == 0;
  bool ts = (n > 3 && strcmp(path + n - 3, ".ts") == 0 && !(n > 5 && strcmp(path + n - 5, ".d.ts") == 0)) ||
            (n > 3 && strcmp(path + n - 3, ".js") == 0);
  /* a unit test's stacks are synthesized by the test runner, never deployed */
  char *app = (python || ts) && !ll_path_is_test_source(path) ? app_folder(path, root) : NULL;
  if (!app) return; /* not part of a CDK app (no cdk.json): a Lambda handler, a library */
  char *error = NULL;
  char *bytes = ll_read_file_limited(path, LL_CDK_MAX_SOURCE, &len, &error); /* regular files only */
  free(error);
  if (!bytes || !mentions_cdk(bytes, len)) {
    free(bytes);
    free(app);
    return;
  }
  TSTree *tree = ll_ts_parse(python ? tree_sitter_python() : tree_sitter_typescript(), bytes, len);
  if (tree && !ts_node_has_error(ts_tree_root_node(tree))) {
    ll_tpl_doc d = {.project = p, .arena = p->arena, .kind = LL_TEMPLATE_CLOUDFORMATION};
    d.path = ll_arena_strdup(p->arena, path);
    d.dir = ".";
    d.root = root ? ll_arena_strdup(p->arena, root) : NULL;
    d.unit = ll_arena_strdup(p->arena, app);
    d.first_function = p->n_functions;
    char *real = realpath(path, NULL);
    char *file_dir = real ? ll_path_parent(real) : NULL;
    ll_cdk_src s = {&d, bytes, python, ts_tree_root_node(tree), app, file_dir ? file_dir : app};
    walk(&s, ts_tree_root_node(tree), 0);
    free(file_dir);
    free(real);
  }
  if (tree) ts_tree_delete(tree);
  free(bytes);
  free(app);
}
