/*
 * rust.c — the Rust front-end, on the shared tree-sitter core (tscore.h).
 *
 * Names are qualified with "::" as Rust writes them: `use aws_sdk_s3::Client; Client::new(&c)` →
 * "aws_sdk_s3::Client::new"; `use reqwest as r; r::Client::new()` → "reqwest::Client::new". A method
 * call on a local is "local::method" with the local's constructor as receiver (`client.send()`).
 *
 * A crate is one unit: every function's qualname is "crate[<dir of src>]::<module path>::<name>"
 * (`src/handlers/orders.rs` → module path "handlers::orders") and callable from any file of the run
 * by that name (global_symbol), and paths that name the crate's own modules (`crate::`, `super::`,
 * a `mod` declared in the file, `use` of those) are qualified the same way, so calls across files of
 * the crate resolve. Each `src/bin/` file is a crate of its own.
 *
 * Module load: `static` / `const` items and `main` (the program's entry: never per invocation).
 * A lazy static (`Lazy::new(|| …)`, `LazyLock::new`, `lazy_static! { static ref … }`) lowers to a
 * function `<static NAME>` holding its initialiser; a read of NAME is a lazy-guarded use of that
 * function, so the initialiser is reached from the first code that dereferences it, but not as
 * per-invocation work. `OnceCell` / `OnceLock` initialisers (`get_or_init(|| …)`) run under a
 * once-guard.
 *
 * Handlers: the function or closure given to `service_fn` / `handler_fn` of lambda_runtime or
 * lambda_http (in a file that uses one of them). A closure given to it is a function of its own
 * (`<closure:L:C>`, parented to `main`), so a client built in `main` and captured is module-load
 * work. A closure bound by `let` is a function of its own named by the local (callable by it and
 * given to service_fn by it). Other closures are lowered in place, as conditional code of the
 * enclosing function; those
 * given to `spawn_blocking` / `block_in_place` / `thread::spawn` run on a blocking thread, where
 * `block_on` is allowed: their `block_on` calls get the callee "<blocking>::block_on".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "base/path.h"
#include "base/readfile.h"
#include "base/streq.h"
#include "base/strmap.h"
#include "frontend/frontend.h"
#include "frontend/tscore.h"

const TSLanguage *tree_sitter_rust(void);

/* A crate the package's code names by `ident::…`: the package's own library, or a path dependency
 * (`core = { path = "../core" }`, also through `[workspace.dependencies]`). */
typedef struct {
  const char *ident; /* "my_app": the name as code writes it */
  const char *key;   /* "crate[pkg/src]": how its files qualify their functions */
  const char *lib;   /* its src/lib.rs, relative to the importing file ("../lib.rs") */
  bool loaded;       /* an import of `lib` was added */
} rs_crate_dep;

typedef struct {
  const char *crate;   /* "crate[examples/basic/src]" */
  const char *modpath; /* the module being lowered, "" for the crate root */
  const char *crate_root; /* the module path `crate::` names: "" unless a [[bin]] / [lib] path roots
                             the crate in a folder of src/ ("aws-lambda" for src/aws-lambda/main.rs) */
  bool root_file;         /* the file is its crate's root (main.rs, lib.rs, a [[bin]] / [lib] path) */
  const char *own_pkg;    /* the package folder of the file */
  const char *own_lib;    /* its [lib] path when not src/lib.rs, folded; NULL otherwise */
  ll_strmap top_fns;   /* "modpath::name" → function index */
  ll_strmap closures;  /* "local@function" → index of the closure a `let` bound */
  ll_strmap literal_arrays; /* "local@function" → 1 when bound to an array literal */
  ll_strmap types;          /* structs and enums declared at the file's top level */
  ll_strmap declared;       /* "Struct::field", "local@function" → index in `decl_types` */
  const char **decl_types;  /* the types fields and parameters are declared with, as written */
  size_t n_decl_types, cap_decl_types;
  const char **handlers; /* local function names given to service_fn */
  size_t n_handlers, cap_handlers;
  const char **foreign;  /* qualified handler names defined elsewhere */
  size_t n_foreign, cap_foreign;
  uint32_t handler_arg;  /* start byte + 1 of a closure given to service_fn; 0: none */
  int blocking_depth;    /* inside a closure that runs on a blocking thread */
  bool uses_lambda;      /* the file names lambda_runtime or lambda_http */
  bool uses_lambda_web;  /* the file names lambda_web (actix-web / Rocket apps served on Lambda) */
  int channel_fn;        /* the function that last made a channel (0: none) */
  const char **routes;   /* "owner qualname\0handler": axum routes of a file not using lambda */
  size_t n_routes, cap_routes;
  const char **statics;  /* "crate[…]::mod::<static NAME>" of the file's statics */
  size_t n_statics, cap_statics;
  rs_crate_dep *deps;    /* from the package's Cargo.toml */
  size_t n_deps, cap_deps;
  bool reqwest_sync;     /* the manifest pins reqwest before 0.10, whose `reqwest::Client` is blocking */
  const char *glob;      /* `use my_crate::*;` of the package's own crates (the one such glob) */
  int glob_fn;           /* the function whose block holds it (0: the file) */
  int n_globs;
} rs_state;

/* Where the file being lowered was found (set by rust_lower, for the Cargo.toml next to it). */
static _Thread_local const ll_lower_env *rs_env;

static rs_state *st(ll_tsl *L) { return (rs_state *)L->lang_state; }
static ll_arena *arena(ll_tsl *L) { return ll_builder_arena(L->b); }
/* Text of a node; "" for an absent one (error recovery leaves fields out). */
static char *text(ll_tsl *L, TSNode n) { return ts_node_is_null(n) ? "" : ll_ts_text(L->b, n); }
static uint32_t nchildren(TSNode n) { return ts_node_is_null(n) ? 0 : ts_node_named_child_count(n); }
static bool is(TSNode n, const char *kind) { return ll_ts_is(n, kind); }
static bool text_is(ll_tsl *L, TSNode n, const char *s) { return !ts_node_is_null(n) && ll_ts_text_is(L->b, n, s); }

static bool has_prefix(const char *s, const char *prefix) { return s && strncmp(s, prefix, strlen(prefix)) == 0; }

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* "a" + "::" + "b", or "b" when a is empty. */
static char *path_join(ll_tsl *L, const char *a, const char *b) {
  if (!a || !*a) return ll_arena_strdup(arena(L), b);
  return ll_tsl_join(L, a, "::", b);
}

/* The crate-qualified name of `name` in module `modpath`. */
static char *crate_name(ll_tsl *L, const char *modpath, const char *name) {
  char *inner = path_join(L, modpath, name);
  return inner ? ll_tsl_join(L, st(L)->crate, "::", inner) : NULL;
}

/* A key naming local `name` of the function being lowered. */
static char *local_key(ll_tsl *L, const char *name) {
  return ll_tsl_join(L, name, "@", ll_builder_function(L->b, ll_tsl_fn(L))->name);
}

/* ---- the crate and module of a file -------------------------------------------------------- */

static void read_crates(ll_tsl *L, const char *pkg);
static bool in_names(const char *s, const char *const *names);
static char *fold_path(ll_tsl *L, const char *dir, const char *rel);
static char *read_manifest(const char *path);
static const char *toml_string(const char *s, const char *key, size_t *n);

/* The module path of folder `dir` of src/ ("aws-lambda/x" → "aws-lambda::x"). */
static char *module_of_dir(ll_tsl *L, const char *dir, size_t n) {
  char *mod = ll_arena_alloc(arena(L), 2 * n + 1), *out = mod;
  for (size_t i = 0; i < n; i++) {
    if (dir[i] == '/') *out++ = ':', *out++ = ':';
    else *out++ = dir[i];
  }
  *out = '\0';
  return mod;
}

/* A crate root the manifest of `pkg` places in a folder of src/ other than src/ and src/bin/
 * (`[[bin]] path = "src/aws-lambda/main.rs"`, `[lib] path = "src/lib/lib.rs"`), or in src/ under
 * another name (`path = "src/main_aws.rs"`): when the file is such a root, or lies in its folder,
 * its module path is taken from that folder (where `mod` resolves), not from src/. `rel` is the
 * file's path inside src/. Sets crate_root and root_file; returns the rel to compute modpath from. */
static const char *manifest_root(ll_tsl *L, const char *pkg, const char *path, const char *rel) {
  char *manifest = ll_tsl_join(L, pkg, *pkg ? "/" : "", "Cargo.toml");
  char *text = manifest ? read_manifest(manifest) : NULL;
  if (!text) return rel;
  char *src = ll_tsl_join(L, pkg, *pkg ? "/" : "", "src/");
  size_t best = 0;
  const char *out = rel;
  bool in_target = false, in_lib = false;
  for (char *line = text; line && *line;) {
    char *next = strchr(line, '\n');
    if (next) *next++ = '\0';
    while (*line == ' ' || *line == '\t') line++;
    if (*line == '[') {
      in_target = has_prefix(line, "[[bin]]") || has_prefix(line, "[lib]");
      in_lib = has_prefix(line, "[lib]");
    }
    size_t n = 0;
    const char *v = in_target && has_prefix(line, "path") ? toml_string(line, "path", &n) : NULL;
    char *root = v && src ? fold_path(L, pkg, ll_arena_strndup(arena(L), v, n)) : NULL;
    if (root && in_lib && !ll_streq(root, ll_tsl_join(L, src, "", "lib.rs"))) st(L)->own_lib = root;
    const char *inside = root && has_prefix(root, src) ? root + strlen(src) : NULL;
    const char *slash = inside ? strrchr(inside, '/') : NULL;
    size_t dir_len = slash ? (size_t)(slash - inside) : 0;
    line = next;
    if (!inside || (dir_len == 3 && has_prefix(inside, "bin/")) || ll_streq(inside, "main.rs") || ll_streq(inside, "lib.rs"))
      continue; /* the default places */
    if (ll_streq(root, path)) { /* the root itself */
      st(L)->crate_root = module_of_dir(L, inside, dir_len);
      st(L)->root_file = true;
      free(text);
      return NULL;
    }
    if (dir_len > best && !strncmp(rel, inside, dir_len) && rel[dir_len] == '/') {
      best = dir_len; /* a module of that root: the deepest root folder holding it */
      st(L)->crate_root = module_of_dir(L, inside, dir_len);
      out = rel;
    }
  }
  free(text);
  return out;
}


/* From the file's path: the crate key (the folder holding `src/`, or the file for a binary of
 * `src/bin/` or a file outside any `src/`) and the module path inside it. */
static void locate(ll_tsl *L, const char *path) {
  const char *src = NULL;
  for (const char *p = strstr(path, "src/"); p; p = strstr(p + 1, "src/"))
    if (p == path || p[-1] == '/') src = p;
  size_t crate_len = src ? (size_t)(src - path) + 3 : strlen(path);
  const char *rel = src ? src + 4 : "";
  bool bin = has_prefix(rel, "bin/");
  if (bin) {
    crate_len = strlen(path);
    rel = "";
  }
  char *key = ll_arena_alloc(arena(L), crate_len + 8);
  memcpy(key, "crate[", 6);
  for (size_t i = 0; i < crate_len; i++) key[6 + i] = path[i] == '.' ? '_' : path[i];
  key[6 + crate_len] = ']';
  key[7 + crate_len] = '\0';
  st(L)->crate = key;
  st(L)->crate_root = "";
  st(L)->root_file = false;
  if (src) {
    char *pkg = ll_arena_strndup(arena(L), path, src > path ? (size_t)(src - path) - 1 : 0);
    st(L)->own_pkg = pkg;
    st(L)->own_lib = NULL;
    const char *at = manifest_root(L, pkg, path, bin ? "bin/" : rel);
    read_crates(L, pkg);
    if (!bin && !at) { /* a [[bin]] / [lib] path: the crate's root */
      st(L)->modpath = st(L)->crate_root;
      return;
    }
    if (bin) st(L)->crate_root = "";
  }
  size_t n = strlen(rel);
  char *mod = ll_arena_alloc(arena(L), 2 * n + 1), *out = mod;
  if (ends_with(rel, "/mod.rs")) n -= 7;
  else if (ends_with(rel, ".rs")) n -= 3;
  if ((n == 4 && !strncmp(rel, "main", 4)) || (n == 3 && !strncmp(rel, "lib", 3))) n = 0;
  st(L)->root_file = n == 0;
  for (size_t i = 0; i < n; i++) {
    if (rel[i] == '/') {
      *out++ = ':';
      *out++ = ':';
    } else {
      *out++ = rel[i];
    }
  }
  *out = '\0';
  st(L)->modpath = mod;
}

/* The parent module path of `modpath` ("a::b" → "a", "a" → ""). */
static const char *parent_module(ll_tsl *L, const char *modpath) {
  const char *cut = NULL;
  for (const char *p = strstr(modpath, "::"); p; p = strstr(p + 2, "::")) cut = p;
  return cut ? ll_arena_strndup(arena(L), modpath, (size_t)(cut - modpath)) : "";
}

/* ---- Cargo.toml: the package's library and path dependencies ------------------------------------ */

/* `dir` + `rel` with "." and ".." folded lexically, in the form the run names files in; NULL when
 * ".." would climb above what `dir` names. */
static char *fold_path(ll_tsl *L, const char *dir, const char *rel) {
  char *joined = ll_tsl_join(L, dir, *dir && dir[strlen(dir) - 1] != '/' ? "/" : "", rel);
  if (!joined) return NULL;
  size_t n = strlen(joined);
  char *out = ll_arena_alloc(arena(L), n + 1);
  size_t k = 0;
  const char *seg = joined;
  if (*seg == '/') out[k++] = *seg++;
  size_t floor = k;
  while (*seg) {
    size_t len = strcspn(seg, "/");
    if (len == 2 && seg[0] == '.' && seg[1] == '.') {
      if (k == floor) return NULL;
      size_t start = k - 1; /* the last segment, without its trailing slash */
      while (start > floor && out[start - 1] != '/') start--;
      if ((k - 1 - start == 1 && out[start] == '.') || (k - 1 - start == 2 && out[start] == '.' && out[start + 1] == '.'))
        return NULL;
      k = start;
    } else if (len && !(len == 1 && seg[0] == '.' && k > floor)) {
      memcpy(out + k, seg, len);
      k += len;
      out[k++] = '/';
    }
    seg += len;
    while (*seg == '/') seg++;
  }
  if (k > floor && out[k - 1] == '/') k--;
  out[k] = '\0';
  return out;
}

/* `to` relative to the folder of `from` ("a/src/bin/run.rs", "a/src/lib.rs" → "../lib.rs"), as an
 * import spec the engine resolves ("./x" or "../x"); NULL when the two share no form. */
static char *relative_spec(ll_tsl *L, const char *from, const char *to) {
  if ((*from == '/') != (*to == '/')) return NULL;
  size_t common = 0; /* the length of the folders both start with, through the slash */
  for (size_t i = 0; from[i] && from[i] == to[i]; i++)
    if (from[i] == '/') common = i + 1;
  int ups = 0;
  for (const char *p = from + common; (p = strchr(p, '/')) != NULL; p++) ups++;
  if (strstr(from + common, "../") || ups > 32) return NULL;
  size_t n = strlen(to + common);
  char *out = ll_arena_alloc(arena(L), (size_t)ups * 3 + n + 3), *w = out;
  if (!ups) *w++ = '.', *w++ = '/';
  for (int i = 0; i < ups; i++) memcpy(w, "../", 3), w += 3;
  memcpy(w, to + common, n + 1);
  return out;
}

/* A crate named `ident` whose package folder is `pkg` (lib at pkg/src/lib.rs). */
static void add_crate_dep(ll_tsl *L, const char *ident, size_t ident_len, const char *pkg) {
  if (!pkg || !ident_len) return;
  char *name = ll_arena_strndup(arena(L), ident, ident_len);
  for (char *c = name; *c; c++)
    if (*c == '-') *c = '_';
  char *src = ll_tsl_join(L, pkg, *pkg ? "/" : "", "src");
  char *lib = src ? ll_tsl_join(L, src, "/", "lib.rs") : NULL;
  char *key = src ? ll_tsl_join(L, "crate[", src, "]") : NULL;
  if (!key || !lib) return;
  for (char *c = key + 6; *c != ']'; c++)
    if (*c == '.') *c = '_'; /* as locate() names crates */
  /* the package's own library at a [lib] path in a folder of src/: its modules are named from there */
  const char *own = st(L)->own_lib && ll_streq(pkg, st(L)->own_pkg) ? st(L)->own_lib : NULL;
  const char *inside = own && has_prefix(own, src) && own[strlen(src)] == '/' ? own + strlen(src) + 1 : NULL;
  const char *slash = inside ? strrchr(inside, '/') : NULL;
  if (inside) lib = (char *)own;
  if (slash) key = ll_tsl_join(L, key, "::", module_of_dir(L, inside, (size_t)(slash - inside)));
  if (!key) return;
  rs_crate_dep d = {name, key, relative_spec(L, ll_builder_path(L->b), lib), false};
  if (d.lib) LL_PUSH(st(L)->deps, st(L)->n_deps, st(L)->cap_deps, d);
}

/* The manifest at `path` (a Cargo.toml) when it lies inside the analysed folder; NULL otherwise. */
static char *read_manifest(const char *path) {
  if (!rs_env || !rs_env->root) return NULL;
  char *cwd = ll_path_cwd();
  char *abs = cwd ? ll_path_absolute(path, cwd) : NULL;
  bool inside = abs && ll_path_inside(abs, rs_env->root);
  free(cwd);
  free(abs);
  if (!inside) return NULL;
  size_t len = 0;
  char *error = NULL;
  char *bytes = ll_read_file_limited(path, 1 << 20, &len, &error);
  free(error);
  return bytes;
}

/* The quoted string after `key =` in `s` (a line or an inline table), or NULL; its length in *n. */
static const char *toml_string(const char *s, const char *key, size_t *n) {
  size_t k = strlen(key);
  for (const char *p = strstr(s, key); p; p = strstr(p + 1, key)) {
    if (p > s && p[-1] != ' ' && p[-1] != '{' && p[-1] != ',' && p[-1] != '\t' && p[-1] != '.') continue;
    const char *v = p + k;
    while (*v == ' ' || *v == '\t') v++;
    if (*v != '=') continue;
    v++;
    while (*v == ' ' || *v == '\t') v++;
    if (*v != '"' && *v != '\'') return NULL;
    const char *end = strchr(v + 1, *v);
    if (!end) return NULL;
    *n = (size_t)(end - v - 1);
    return v + 1;
  }
  return NULL;
}

static bool toml_true(const char *s, const char *key) {
  const char *p = strstr(s, key);
  if (!p) return false;
  p += strlen(key);
  while (*p == ' ' || *p == '\t' || *p == '=') p++;
  return !strncmp(p, "true", 4);
}

/* Whether a dependency line's version (`= "0.9.18"`, `{ version = "^0.9" }`) is a reqwest before
 * 0.10: there `reqwest::Client` and `reqwest::get` are the synchronous API (`reqwest::blocking`
 * later), with a 30 s default timeout. */
static bool reqwest_before_010(const char *after) {
  size_t n = 0;
  const char *v = toml_string(after, "version", &n);
  if (!v) {
    v = after;
    while (*v == ' ' || *v == '\t' || *v == '=') v++;
    if (*v != '"' && *v != '\'') return false;
    v++;
  }
  while (*v == '^' || *v == '~' || *v == '=' || *v == ' ') v++;
  return v[0] == '0' && v[1] == '.' && v[2] >= '0' && v[2] <= '9' && (v[3] < '0' || v[3] > '9');
}

typedef enum { SEC_OTHER, SEC_PACKAGE, SEC_LIB, SEC_DEPS, SEC_DEP, SEC_WS_DEPS, SEC_WS_DEP } rs_section;

/* Reads the crates a manifest names: its package's library (`mine`), its path dependencies, and
 * (`workspace`) the path dependencies of [workspace.dependencies], as crates of folder `dir`.
 * Returns whether some dependency inherits from the workspace. One line at a time: the inline-table
 * form `name = { path = "…" }` and the `[dependencies.name]` table. */
static bool scan_manifest(ll_tsl *L, const char *dir, char *text, bool mine, bool workspace) {
  rs_section sec = SEC_OTHER;
  const char *table = NULL; /* the dependency of a [dependencies.name] table */
  size_t table_len = 0;
  bool inherits = false;
  for (char *line = text; line && *line;) {
    char *next = strchr(line, '\n');
    if (next) *next++ = '\0';
    while (*line == ' ' || *line == '\t') line++;
    if (*line == '[') {
      char *h = line + (line[1] == '[' ? 2 : 1);
      size_t n = strcspn(h, "]");
      h[n] = '\0';
      bool dep_table = (has_prefix(h, "dependencies.") || strstr(h, ".dependencies.")) && !has_prefix(h, "workspace.");
      sec = ll_streq(h, "package")                                               ? SEC_PACKAGE
            : ll_streq(h, "lib")                                                 ? SEC_LIB
            : ll_streq(h, "dependencies") || (has_prefix(h, "target.") && ends_with(h, ".dependencies")) ? SEC_DEPS
            : ll_streq(h, "workspace.dependencies")                              ? SEC_WS_DEPS
            : has_prefix(h, "workspace.dependencies.")                           ? SEC_WS_DEP
            : dep_table                                                          ? SEC_DEP
                                                                                 : SEC_OTHER;
      if (sec == SEC_DEP || sec == SEC_WS_DEP) {
        table = strrchr(h, '.') + 1;
        table_len = strlen(table);
        if (has_prefix(h, "target.") || (sec == SEC_DEP && strstr(h, "dev-dependencies"))) sec = SEC_OTHER;
      }
      line = next;
      continue;
    }
    size_t key_len = strcspn(line, " \t=.");
    const char *after = line + key_len;
    size_t n = 0;
    const char *s = NULL;
    bool deps = (sec == SEC_DEPS && !workspace) || (sec == SEC_WS_DEPS && workspace);
    bool dep = (sec == SEC_DEP && !workspace) || (sec == SEC_WS_DEP && workspace);
    if ((sec == SEC_PACKAGE || sec == SEC_LIB) && mine && (s = toml_string(line, "name", &n)) && line[0] == 'n') {
      /* [lib] name wins over [package] name: the library's own comes later or earlier, keep both */
      add_crate_dep(L, s, n, dir);
    } else if (deps && key_len && *line != '#') {
      if (key_len == 7 && !strncmp(line, "reqwest", 7)) st(L)->reqwest_sync = reqwest_before_010(after);
      if ((s = toml_string(after, "path", &n)) != NULL) add_crate_dep(L, line, key_len, fold_path(L, dir, ll_arena_strndup(arena(L), s, n)));
      else if (!workspace && strstr(after, "workspace") && toml_true(after, "workspace")) inherits = true;
    } else if (dep && *line != '#') {
      if (table_len == 7 && !strncmp(table, "reqwest", 7) && has_prefix(line, "version"))
        st(L)->reqwest_sync = reqwest_before_010(line);
      if (has_prefix(line, "path") && (s = toml_string(line, "path", &n)) != NULL)
        add_crate_dep(L, table, table_len, fold_path(L, dir, ll_arena_strndup(arena(L), s, n)));
      else if (!workspace && has_prefix(line, "workspace") && toml_true(line, "workspace")) inherits = true;
    }
    line = next;
  }
  return inherits;
}

/* The crates of the package holding the file: the manifest in `pkg` (the folder holding src/,
 * "" for the working directory), and the workspace's when a dependency inherits from it. */
static void read_crates(ll_tsl *L, const char *pkg) {
  char *manifest = ll_tsl_join(L, pkg, *pkg ? "/" : "", "Cargo.toml");
  char *text = manifest ? read_manifest(manifest) : NULL;
  if (!text) return;
  char *own = strstr(text, "[workspace.dependencies") ? ll_arena_strdup(arena(L), text) : NULL;
  /* the package's own name names its library only when it has one (else it is another crate) */
  char *lib = ll_tsl_join(L, pkg, *pkg ? "/" : "", "src/lib.rs");
  if (st(L)->own_lib) lib = (char *)st(L)->own_lib;
  bool inherits = scan_manifest(L, pkg, text, lib && access(lib, R_OK) == 0, false);
  free(text);
  if (inherits && own) { /* a root package that is its own workspace */
    (void)scan_manifest(L, pkg, own, false, true);
    return;
  }
  const char *dir = pkg;
  for (int up = 0; inherits && up < 3; up++) { /* the workspace root: a folder above */
    dir = fold_path(L, dir, "..");
    if (!dir) return;
    manifest = ll_tsl_join(L, dir, *dir ? "/" : "", "Cargo.toml");
    text = manifest ? read_manifest(manifest) : NULL;
    if (!text) continue;
    bool ws = strstr(text, "[workspace") != NULL;
    if (ws) (void)scan_manifest(L, dir, text, false, true);
    free(text);
    if (ws) return;
  }
}

/* The crate `head` names (`my_app` of `my_app::work`), or NULL. */
static rs_crate_dep *crate_dep(ll_tsl *L, const char *head, size_t n) {
  for (size_t i = st(L)->n_deps; i-- > 0;)
    if (strlen(st(L)->deps[i].ident) == n && !strncmp(st(L)->deps[i].ident, head, n)) return &st(L)->deps[i];
  return NULL;
}

/* ---- literals -------------------------------------------------------------------------------- */

static char *rs_string_value(ll_tsl *L, TSNode node) {
  if (!is(node, "string_literal") && !is(node, "raw_string_literal")) return NULL;
  for (uint32_t i = 0; i < nchildren(node); i++) {
    TSNode c = ts_node_named_child(node, i);
    if (is(c, "string_content")) return text(L, c);
  }
  return ll_arena_strdup(arena(L), "");
}

static char *rs_literal_value(ll_tsl *L, TSNode node) {
  char *s = rs_string_value(L, node);
  if (s) return s;
  if (is(node, "integer_literal") || is(node, "float_literal") || is(node, "boolean_literal")) return text(L, node);
  return NULL;
}

/* ---- use declarations ------------------------------------------------------------------------ */

static void add_import(ll_tsl *L, TSNode at, const char *qualified, const char *alias) {
  if (!qualified) return;
  ll_import *imp = ll_builder_add_import(L->b);
  imp->module = qualified;
  imp->member = NULL;
  imp->alias = alias;
  imp->qualified = alias ? qualified : NULL;
  imp->function = ll_tsl_fn(L);
  imp->guarded = imp->function != 0;
  imp->span = ll_ts_span(L->b, at);
  if (has_prefix(qualified, "lambda_runtime") || has_prefix(qualified, "lambda_http") ||
      has_prefix(qualified, "lambda::")) /* `lambda`: the runtime crate's name before 0.4 */
    st(L)->uses_lambda = true;
  if (has_prefix(qualified, "lambda_web")) st(L)->uses_lambda_web = true;
  if (alias && imp->function != 0) ll_tsl_declare_local(L, alias);
}

/* `my_app::a::f` where my_app is the package's library or a path dependency: "crate[…]::a::f", and
 * the crate's lib.rs becomes an import of this file (so the engine loads it and its modules); NULL
 * for other paths. */
static char *crate_path(ll_tsl *L, TSNode at, const char *written) {
  rs_crate_dep *dep = crate_dep(L, written, strcspn(written, ":"));
  if (!dep) return NULL;
  if (!dep->loaded) {
    dep->loaded = true;
    ll_import *imp = ll_builder_add_import(L->b);
    imp->module = dep->lib;
    imp->span = ll_ts_span(L->b, at);
  }
  return ll_tsl_join(L, dep->key, "", written + strlen(dep->ident));
}

/* A `use` path as a qualified name: `crate::a::b` → "crate[…]::a::b", `super::x`, `self::x`, a
 * module declared in this file, otherwise the path as written (an external crate). */
static char *written_path(ll_tsl *L, TSNode path, char *written);

static char *use_path(ll_tsl *L, const char *prefix, TSNode path) {
  char *written = text(L, path);
  if (prefix) return ll_tsl_join(L, prefix, "::", written);
  return written_path(L, path, written);
}

/* A path as written (`crate::a::f`, `super::f`, `my_app::f`, `ext::f`) as a qualified name. */
static char *written_path(ll_tsl *L, TSNode path, char *written) {
  if (ll_streq(written, "crate"))
    return *st(L)->crate_root ? crate_name(L, "", st(L)->crate_root) : ll_arena_strdup(arena(L), st(L)->crate);
  if (has_prefix(written, "crate::")) return crate_name(L, st(L)->crate_root, written + 7);
  if (ll_streq(written, "self")) return crate_name(L, "", st(L)->modpath);
  if (has_prefix(written, "self::")) return crate_name(L, st(L)->modpath, written + 6);
  if (ll_streq(written, "super") || has_prefix(written, "super::")) {
    const char *up = parent_module(L, st(L)->modpath);
    return written[5] ? crate_name(L, up, written + 7) : ll_tsl_join(L, st(L)->crate, up[0] ? "::" : "", up);
  }
  if (has_prefix(written, "::")) return ll_arena_strdup(arena(L), written + 2);
  /* a module of this crate already declared or imported: resolve its first segment */
  size_t first = strcspn(written, ":");
  char *head = ll_arena_strndup(arena(L), written, first);
  const ll_import *imp = ll_builder_import_for_alias(L->b, head, ll_tsl_fn(L));
  if (imp && imp->qualified && has_prefix(imp->qualified, "crate[")) return ll_tsl_join(L, imp->qualified, "", written + first);
  char *own = crate_path(L, path, written);
  return own ? own : written;
}

static const char *last_segment(const char *q) {
  const char *last = q;
  for (const char *p = strstr(q, "::"); p; p = strstr(p + 2, "::")) last = p + 2;
  return last;
}

static void lower_use_tree(ll_tsl *L, TSNode at, const char *prefix, TSNode node, int depth) {
  if (depth > 32 || ts_node_is_null(node)) return;
  if (is(node, "use_as_clause")) {
    char *q = use_path(L, prefix, ll_ts_field(node, "path"));
    TSNode alias = ll_ts_field(node, "alias");
    if (q && !ts_node_is_null(alias) && !text_is(L, alias, "_")) add_import(L, at, q, text(L, alias));
  } else if (is(node, "scoped_use_list")) {
    TSNode path = ll_ts_field(node, "path");
    char *q = ts_node_is_null(path) ? (char *)prefix : use_path(L, prefix, path);
    lower_use_tree(L, at, q, ll_ts_field(node, "list"), depth + 1);
  } else if (is(node, "use_list")) {
    for (uint32_t i = 0; i < nchildren(node); i++)
      lower_use_tree(L, at, prefix, ts_node_named_child(node, i), depth + 1);
  } else if (is(node, "use_wildcard")) {
    char *q = nchildren(node) ? use_path(L, prefix, ts_node_named_child(node, 0)) : (char *)prefix;
    if (q) add_import(L, at, q, NULL);
    if (q && has_prefix(q, "crate[")) st(L)->glob = q, st(L)->glob_fn = ll_tsl_fn(L), st(L)->n_globs++;
  } else if (is(node, "self") && prefix) { /* `use a::{self, b}` */
    add_import(L, at, prefix, last_segment(prefix));
  } else if (is(node, "identifier") || is(node, "scoped_identifier") || is(node, "crate") || is(node, "super")) {
    char *q = use_path(L, prefix, node);
    if (q) add_import(L, at, q, last_segment(q));
  }
}

static void lower_use(ll_tsl *L, TSNode node) { lower_use_tree(L, node, NULL, ll_ts_field(node, "argument"), 0); }

/* `mod name;` (a file of the crate) or `mod name { … }` (inline). */
/* Whether the item is compiled only for tests (`#[cfg(test)]`, `#[test]`, `#[tokio::test]` above it). */
static bool test_only(ll_tsl *L, TSNode item) {
  for (TSNode a = ts_node_prev_named_sibling(item); is(a, "attribute_item") || is(a, "line_comment");
       a = ts_node_prev_named_sibling(a)) {
    if (!is(a, "attribute_item")) continue;
    char *t = text(L, a);
    if (strstr(t, "cfg(test)") || ll_streq(t, "#[test]") || strstr(t, "::test")) return true;
  }
  return false;
}

static void lower_mod(ll_tsl *L, TSNode node) {
  TSNode name = ll_ts_field(node, "name"), body = ll_ts_field(node, "body");
  if (ts_node_is_null(name) || test_only(L, node)) return;
  char *child = path_join(L, st(L)->modpath, text(L, name));
  if (!child) return;
  add_import(L, node, ll_tsl_join(L, st(L)->crate, "::", child), text(L, name));
  if (ts_node_is_null(body)) return;
  const char *saved = st(L)->modpath;
  st(L)->modpath = child;
  ll_tsl_walk_block(L, body);
  st(L)->modpath = saved;
}

/* ---- functions ------------------------------------------------------------------------------- */

static bool has_keyword(ll_tsl *L, TSNode node, const char *keyword, uint32_t limit) {
  uint32_t count = ts_node_child_count(node);
  for (uint32_t i = 0; i < count && i < limit; i++) {
    TSNode c = ts_node_child(node, i);
    if (is(c, "function_modifiers")) {
      if (has_keyword(L, c, keyword, 8)) return true;
    } else if (!ts_node_is_named(c) && text_is(L, c, keyword)) {
      return true;
    }
  }
  return false;
}

/* `key` is declared with type `type` (a struct's field, a parameter). */
static void declare_type(ll_tsl *L, const char *key, TSNode type) {
  if (!key || ts_node_is_null(type)) return;
  LL_PUSH(st(L)->decl_types, st(L)->n_decl_types, st(L)->cap_decl_types, text(L, type));
  ll_strmap_put(&st(L)->declared, key, (int)st(L)->n_decl_types - 1);
}

/* The names a pattern binds (`x`, `mut x`, `(a, b)`, `Foo { a, .. }`), as locals. */
static void declare_pattern(ll_tsl *L, TSNode p, bool param, int depth) {
  if (depth > 16 || ts_node_is_null(p)) return;
  if (is(p, "identifier") || is(p, "self")) {
    if (param) ll_tsl_add_param(L, text(L, p));
    else ll_tsl_declare_local(L, text(L, p));
    return;
  }
  if (is(p, "parameter")) {
    TSNode pattern = ll_ts_field(p, "pattern");
    declare_pattern(L, pattern, param, depth + 1);
    /* `repo: Arc<dyn Repo>`, `State(svc): State<Arc<Service>>`: the type its methods resolve by */
    if (param && ll_tsl_fn(L) != 0) {
      if (is(pattern, "tuple_struct_pattern") && nchildren(pattern) == 2) pattern = ts_node_named_child(pattern, 1);
      if (is(pattern, "identifier")) declare_type(L, local_key(L, text(L, pattern)), ll_ts_field(p, "type"));
    }
    return;
  }
  if (is(p, "self_parameter")) {
    if (param) ll_tsl_add_param(L, "self");
    return;
  }
  if (is(p, "type_identifier") || is(p, "scoped_type_identifier") || is(p, "scoped_identifier")) return;
  for (uint32_t i = 0; i < nchildren(p); i++) {
    TSNode c = ts_node_named_child(p, i);
    if (param && depth == 0 && is(c, "attribute_item")) continue;
    declare_pattern(L, c, param && depth == 0, depth + 1);
  }
}

static void walk_body(ll_tsl *L, TSNode body) {
  if (is(body, "block")) ll_tsl_walk_block(L, body);
  else if (!ts_node_is_null(body)) ll_tsl_walk(L, body);
}

static int open_named(ll_tsl *L, const char *name, TSNode outer, TSNode name_node, const char *qualname) {
  int saved_test = L->test_depth;
  L->test_depth = 0;
  int index = ll_tsl_open_function(L, name, outer, name_node);
  L->test_depth = saved_test;
  ll_function *fn = ll_builder_function(L->b, index);
  if (qualname) {
    fn->qualname = qualname;
    fn->global_symbol = true;
  }
  return index;
}

/* `#[get("/")]`, `#[actix_web::post("/x")]`, `#[route(…)]` above a function of a file served by
 * lambda_web: an actix-web or Rocket route, run per request. */
static bool route_attribute(ll_tsl *L, TSNode item) {
  static const char *const verbs[] = {"get", "post", "put", "delete", "patch", "head", "options", "route", NULL};
  if (!st(L)->uses_lambda_web) return false;
  for (TSNode a = ts_node_prev_named_sibling(item); is(a, "attribute_item") || is(a, "line_comment");
       a = ts_node_prev_named_sibling(a)) {
    TSNode attr = is(a, "attribute_item") && nchildren(a) ? ts_node_named_child(a, 0) : (TSNode){0};
    TSNode path = nchildren(attr) ? ts_node_named_child(attr, 0) : (TSNode){0};
    if (!ts_node_is_null(path) && in_names(last_segment(text(L, path)), verbs)) return true;
  }
  return false;
}

static void lower_function(ll_tsl *L, TSNode node) {
  TSNode name = ll_ts_field(node, "name");
  TSNode body = ll_ts_field(node, "body");
  if (ts_node_is_null(name) || ts_node_is_null(body) || test_only(L, node)) return; /* a trait's declaration */
  char *fname = text(L, name);
  bool top = ll_tsl_fn(L) == 0;
  const char *owner = L->class_name;
  char *local = owner ? path_join(L, owner, fname) : fname;
  char *inner = local ? path_join(L, st(L)->modpath, local) : NULL;
  char *qual = top && inner ? ll_tsl_join(L, st(L)->crate, "::", inner) : NULL;
  if (top && !owner) {
    ll_binding *b = ll_builder_add_binding(L->b, fname);
    b->kind = LL_BIND_FUNCTION;
    b->span = ll_ts_span(L->b, name);
  } else if (!top) {
    ll_tsl_declare_local(L, fname);
  }
  int index = open_named(L, fname, node, name, qual);
  ll_function *fn = ll_builder_function(L->b, index);
  fn->convention_handler |= top && !owner && route_attribute(L, node);
  fn->is_async = has_keyword(L, node, "async", 6);
  fn->is_entry_main = top && !owner && ll_streq(fname, "main") && st(L)->root_file &&
                      ll_streq(st(L)->modpath, st(L)->crate_root);
  if (top && inner) ll_strmap_put(&st(L)->top_fns, inner, index);
  declare_pattern(L, ll_ts_field(node, "parameters"), true, 0);
  int saved_blocking = st(L)->blocking_depth;
  st(L)->blocking_depth = 0;
  size_t routes_before = st(L)->n_routes;
  walk_body(L, body);
  st(L)->blocking_depth = saved_blocking;
  /* a Router builder (its routes may sit in a OnceCell initialiser) reaches its routes outside any
   * guard: a handler that builds the Router and runs it (`init_router().await?.oneshot(req)`)
   * serves them per request */
  if (qual && st(L)->n_routes > routes_before) ll_tsl_add_name_use(L, name, ll_tsl_join(L, qual, "::", "<routes>"));
  ll_tsl_close_function(L);
}

/* The crate-wide name an awaited method call on a receiver of unknown type reaches: the async
 * methods of the crate's impls by that name (`self.repo.fetch(url).await` with `repo: Arc<dyn
 * Repo>` or a field whose type the front-end does not follow). */
static char *dispatch_name(ll_tsl *L, const char *dyn, const char *method) {
  char *crate_dyn = ll_tsl_join(L, st(L)->crate, "::", dyn);
  return crate_dyn ? ll_tsl_join(L, crate_dyn, "::", method) : NULL;
}

/* The trait an impl implements (`impl repo::Repo<T> for X`), "Repo"; NULL for an inherent impl. */
static const char *impl_trait(ll_tsl *L, TSNode node) {
  TSNode trait = ll_ts_field(node, "trait");
  if (is(trait, "generic_type")) trait = ll_ts_field(trait, "type");
  return ts_node_is_null(trait) ? NULL : last_segment(text(L, trait));
}

/* For each async method of an impl block just lowered (or one returning a boxed Future, as async
 * trait methods are written by hand): functions `crate::<dyn>::m` and, for a trait's impl,
 * `crate::<dyn Trait>::m` that use it (a call through `dyn Trait` names the second). Where several
 * impls have a method of that name, the first one the run links is reached. */
static void add_dispatch(ll_tsl *L, TSNode node, TSNode body) {
  const char *trait = impl_trait(L, node);
  char *trait_dyn = trait ? ll_tsl_join(L, "<dyn ", trait, ">") : NULL;
  for (uint32_t i = 0; i < nchildren(body); i++) {
    TSNode item = ts_node_named_child(body, i);
    TSNode name = is(item, "function_item") ? ll_ts_field(item, "name") : (TSNode){0};
    TSNode returns = ts_node_is_null(name) ? (TSNode){0} : ll_ts_field(item, "return_type");
    bool future = !ts_node_is_null(returns) && strstr(text(L, returns), "Future"); /* Pin<Box<dyn Future…>> */
    if (ts_node_is_null(name) || ts_node_is_null(ll_ts_field(item, "body")) || test_only(L, item) ||
        !(has_keyword(L, item, "async", 6) || future))
      continue;
    char *method = text(L, name);
    char *local = path_join(L, L->class_name, method);
    char *target = local ? crate_name(L, st(L)->modpath, local) : NULL;
    char *dispatch = dispatch_name(L, "<dyn>", method);
    char *by_trait = trait_dyn ? dispatch_name(L, trait_dyn, method) : NULL;
    for (int k = 0; k < 2 && target; k++) {
      const char *q = k ? by_trait : dispatch;
      if (!q) continue;
      open_named(L, "<dyn dispatch>", item, (TSNode){0}, q);
      ll_tsl_add_name_use(L, name, target);
      ll_tsl_close_function(L);
    }
  }
}

/* `impl Type { fn … }`, `impl Trait for Type { … }`, `trait T { fn default … }`. */
static void lower_impl(ll_tsl *L, TSNode node) {
  TSNode type = ll_ts_field(node, "type");
  if (is(type, "generic_type")) type = ll_ts_field(type, "type");
  if (is(node, "trait_item")) type = ll_ts_field(node, "name");
  const char *saved = L->class_name;
  L->class_name = ts_node_is_null(type) ? "<impl>" : text(L, type);
  TSNode body = ll_ts_field(node, "body");
  for (uint32_t i = 0; i < nchildren(body); i++) {
    TSNode item = ts_node_named_child(body, i);
    if (is(item, "function_item")) lower_function(L, item);
  }
  if (is(node, "impl_item") && ll_tsl_fn(L) == 0 && !test_only(L, node)) add_dispatch(L, node, body);
  L->class_name = saved;
}

static void declare_closure_params(ll_tsl *L, TSNode node, bool param) {
  TSNode params = ll_ts_field(node, "parameters");
  for (uint32_t i = 0; i < nchildren(params); i++)
    declare_pattern(L, ts_node_named_child(params, i), param, 1);
}

static bool async_closure(ll_tsl *L, TSNode node) {
  return is(ll_ts_field(node, "body"), "async_block") || has_keyword(L, node, "async", 3);
}

/* A closure: its own function when given to service_fn (a handler) or written at module level;
 * otherwise in place, as code of the enclosing function that may run. */
/* A closure as a function of its own, named `name` (or after where it starts); its index. */
static int closure_function(ll_tsl *L, TSNode node, const char *name, bool handler) {
  char where[48];
  TSPoint at = ts_node_start_point(node);
  snprintf(where, sizeof where, "<closure:%u:%u>", at.row + 1, at.column + 1);
  int index = open_named(L, name ? name : ll_arena_strdup(arena(L), where), node, (TSNode){0}, NULL);
  ll_function *fn = ll_builder_function(L->b, index);
  fn->is_async = async_closure(L, node);
  fn->convention_handler = handler;
  declare_closure_params(L, node, true);
  walk_body(L, ll_ts_field(node, "body"));
  ll_tsl_close_function(L);
  return index;
}

static void lower_closure(ll_tsl *L, TSNode node) {
  bool handler = st(L)->handler_arg == ts_node_start_byte(node) + 1;
  if (handler || ll_tsl_fn(L) == 0) {
    st(L)->handler_arg = 0;
    (void)closure_function(L, node, NULL, handler);
    return;
  }
  declare_closure_params(L, node, false);
  ll_builder_push_condition(L->b);
  walk_body(L, ll_ts_field(node, "body"));
  ll_builder_pop_condition(L->b);
}

/* ---- statics and lets ------------------------------------------------------------------------- */

static const char *const lazy_ctors[] = {"Lazy::new", "LazyLock::new", "LazyCell::new", "Lazy::force", NULL};

/* Whether `callee` builds a lazily initialised value (once_cell / std::sync). */
static bool lazy_ctor(const char *callee) {
  for (size_t i = 0; lazy_ctors[i]; i++)
    if (ll_streq(callee, lazy_ctors[i]) || (ends_with(callee, lazy_ctors[i]) && ends_with(callee, "::" "new") &&
                                            callee[strlen(callee) - strlen(lazy_ctors[i]) - 1] == ':'))
      return true;
  return false;
}

static bool container_type(ll_tsl *L, TSNode type) {
  if (ts_node_is_null(type)) return false;
  char *t = text(L, type);
  return strstr(t, "Vec<") || strstr(t, "HashMap<") || strstr(t, "HashSet<") || strstr(t, "BTreeMap<") ||
         strstr(t, "BTreeSet<") || strstr(t, "VecDeque<") || strstr(t, "DashMap<");
}

/* `static NAME: T = value;` / `const …`: a module binding; a lazy one's initialiser becomes the
 * function `<static NAME>`. */
static void lower_static_named(ll_tsl *L, TSNode node, TSNode name, TSNode type, TSNode value) {
  if (ts_node_is_null(name)) return;
  char *n = text(L, name);
  if (ll_tsl_fn(L) != 0) { /* a function-local static: initialised once */
    ll_tsl_declare_local(L, n);
    ll_builder_push_guard(L->b, NULL);
    if (!ts_node_is_null(value)) ll_tsl_walk(L, value);
    ll_builder_pop_guard(L->b);
    return;
  }
  ll_binding *b = ll_builder_add_binding(L->b, n);
  b->span = ll_ts_span(L->b, name);
  b->is_const = is(node, "const_item");
  b->kind = container_type(L, type) ? LL_BIND_CONTAINER : LL_BIND_UNKNOWN;
  if (ts_node_is_null(value)) return;
  char *callee = is(value, "call_expression") ? ll_tsl_callee_of(L, value) : NULL;
  if (callee && b->kind != LL_BIND_CONTAINER) {
    b->kind = LL_BIND_CALL;
    b->value_callee = callee;
  }
  if (rs_literal_value(L, value) && b->kind != LL_BIND_CONTAINER) b->kind = LL_BIND_SCALAR;
  /* the initialiser runs once, when first used: a function of its own */
  char fname[160];
  snprintf(fname, sizeof fname, "<static %.120s>", n);
  int index = open_named(L, ll_arena_strdup(arena(L), fname), node, name, NULL);
  (void)index;
  TSNode args = callee && lazy_ctor(callee) ? ll_ts_field(value, "arguments") : (TSNode){0};
  TSNode init = is(args, "arguments") && nchildren(args) ? ts_node_named_child(args, 0) : (TSNode){0};
  if (is(init, "closure_expression")) walk_body(L, ll_ts_field(init, "body"));
  else ll_tsl_walk(L, value);
  ll_tsl_close_function(L);
  /* other files of the crate that import the static reach its initialiser by its crate name */
  char *q = crate_name(L, st(L)->modpath, fname);
  if (q) LL_PUSH(st(L)->statics, st(L)->n_statics, st(L)->cap_statics, q);
}

static void lower_static(ll_tsl *L, TSNode node) {
  lower_static_named(L, node, ll_ts_field(node, "name"), ll_ts_field(node, "type"), ll_ts_field(node, "value"));
}

/* Skips `x?`, `x.await` and `&x` around a value. */
static TSNode unwrap(TSNode n) {
  for (int i = 0; i < 16 && (is(n, "try_expression") || is(n, "await_expression") ||
                             is(n, "reference_expression") || is(n, "parenthesized_expression"));
       i++) {
    TSNode inner = ll_ts_field(n, "value");
    n = ts_node_is_null(inner) && nchildren(n) ? ts_node_named_child(n, 0) : inner;
  }
  return n;
}

/* The call a value comes from, through `.unwrap()` / `.expect()` / `?` / `.await`. */
static TSNode value_call(ll_tsl *L, TSNode v) {
  for (int i = 0; i < 16; i++) {
    v = unwrap(v);
    if (!is(v, "call_expression")) return v;
    TSNode fn = ll_ts_field(v, "function");
    if (!is(fn, "field_expression")) return v;
    TSNode field = ll_ts_field(fn, "field");
    if (!text_is(L, field, "unwrap") && !text_is(L, field, "expect") && !text_is(L, field, "clone")) return v;
    v = ll_ts_field(fn, "value");
  }
  return v;
}

/* `Order::new(..)?.checked(..)?`: the constructor that starts a chain of method calls through `?`
 * and `.await` (a builder step on a package type keeps that type), or NULL. */
static const char *chain_ctor(ll_tsl *L, TSNode v) {
  for (int i = 0; i < 16 && is(v, "call_expression"); i++) {
    TSNode fn = ll_ts_field(v, "function");
    if (is(fn, "scoped_identifier")) return i ? ll_tsl_callee_of(L, v) : NULL;
    if (!is(fn, "field_expression")) return NULL;
    v = ll_ts_field(fn, "value");
    while (is(v, "try_expression") || is(v, "await_expression")) v = ts_node_named_child(v, 0);
  }
  return NULL;
}

static void lower_let(ll_tsl *L, TSNode node) {
  TSNode pattern = ll_ts_field(node, "pattern"), value = ll_ts_field(node, "value");
  uint32_t from = ll_builder_event_count(L->b);
  bool closure = is(value, "closure_expression") && ll_tsl_fn(L) != 0;
  if (!ts_node_is_null(value) && !closure) ll_tsl_walk(L, value);
  TSNode alt = ll_ts_field(node, "alternative");
  if (!ts_node_is_null(alt)) ll_tsl_walk_conditional(L, alt);
  if (is(pattern, "mut_pattern") && nchildren(pattern))
    pattern = ts_node_named_child(pattern, nchildren(pattern) - 1);
  if (is(pattern, "identifier") && is(value, "closure_expression") && ll_tsl_fn(L) != 0) {
    /* `let handler = |event| …; run(service_fn(handler))`: a function of its own, by its name */
    char *n = text(L, pattern);
    ll_tsl_declare_local(L, n);
    int index = closure_function(L, value, n, false);
    char *key = local_key(L, n);
    if (key) ll_strmap_put(&st(L)->closures, key, index);
    return;
  }
  if (is(pattern, "identifier")) {
    char *n = text(L, pattern);
    ll_tsl_declare_local(L, n);
    char *key = local_key(L, n);
    if (key && is(unwrap(value), "array_expression")) ll_strmap_put(&st(L)->literal_arrays, key, 1);
    else if (key) ll_strmap_put(&st(L)->literal_arrays, key, -1);
    TSNode call = value_call(L, value);
    const char *copied = NULL, *copied_arg = NULL; /* `let h = hook.clone()`: what `hook` holds */
    if (is(call, "identifier") && ll_tsl_find_local(L, text(L, call))) ll_tsl_ctor_of(L, text(L, call), &copied, &copied_arg);
    ll_tsl_remember_local(L, n, call);
    ll_tsl_local *made = ll_tsl_find_local(L, n);
    if (made && !copied && (!made->ctor || has_prefix(made->ctor, "<expr>"))) copied = chain_ctor(L, call);
    if (copied) {
      ll_tsl_local *local = ll_tsl_find_local(L, n);
      local->ctor = copied;
      local->ctor_arg = copied_arg;
    }
    ll_tsl_mark_assigned_call(L, from, unwrap(value), n, false);
    if (!ts_node_is_null(call) && !ts_node_eq(call, unwrap(value))) ll_tsl_mark_assigned_call(L, from, call, n, false);
    /* `let svc: Arc<dyn Repo> = …`, `let svc = Service { … }`: the type its methods resolve by */
    TSNode type = ll_ts_field(node, "type");
    if (ts_node_is_null(type) && is(unwrap(value), "struct_expression")) type = ll_ts_field(unwrap(value), "name");
    if (key && ts_node_is_null(type)) ll_strmap_put(&st(L)->declared, key, -1); /* shadowed */
    else if (key) declare_type(L, key, type);
  } else {
    declare_pattern(L, pattern, false, 1);
  }
}

/* ---- expressions ------------------------------------------------------------------------------ */

/* A read of static `base` in a function: a lazy-guarded use of its initialiser `<static NAME>`. */
static void add_static_use(ll_tsl *L, TSNode base) {
  if (ts_node_is_null(base) || !is(base, "identifier") || ll_tsl_fn(L) == 0) return;
  char *name = text(L, base);
  const ll_tsl_local *local = ll_tsl_find_local(L, name);
  const ll_binding *b = local ? NULL : ll_builder_binding(L->b, name);
  char fname[160];
  snprintf(fname, sizeof fname, "<static %.120s>", name);
  const char *target = ll_arena_strdup(arena(L), fname);
  if (!b && !local && strspn(name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == strlen(name)) {
    /* `use crate::constants::HTTP;` then `HTTP.get(…)`: the static of another file of the crate */
    const ll_import *imp = ll_builder_import_for_alias(L->b, name, ll_tsl_fn(L));
    const char *q = imp && imp->qualified && has_prefix(imp->qualified, "crate[") ? imp->qualified : NULL;
    const char *last = q ? last_segment(q) : NULL;
    target = last && last > q + 2 ? ll_tsl_join(L, ll_arena_strndup(arena(L), q, (size_t)(last - q)), "", fname) : NULL;
    if (!target) return;
  } else if (!b || b->kind == LL_BIND_FUNCTION) {
    return;
  }
  uint32_t ev = ll_tsl_add_event(L, LL_EV_NAME_USE, base);
  ll_event *e = ll_builder_event(L->b, ev);
  e->name = target;
  e->lazy_guard = true;
}

/* A read of a name or a field chain: a lazy static's read reaches its initialiser. */
static void lower_name(ll_tsl *L, TSNode node) {
  add_static_use(L, ll_tsl_chain_base(L, node));
  ll_tsl_lower_name_read(L, node);
}

/* The identifier a method chain starts from (`CLIENT` of `CLIENT.get_item().send()`), or null. */
static TSNode receiver_base(TSNode function) {
  TSNode v = function;
  for (int i = 0; i < 64 && !ts_node_is_null(v); i++) {
    v = unwrap(v);
    if (is(v, "identifier")) return v;
    if (is(v, "call_expression")) v = ll_ts_field(v, "function");
    else if (is(v, "field_expression")) v = ll_ts_field(v, "value");
    else if (is(v, "index_expression")) v = ts_node_named_child(v, 0);
    else break;
  }
  return (TSNode){0};
}

static void lower_field(ll_tsl *L, TSNode node) {
  TSNode value = ll_ts_field(node, "value");
  if (ts_node_is_null(ll_tsl_chain_base(L, node))) {
    ll_tsl_walk(L, value);
    TSNode field = ll_ts_field(node, "field");
    if (text_is(L, field, "deadline")) ll_tsl_add_event(L, LL_EV_CONTEXT_USE, node);
    return;
  }
  lower_name(L, node);
}

static const char *const blocking_callees[] = {"spawn_blocking", "block_in_place", "thread::spawn", NULL};
static const char *const once_methods[] = {"get_or_init", "get_or_try_init", "call_once", "get_or_insert_with",
                                           "call_once_force", NULL};
static const char *const handler_wrappers[] = {"service_fn", "handler_fn", NULL};

static bool in_names(const char *s, const char *const *names) {
  for (size_t i = 0; names[i]; i++)
    if (ll_streq(s, names[i])) return true;
  return false;
}

static bool blocking_callee(const char *callee) {
  for (size_t i = 0; blocking_callees[i]; i++)
    if (ends_with(callee, blocking_callees[i])) return true;
  return false;
}

/* A function named by a path (`crate::api::get`, `my_app::handler`, `ext::f`), qualified. */
static char *qualify_path(ll_tsl *L, TSNode path) {
  char *q = ll_tsl_qualify(L, path);
  if (!q) return NULL;
  if (has_prefix(q, "crate::") || has_prefix(q, "super::") || has_prefix(q, "self::")) return written_path(L, path, q);
  char *own = crate_path(L, path, q); /* the package's library or a path dependency */
  return own ? own : q;
}

/* service_fn(h): h is a handler. */
static void note_handler(ll_tsl *L, TSNode args) {
  TSNode arg = nchildren(args) ? ts_node_named_child(args, 0) : (TSNode){0};
  arg = unwrap(arg);
  if (is(arg, "closure_expression")) {
    st(L)->handler_arg = ts_node_start_byte(arg) + 1;
  } else if (is(arg, "identifier") && ll_tsl_find_local(L, text(L, arg))) {
    char *key = local_key(L, text(L, arg));
    int index = key ? ll_strmap_get(&st(L)->closures, key) : -1;
    if (index > 0) ll_builder_function(L->b, index)->convention_handler = true;
  } else if (is(arg, "identifier") && !ll_tsl_find_local(L, text(L, arg)) &&
             !ll_builder_import_for_alias(L->b, text(L, arg), ll_tsl_fn(L))) {
    char *local = path_join(L, st(L)->modpath, text(L, arg));
    if (local) LL_PUSH(st(L)->handlers, st(L)->n_handlers, st(L)->cap_handlers, local);
  } else if (is(arg, "identifier") || is(arg, "scoped_identifier")) {
    char *q = qualify_path(L, arg);
    if (q) LL_PUSH(st(L)->foreign, st(L)->n_foreign, st(L)->cap_foreign, q);
  }
}

/* `get(root)` in a function building an axum Router in a file that does not use lambda_http (a
 * library crate's `create_app()`): the route is kept for the builder's `<routes>` function, which a
 * Lambda binary serving that Router reaches per invocation (see served_router). */
static void note_route(ll_tsl *L, TSNode args) {
  TSNode arg = unwrap(nchildren(args) ? ts_node_named_child(args, 0) : (TSNode){0});
  const ll_function *owner = ll_tsl_fn(L) ? ll_builder_function(L->b, ll_tsl_fn(L)) : NULL;
  if (!owner || !owner->global_symbol || !(is(arg, "identifier") || is(arg, "scoped_identifier"))) return;
  if (is(arg, "identifier") && ll_tsl_find_local(L, text(L, arg))) return;
  bool imported = is(arg, "scoped_identifier") || ll_builder_import_for_alias(L->b, text(L, arg), ll_tsl_fn(L));
  char *handler = imported ? qualify_path(L, arg) : crate_name(L, st(L)->modpath, text(L, arg));
  char *entry = handler ? ll_tsl_join(L, owner->qualname, "\n", handler) : NULL;
  if (entry) LL_PUSH(st(L)->routes, st(L)->n_routes, st(L)->cap_routes, entry);
}

/* `lambda_http::run(app)` where `app = my_core::create_app()`, a Router built by a function of the
 * crate or another crate of the package: that builder's routes run per invocation. */
static void served_router(ll_tsl *L, TSNode args) {
  TSNode arg = unwrap(nchildren(args) ? ts_node_named_child(args, 0) : (TSNode){0});
  const char *ctor = NULL, *ctor_arg = NULL;
  if (is(arg, "identifier") && ll_tsl_find_local(L, text(L, arg))) ll_tsl_ctor_of(L, text(L, arg), &ctor, &ctor_arg);
  else if (is(arg, "call_expression")) ctor = ll_tsl_callee_of(L, arg);
  char *routes = ctor && has_prefix(ctor, "crate[") ? ll_tsl_join(L, ctor, "::", "<routes>") : NULL;
  if (routes) LL_PUSH(st(L)->foreign, st(L)->n_foreign, st(L)->cap_foreign, routes);
}

static void lower_call_node(ll_tsl *L, TSNode node) {
  char *callee = ll_tsl_callee_of(L, node);
  const char *method = callee ? last_segment(callee) : "";
  bool lambda_wrapper = callee && in_names(method, handler_wrappers) &&
                        (st(L)->uses_lambda || has_prefix(callee, "lambda_runtime") || has_prefix(callee, "lambda_http"));
  /* lambda_http before 0.4: `lambda_runtime::run(handler(func))` with `use lambda_http::handler` */
  lambda_wrapper |= callee && ll_streq(callee, "lambda_http::handler");
  /* axum routes served by lambda_http: `Router::new().route("/", get(handler))` */
  bool route = callee && st(L)->uses_lambda && has_prefix(callee, "axum::routing::");
  /* lambda_web: actix-web services `App::new().service(h)`, `web::get().to(h)` */
  route |= callee && st(L)->uses_lambda_web && (ll_streq(method, "service") || ll_streq(method, "to"));
  if (lambda_wrapper || route) note_handler(L, ll_ts_field(node, "arguments"));
  if (callee && !st(L)->uses_lambda && has_prefix(callee, "axum::routing::")) note_route(L, ll_ts_field(node, "arguments"));
  if (callee && (ll_streq(callee, "lambda_http::run") || ll_streq(callee, "lambda_http::run_with_streaming_response")))
    served_router(L, ll_ts_field(node, "arguments"));
  bool blocking = callee && blocking_callee(callee);
  bool once = callee && in_names(method, once_methods);
  TSNode fn = ll_ts_field(node, "function");
  TSNode receiver = is(fn, "field_expression") ? receiver_base(ll_ts_field(fn, "value")) : (TSNode){0};
  add_static_use(L, receiver);
  /* `COUNT.load(…) > 3`, `SEEN.lock().contains(&id)`: a read of the static itself */
  if (!ts_node_is_null(receiver) && ll_tsl_fn(L) != 0 && !ll_tsl_find_local(L, text(L, receiver)) &&
      ll_builder_binding(L->b, text(L, receiver)))
  {
    ll_tsl_add_name_use(L, receiver, text(L, receiver));
    ll_event *use = ll_builder_event(L->b, ll_builder_event_count(L->b) - 1);
    use->as.key.membership = ll_streq(method, "contains") || ll_streq(method, "contains_key");
  }
  st(L)->blocking_depth += blocking;
  if (once) ll_builder_push_guard(L->b, NULL);
  (void)ll_tsl_lower_call(L, node);
  if (once) ll_builder_pop_guard(L->b);
  st(L)->blocking_depth -= blocking;
}

/* `handles.push(handle)`, `handles.push(tokio::spawn(…))`: the tasks are held by the local
 * collection from then on, and joined when it is (`for h in handles { h.await }`, join_all). */
static void collect_handles(ll_tsl *L, TSNode function, TSNode args, const char *method) {
  static const char *const adds[] = {"push", "push_back", "push_front", "insert", "extend", NULL};
  TSNode coll = ll_ts_field(function, "value");
  if (!in_names(method, adds) || !is(coll, "identifier") || ll_tsl_fn(L) == 0) return;
  char *name = text(L, coll);
  if (!ll_tsl_find_local(L, name)) return;
  uint32_t from = ts_node_start_byte(args), to = ts_node_end_byte(args);
  for (uint32_t i = 0, n = ll_builder_event_count(L->b); i < n; i++) {
    ll_event *e = ll_builder_event(L->b, i);
    if (e->kind != LL_EV_SPAWN) continue;
    bool inside = e->span.start_byte >= from && e->span.end_byte <= to;
    bool moved = false;
    for (uint32_t k = 0; e->as.spawn.var && !inside && !moved && k < nchildren(args); k++) {
      TSNode a = unwrap(ts_node_named_child(args, k));
      moved = is(a, "identifier") && text_is(L, a, e->as.spawn.var);
    }
    if (inside || moved) e->as.spawn.var = name;
  }
}

/* The crate's method `method` of a type written `type` (`Arc<dyn Repo>` → "crate[…]::<dyn
 * Repo>::method", `State<Arc<BlogService>>` → "crate[…]::service::BlogService::method" when
 * BlogService is the crate's); NULL otherwise (an external crate's type, a generic). */
static char *type_target(ll_tsl *L, const char *type, const char *method) {
  static const char *const wrappers[] = {"Arc", "Rc", "Box", "State", "Extension", "Option", "Mutex", "RwLock",
                                         "RefCell", "Data", "Pin", "dyn", "impl", "mut", "Send", "Sync", NULL};
  bool dyn = false;
  for (const char *p = type; *p;) {
    if (!(*p == '_' || *p == ':' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9'))) {
      p++;
      continue;
    }
    size_t n = strspn(p, "_:abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    char *path = ll_arena_strndup(arena(L), p, n);
    p += n;
    if (ll_streq(path, "dyn") || ll_streq(path, "impl")) dyn = true;
    const char *last = last_segment(path);
    if (in_names(last, wrappers) || *last < 'A' || *last > 'Z') continue;
    if (dyn) {
      char *d = ll_tsl_join(L, "<dyn ", last, ">");
      /* a trait another crate of the package declares (a `src/bin/` file's `use my_app::Repo`):
       * its impls register their dispatch under that crate */
      const ll_import *trait = ll_builder_import_for_alias(L->b, last, ll_tsl_fn(L));
      const char *q = trait && trait->qualified && has_prefix(trait->qualified, "crate[") ? trait->qualified : NULL;
      const char *end = q ? strstr(q, "]::") : NULL;
      if (d && end) return ll_tsl_join(L, ll_arena_strndup(arena(L), q, (size_t)(end + 1 - q)), "::", ll_tsl_join(L, d, "::", method));
      return d ? dispatch_name(L, d, method) : NULL;
    }
    char *q = NULL;
    size_t head = strcspn(path, ":");
    const ll_import *imp = ll_builder_import_for_alias(L->b, ll_arena_strndup(arena(L), path, head), ll_tsl_fn(L));
    if (has_prefix(path, "crate::") || has_prefix(path, "super::") || has_prefix(path, "self::"))
      q = written_path(L, (TSNode){0}, path);
    else if (imp && imp->qualified) q = ll_tsl_join(L, imp->qualified, "", path + head);
    else if (!path[head] && ll_strmap_get(&st(L)->types, path) >= 0) q = crate_name(L, st(L)->modpath, path);
    return q && has_prefix(q, "crate[") ? ll_tsl_join(L, q, "::", method) : NULL;
  }
  return NULL;
}

/* The struct of this file an expression is (`self` in its impl, a local `ctx: Ctx` or `Ctx { … }`). */
static const char *struct_of(ll_tsl *L, TSNode value) {
  if (is(value, "self")) return ll_builder_function(L->b, ll_tsl_fn(L))->class_name;
  if (!is(value, "identifier") || !ll_tsl_find_local(L, text(L, value))) return NULL;
  char *key = local_key(L, text(L, value));
  int at = key ? ll_strmap_get(&st(L)->declared, key) : -1;
  if (at < 0) return NULL;
  const char *type = st(L)->decl_types[at];
  while (*type == '&' || *type == ' ') type++;
  if (has_prefix(type, "mut ")) type += 4;
  return ll_strmap_get(&st(L)->types, type) >= 0 ? type : NULL; /* a plain struct name */
}

/* The method a call on `base` (`self.repo`, a parameter `svc`) reaches by the declared type; ""
 * when the type is declared but not the crate's; NULL when it is not declared here. */
static char *receiver_target(ll_tsl *L, TSNode base, const char *method) {
  char *key = NULL;
  if (is(base, "field_expression")) {
    const char *owner = struct_of(L, ll_ts_field(base, "value"));
    key = owner ? ll_tsl_join(L, owner, "::", text(L, ll_ts_field(base, "field"))) : NULL;
  } else if (is(base, "identifier") && ll_tsl_find_local(L, text(L, base))) {
    key = local_key(L, text(L, base));
  }
  int at = key ? ll_strmap_get(&st(L)->declared, key) : -1;
  if (at < 0) return NULL;
  char *q = type_target(L, st(L)->decl_types[at], method);
  return q ? q : ""; /* a type declared, but not the crate's: no guessing */
}

static bool is_param(ll_tsl *L, const char *name) {
  const ll_function *fn = ll_builder_function(L->b, ll_tsl_fn(L));
  for (uint32_t i = 0; i < fn->n_params; i++)
    if (ll_streq(fn->params[i], name)) return true;
  return false;
}

/* `self.repo.fetch(url).await`, `svc.get(id).await`: a method on a field of self or a parameter
 * reaches the crate's method by the declared type (`Arc<dyn Repo>`: the impls of Repo); with no
 * type in sight, an awaited one reaches the crate's async methods of that name (see add_dispatch). */
static void dyn_call(ll_tsl *L, TSNode node, TSNode function, const ll_call *call) {
  if (!is(function, "field_expression") || call->receiver_ctor || has_prefix(call->callee, "crate[") ||
      !call->method || !*call->method || ll_tsl_fn(L) == 0)
    return;
  TSNode base = ll_ts_field(function, "value");
  char *q = receiver_target(L, base, call->method);
  if (q) { /* the receiver's declared type names the method */
    if (*q) ll_tsl_add_name_use(L, function, q);
    return;
  }
  if (!is(ts_node_parent(node), "await_expression")) return;
  for (int depth = 0; is(base, "field_expression") && depth < 16; depth++) base = ll_ts_field(base, "value");
  if (!is(base, "self") && !(is(base, "identifier") && is_param(L, text(L, base)))) return;
  char *dispatch = dispatch_name(L, "<dyn>", call->method);
  if (dispatch) ll_tsl_add_name_use(L, function, dispatch);
}

/* Whether the file defines a function or binds a local named `name` (`fn name(`, `let name =`, `fn name<`). */
static bool defines_fn(ll_tsl *L, const char *name) {
  const char *source = ll_builder_source(L->b);
  size_t n = strlen(name);
  for (const char *p = source ? strstr(source, name) : NULL; p; p = strstr(p + 1, name)) {
    const char *q = p;
    while (q > source && q[-1] == ' ') q--;
    bool fn = q - source >= 2 && ((q[-2] == 'f' && q[-1] == 'n') || (q - source >= 3 && !strncmp(q - 3, "let", 3)) ||
                                  (q - source >= 3 && !strncmp(q - 3, "mut", 3)));
    char c = p[n];
    if (fn && q != p && (c == '(' || c == '<' || c == ' ' || c == '=' || c == ':')) return true;
  }
  return false;
}

/* The language's effects of a call: a method on an expression the core cannot name keeps its
 * method; `block_on` on a blocking thread; writes to statics through their methods. */
static void rs_call_effects(ll_tsl *L, TSNode node, TSNode function, TSNode args, uint32_t index) {
  (void)node;
  ll_event *ev = ll_builder_event(L->b, index);
  ll_call *call = &ev->as.call;
  if (is(function, "generic_function")) { /* `mpsc::channel::<T>(8)`: the path without its types */
    function = ll_ts_field(function, "function");
    char *q = ll_streq(call->callee, "<expr>") && !is(function, "field_expression") ? ll_tsl_qualify(L, function) : NULL;
    if (q) {
      call->callee = q;
      call->method = last_segment(q);
    }
  }
  if (ll_streq(call->callee, "<expr>") && is(function, "field_expression")) {
    char *field = text(L, ll_ts_field(function, "field"));
    call->callee = ll_tsl_join(L, "<expr>", "::", field);
    call->method = field;
  }
  if (!call->callee) return;
  /* `hook.post(x)` where `hook = Hook::new(…)`, Hook a type of the package: its method Hook::post
   * (a type is CamelCase; a function's result is left alone) */
  const char *rc = call->receiver_ctor;
  /* … and in one chain: `WebSocket::new(&cfg).await.post(id)`, `Repo::connect()?.save(x)` */
  TSNode made = is(function, "field_expression") ? ll_ts_field(function, "value") : (TSNode){0};
  while (is(made, "await_expression") || is(made, "try_expression")) made = ts_node_named_child(made, 0);
  if (!rc && is(made, "call_expression") && is(ll_ts_field(made, "function"), "scoped_identifier"))
    rc = ll_tsl_callee_of(L, made);
  /* `Order::new(..)?.checked(..)?`: a step of a package type's builder chain keeps that type */
  const char *step = rc ? strstr(rc, "()::") : NULL;
  if (step) rc = ll_arena_strndup(arena(L), rc, (size_t)(step - rc));
  size_t head = rc ? strcspn(rc, ":") : 0;
  if (rc && rc[head] == ':' && ll_strmap_get(&st(L)->types, ll_arena_strndup(arena(L), rc, head)) >= 0)
    rc = crate_name(L, st(L)->modpath, rc); /* `Notifier::new()` of a type declared here */
  const char *type_end = rc && has_prefix(rc, "crate[") && is(function, "field_expression") ? strrchr(rc, ':') : NULL;
  const char *type_start = type_end && type_end - rc > 2 && type_end[-2] != ']' ? type_end - 2 : NULL;
  while (type_start && type_start > rc && type_start[-1] != ':' && type_start[-1] != ']') type_start--;
  if (type_start && *type_start >= 'A' && *type_start <= 'Z' && type_start[-1] == ':' && call->method &&
      *call->method) {
    char *type = ll_arena_strndup(arena(L), rc, (size_t)(type_end - 1 - rc));
    char *q = type ? ll_tsl_join(L, type, "::", call->method) : NULL;
    if (q) call->callee = q;
  }
  /* `crate::db::save(x)`, `super::util::f()`, `self::f()` called by their path */
  if (is(function, "scoped_identifier") && (has_prefix(call->callee, "crate::") || has_prefix(call->callee, "super::") ||
                                            has_prefix(call->callee, "self::"))) {
    char *q = written_path(L, function, ll_arena_strdup(arena(L), call->callee));
    if (q) call->callee = q;
  }
  /* `Jwks::fetch()`, `Self::fetch()`: an associated function of a type declared in this file */
  if (is(function, "scoped_identifier") && !has_prefix(call->callee, "crate[")) {
    const char *sep = strstr(call->callee, "::");
    char *type = sep ? ll_arena_strndup(arena(L), call->callee, (size_t)(sep - call->callee)) : NULL;
    const char *owner = ll_tsl_fn(L) > 0 ? ll_builder_function(L->b, ll_tsl_fn(L))->class_name : NULL;
    if (type && ll_streq(type, "Self") && owner) type = (char *)owner;
    char *q = type && !strstr(sep + 2, "::") && ll_strmap_get(&st(L)->types, type) >= 0
                  ? crate_name(L, st(L)->modpath, ll_tsl_join(L, type, "::", sep + 2))
                  : NULL;
    if (q) call->callee = q;
  }
  char *own = crate_path(L, function, call->callee); /* `my_app::work()` written out */
  if (own) {
    ev = ll_builder_event(L->b, index);
    call = &ev->as.call;
    call->callee = own;
  }
  /* `work()` after `use my_crate::*;`: my_crate::work, unless this file defines a `work` (one glob only) */
  if (st(L)->n_globs == 1 && (st(L)->glob_fn == 0 || st(L)->glob_fn == ll_tsl_fn(L)) && is(function, "identifier") &&
      *call->callee >= 'a' && *call->callee <= 'z' && text_is(L, function, call->callee) && !is_param(L, call->callee) &&
      !defines_fn(L, call->callee)) {
    char *q = ll_tsl_join(L, st(L)->glob, "::", call->callee);
    if (q) call->callee = q;
  }
  /* reqwest before 0.10: `reqwest::Client` is the synchronous client, named as later versions name it */
  if (st(L)->reqwest_sync && has_prefix(call->callee, "reqwest::") &&
      (has_prefix(call->callee + 9, "Client") || ll_streq(call->callee + 9, "get"))) {
    char *q = ll_tsl_join(L, "reqwest::blocking::", call->callee + 9, "");
    if (q) call->callee = q;
  }
  /* a task that feeds a channel made before it (a streamed response, a result read from `rx`):
   * its end is awaited through the channel */
  if (ll_streq(call->method, "channel") || ll_streq(call->method, "unbounded_channel")) st(L)->channel_fn = ll_tsl_fn(L);
  ll_event *spawn = ll_tsl_event_at(L, index, LL_EV_SPAWN, ts_node_start_byte(node));
  if (spawn && st(L)->channel_fn == ll_tsl_fn(L) && spawn->as.spawn.kind == LL_SPAWN_TASK) spawn->as.spawn.joined = true;
  ev = ll_builder_event(L->b, index);
  call = &ev->as.call;
  /* `.invocation_type(InvocationType::Event)`: the type as a keyword (LL507 reads it) */
  if (ll_streq(call->method, "invocation_type") && nchildren(args) > 0) {
    char *arg = text(L, ts_node_named_child(args, 0));
    ll_builder_add_keyword(L->b, index, "InvocationType", ll_arena_strdup(arena(L), last_segment(arg)));
    ev = ll_builder_event(L->b, index);
    call = &ev->as.call;
  }
  if (st(L)->blocking_depth > 0 && ll_streq(call->method, "block_on")) call->callee = "<blocking>::block_on";
  /* `self.helper()` inside `impl T`: the method T::helper of this crate */
  const char *owner = ll_tsl_fn(L) > 0 ? ll_builder_function(L->b, ll_tsl_fn(L))->class_name : NULL;
  if (owner && has_prefix(call->callee, "self::") && !strstr(call->callee + 6, "::")) {
    char *local = path_join(L, owner, call->callee + 6);
    char *q = local ? crate_name(L, st(L)->modpath, local) : NULL;
    if (q) call->callee = q;
  }
  if (is(function, "field_expression")) collect_handles(L, function, args, call->method);
  dyn_call(L, node, function, call);
  /* STATIC.lock().unwrap().push(x), COUNTER.fetch_add(1, …): the static changes */
  if (!is(function, "field_expression")) return;
  TSNode base = receiver_base(ll_ts_field(function, "value"));
  if (ts_node_is_null(base) || ll_tsl_fn(L) == 0) return;
  char *name = text(L, base);
  if (!ll_tsl_is_module_name(L, name)) return;
  const ll_binding *b = ll_builder_binding(L->b, name);
  if (!b || b->kind == LL_BIND_FUNCTION) return;
  static const char *const mutating[] = {"push", "push_back", "push_front", "insert", "extend", "append",
                                         "push_str", "entry", "clear", "drain", "pop", "pop_front", "pop_back",
                                         "remove", "truncate", "retain", "take", NULL};
  static const char *const counting[] = {"fetch_add", "fetch_sub", "store", "swap", "fetch_or", "fetch_and",
                                         "fetch_max", "fetch_min", "compare_exchange", "set", NULL};
  const char *m = call->method;
  bool mutate = in_names(m, mutating), count = in_names(m, counting);
  if (!mutate && !count) return;
  if (count && ll_streq(m, "set") && ll_builder_guarded(L->b, name)) return;
  ll_event *w = ll_tsl_add_write(L, function, name, mutate ? LL_WRITE_MUTATE : LL_WRITE_AUGMENT, (TSNode){0});
  w->as.write.method = m;
  if (ll_streq(m, "set")) w->as.write.kind = LL_WRITE_REBIND;
}

static void lower_await(ll_tsl *L, TSNode node) {
  uint32_t from = ll_builder_event_count(L->b);
  TSNode inner = nchildren(node) ? ts_node_named_child(node, 0) : (TSNode){0};
  ll_tsl_walk(L, inner);
  TSNode v = unwrap(inner);
  if (is(v, "identifier")) ll_tsl_push_awaited(L, text(L, v));
  ll_event *call = ll_tsl_event_at(L, from, LL_EV_CALL, ts_node_start_byte(v));
  if (call) call->as.call.awaited = true;
}

/* `X = v;`, `X += 1;` on a `static mut`. */
static void lower_assignment(ll_tsl *L, TSNode node) {
  TSNode left = ll_ts_field(node, "left"), right = ll_ts_field(node, "right");
  ll_tsl_walk(L, right);
  TSNode base = ll_tsl_chain_base(L, left);
  if (is(left, "index_expression")) base = ll_tsl_chain_base(L, ts_node_named_child(left, 0));
  if (!ts_node_is_null(base) && ll_tsl_fn(L) != 0 && ll_tsl_is_module_name(L, text(L, base))) {
    ll_write_kind kind = is(node, "compound_assignment_expr") ? LL_WRITE_AUGMENT
                         : is(left, "index_expression")      ? LL_WRITE_SUBSCRIPT
                         : is(left, "field_expression")      ? LL_WRITE_ATTRIBUTE
                                                             : LL_WRITE_REBIND;
    ll_tsl_add_write(L, node, text(L, base), kind, right);
    return;
  }
  if (!is(left, "identifier")) ll_tsl_walk(L, left);
}

static void lower_if(ll_tsl *L, TSNode node) {
  TSNode cond = ll_ts_field(node, "condition");
  if (is(cond, "let_condition")) ll_tsl_walk(L, ll_ts_field(cond, "value"));
  else ll_tsl_walk_test(L, cond);
  if (is(cond, "let_condition")) declare_pattern(L, ll_ts_field(cond, "pattern"), false, 1);
  ll_tsl_walk_conditional(L, ll_ts_field(node, "consequence"));
  TSNode alt = ll_ts_field(node, "alternative");
  if (!ts_node_is_null(alt)) ll_tsl_walk_conditional(L, alt);
}

static void lower_match(ll_tsl *L, TSNode node) {
  ll_tsl_walk(L, ll_ts_field(node, "value"));
  TSNode body = ll_ts_field(node, "body");
  for (uint32_t i = 0; i < nchildren(body); i++) {
    TSNode arm = ts_node_named_child(body, i);
    if (!is(arm, "match_arm")) continue;
    TSNode pattern = ll_ts_field(arm, "pattern");
    for (uint32_t k = 0; k < nchildren(pattern); k++)
      declare_pattern(L, ts_node_named_child(pattern, k), false, 1);
    ll_tsl_walk_conditional(L, ll_ts_field(arm, "value"));
  }
}

static void lower_loop_body(ll_tsl *L, ll_loop_kind kind, TSNode at, TSNode body) {
  ll_tsl_open_loop(L, kind, at);
  ll_tsl_walk(L, body);
  ll_tsl_close_loop(L);
}

/* Whether a for loop's iterable is bounded by the source: a range (`0..n`), an array literal, or a
 * local bound to one (`let names = ["a", "b"]; for n in names.iter()`): a counted loop. */
static bool counted_iterable(ll_tsl *L, TSNode value) {
  TSNode v = unwrap(value); /* the start of `[…].iter().enumerate()` */
  for (int i = 0; i < 16 && (is(v, "call_expression") || is(v, "field_expression")); i++)
    v = unwrap(ll_ts_field(v, is(v, "call_expression") ? "function" : "value"));
  if (is(v, "range_expression") || is(v, "array_expression")) return true;
  TSNode base = is(v, "identifier") ? v : (TSNode){0};
  char *key = ts_node_is_null(base) ? NULL : local_key(L, text(L, base));
  return key && ll_strmap_get(&st(L)->literal_arrays, key) >= 0;
}

/* `for h in handles { h.await? }` (also `.into_iter()`, `.drain(..)`, `h.join()`): every task
 * the local collection holds is joined. */
static void joined_through_loop(ll_tsl *L, TSNode value, TSNode pattern, size_t awaited_mark, uint32_t body_from) {
  TSNode v = unwrap(value);
  for (int i = 0; i < 4 && is(v, "call_expression"); i++) {
    TSNode fn = ll_ts_field(v, "function");
    TSNode field = is(fn, "field_expression") ? ll_ts_field(fn, "field") : (TSNode){0};
    if (!text_is(L, field, "into_iter") && !text_is(L, field, "drain") && !text_is(L, field, "iter_mut")) return;
    v = unwrap(ll_ts_field(fn, "value"));
  }
  if (!is(v, "identifier") || !is(pattern, "identifier") || !ll_tsl_find_local(L, text(L, v))) return;
  const char *item = text(L, pattern);
  bool joined = false;
  for (size_t i = awaited_mark; i < L->n_awaited && !joined; i++) joined = ll_streq(L->awaited[i], item);
  size_t n = strlen(item);
  for (uint32_t i = body_from, end = ll_builder_event_count(L->b); i < end && !joined; i++) {
    const ll_event *e = ll_builder_event(L->b, i);
    joined = e->kind == LL_EV_CALL && e->as.call.method && e->as.call.callee && ll_streq(e->as.call.method, "join") && !strncmp(e->as.call.callee, item, n) &&
             e->as.call.callee[n] == ':';
  }
  if (joined) ll_tsl_push_awaited(L, text(L, v));
}

static void lower_for(ll_tsl *L, TSNode node) {
  TSNode value = ll_ts_field(node, "value");
  uint32_t from = ll_builder_event_count(L->b);
  ll_tsl_walk(L, value);
  ll_event *call = ll_tsl_event_at(L, from, LL_EV_CALL, ts_node_start_byte(unwrap(value)));
  if (call) call->as.call.result_iterated = true;
  declare_pattern(L, ll_ts_field(node, "pattern"), false, 1);
  ll_tsl_open_loop(L, counted_iterable(L, value) ? LL_LOOP_FOR : LL_LOOP_FOREACH, node);
  ll_event *loop = ll_builder_event(L->b, ll_builder_event_count(L->b) - 1);
  if (loop->kind == LL_EV_LOOP) {
    TSNode v = unwrap(value);
    loop->as.loop.iterates = text(L, v);
    if (is(v, "call_expression")) loop->as.loop.iter_callee = ll_tsl_callee_of(L, v);
  }
  size_t awaited_mark = L->n_awaited;
  uint32_t body_from = ll_builder_event_count(L->b);
  ll_tsl_walk(L, ll_ts_field(node, "body"));
  ll_tsl_close_loop(L);
  joined_through_loop(L, value, ll_ts_field(node, "pattern"), awaited_mark, body_from);
}

static void lower_while(ll_tsl *L, TSNode node) {
  TSNode cond = ll_ts_field(node, "condition");
  ll_tsl_open_loop(L, LL_LOOP_WHILE, node);
  if (is(cond, "let_condition")) {
    ll_tsl_walk(L, ll_ts_field(cond, "value"));
    declare_pattern(L, ll_ts_field(cond, "pattern"), false, 1);
  } else {
    ll_tsl_walk_test(L, cond);
  }
  ll_tsl_walk(L, ll_ts_field(node, "body"));
  ll_tsl_close_loop(L);
}

static void lower_loop(ll_tsl *L, TSNode node) { lower_loop_body(L, LL_LOOP_INFINITE, node, ll_ts_field(node, "body")); }

/* `lazy_static! { static ref NAME: T = init; … }`: the token tree is re-parsed as items. */
static void lower_macro(ll_tsl *L, TSNode node) {
  TSNode mac = ll_ts_field(node, "macro");
  /* lambda_runtime before 0.1: `lambda!(handler)` */
  if ((text_is(L, mac, "lambda") && st(L)->uses_lambda) || text_is(L, mac, "lambda_runtime::lambda") ||
      text_is(L, mac, "lambda_http::lambda")) {
    TSNode tree = nchildren(node) > 1 ? ts_node_named_child(node, 1) : (TSNode){0};
    if (is(tree, "token_tree")) note_handler(L, tree);
    return;
  }
  TSNode tree = nchildren(node) > 1 ? ts_node_named_child(node, 1) : (TSNode){0};
  /* utoipa-axum's `routes!(handler)`: an axum route, as `get(handler)` is */
  if (is(tree, "token_tree") && (text_is(L, mac, "routes") || text_is(L, mac, "utoipa_axum::routes"))) {
    if (st(L)->uses_lambda) note_handler(L, tree);
    else note_route(L, tree);
    return;
  }
  if (!text_is(L, mac, "lazy_static") && !text_is(L, mac, "lazy_static::lazy_static")) return;
  if (!is(tree, "token_tree") || ts_node_end_byte(tree) - ts_node_start_byte(tree) < 2) return;
  TSRange range = {ts_node_start_point(tree), ts_node_end_point(tree), ts_node_start_byte(tree) + 1,
                   ts_node_end_byte(tree) - 1};
  range.start_point.column++;
  range.end_point.column = range.end_point.column ? range.end_point.column - 1 : 0;
  TSParser *parser = ts_parser_new();
  if (!parser) return;
  const char *src = ll_builder_source(L->b);
  TSTree *sub = NULL;
  if (ts_parser_set_language(parser, tree_sitter_rust()) && ts_parser_set_included_ranges(parser, &range, 1))
    sub = ts_parser_parse_string(parser, NULL, src, range.end_byte);
  if (sub) {
    TSNode root = ts_tree_root_node(sub);
    for (uint32_t i = 0; i < nchildren(root); i++) {
      TSNode item = ts_node_named_child(root, i);
      if (!is(item, "static_item")) continue;
      TSNode value = ll_ts_field(item, "value");
      lower_static_named(L, item, ll_ts_field(item, "name"), ll_ts_field(item, "type"), value);
    }
    ts_tree_delete(sub);
  }
  ts_parser_delete(parser);
}

static void ignore_node(ll_tsl *L, TSNode node) {
  (void)L;
  (void)node;
}

/* ---- prescan and root --------------------------------------------------------------------------- */

/* Whether the file starts a Lambda runtime with no top-level `use` of it: `lambda_http::run(app)`
 * written out, or a `use lambda_http::…` inside a block (`#[cfg(feature = "lambda")] { … }`). A
 * type written out (`Result<(), lambda_http::Error>`) is no start. */
static bool starts_lambda_runtime(ll_tsl *L, TSNode root) {
  static const char *const starters[] = {"run", "run_with_streaming_response", "run_concurrent", "service_fn",
                                         "handler_fn", NULL};
  const char *source = ll_builder_source(L->b);
  if (!source || (!strstr(source, "lambda_http") && !strstr(source, "lambda_runtime"))) return false;
  bool found = false;
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  for (bool more = true; more && !found;) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    bool block_use = is(n, "use_declaration") && is(ts_node_parent(n), "block");
    TSNode path = block_use ? ll_ts_field(n, "argument") : is(n, "call_expression") ? ll_ts_field(n, "function") : (TSNode){0};
    if (block_use || is(path, "scoped_identifier")) {
      char *t = text(L, path);
      found = (has_prefix(t, "lambda_http") || has_prefix(t, "lambda_runtime")) &&
              (block_use || in_names(last_segment(t), starters));
    }
    if (ts_tree_cursor_goto_first_child(&cursor)) continue;
    while (!(more = ts_tree_cursor_goto_next_sibling(&cursor)) && ts_tree_cursor_goto_parent(&cursor)) {}
  }
  ts_tree_cursor_delete(&cursor);
  return found;
}

static void rs_prescan(ll_tsl *L, TSNode root) {
  st(L)->uses_lambda |= starts_lambda_runtime(L, root);
  ll_strmap_init(&st(L)->top_fns);
  ll_strmap_init(&st(L)->closures);
  ll_strmap_init(&st(L)->literal_arrays);
  ll_strmap_init(&st(L)->types);
  ll_strmap_init(&st(L)->declared);
  locate(L, ll_builder_path(L->b));
  /* statics declared below the functions that use them */
  ll_tsl_children it = ll_tsl_children_begin(L, root);
  for (TSNode c; ll_tsl_children_next(&it, &c);) {
    if ((is(c, "struct_item") || is(c, "enum_item")) && !ts_node_is_null(ll_ts_field(c, "name")))
      ll_strmap_put(&st(L)->types, text(L, ll_ts_field(c, "name")), 1);
    TSNode fields = is(c, "struct_item") ? ll_ts_field(c, "body") : (TSNode){0};
    for (uint32_t i = 0; is(fields, "field_declaration_list") && i < nchildren(fields); i++) {
      TSNode f = ts_node_named_child(fields, i);
      if (is(f, "field_declaration") && !ts_node_is_null(ll_ts_field(f, "name")))
        declare_type(L, ll_tsl_join(L, text(L, ll_ts_field(c, "name")), "::", text(L, ll_ts_field(f, "name"))),
                     ll_ts_field(f, "type"));
    }
    if (!is(c, "static_item") && !is(c, "const_item")) continue;
    TSNode name = ll_ts_field(c, "name");
    if (ts_node_is_null(name)) continue;
    ll_binding *b = ll_builder_add_binding(L->b, text(L, name));
    b->kind = container_type(L, ll_ts_field(c, "type")) ? LL_BIND_CONTAINER : LL_BIND_UNKNOWN;
    b->span = ll_ts_span(L->b, name);
  }
  ll_tsl_children_end(L);
}

static void finish_handlers(ll_tsl *L, TSNode root) {
  for (size_t i = 0; i < st(L)->n_handlers; i++) {
    int f = ll_strmap_get(&st(L)->top_fns, st(L)->handlers[i]);
    if (f > 0) ll_builder_function(L->b, f)->convention_handler = true;
    else LL_PUSH(st(L)->foreign, st(L)->n_foreign, st(L)->cap_foreign,
                 crate_name(L, "", st(L)->handlers[i]));
  }
  /* each Router builder's routes, as a function `<builder>::<routes>` that reaches them */
  for (size_t i = 0; i < st(L)->n_routes; i++) {
    const char *cut = strchr(st(L)->routes[i], '\n');
    size_t n = (size_t)(cut - st(L)->routes[i]);
    if (i > 0 && !strncmp(st(L)->routes[i - 1], st(L)->routes[i], n + 1)) continue; /* done with the first */
    char *owner = ll_arena_strndup(arena(L), st(L)->routes[i], n);
    open_named(L, "<routes>", root, (TSNode){0}, ll_tsl_join(L, owner, "::", "<routes>"));
    for (size_t k = i; k < st(L)->n_routes && !strncmp(st(L)->routes[k], st(L)->routes[i], n + 1); k++)
      ll_tsl_add_name_use(L, root, strchr(st(L)->routes[k], '\n') + 1);
    ll_tsl_close_function(L);
  }
  /* each static's initialiser under its crate name, for the files that import it */
  for (size_t i = 0; i < st(L)->n_statics; i++) {
    open_named(L, "<static use>", root, (TSNode){0}, st(L)->statics[i]);
    ll_tsl_add_name_use(L, root, last_segment(st(L)->statics[i]));
    ll_event *use = ll_builder_event(L->b, ll_builder_event_count(L->b) - 1);
    use->lazy_guard = true;
    ll_tsl_close_function(L);
  }
  /* a handler defined in another file of the crate: a function here that uses it */
  for (size_t i = 0; i < st(L)->n_foreign; i++) {
    if (!st(L)->foreign[i]) continue;
    int index = open_named(L, "<lambda handler>", root, (TSNode){0}, NULL);
    ll_builder_function(L->b, index)->convention_handler = true;
    ll_tsl_add_name_use(L, root, st(L)->foreign[i]);
    ll_tsl_close_function(L);
  }
}

static void rs_lower_root(ll_tsl *L, TSNode root) {
  ll_tsl_walk_block(L, root);
  finish_handlers(L, root);
  ll_strmap_free(&st(L)->top_fns);
  ll_strmap_free(&st(L)->closures);
  ll_strmap_free(&st(L)->literal_arrays);
  ll_strmap_free(&st(L)->types);
  ll_strmap_free(&st(L)->declared);
  free(st(L)->decl_types);
  free(st(L)->handlers);
  free(st(L)->statics);
  free(st(L)->foreign);
  free(st(L)->routes);
  free(st(L)->deps);
}

/* ---- the language ------------------------------------------------------------------------------- */

static const char *const identifier_kinds[] = {"identifier", "self", "crate", "super", NULL};
static const ll_ts_member_form members[] = {{"scoped_identifier", "path", "name"},
                                            {"field_expression", "value", "field"},
                                            {NULL, NULL, NULL}};
static const ll_ts_call_form calls[] = {{"call_expression", "function", "arguments", "arguments", NULL, NULL},
                                        {NULL, NULL, NULL, NULL, NULL, NULL}};
static const char *const null_kinds[] = {NULL};
static const char *const mutators[] = {"push", "push_back", "push_front", "insert", "extend", "append", NULL};
static const char *const deadline_reads[] = {"deadline", NULL};
static const ll_ts_spawn_api spawns[] = {
    {"tokio::spawn", LL_SPAWN_TASK, true},         {"tokio::task::spawn", LL_SPAWN_TASK, true},
    {"tokio::task::spawn_local", LL_SPAWN_TASK, true}, {"tokio::task::spawn_blocking", LL_SPAWN_TASK, true},
    {"tokio::spawn_blocking", LL_SPAWN_TASK, true}, {"async_std::task::spawn", LL_SPAWN_TASK, true},
    {"std::thread::spawn", LL_SPAWN_THREAD, true}, {"thread::spawn", LL_SPAWN_THREAD, true},
    {"std::thread::scope", LL_SPAWN_THREAD, true},  {"rayon::spawn", LL_SPAWN_POOL, true},
    /* a rayon pool built per invocation (the global pool is built once, on first use) */
    {"rayon::ThreadPoolBuilder::new()::build", LL_SPAWN_POOL, true},
    {"rayon::ThreadPoolBuilder::new()::num_threads()::build", LL_SPAWN_POOL, true},
    {NULL, 0, false}};

static bool rs_call_is_sleep(const ll_call *call) {
  return ll_streq(call->callee, "tokio::time::sleep") || ll_streq(call->callee, "std::thread::sleep") ||
         ll_streq(call->callee, "thread::sleep") || ll_streq(call->callee, "async_std::task::sleep");
}

static bool rs_call_is_io(const ll_call *call) {
  static const char *const io_methods[] = {"send", "execute", "fetch_all", "fetch_one", "fetch_optional",
                                           "query", "query_one", "get_async", "set_async", "invoke",
                                           "send_message", "put_item", "get_item", NULL};
  if (in_names(call->method, io_methods)) return true;
  return has_prefix(call->callee, "reqwest::") || has_prefix(call->receiver_ctor, "reqwest::") ||
         has_prefix(call->callee, "tokio::fs::") || has_prefix(call->callee, "std::fs::");
}

/* A JoinHandle finished: `h.await` (the core's awaited list), `h.join()`, `h.abort()`, or a
 * join_all / JoinSet drain later in the function. */
static bool rs_joins(const ll_event *e, const char *var, ll_spawn_kind kind) {
  if (e->kind != LL_EV_CALL) return false;
  const ll_call *c = &e->as.call;
  if (ends_with(c->callee, "join_all") || ends_with(c->callee, "try_join_all") || ll_streq(c->method, "join_next") ||
      ll_streq(c->method, "join_all") || ends_with(c->callee, "FuturesUnordered::from_iter"))
    return true;
  if (!var) return false;
  size_t n = strlen(var);
  bool on_var = strncmp(c->callee, var, n) == 0 && c->callee[n] == ':';
  /* a rayon pool's `install` / `scope` run to completion on its threads */
  return on_var && (ll_streq(c->method, "join") || ll_streq(c->method, "abort") ||
                    (kind == LL_SPAWN_POOL && (ll_streq(c->method, "install") || ll_streq(c->method, "scope"))));
}

static bool rs_starts(const ll_event *e, const ll_spawn *spawn) {
  (void)e;
  (void)spawn;
  return false;
}

static const ll_ts_form_entry forms[] = {
    {"use_declaration", lower_use},
    {"mod_item", lower_mod},
    {"function_item", lower_function},
    {"impl_item", lower_impl},
    {"trait_item", lower_impl},
    {"closure_expression", lower_closure},
    {"static_item", lower_static},
    {"const_item", lower_static},
    {"let_declaration", lower_let},
    {"call_expression", lower_call_node},
    {"await_expression", lower_await},
    {"assignment_expression", lower_assignment},
    {"compound_assignment_expr", lower_assignment},
    {"if_expression", lower_if},
    {"match_expression", lower_match},
    {"for_expression", lower_for},
    {"while_expression", lower_while},
    {"loop_expression", lower_loop},
    {"break_expression", ll_tsl_lower_exit},
    {"return_expression", ll_tsl_lower_exit},
    {"macro_invocation", lower_macro},
    {"field_expression", lower_field},
    {"scoped_identifier", ll_tsl_lower_name_read},
    {"identifier", lower_name},
    /* types, attributes and comments carry no behaviour */
    {"line_comment", ignore_node},
    {"block_comment", ignore_node},
    {"attribute_item", ignore_node},
    {"inner_attribute_item", ignore_node},
    {"struct_item", ignore_node},
    {"enum_item", ignore_node},
    {"type_item", ignore_node},
    {"union_item", ignore_node},
    {"extern_crate_declaration", ignore_node},
    {"type_arguments", ignore_node},
    {"type_parameters", ignore_node},
    {"primitive_type", ignore_node},
    {"type_identifier", ignore_node},
    {"generic_type", ignore_node},
    {"macro_definition", ignore_node},
    {"foreign_mod_item", ignore_node},
};

static char *rs_without_2024_extern_words(const char *source, size_t len);

static const ll_ts_lang rust_lang = {
    .language = LL_LANG_RUST,
    .display_name = "Rust",
    .grammar = tree_sitter_rust,
    .forms = forms,
    .n_forms = sizeof(forms) / sizeof(*forms),
    .identifier_kinds = identifier_kinds,
    .members = members,
    .calls = calls,
    .separator = "::",
    .mutators = mutators,
    .deadline_reads = deadline_reads,
    .null_kinds = null_kinds,
    .spawns = spawns,
    .max_depth = 2000,
    .state_size = sizeof(rs_state),
    .string_value = rs_string_value,
    .literal_value = rs_literal_value,
    .call_effects = rs_call_effects,
    .call_is_io = rs_call_is_io,
    .call_is_sleep = rs_call_is_sleep,
    .starts = rs_starts,
    .joins = rs_joins,
    .prescan = rs_prescan,
    .lower_root = rs_lower_root,
    .parse_bytes = rs_without_2024_extern_words,
};

/* ---- files -------------------------------------------------------------------------------------- */

static bool rs_word_byte(char c) { return c == '_' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'); }

/* Whether the word `word` starts at `at` (whole word), and where the blanks after it end. */
static bool rs_word_at(const char *source, size_t len, size_t at, const char *word, size_t *after) {
  size_t n = strlen(word);
  if (at + n > len || memcmp(source + at, word, n) || (at && rs_word_byte(source[at - 1])) ||
      (at + n < len && rs_word_byte(source[at + n])))
    return false;
  size_t i = at + n;
  while (i < len && (source[i] == ' ' || source[i] == '\t' || source[i] == '\n' || source[i] == '\r')) i++;
  *after = i;
  return true;
}

/* The blanks before `at` skipped backwards: the index just past the previous non-blank byte. */
static size_t rs_skip_back(const char *source, size_t at) {
  while (at > 0 && (source[at - 1] == ' ' || source[at - 1] == '\t' || source[at - 1] == '\n' || source[at - 1] == '\r')) at--;
  return at;
}

/* The blanks after `at` skipped. */
static size_t rs_skip_blanks(const char *source, size_t len, size_t at) {
  while (at < len && (source[at] == ' ' || source[at] == '\t' || source[at] == '\n' || source[at] == '\r')) at++;
  return at;
}

/* tree-sitter-rust 0.24 (its newest release) predates forms valid crates use in extern blocks, so
 * they were syntax errors: Rust 2024's `unsafe extern "C" { … }` and its `safe fn` / `safe static`
 * items (cxx bridges), and foreign types `pub type Name;` (wasm-bindgen). A copy with those words or
 * items blanked (same length: offsets and lines unchanged) parses as an older extern block; NULL when
 * the file has none. */
static char *rs_without_2024_extern_words(const char *source, size_t len) {
  char *copy = NULL;
  for (const char *hit = memmem(source, len, "extern", 6); hit;
       hit = memmem(hit + 1, len - (size_t)(hit + 1 - source), "extern", 6)) {
    size_t at = (size_t)(hit - source), i;
    if (!rs_word_at(source, len, at, "extern", &i)) continue;
    if (i < len && source[i] == '"') { /* the ABI string */
      const char *close = memchr(source + i + 1, '"', len - i - 1);
      if (!close) continue;
      i = rs_skip_blanks(source, len, (size_t)(close - source) + 1);
    }
    if (i >= len || source[i] != '{') continue; /* `extern "C" fn`, `extern crate`: not a block */
    size_t before = at;
    while (before > 0 && (source[before - 1] == ' ' || source[before - 1] == '\t' || source[before - 1] == '\n')) before--;
    size_t unsafe_at = before >= 6 ? before - 6 : 0, unused;
    bool is_unsafe = before >= 6 && rs_word_at(source, len, unsafe_at, "unsafe", &unused);
    for (size_t depth = 0, j = i; j < len; j++) { /* the block's own items */
      size_t next, name_end;
      if (source[j] == '{') depth++;
      else if (source[j] == '}' && --depth == 0) break;
      else if (depth == 1 && rs_word_at(source, len, j, "safe", &next) &&
               (rs_word_at(source, len, next, "fn", &unused) || rs_word_at(source, len, next, "static", &unused))) {
        copy = copy ? copy : ll_strndup(source, len);
        memset(copy + j, ' ', 4);
      } else if (depth == 1 && rs_word_at(source, len, j, "type", &next)) { /* `type Name;`: no `=` */
        for (name_end = next; name_end < len && rs_word_byte(source[name_end]); name_end++) {
        }
        size_t semi = rs_skip_blanks(source, len, name_end);
        if (name_end == next || semi >= len || source[semi] != ';') continue;
        size_t from = j;
        if (from >= 4 && rs_word_at(source, len, rs_skip_back(source, from) - 3, "pub", &unused))
          from = rs_skip_back(source, from) - 3;
        copy = copy ? copy : ll_strndup(source, len);
        memset(copy + from, ' ', semi + 1 - from);
        j = semi;
      }
    }
    if (is_unsafe) {
      copy = copy ? copy : ll_strndup(source, len);
      memset(copy + unsafe_at, ' ', 6);
    }
  }
  return copy;
}

static ll_module *rust_lower(const char *path, const char *source, size_t len, const ll_lower_env *env,
                             char **problem) {
  rs_env = env;
  ll_module *m = ll_tsl_lower(&rust_lang, path, source, len, problem);
  rs_env = NULL;
  return m;
}

static char *rs_encoding_problem(const char *source, size_t len) { return ll_utf8_problem(source, len); }

static const char *const rust_extensions[] = {".rs", NULL};

const ll_frontend ll_frontend_rust = {
    .language = LL_LANG_RUST,
    .name = "rust",
    .extensions = rust_extensions,
    .lower = rust_lower,
    .may_hold_handler = NULL,
    .encoding_problem = rs_encoding_problem,
};
