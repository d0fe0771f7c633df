#include "engine/link.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/alloc.h"
#include "base/strmap.h"

typedef struct {
  uint32_t target;
  bool always; /* the call runs on every path through the caller */
  bool lazy;   /* under a lazy-init guard, stored to module state, or into a memoised function */
} edge;

typedef struct {
  edge *items;
  size_t n, cap;
} edge_list;

/* Per-module lookups, so that linking stays linear on modules with 10^5 functions and calls. */
typedef struct {
  ll_strmap function_by_qualname; /* qualname → first function index ≥ 1 */
  ll_strmap function_by_scope;    /* (parent, name) → first non-method function index ≥ 1 */
  ll_strmap binding_by_name;      /* name → first binding index */
  ll_strmap import_by_qualified;  /* qualified → first import with an alias */
  ll_strmap import_by_alias;      /* local name → first top-level import binding it (re-exports) */
  uint32_t *star_imports;         /* Python's top-level `from m import *`, in order */
  size_t n_star_imports, cap_star_imports;
} module_index;

struct ll_program {
  ll_module *const *modules;
  size_t n_modules;
  size_t *first_fn; /* global id of each module's functions[0] */
  size_t n_fns;
  char **canonical; /* each module's real path, for import resolution */
  ll_file_index by_path;
  ll_strmap globals; /* qualname → global function id, for functions marked global_symbol */
  ll_strmap go_package; /* Go: "folder|qualname" and "folder name|qualname" → function id (-2: ambiguous) */
  char **go_keys;       /* the keys of go_package (the map borrows them) */
  size_t n_go_keys, cap_go_keys;
  ll_strmap java_classes; /* a Java class's simple name → the first module declaring it */
  long *go_impl;          /* Go: per interface method id, what go_concrete() found (0: not yet, else id + 1) */
  edge_list *calls; /* per global function id */
  uint32_t *handlers;
  size_t n_handlers, cap_handlers;
  bool *reachable, *always, *no_deadline, *eager;
  module_index *index; /* per module */
  /* the visits' marks (fresh_visit_mark), kept between calls: a rule asks per finding, and a fresh
   * array per walk made each walk cost the whole program. One unit's rules run on one thread. */
  uint32_t *visit_stamp;
  uint32_t visit_mark;
};

static const char *const default_event_names[] = {"event", "_event", "evt", "e", "request", "req", "payload", "data", "message", "msg", "_", NULL};
static const char *const default_context_names[] = {"context", "_context", "ctx", "_ctx",
                                                    "lambda_context", "_", NULL};

static uint32_t gid(const ll_program *p, const ll_module *m, int fn) {
  return (uint32_t)(p->first_fn[m->id] + (size_t)fn);
}

/* ---- module resolution (Python's import system, limited to the files of this run) ---------- */

/* Length of the folder part of `path` ("a/b/c.py" → 3); 0 for a bare name. */
static size_t dir_length(const char *path, size_t len) {
  while (len > 0 && path[len - 1] != '/') len--;
  return len > 1 ? len - 1 : len; /* keep "/" for a file at the root */
}

/* Looks up buf[0..n) + suffix in `paths` (buf has room: callers check). */
static int lookup(const ll_strmap *paths, char *buf, size_t n, const char *suffix) {
  strcpy(buf + n, suffix);
  return ll_strmap_get(paths, buf);
}

/* The file in `paths` at dir/<dotted as a path>.py or …/__init__.py, or -1. Built in a stack
 * buffer: this runs for every import and every folder above it. */
static int module_at(const ll_strmap *paths, const char *dir, size_t dir_len, const char *dotted) {
  char buf[4096];
  size_t rel_len = strlen(dotted);
  if (dir_len + rel_len + 16 > sizeof(buf)) return -1;
  memcpy(buf, dir, dir_len);
  size_t n = dir_len;
  if (n && buf[n - 1] != '/') buf[n++] = '/';
  if (!rel_len) return lookup(paths, buf, n, "__init__.py");
  for (size_t i = 0; i < rel_len; i++) buf[n++] = dotted[i] == '.' ? '/' : dotted[i];
  int found = lookup(paths, buf, n, ".py");
  return found >= 0 ? found : lookup(paths, buf, n, "/__init__.py");
}

/* Resolves an import of `dotted` (with `level` leading dots) made by module `from`. Absolute
 * imports are looked up from the importer's folder upwards: Lambda puts the code root on the path. */
void ll_file_index_init(ll_file_index *self) {
  memset(self, 0, sizeof(*self));
  ll_strmap_init(&self->files);
  ll_strmap_init(&self->names);
}

void ll_file_index_set_analysed(ll_file_index *self, const char *const *analysed, size_t n) {
  self->analysed = analysed;
  self->n_analysed = n;
}

static void add_name(ll_file_index *self, const char *start, size_t n) {
  char known[256]; /* most names are known already: looked up without an allocation */
  if (n < sizeof known) {
    memcpy(known, start, n);
    known[n] = '\0';
    if (ll_strmap_get(&self->names, known) >= 0) return;
  }
  char *name = ll_strndup(start, n);
  if (n >= sizeof known && ll_strmap_get(&self->names, name) >= 0) {
    free(name);
    return;
  }
  LL_PUSH(self->owned, self->n_owned, self->cap_owned, name);
  ll_strmap_put(&self->names, name, 1);
}

static void push_layer_root(ll_file_index *self, char *root, char *scope) {
  size_t n_scopes = self->n_layer_roots;
  LL_PUSH(self->layer_scopes, n_scopes, self->cap_layer_scopes, scope);
  LL_PUSH(self->layer_roots, self->n_layer_roots, self->cap_layer_roots, root);
}

/* A layer folder of a Python file's path: a `python` folder below a folder whose name holds "layer"
 * (`layers/common/python/…`), or `source/lib` / `src/lib`. Recorded once, at most 64 of them. */
static void add_layer_root(ll_file_index *self, const char *path) {
  size_t n = strlen(path);
  if (n < 3 || strcmp(path + n - 3, ".py") || self->n_layer_roots >= 64) return;
  const char *root = NULL, *layer = NULL, *prev = NULL, *scope_end = NULL, *first = path;
  for (size_t i = 0; i < self->n_analysed; i++) { /* names from below the analysed folder on */
    const char *a = self->analysed[i];
    size_t k = a ? strlen(a) : 0;
    while (k > 1 && a[k - 1] == '/') k--;
    if (k && !strncmp(path, a, k) && path[k] == '/' && path + k + 1 > first) first = path + k + 1;
  }
  for (const char *seg = first; !root && *seg;) {
    size_t len = strcspn(seg, "/");
    if (!seg[len]) break; /* the file name */
    if (len == 6 && !strncmp(seg, "python", 6) && layer) root = seg + len;
    else if (len == 3 && !strncmp(seg, "lib", 3) && prev &&
             (!strncmp(prev, "source/", 7) || !strncmp(prev, "src/", 4)))
      root = seg + len, scope_end = prev;
    for (size_t i = 0; i + 5 <= len && !layer; i++)
      layer = (seg[i] | 0x20) != 'l' || strncasecmp(seg + i, "layer", 5) ? NULL : seg;
    if (layer == seg) scope_end = seg;
    prev = seg;
    seg += len + 1;
  }
  if (!root) return;
  for (size_t i = 0; i < self->n_layer_roots; i++)
    if (strlen(self->layer_roots[i]) == (size_t)(root - path) && !strncmp(self->layer_roots[i], path, (size_t)(root - path)))
      return;
  char *scope = scope_end && scope_end > path + 1 ? ll_strndup(path, (size_t)(scope_end - 1 - path)) : NULL;
  push_layer_root(self, ll_strndup(path, (size_t)(root - path)), scope);
}

/* Whether layer root `i` serves a module at `importer`. */
static bool layer_serves(const ll_file_index *self, size_t i, const char *importer) {
  const char *scope = self->layer_scopes[i];
  size_t n = scope ? strlen(scope) : 0;
  return !scope || (!strncmp(importer, scope, n) && importer[n] == '/');
}

/* A layer folder a template declares (canonical): its `python/` (the layer's zip layout), and the
 * folder itself (SAM's `BuildMethod: python3.x` builds `python/` from it). */
void ll_file_index_add_layer_dir(ll_file_index *self, const char *dir, const char *scope) {
  char *roots[2] = {ll_strfmt("%s/python", dir), ll_strdup(dir)};
  for (int r = 0; r < 2; r++) {
    bool known = self->n_layer_roots >= 64;
    for (size_t i = 0; i < self->n_layer_roots && !known; i++) known = strcmp(self->layer_roots[i], roots[r]) == 0;
    if (known) free(roots[r]);
    else push_layer_root(self, roots[r], scope ? ll_strdup(scope) : NULL);
  }
}

void ll_file_index_add(ll_file_index *self, const char *real_path, int index) {
  ll_strmap_put(&self->files, real_path, index);
  add_layer_root(self, real_path);
  const char *start = real_path;
  for (const char *c = real_path;; c++) {
    if (*c != '/' && *c != '\0') continue;
    size_t n = (size_t)(c - start);
    if (*c == '\0') { /* the file's stem */
      const char *dot = memchr(start, '.', n);
      add_name(self, start, dot ? (size_t)(dot - start) : n);
      break;
    }
    if (n) add_name(self, start, n);
    start = c + 1;
  }
}

void ll_file_index_free(ll_file_index *self) {
  for (size_t i = 0; i < self->n_owned; i++) free(self->owned[i]);
  free(self->owned);
  for (size_t i = 0; i < self->n_layer_roots; i++) {
    free(self->layer_roots[i]);
    free(self->layer_scopes[i]);
  }
  free(self->layer_roots);
  free(self->layer_scopes);
  ll_strmap_free(&self->files);
  ll_strmap_free(&self->names);
  memset(self, 0, sizeof(*self));
}

/* Whether an absolute import of `dotted` could name a file of the index at all. */
static bool could_exist(const ll_file_index *files, const char *dotted) {
  char first[256];
  size_t n = strcspn(dotted, ".");
  if (n == 0 || n >= sizeof(first)) return n == 0;
  memcpy(first, dotted, n);
  first[n] = '\0';
  return ll_strmap_get(&files->names, first) >= 0;
}

/* ---- JavaScript / TypeScript relative imports ----------------------------------------------- */

/* Whether `spec` is a relative JS module specifier ("./db", "../lib/client.js"). Python module
 * names never start with a dot (its relative level is counted apart), so the two cannot mix. */
static bool js_relative(const char *spec) {
  return spec[0] == '.' && (spec[1] == '/' || (spec[1] == '.' && spec[2] == '/'));
}

/* dir + "/" + spec with "." and ".." segments folded, into buf (size n); false when it does not fit. */
static bool js_join(const char *dir, size_t dir_len, const char *spec, char *buf, size_t n) {
  if (dir_len + strlen(spec) + 2 > n) return false;
  size_t k = dir_len;
  memcpy(buf, dir, dir_len);
  for (const char *seg = spec; *seg;) {
    size_t len = strcspn(seg, "/");
    if (len == 2 && seg[0] == '.' && seg[1] == '.') {
      while (k > 0 && buf[k - 1] != '/') k--;
      if (k > 0) k--; /* the slash: "a/b" → "a" */
    } else if (len && !(len == 1 && seg[0] == '.')) {
      buf[k++] = '/';
      memcpy(buf + k, seg, len);
      k += len;
    }
    seg += len;
    if (*seg == '/') seg++;
  }
  buf[k] = '\0';
  return true;
}

/* The file a relative import names: as written, with a source extension, as a folder's index, or a
 * TypeScript source imported under its compiled name ("./db.js" → db.ts). */
static int js_resolve(const ll_strmap *paths, const char *importer, const char *spec) {
  static const char *const exts[] = {"", ".js", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts", ".jsx",
                                     "/index.js", "/index.mjs", "/index.cjs", "/index.ts", "/index.tsx", NULL};
  static const char *const compiled[][2] = {{".js", ".ts"}, {".js", ".tsx"}, {".mjs", ".mts"}, {".cjs", ".cts"}};
  char buf[4096];
  if (!js_join(importer, dir_length(importer, strlen(importer)), spec, buf, sizeof buf - 16)) return -1;
  size_t n = strlen(buf);
  for (size_t i = 0; exts[i]; i++) {
    int found = lookup(paths, buf, n, exts[i]);
    if (found >= 0) return found;
  }
  buf[n] = '\0'; /* lookup() appended the extensions */
  for (size_t i = 0; i < sizeof compiled / sizeof *compiled; i++) {
    size_t k = strlen(compiled[i][0]);
    if (n <= k || strcmp(buf + n - k, compiled[i][0])) continue;
    int found = lookup(paths, buf, n - k, compiled[i][1]);
    if (found >= 0) return found;
  }
  return -1;
}

/* ---- Java imports ------------------------------------------------------------------------------ */

/* The file of the Java class `dotted` ("com.x.Repo"): <source root>/com/x/Repo.java, the source
 * root being the importer's folder or one above it (the package's depth). */
static int java_resolve_file(const ll_strmap *paths, const char *importer, const char *dotted) {
  char buf[4096];
  size_t n = strlen(dotted), dir = dir_length(importer, strlen(importer));
  for (int up = 0; up < 16 && dir > 0; up++, dir = dir_length(importer, dir)) {
    if (dir + n + 8 > sizeof buf) return -1;
    memcpy(buf, importer, dir);
    buf[dir] = '/';
    for (size_t i = 0; i < n; i++) buf[dir + 1 + i] = dotted[i] == '.' ? '/' : dotted[i];
    int found = lookup(paths, buf, dir + 1 + n, ".java");
    if (found >= 0) return found;
    if (dir <= 1) break;
  }
  return -1;
}

static bool java_file(const char *path) {
  size_t n = strlen(path);
  return n > 5 && strcmp(path + n - 5, ".java") == 0;
}

int ll_resolve_module(const ll_file_index *files, const char *importer, const char *dotted, int level) {
  if (level == 0 && java_file(importer)) return java_resolve_file(&files->files, importer, dotted);
  if (level == 0 && js_relative(dotted)) return js_resolve(&files->files, importer, dotted);
  if (level == 0 && !could_exist(files, dotted)) return -1;
  const ll_strmap *paths = &files->files;
  size_t dir = dir_length(importer, strlen(importer));
  for (int up = 1; up < level && dir > 1; up++) dir = dir_length(importer, dir);
  int found = module_at(paths, importer, dir, dotted);
  for (int up = 0; found < 0 && level == 0 && up < 8 && dir > 1; up++) {
    dir = dir_length(importer, dir);
    found = module_at(paths, importer, dir, dotted);
  }
  for (size_t i = 0; found < 0 && level == 0 && i < files->n_layer_roots; i++) /* a layer's module */
    if (layer_serves(files, i, importer))
      found = module_at(paths, files->layer_roots[i], strlen(files->layer_roots[i]), dotted);
  return found;
}

static const ll_function *function_of(const ll_program *p, uint32_t id, const ll_module **module);

static bool in_list(const char *name, size_t len, const char *const *list, size_t n);

static int find_module(const ll_program *p, size_t from, const char *dotted, int level) {
  return ll_resolve_module(&p->by_path, p->canonical[from], dotted, level);
}

int ll_resolve_import(const ll_file_index *paths, const char *importer, const ll_import *imp) {
  int target = -1;
  if (imp->member) {
    char *sub = *imp->module ? ll_concat(imp->module, ".", imp->member) : ll_strdup(imp->member);
    target = ll_resolve_module(paths, importer, sub, imp->relative_level);
    free(sub);
  }
  if (target < 0 && (*imp->module || imp->relative_level))
    target = ll_resolve_module(paths, importer, imp->module, imp->relative_level);
  return target;
}

/* ---- call resolution --------------------------------------------------------------------- */

static void build_index(ll_program *p, const ll_module *m) {
  module_index *x = &p->index[m->id];
  for (uint32_t i = 1; i < m->n_functions; i++) {
    const ll_function *fn = &m->functions[i];
    if (ll_strmap_get(&x->function_by_qualname, fn->qualname) < 0)
      ll_strmap_put(&x->function_by_qualname, fn->qualname, (int)i);
    if (fn->class_name) continue;
    if (ll_strmap_get_scoped(&x->function_by_scope, fn->parent, fn->name) < 0)
      ll_strmap_put_scoped(&x->function_by_scope, fn->parent, fn->name, (int)i);
  }
  for (uint32_t i = 0; i < m->n_bindings; i++)
    if (ll_strmap_get(&x->binding_by_name, m->bindings[i].name) < 0)
      ll_strmap_put(&x->binding_by_name, m->bindings[i].name, (int)i);
  for (uint32_t i = 0; i < m->n_imports; i++) {
    const ll_import *imp = &m->imports[i];
    if (imp->alias && imp->qualified && ll_strmap_get(&x->import_by_qualified, imp->qualified) < 0)
      ll_strmap_put(&x->import_by_qualified, imp->qualified, (int)i);
    if (imp->function != 0) continue;
    if (imp->alias && imp->qualified && ll_strmap_get(&x->import_by_alias, imp->alias) < 0)
      ll_strmap_put(&x->import_by_alias, imp->alias, (int)i);
    if (!imp->alias && !imp->member && m->language == LL_LANG_PYTHON) /* JavaScript: a bare import */
      LL_PUSH(x->star_imports, x->n_star_imports, x->cap_star_imports, i);
    if (!imp->alias && imp->member && !strcmp(imp->member, "*") && /* JavaScript's `export * from "./h"` */
        (m->language == LL_LANG_JAVASCRIPT || m->language == LL_LANG_TYPESCRIPT))
      LL_PUSH(x->star_imports, x->n_star_imports, x->cap_star_imports, i);
  }
}

/* ll_module_function_index(), through the index. */
static int function_index(const ll_program *p, const ll_module *m, const char *qualname) {
  return ll_strmap_get(&p->index[m->id].function_by_qualname, qualname);
}

static int function_named(const ll_program *p, const ll_module *m, const char *qualname) {
  int fn = function_index(p, m, qualname);
  if (fn >= 0) return fn;
  int bi = ll_strmap_get(&p->index[m->id].binding_by_name, qualname);
  const ll_binding *b = bi >= 0 ? &m->bindings[bi] : NULL;
  if (b && b->kind == LL_BIND_CLASS) {
    char *init = ll_concat(qualname, ".__init__", NULL);
    fn = function_index(p, m, init);
    free(init);
  }
  return fn;
}

/* Following a name through modules that import it from elsewhere is bounded: each resolution may
 * look into this many modules (hostile packages can import each other in circles). */
enum { LL_MAX_EXPORT_VISITS = 32 };

static long resolve_at(const ll_program *p, const ll_module *m, int caller, const char *callee, int *visits);

/* A name module `m` does not define itself but makes importable: a re-export (`from .db import
 * connect` in a package's __init__, so that `from pkg import connect` works; JavaScript's
 * `export { connect } from "./db"`) when `aliases`, or a name one of its star imports brings in
 * (Python's `from helpers import *`). The global id, or -1. */
static long resolve_exported(const ll_program *p, const ll_module *m, const char *name, bool aliases,
                             int *visits) {
  if (++*visits > LL_MAX_EXPORT_VISITS) return -1;
  const module_index *x = &p->index[m->id];
  if (aliases) {
    size_t head = strcspn(name, ".");
    char *alias = ll_strndup(name, head);
    int i = ll_strmap_get(&x->import_by_alias, alias);
    free(alias);
    if (i >= 0) {
      char *qualified = ll_concat(m->imports[i].qualified, name + head, NULL);
      long found = resolve_at(p, m, 0, qualified, visits);
      free(qualified);
      if (found >= 0) return found;
    }
  }
  for (size_t k = 0; k < x->n_star_imports && *visits <= LL_MAX_EXPORT_VISITS; k++) {
    const ll_import *imp = &m->imports[x->star_imports[k]];
    int target = find_module(p, m->id, imp->module, imp->relative_level);
    const ll_module *t = target >= 0 && (size_t)target != m->id ? p->modules[target] : NULL;
    int fn = t ? function_named(p, t, name) : -1;
    long found = fn >= 0 ? (long)gid(p, t, fn) : t ? resolve_exported(p, t, name, true, visits) : -1;
    if (found >= 0) return found;
  }
  return -1;
}

/* `name` as module `target` defines or re-exports it. */
static long resolve_member(const ll_program *p, int target, const char *name, int *visits) {
  if (target < 0 || !*name) return -1;
  const ll_module *t = p->modules[target];
  int fn = function_named(p, t, name);
  return fn >= 0 ? (long)gid(p, t, fn) : resolve_exported(p, t, name, true, visits);
}

/* `base` + the first k parts of `rest` as a module, the other parts as a function, longest first. */
static long resolve_in_modules(const ll_program *p, size_t from, int level, const char *base,
                               const char *rest, int *visits) {
  size_t n = strlen(rest);
  for (size_t cut = n; cut-- > 0;) {
    if (rest[cut] != '.') continue;
    char *head = ll_strndup(rest, cut);
    char *module = *base ? ll_concat(base, ".", head) : ll_strdup(head);
    long found = resolve_member(p, find_module(p, from, module, level), rest + cut + 1, visits);
    free(head);
    free(module);
    if (found >= 0) return found;
  }
  return *base ? resolve_member(p, find_module(p, from, base, level), rest, visits) : -1;
}

/* The import whose local name the qualified `callee` goes through (longest match). */
static const ll_import *import_for(const ll_program *p, const ll_module *m, const char *callee) {
  /* Candidates are `callee` and its prefixes ending before a dot, longest first. */
  char *prefix = ll_strdup(callee);
  const ll_import *found = NULL;
  for (size_t n = strlen(prefix);; n--) {
    if (prefix[n] == '.' || prefix[n] == '\0') {
      prefix[n] = '\0';
      int i = ll_strmap_get(&p->index[m->id].import_by_qualified, prefix);
      if (i >= 0) {
        found = &m->imports[i];
        break;
      }
    }
    if (n == 0) break;
  }
  free(prefix);
  return found;
}

static int local_function(const ll_program *p, const ll_module *m, int caller, const char *name) {
  for (int scope = caller; scope >= 0; scope = m->functions[scope].parent) {
    int i = ll_strmap_get_scoped(&p->index[m->id].function_by_scope, scope, name);
    if (i >= 0) return i;
  }
  return function_named(p, m, name);
}

/* JavaScript: `const save = require("./save"); save(x)` (or a default import) calls the module
 * itself, so its whole-module export: the function javascript.c names "handler" for `module.exports
 * = fn`, or "default" for `export default function () {}`. -1 when `callee` is no such import. */
static long js_module_called(const ll_program *p, const ll_module *m, const ll_import *imp, const char *callee) {
  if (imp->member || !imp->qualified || strcmp(imp->qualified, callee) || !js_relative(imp->module) ||
      (m->language != LL_LANG_JAVASCRIPT && m->language != LL_LANG_TYPESCRIPT))
    return -1;
  int target = find_module(p, m->id, imp->module, 0);
  if (target < 0) return -1;
  const ll_module *t = p->modules[target];
  static const char *const names[] = {"handler", "default"};
  for (size_t k = 0; k < 2; k++) {
    int fn = function_index(p, t, names[k]);
    if (fn >= 0 && t->functions[fn].parent == 0) return (long)gid(p, t, fn);
  }
  return -1;
}

/* JavaScript: `new Dao()` of a default import (`import Dao from "./dao"`) whose module says
 * `export default Dao` (javascript.c's binding "default" names the class): Dao's constructor. */
static long js_default_class_constructor(const ll_program *p, const ll_module *m, const char *callee) {
  const ll_import *imp = import_for(p, m, callee);
  if (!imp || imp->member || !imp->qualified || strcmp(imp->qualified, callee) || !js_relative(imp->module))
    return -1;
  int target = find_module(p, m->id, imp->module, 0);
  if (target < 0) return -1;
  const ll_module *t = p->modules[target];
  int bi = ll_strmap_get(&p->index[t->id].binding_by_name, "default");
  const ll_binding *b = bi >= 0 ? &t->bindings[bi] : NULL;
  if (!b || b->kind != LL_BIND_CLASS || !b->value_callee) return -1;
  char *ctor = ll_concat(b->value_callee, ".constructor", NULL);
  int fn = function_index(p, t, ctor);
  free(ctor);
  return fn >= 0 ? (long)gid(p, t, fn) : -1;
}

static const ll_function *function_of(const ll_program *p, uint32_t id, const ll_module **module);
static long resolve(const ll_program *p, const ll_module *m, int caller, const char *callee);

/* JavaScript: `api.remove()` with `api = createApi()`, a factory that returns an object literal
 * with that method (`return { async remove(id) {…} }`): the method nested in the factory. */
static long js_factory_method(const ll_program *p, const ll_module *m, int caller, const char *factory,
                              const char *method) {
  long id = resolve(p, m, caller, factory);
  if (id < 0) return -1;
  const ll_module *t = NULL;
  function_of(p, (uint32_t)id, &t);
  int parent = (int)((size_t)id - p->first_fn[t->id]);
  for (uint32_t i = 0; i < t->n_functions; i++)
    if (t->functions[i].parent == parent && !strcmp(t->functions[i].name, method)) return (long)gid(p, t, (int)i);
  return -1;
}

/* The global id of the function `callee` names from `caller` in module `m`, or -1. */
static long resolve_at(const ll_program *p, const ll_module *m, int caller, const char *callee, int *visits) {
  const ll_function *fn = &m->functions[caller];
  const char *dot = strchr(callee, '.');
  if (!dot) {
    int local = local_function(p, m, caller, callee);
    if (local >= 0) return (long)gid(p, m, local);
    long global = ll_strmap_get(&p->globals, callee);
    return global >= 0 ? global : resolve_exported(p, m, callee, caller == 0 && *visits > 0, visits);
  }
  if (fn->class_name && (!strncmp(callee, "self.", 5) || !strncmp(callee, "cls.", 4)) &&
      !strchr(dot + 1, '.')) {
    char *q = ll_concat(fn->class_name, ".", dot + 1);
    int method = function_index(p, m, q);
    free(q);
    return method >= 0 ? (long)gid(p, m, method) : -1;
  }
  int same = function_index(p, m, callee); /* Class.method */
  if (same >= 0) return (long)gid(p, m, same);
  const ll_import *imp = import_for(p, m, callee);
  if (!imp) return -1;
  long whole = js_module_called(p, m, imp, callee);
  if (whole >= 0) return whole;
  const char *tail = callee + strlen(imp->qualified);
  if (!imp->member) return resolve_in_modules(p, m->id, imp->relative_level, "", callee, visits);
  char *rest = ll_concat(imp->member, tail, NULL);
  long found = resolve_in_modules(p, m->id, imp->relative_level, imp->module, rest, visits);
  free(rest);
  return found;
}

static long resolve(const ll_program *p, const ll_module *m, int caller, const char *callee) {
  int visits = 0;
  return resolve_at(p, m, caller, callee, &visits);
}

/* ---- Java: classes of other files -------------------------------------------------------------- */

static void index_java_classes(ll_program *p) {
  for (size_t mi = 0; mi < p->n_modules; mi++) {
    const ll_module *m = p->modules[mi];
    if (m->language != LL_LANG_JAVA) continue;
    for (uint32_t i = 0; i < m->n_bindings; i++)
      if (m->bindings[i].kind == LL_BIND_CLASS && ll_strmap_get(&p->java_classes, m->bindings[i].name) < 0)
        ll_strmap_put(&p->java_classes, m->bindings[i].name, (int)mi);
  }
}

/* A Java callee of another class: "Repo.load", "com.x.Repo.load" (a static method, or a method of an
 * object built by `new Repo()`), "Repo" / "com.x.Repo" (`new Repo()`: its constructor "Repo.<init>").
 * Class names of a project are matched by their simple name. */
static long java_resolve(const ll_program *p, const char *callee) {
  if (strchr(callee, '(')) return -1;
  const char *last = strrchr(callee, '.');
  const char *tail = last ? last + 1 : callee;
  bool ctor = tail[0] >= 'A' && tail[0] <= 'Z';
  size_t class_end = ctor ? strlen(callee) : (size_t)(last ? last - callee : 0);
  if (class_end == 0) return -1;
  size_t class_start = class_end;
  while (class_start > 0 && callee[class_start - 1] != '.') class_start--;
  char *cls = ll_strndup(callee + class_start, class_end - class_start);
  int mi = ll_strmap_get(&p->java_classes, cls);
  long found = -1;
  if (mi >= 0) {
    char *q = ll_concat(cls, ".", ctor ? "<init>" : tail);
    int fn = function_index(p, p->modules[mi], q);
    if (fn >= 0) found = (long)gid(p, p->modules[mi], fn);
    free(q);
  }
  free(cls);
  return found;
}

static void add_edge(ll_program *p, uint32_t from, long to, bool always, bool lazy) {
  if (to < 0) return;
  const ll_module *m;
  const ll_function *target = function_of(p, (uint32_t)to, &m);
  edge e = {.target = (uint32_t)to, .always = always, .lazy = lazy || target->memoized};
  LL_PUSH(p->calls[from].items, p->calls[from].n, p->calls[from].cap, e);
}

/* Functions any file may call by their (qualified) name alone (C/C++ external linkage); the first
 * definition wins. */
static void index_global_symbols(ll_program *p) {
  for (size_t mi = 0; mi < p->n_modules; mi++) {
    const ll_module *m = p->modules[mi];
    for (uint32_t f = 1; f < m->n_functions; f++)
      if (m->functions[f].global_symbol && ll_strmap_get(&p->globals, m->functions[f].qualname) < 0)
        ll_strmap_put(&p->globals, m->functions[f].qualname, (int)gid(p, m, (int)f));
  }
}

/* ---- Go: a package is every .go file of a folder ---------------------------------------------- */

/* "key|name" into buf; false when it does not fit. */
static bool go_key(char *buf, size_t size, const char *key, size_t key_len, const char *name) {
  if (key_len + strlen(name) + 2 > size) return false;
  memcpy(buf, key, key_len);
  buf[key_len] = '|';
  strcpy(buf + key_len + 1, name);
  return true;
}

static void go_put(ll_program *p, const char *key, size_t key_len, const char *qualname, int id) {
  char buf[4096];
  if (!go_key(buf, sizeof buf, key, key_len, qualname)) return;
  int old = ll_strmap_get(&p->go_package, buf);
  if (old != -1) {
    if (old != id) ll_strmap_put(&p->go_package, buf, -2);
    return;
  }
  char *owned = ll_strdup(buf);
  LL_PUSH(p->go_keys, p->n_go_keys, p->cap_go_keys, owned);
  ll_strmap_put(&p->go_package, owned, id);
}

/* Package-level functions and methods of Go modules, by folder (the package) and by the folder's
 * name (what an import path ends with). */
static void index_go_packages(ll_program *p) {
  for (size_t mi = 0; mi < p->n_modules; mi++) {
    const ll_module *m = p->modules[mi];
    if (m->language != LL_LANG_GO) continue;
    const char *path = p->canonical[mi];
    size_t dir = dir_length(path, strlen(path));
    size_t base = dir;
    while (base > 0 && path[base - 1] != '/') base--;
    for (uint32_t f = 1; f < m->n_functions; f++) {
      if (m->functions[f].parent != 0) continue;
      int id = (int)gid(p, m, (int)f);
      go_put(p, path, dir, m->functions[f].qualname, id);
      char method[512];
      bool any = m->functions[f].class_name && !m->functions[f].interface_method; /* "*.m": what runs */
      if (any && snprintf(method, sizeof method, "*.%s", m->functions[f].name) < (int)sizeof method)
        go_put(p, path, dir, method, id);
      go_put(p, path + base, dir - base, m->functions[f].qualname, id);
      if (any && snprintf(method, sizeof method, "*.%s", m->functions[f].name) < (int)sizeof method)
        go_put(p, path + base, dir - base, method, id); /* `pkg.New(…).Handle`: by the folder's name too */
      if (m->package_path) { /* by the import path go.mod gives the package: "@example.com/app/store" */
        char *key = ll_concat("@", m->package_path, NULL);
        go_put(p, key, strlen(key), m->functions[f].qualname, id);
        free(key);
      }
    }
  }
}

/* Go package variables a file uses but another file of its folder declares (`vars.go`): each such
 * binding takes the declaring file's kind; when no file of the run declares it, its writes count as
 * guarded, so that a name the front-end could not place never reads as package state. */
static void resolve_go_package_vars(ll_program *p) {
  ll_strmap declared; /* "folder|name" → module */
  ll_strmap_init(&declared);
  char **keys = NULL;
  size_t n_keys = 0, cap_keys = 0;
  char buf[4096];
  for (int pass = 0; pass < 2; pass++)
    for (size_t mi = 0; mi < p->n_modules; mi++) {
      ll_module *m = p->modules[mi];
      if (m->language != LL_LANG_GO) continue;
      const char *path = p->canonical[mi];
      size_t dir = dir_length(path, strlen(path));
      for (uint32_t b = 0; b < m->n_bindings; b++) {
        ll_binding *binding = &m->bindings[b];
        if (pass == 0 ? binding->declared_elsewhere || binding->kind == LL_BIND_FUNCTION : !binding->declared_elsewhere)
          continue;
        if (!go_key(buf, sizeof buf, path, dir, binding->name)) continue;
        int owner = ll_strmap_get(&declared, buf);
        if (pass == 0) {
          if (owner >= 0) continue;
          char *owned = ll_strdup(buf);
          LL_PUSH(keys, n_keys, cap_keys, owned);
          ll_strmap_put(&declared, owned, (int)mi);
          continue;
        }
        const ll_binding *decl = owner >= 0 ? ll_module_binding(p->modules[owner], binding->name) : NULL;
        if (decl) {
          binding->kind = decl->kind;
          binding->is_const = decl->is_const;
          continue;
        }
        for (uint32_t f = 0; f < m->n_functions; f++)
          for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
            ll_event *ev = &m->functions[f].events[e];
            if (ev->kind == LL_EV_MODULE_WRITE && !strcmp(ev->as.write.name, binding->name)) ev->as.write.lazy_guard = true;
          }
      }
    }
  for (size_t i = 0; i < n_keys; i++) free(keys[i]);
  free(keys);
  ll_strmap_free(&declared);
}

/* A Go callee no file resolved: a function of another file of the same package (`helper`,
 * `T.method`), or of a package of the run imported by path ("example.com/app/store.Save"). */
/* "@" + callee[0, n) as a package's import path, then "|" + the rest: the key of a function of a
 * package whose go.mod was read. */
static long go_by_import_path(const ll_program *p, const char *callee, size_t n) {
  char buf[4096];
  if (n + 2 >= sizeof buf) return -1;
  buf[0] = '@';
  memcpy(buf + 1, callee, n);
  if (!go_key(buf, sizeof buf, buf, n + 1, callee + n + 1)) return -1;
  int id = ll_strmap_get(&p->go_package, buf);
  return id >= 0 ? id : -1;
}

static long go_resolve(const ll_program *p, const ll_module *m, const char *callee) {
  char buf[4096];
  const char *path = p->canonical[m->id];
  size_t dir = dir_length(path, strlen(path));
  const char *slash = strrchr(callee, '/'), *dot = slash ? strchr(slash, '.') : NULL;
  if (slash && dot) { /* an import path: by go.mod, else its last element is the folder's name ("…/store.T.Save") */
    long exact = go_by_import_path(p, callee, (size_t)(dot - callee));
    if (exact >= 0) return exact;
    if (!go_key(buf, sizeof buf, slash + 1, (size_t)(dot - slash - 1), dot + 1)) return -1;
    int id = ll_strmap_get(&p->go_package, buf);
    return id >= 0 ? id : -1;
  }
  if (!go_key(buf, sizeof buf, path, dir, callee)) return -1;
  int id = ll_strmap_get(&p->go_package, buf);
  if (id >= 0 || !(dot = strchr(callee, '.'))) return id >= 0 ? id : -1;
  return go_by_import_path(p, callee, (size_t)(dot - callee)); /* a module's root package: "mysvc.Handle" */
}

/* Whether Go type `type` of the package in folder `dir` of `path` has a method `name` (its own). */
static bool go_has_method(const ll_program *p, const char *path, size_t dir, const char *type, const char *name) {
  char q[1024], buf[4096];
  if (snprintf(q, sizeof q, "%s.%s", type, name) >= (int)sizeof q || !go_key(buf, sizeof buf, path, dir, q)) return false;
  return ll_strmap_get(&p->go_package, buf) != -1;
}

/* Whether Go type `type` of module `m` is a generated test double: a struct embedding testify's
 * `mock.Mock`, or a type of a mocks folder / mock_*.go, *_mock.go file. It is never what a deployed
 * handler calls. */
static bool go_mock_type(const ll_program *p, const char *path, size_t dir, const char *type) {
  const char *file = path + dir + (path[dir] == '/');
  if (strstr(path, "/mocks/") || strstr(path, "/mock/") || !strncmp(file, "mock_", 5) ||
      (strlen(file) > 8 && !strcmp(file + strlen(file) - 8, "_mock.go")))
    return true;
  for (int i = 0; i < 4; i++) {
    char q[1024], buf[4096];
    if (snprintf(q, sizeof q, "%s.<embed%d>", type, i) >= (int)sizeof q || !go_key(buf, sizeof buf, path, dir, q)) break;
    int e = ll_strmap_get(&p->go_package, buf);
    if (e < 0) break;
    const ll_module *em;
    const ll_function *embed = function_of(p, (uint32_t)e, &em);
    if (embed->result_type && !strcmp(embed->result_type, "github.com/stretchr/testify/mock.Mock")) return true;
  }
  return false;
}

/* The one non-mock method implementing interface method `stub` of module `im`, or -1. */
static long go_find_concrete(const ll_program *p, const ll_module *im, const ll_function *stub) {
  long found = -1;
  for (size_t mi = 0; mi < p->n_modules; mi++) {
    const ll_module *m = p->modules[mi];
    if (m->language != LL_LANG_GO) continue;
    const char *path = p->canonical[mi];
    size_t dir = dir_length(path, strlen(path));
    for (uint32_t f = 1; f < m->n_functions; f++) {
      const ll_function *fn = &m->functions[f];
      if (fn->interface_method || !fn->class_name || fn->parent != 0 || strcmp(fn->name, stub->name)) continue;
      bool all = true;
      for (uint32_t g = 1; all && g < im->n_functions; g++) {
        const ll_function *other = &im->functions[g];
        if (other->interface_method && other->class_name && !strcmp(other->class_name, stub->class_name))
          all = go_has_method(p, path, dir, fn->class_name, other->name);
      }
      if (!all || go_mock_type(p, path, dir, fn->class_name)) continue;
      long candidate = (long)gid(p, m, (int)f);
      if (found >= 0 && found != candidate) return -1;
      found = candidate;
    }
  }
  return found;
}

/* What a call of interface method `id` runs: the method of the one type of the program that has every
 * method the interface declares (test doubles aside); `id` itself when there is none or more than one:
 * then nothing is followed. Found once per interface method. */
static long go_concrete(const ll_program *p, long id) {
  const ll_module *im;
  const ll_function *stub = function_of(p, (uint32_t)id, &im);
  if (!stub->interface_method) return id;
  if (p->go_impl[id]) return p->go_impl[id] - 1;
  long found = go_find_concrete(p, im, stub);
  p->go_impl[id] = (found >= 0 ? found : id) + 1;
  return p->go_impl[id] - 1;
}

/* Types and results: a receiver the front-end knew as a type ("Client", "example.com/app/store.Repo")
 * or as the call that built it ("store.New", "store.New().Repo"), followed through the result types
 * of functions and the types a struct embeds. Bounded: hostile code can chain without end. */
enum { GO_MAX_HOPS = 8 };

static long go_function(const ll_program *p, const ll_module *m, int caller, const char *name, int hops);

/* Method `method` of `type` as package module `m` names it (its own, or one its embedded types give). */
static long go_method(const ll_program *p, const ll_module *m, const char *type, const char *method, int hops) {
  if (!type || hops > GO_MAX_HOPS) return -1;
  char *q = ll_concat(type, ".", method);
  long id = go_resolve(p, m, q);
  free(q);
  for (int i = 0; id < 0 && i < 4; i++) { /* `type T struct{ Base }`: the front-end's T.<embedN> returns Base */
    char embed[32];
    snprintf(embed, sizeof embed, ".<embed%d>", i);
    q = ll_concat(type, embed, NULL);
    long e = go_resolve(p, m, q);
    free(q);
    if (e < 0) break;
    const ll_module *em;
    const ll_function *fn = function_of(p, (uint32_t)e, &em);
    id = go_method(p, em, fn->result_type, method, hops + 1);
  }
  return id;
}

/* Method `method` of what `receiver` holds: a type, else the result of the function it names. */
static long go_receiver_method(const ll_program *p, const ll_module *m, int caller, const char *receiver,
                               const char *method, int hops) {
  long id = go_method(p, m, receiver, method, hops);
  if (id >= 0 || hops > GO_MAX_HOPS) return id;
  long ctor = go_function(p, m, caller, receiver, hops + 1);
  if (ctor < 0) return -1;
  const ll_module *cm;
  const ll_function *fn = function_of(p, (uint32_t)ctor, &cm);
  return go_method(p, cm, fn->result_type, method, hops + 1);
}

/* The function `name` names: "helper", "store.Save", "T.Method", or "store.New().Handle" (a method of
 * what store.New returns). */
static long go_function(const ll_program *p, const ll_module *m, int caller, const char *name, int hops) {
  if (hops > GO_MAX_HOPS) return -1;
  const char *call = NULL;
  for (const char *c = strstr(name, "()."); c; c = strstr(c + 1, "().")) call = c;
  if (!call) {
    long id = resolve(p, m, caller, name);
    return id >= 0 ? id : go_resolve(p, m, name);
  }
  char *base = ll_strndup(name, (size_t)(call - name));
  long id = go_receiver_method(p, m, caller, base, call + 3, hops + 1);
  free(base);
  return id;
}

/* Whether function `fn` uses the module object `object` (calls one of its methods or passes it). */
static bool uses_object(const ll_function *fn, const char *object) {
  for (uint32_t e = 0; e < fn->n_events; e++) {
    const ll_event *ev = &fn->events[e];
    const char *name = ev->kind == LL_EV_CALL ? ev->as.call.callee : ev->kind == LL_EV_NAME_USE ? ev->name : NULL;
    if (name && ll_qname_has_prefix(name, object)) return true;
  }
  return false;
}

static const char *const route_verbs[] = {"get", "post", "put", "patch", "delete", "head", "options",
                                          "route", "api_route", "resolver", NULL};

/* The router object of a route (`@app.get("/x")` → "app", a module binding built by a call), as a
 * new string, or NULL when no decorator of `route` registers it with a module-level router. */
static char *route_router(const ll_module *m, const ll_function *route) {
  for (uint32_t d = 0; d < route->n_decorators; d++) {
    const char *dot = strchr(route->decorators[d], '.');
    if (!dot || strchr(dot + 1, '.') || !in_list(dot + 1, strlen(dot + 1), route_verbs, 0)) continue;
    char *object = ll_strndup(route->decorators[d], (size_t)(dot - route->decorators[d]));
    const ll_binding *b = ll_module_binding(m, object);
    if (b && b->kind == LL_BIND_CALL) return object;
    free(object);
  }
  return NULL;
}

/* Routes: `@app.get("/x")` registers a function with a module-level router; whatever dispatches
 * through that router (`app.resolve(event, context)`, `handle_request(app, …)`) may run it. */
static void link_routes(ll_program *p, const ll_module *m) {
  for (uint32_t g = 1; g < m->n_functions; g++) {
    char *object = route_router(m, &m->functions[g]);
    if (!object) continue;
    for (uint32_t f = 1; f < m->n_functions; f++)
      if (f != g && uses_object(&m->functions[f], object))
        add_edge(p, gid(p, m, (int)f), gid(p, m, (int)g), false, false);
    free(object);
  }
}

static void build_call_graph(ll_program *p) {
  index_global_symbols(p);
  index_go_packages(p);
  index_java_classes(p);
  for (size_t mi = 0; mi < p->n_modules; mi++) {
    const ll_module *m = p->modules[mi];
    link_routes(p, m);
    for (uint32_t f = 0; f < m->n_functions; f++) {
      const ll_function *fn = &m->functions[f];
      uint32_t from = gid(p, m, (int)f);
      for (uint32_t e = 0; e < fn->n_events; e++) {
        const ll_event *ev = &fn->events[e];
        if (ev->kind == LL_EV_CALL) {
          long to = resolve(p, m, (int)f, ev->as.call.callee);
          if (to < 0 && ev->as.call.receiver_ctor) { /* obj.method() with obj = SomeClass() */
            char *q = ll_concat(ev->as.call.receiver_ctor, ".", ev->as.call.method);
            to = resolve(p, m, (int)f, q);
            if (to < 0 && m->language == LL_LANG_GO) to = go_resolve(p, m, q);
            free(q);
          }
          if (to < 0 && m->language == LL_LANG_GO) to = go_resolve(p, m, ev->as.call.callee);
          if (to < 0 && m->language == LL_LANG_GO && ev->as.call.receiver_ctor)
            to = go_receiver_method(p, m, (int)f, ev->as.call.receiver_ctor, ev->as.call.method, 0);
          if (to < 0 && m->language == LL_LANG_GO) to = go_function(p, m, (int)f, ev->as.call.callee, 0);
          if (to < 0 && m->language == LL_LANG_JAVA) to = java_resolve(p, ev->as.call.callee);
          if (to < 0 && m->language == LL_LANG_JAVA && ev->as.call.receiver_ctor) {
            char *q = ll_concat(ev->as.call.receiver_ctor, ".", ev->as.call.method);
            to = java_resolve(p, q);
            free(q);
          }
          if (to < 0 && (m->language == LL_LANG_JAVASCRIPT || m->language == LL_LANG_TYPESCRIPT)) {
            char *q = ll_concat(ev->as.call.callee, ".", "constructor"); /* `new Svc()` runs Svc's constructor */
            to = resolve(p, m, (int)f, q);
            free(q);
            if (to < 0) to = js_default_class_constructor(p, m, ev->as.call.callee);
            if (to < 0 && ev->as.call.receiver_ctor)
              to = js_factory_method(p, m, (int)f, ev->as.call.receiver_ctor, ev->as.call.method);
          }
          if (to >= 0 && m->language == LL_LANG_GO) to = go_concrete(p, to);
          /* Java: `this.service = new Svc()` without a guard runs Svc's constructor every time */
          bool kept = ev->as.call.assigned_to_module && m->language != LL_LANG_JAVA;
          add_edge(p, from, to, !ev->conditional, ev->lazy_guard || kept);
        } else if (ev->kind == LL_EV_NAME_USE) {
          /* A function passed as a value (a thread target, a callback) may run: not always. */
          long to = resolve(p, m, (int)f, ev->name);
          if (to < 0 && m->language == LL_LANG_GO) to = go_function(p, m, (int)f, ev->name, 0);
          add_edge(p, from, to, false, ev->lazy_guard);
        }
      }
    }
  }
}

/* ---- handlers ----------------------------------------------------------------------------- */

static bool in_list(const char *name, size_t len, const char *const *list, size_t n) {
  for (size_t i = 0; n ? i < n : list[i] != NULL; i++)
    if (strlen(list[i]) == len && strncmp(name, list[i], len) == 0) return true;
  return false;
}

bool ll_handler_params_ok(const ll_options *o, const char *event, size_t event_len,
                          const char *context, size_t context_len) {
  bool event_ok = o->n_event_names ? in_list(event, event_len, o->event_names, o->n_event_names)
                                   : in_list(event, event_len, default_event_names, 0);
  bool context_ok = o->n_context_names ? in_list(context, context_len, o->context_names, o->n_context_names)
                                       : in_list(context, context_len, default_context_names, 0);
  return event_ok && context_ok;
}

static bool has_lambda_decorator(const ll_function *fn) {
  static const char *const markers[] = {"inject_lambda_context", "capture_lambda_handler",
                                        "lambda_handler_decorator", "event_source", NULL};
  for (uint32_t i = 0; i < fn->n_decorators; i++)
    for (size_t k = 0; markers[k]; k++)
      if (strstr(fn->decorators[i], markers[k])) return true;
  return false;
}

bool ll_handler_name_ok(const char *name, size_t n) {
  static const char *const exact[] = {"handler", "handle", "main", "lambda_main", NULL};
  for (size_t i = 0; exact[i]; i++)
    if (strlen(exact[i]) == n && !strncmp(name, exact[i], n)) return true;
  return (n > 8 && !strncmp(name + n - 8, "_handler", 8)) || (n > 7 && !strncmp(name, "handle_", 7));
}

static bool python_convention(const ll_function *fn, const ll_options *o) {
  if (fn->parent != 0 || fn->class_name || fn->n_params != 2) return false;
  if (has_lambda_decorator(fn) || strcmp(fn->name, "lambda_handler") == 0) return true;
  if (!ll_handler_name_ok(fn->name, strlen(fn->name))) return false;
  return ll_handler_params_ok(o, fn->params[0], strlen(fn->params[0]), fn->params[1], strlen(fn->params[1]));
}

/* Whether `path` names the module `dotted` ("app", "src.handlers.orders", "src/handlers/orders"). */
static bool path_is_module(const char *path, const char *dotted, size_t len) {
  const char *ext = strrchr(path, '.');
  const char *slash = strrchr(path, '/');
  size_t stem = ext && (!slash || ext > slash) ? (size_t)(ext - path) : strlen(path);
  if (len > stem) return false;
  const char *tail = path + stem - len;
  for (size_t i = 0; i < len; i++) {
    char want = dotted[i] == '.' ? '/' : dotted[i];
    if (tail[i] != want) return false;
  }
  return tail == path || tail[-1] == '/';
}

bool ll_handler_spec_names(const char *spec, const ll_module *m, const ll_function *fn) {
  const char *colon = strrchr(spec, ':');
  if (colon) {
    size_t n = (size_t)(colon - spec);
    size_t plen = strlen(m->path);
    return strcmp(colon + 1, fn->qualname) == 0 && n <= plen && strncmp(m->path + plen - n, spec, n) == 0 &&
           (n == plen || m->path[plen - n - 1] == '/');
  }
  const char *dot = strrchr(spec, '.');
  return dot && strcmp(dot + 1, fn->qualname) == 0 && path_is_module(m->path, spec, (size_t)(dot - spec));
}

static bool cli_names(const ll_options *o, const ll_module *m, const ll_function *fn) {
  for (size_t i = 0; i < o->n_handlers; i++)
    if (ll_handler_spec_names(o->handlers[i], m, fn)) return true;
  return false;
}

/* Calls that make the function passed to them the handler, in any language (the front-end records
 * that function as the call's `callback`): `run_handler(handle)`, `run_handler([&](auto &r) {…})`. */
static const char *const handler_registrars[] = {"aws::lambda_runtime::run_handler", "run_handler", NULL};

/* local_function() without a program's index (a registrar call is rare: one scan each). */
static int local_function_scan(const ll_module *m, int caller, const char *name) {
  for (int scope = caller; scope >= 0; scope = m->functions[scope].parent)
    for (uint32_t i = 1; i < m->n_functions; i++) {
      const ll_function *fn = &m->functions[i];
      if (fn->parent == scope && !fn->class_name && strcmp(fn->name, name) == 0) return (int)i;
    }
  int fn = ll_module_function_index(m, name);
  if (fn >= 0) return fn;
  const ll_binding *b = ll_module_binding(m, name);
  if (b && b->kind == LL_BIND_CLASS) {
    char *init = ll_concat(name, ".__init__", NULL);
    fn = ll_module_function_index(m, init);
    free(init);
  }
  return fn;
}

static void mark_registered_handlers(ll_module *m) {
  for (uint32_t f = 0; f < m->n_functions; f++) {
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL || !ev->as.call.callback) continue;
      if (!in_list(ev->as.call.callee, strlen(ev->as.call.callee), handler_registrars, 0)) continue;
      int target = local_function_scan(m, (int)f, ev->as.call.callback);
      if (target > 0 && !m->functions[target].handler) m->functions[target].handler = LL_HANDLER_CONVENTION;
    }
  }
}

size_t ll_module_mark_handlers(ll_module *m, const ll_options *o) {
  mark_registered_handlers(m);
  size_t count = 0;
  for (uint32_t f = 1; f < m->n_functions; f++) {
    ll_function *fn = &m->functions[f];
    if (cli_names(o, m, fn)) fn->handler = LL_HANDLER_CLI;
    else if (m->runbook_script) { /* Systems Manager runs it: only a template or --handler makes it Lambda code */
      if (fn->handler == LL_HANDLER_CONVENTION) fn->handler = LL_HANDLER_NONE;
    } else if (!fn->handler && m->language == LL_LANG_PYTHON && python_convention(fn, o))
      fn->handler = LL_HANDLER_CONVENTION;
    else if (!fn->handler && fn->convention_handler)
      fn->handler = LL_HANDLER_CONVENTION;
    if (!fn->handler) continue;
    if (fn->context_param < 0 && fn->n_params >= 2) fn->context_param = (int)fn->n_params - 1;
    count++;
  }
  return count;
}

/* Go: the function passed to lambda.Start in main.go may live in handler.go, and a method value
 * (`h.Handle`, recorded as "*.Handle") names the package's one method of that name. */
/* "pkg.New().Handle" → "pkg.*.Handle" (any method of that name in pkg), "New().Handle" → "*.Handle":
 * a method value on a call result whose result type is not known. Into buf. */
static const char *go_any_method(const char *callback, char *buf, size_t size) {
  const char *call = strstr(callback, "().");
  if (!call) return callback;
  const char *method = strrchr(callback, '.') + 1, *dot = call;
  while (dot > callback && *dot != '.' && *dot != '/') dot--;
  size_t n = *dot == '.' ? (size_t)(dot - callback) : 0;
  if (n + strlen(method) + 4 > size) return callback;
  snprintf(buf, size, "%.*s%s*.%s", (int)n, callback, n ? "." : "", method);
  return buf;
}

/* Whether a Go module wraps a router in a Lambda adapter (the front-end's list, go.c is_adapter). */
static bool go_builds_adapter(const ll_module *m) {
  static const char *const adapters[] = {"github.com/awslabs/aws-lambda-go-api-proxy/", "github.com/akrylysov/algnhsa.",
                                         "github.com/apex/gateway", NULL};
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
      const ll_event *ev = &m->functions[f].events[e];
      for (size_t i = 0; ev->kind == LL_EV_CALL && adapters[i]; i++)
        if (!strncmp(ev->as.call.callee, adapters[i], strlen(adapters[i]))) return true;
    }
  return false;
}

static void mark_go_handlers(ll_program *p) {
  char buf[4096];
  for (size_t mi = 0; mi < p->n_modules; mi++) {
    const ll_module *m = p->modules[mi];
    if (m->language != LL_LANG_GO) continue;
    for (uint32_t f = 0; f < m->n_functions; f++)
      for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
        const ll_event *ev = &m->functions[f].events[e];
        if (ev->kind != LL_EV_CALL || !ev->as.call.callback) continue;
        /* a route behind a Lambda adapter naming another package's function: "<route>pkg/path.F" */
        bool route = !strncmp(ev->as.call.callback, "<route>", 7);
        if (route ? !go_builds_adapter(m) : strncmp(ev->as.call.callee, "github.com/aws/aws-lambda-go/lambda.", 36))
          continue;
        long id = go_function(p, m, (int)f, ev->as.call.callback + (route ? 7 : 0), 0);
        if (id < 0) id = go_resolve(p, m, go_any_method(ev->as.call.callback, buf, sizeof buf));
        if (id < 0) continue;
        const ll_module *target;
        ll_function *fn = (ll_function *)function_of(p, (uint32_t)id, &target);
        if (!fn->handler) fn->handler = LL_HANDLER_CONVENTION;
      }
  }
}

/* Java: a class that inherits its handleRequest (the front-end's made-up one, `inherited_entry`) is
 * a handler when its base's handleRequest is one: a project's abstract handler implementing
 * RequestHandler, however many levels up. */
static void mark_java_inherited_handlers(ll_program *p) {
  for (int round = 0, changed = 1; changed && round < 16; round++) {
    changed = 0;
    for (size_t mi = 0; mi < p->n_modules; mi++) {
      ll_module *m = p->modules[mi];
      for (uint32_t f = 1; m->language == LL_LANG_JAVA && f < m->n_functions; f++) {
        ll_function *fn = &m->functions[f];
        for (uint32_t e = 0; fn->inherited_entry && !fn->convention_handler && e < fn->n_events; e++) {
          long to = fn->events[e].kind == LL_EV_CALL ? java_resolve(p, fn->events[e].as.call.callee) : -1;
          const ll_module *base;
          if (to >= 0 && function_of(p, (uint32_t)to, &base)->convention_handler)
            changed = fn->convention_handler = true;
        }
      }
    }
  }
}

static void mark_handlers(ll_program *p, const ll_options *o) {
  mark_go_handlers(p);
  mark_java_inherited_handlers(p);
  for (size_t mi = 0; mi < p->n_modules; mi++) {
    ll_module *m = p->modules[mi];
    if (!ll_module_mark_handlers(m, o)) continue;
    for (uint32_t f = 1; f < m->n_functions; f++)
      if (m->functions[f].handler) LL_PUSH(p->handlers, p->n_handlers, p->cap_handlers, gid(p, m, (int)f));
  }
}

/* Lambda adapters for web frameworks, bound at module level (`handler = Mangum(app)`): the binding
 * is the entry point and every request runs one of the app's routes. */
static const char *const lambda_adapters[] = {"mangum.Mangum", "apig_wsgi.make_lambda_handler", NULL};

bool ll_module_builds_adapter(const ll_module *m) {
  if (m->language != LL_LANG_PYTHON || m->n_functions == 0) return false;
  const ll_function *top = &m->functions[0];
  for (uint32_t e = 0; e < top->n_events; e++)
    if (top->events[e].kind == LL_EV_CALL && in_list(top->events[e].as.call.callee,
                                                     strlen(top->events[e].as.call.callee), lambda_adapters, 0))
      return true;
  return false;
}

/* A module that builds an adapter is Lambda code, and the routes registered with a module-level
 * router in it or in the modules it imports (directly or not: `app.include_router(...)`) are
 * entry points, reached on every invocation. They are roots of reachability, not handlers: they
 * take a request, not `(event, context)`, and may well be `async def`. */
static void mark_adapter_routes(ll_program *p) {
  bool *seen = NULL;
  int *queue = NULL;
  for (size_t mi = 0; mi < p->n_modules; mi++) {
    if (!ll_module_builds_adapter(p->modules[mi])) continue;
    p->modules[mi]->has_lambda_evidence = true;
    if (!seen) {
      seen = ll_calloc(p->n_modules, sizeof(bool));
      queue = ll_malloc(p->n_modules * sizeof(int));
    }
    size_t n = 0;
    memset(seen, 0, p->n_modules * sizeof(bool));
    seen[mi] = true;
    queue[n++] = (int)mi;
    for (size_t head = 0; head < n; head++) {
      const ll_module *m = p->modules[queue[head]];
      for (uint32_t i = 0; i < m->n_imports; i++) {
        int target = ll_resolve_import(&p->by_path, p->canonical[m->id], &m->imports[i]);
        if (target < 0 || seen[target]) continue;
        seen[target] = true;
        queue[n++] = target;
      }
      for (uint32_t g = 1; g < m->n_functions; g++) {
        char *router = route_router(m, &m->functions[g]);
        if (!router) continue;
        free(router);
        uint32_t id = gid(p, m, (int)g);
        bool known = false;
        for (size_t h = 0; h < p->n_handlers && !known; h++) known = p->handlers[h] == id;
        if (!known) LL_PUSH(p->handlers, p->n_handlers, p->cap_handlers, id);
      }
    }
  }
  free(seen);
  free(queue);
}

/* Java web apps on aws-serverless-java-container: a project that imports the container's handler
 * (`SpringBootLambdaContainerHandler.getAwsProxyHandler(App.class)` in a RequestStreamHandler) runs
 * the app's controller methods (`@GetMapping`, JAX-RS `@GET`: the front-end records them as
 * decorators) on invocations. They are roots like the adapter routes above, for the controllers
 * of the same source tree (up to `src/main/java/`, else the folder above the handler's). */
static const char *const java_containers[] = {
    "com.amazonaws.serverless.proxy.spring.SpringBootLambdaContainerHandler",
    "com.amazonaws.serverless.proxy.spring.SpringLambdaContainerHandler",
    "com.amazonaws.serverless.proxy.jersey.JerseyLambdaContainerHandler", NULL};
static const char *const java_container_packages[] = {"com.amazonaws.serverless.proxy.spring",
                                                      "com.amazonaws.serverless.proxy.jersey", NULL};

static bool java_container_module(const ll_module *m) {
  if (m->language != LL_LANG_JAVA) return false;
  for (uint32_t i = 0; i < m->n_imports; i++) {
    const ll_import *imp = &m->imports[i];
    if (imp->qualified && in_list(imp->qualified, strlen(imp->qualified), java_containers, 0)) return true;
    if (!imp->alias && imp->module && in_list(imp->module, strlen(imp->module), java_container_packages, 0))
      return true;
  }
  return false;
}

static bool java_route(const ll_function *fn) {
  for (uint32_t d = 0; d < fn->n_decorators; d++)
    if (!strncmp(fn->decorators[d], "org.springframework.web.bind.annotation.", 40) ||
        strstr(fn->decorators[d], ".ws.rs."))
      return true;
  return false;
}

/* The length of the source tree a Java file belongs to (its prefix through `src/main/java/`). */
static size_t java_tree(const char *path) {
  const char *at = strstr(path, "/src/main/java/");
  if (at) return (size_t)(at - path) + 15;
  size_t dir = dir_length(path, strlen(path));
  while (dir > 0 && path[dir - 1] == '/') dir--;
  return dir_length(path, dir);
}

static void mark_java_container_routes(ll_program *p) {
  for (size_t ci = 0; ci < p->n_modules; ci++) {
    if (!java_container_module(p->modules[ci])) continue;
    const char *root = p->canonical[ci];
    size_t n = java_tree(root);
    for (size_t mi = 0; mi < p->n_modules; mi++) {
      ll_module *m = p->modules[mi];
      if (m->language != LL_LANG_JAVA || strncmp(p->canonical[mi], root, n)) continue;
      for (uint32_t g = 1; g < m->n_functions; g++) {
        if (!java_route(&m->functions[g])) continue;
        uint32_t id = gid(p, m, (int)g);
        bool known = false;
        for (size_t h = 0; h < p->n_handlers && !known; h++) known = p->handlers[h] == id;
        if (!known) LL_PUSH(p->handlers, p->n_handlers, p->cap_handlers, id);
        m->has_lambda_evidence = true;
      }
    }
  }
}

/* ---- reachability ------------------------------------------------------------------------- */

static const ll_function *function_of(const ll_program *p, uint32_t id, const ll_module **module) {
  size_t lo = 0, hi = p->n_modules;
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (p->first_fn[mid] <= id) lo = mid;
    else hi = mid;
  }
  *module = p->modules[lo];
  return &p->modules[lo]->functions[id - p->first_fn[lo]];
}

static bool reads_deadline(const ll_function *fn) {
  for (uint32_t e = 0; e < fn->n_events; e++)
    if (fn->events[e].kind == LL_EV_CONTEXT_USE) return true;
  return false;
}

typedef enum { ANY_EDGE, ALWAYS_EDGES, EAGER_EDGES } edge_filter;

static bool passes(const edge *e, edge_filter filter) {
  return filter == ANY_EDGE || (filter == ALWAYS_EDGES ? e->always : !e->lazy);
}

/* Visits what `start` reaches through the edges `filter` lets pass; returns the list. */
/* Adds to seen[0..n) (each stamped `mark`) every function they reach through edges `filter`
 * passes, in breadth-first order; *count: how many in all. */
static uint32_t *visit_on(const ll_program *p, uint32_t *seen, size_t n, size_t cap, edge_filter filter,
                          uint32_t *stamp, uint32_t mark, size_t *count) {
  for (size_t head = 0; head < n; head++) {
    const edge_list *out = &p->calls[seen[head]];
    for (size_t i = 0; i < out->n; i++) {
      uint32_t t = out->items[i].target;
      if (stamp[t] == mark || !passes(&out->items[i], filter)) continue;
      stamp[t] = mark;
      LL_PUSH(seen, n, cap, t);
    }
  }
  *count = n;
  return seen;
}

static uint32_t *visit(const ll_program *p, uint32_t start, edge_filter filter, uint32_t *stamp,
                       uint32_t mark, size_t *count) {
  uint32_t *seen = NULL;
  size_t n = 0, cap = 0;
  LL_PUSH(seen, n, cap, start);
  stamp[start] = mark;
  return visit_on(p, seen, n, cap, filter, stamp, mark, count);
}

static void compute_reach(ll_program *p) {
  uint32_t *stamp = ll_calloc(p->n_fns ? p->n_fns : 1, sizeof(uint32_t));
  uint32_t mark = 0;
  for (size_t h = 0; h < p->n_handlers; h++) {
    size_t n = 0;
    uint32_t *seen = visit(p, p->handlers[h], ANY_EDGE, stamp, ++mark, &n);
    bool deadline = false;
    for (size_t i = 0; i < n && !deadline; i++) {
      const ll_module *m;
      deadline = reads_deadline(function_of(p, seen[i], &m));
    }
    for (size_t i = 0; i < n; i++) {
      p->reachable[seen[i]] = true;
      p->no_deadline[seen[i]] |= !deadline;
    }
    free(seen);
    seen = visit(p, p->handlers[h], ALWAYS_EDGES, stamp, ++mark, &n);
    for (size_t i = 0; i < n; i++) p->always[seen[i]] = true;
    free(seen);
    seen = visit(p, p->handlers[h], EAGER_EDGES, stamp, ++mark, &n);
    for (size_t i = 0; i < n; i++) p->eager[seen[i]] = true;
    free(seen);
  }
  free(stamp);
}

/* Lambda evidence: a handler, a reached function, or imported by a module that has evidence. */
static void compute_evidence(ll_program *p) {
  int *queue = ll_malloc((p->n_modules ? p->n_modules : 1) * sizeof(int));
  size_t n = 0;
  for (size_t mi = 0; mi < p->n_modules; mi++) {
    ll_module *m = p->modules[mi];
    for (uint32_t f = 0; f < m->n_functions && !m->has_lambda_evidence; f++)
      if (p->reachable[gid(p, m, (int)f)]) m->has_lambda_evidence = true;
    if (m->has_lambda_evidence) queue[n++] = (int)mi;
  }
  for (size_t head = 0; head < n; head++) {
    const ll_module *m = p->modules[queue[head]];
    for (uint32_t i = 0; i < m->n_imports; i++) {
      int target = ll_resolve_import(&p->by_path, p->canonical[m->id], &m->imports[i]);
      if (target < 0 || p->modules[target]->has_lambda_evidence) continue;
      p->modules[target]->has_lambda_evidence = true;
      queue[n++] = target;
    }
  }
  free(queue);
}

/* ---- the program ------------------------------------------------------------------------- */

ll_program *ll_program_new(ll_module *const *modules, const char *const *real_paths, size_t n_modules,
                           const ll_options *options) {
  return ll_program_new_with_layers(modules, real_paths, n_modules, options, NULL, NULL, 0, NULL, 0);
}

ll_program *ll_program_new_with_layers(ll_module *const *modules, const char *const *real_paths, size_t n_modules,
                                       const ll_options *options, const char *const *layer_dirs,
                                       const char *const *layer_scopes, size_t n_layer_dirs,
                                       const char *const *analysed, size_t n_analysed) {
  ll_program *p = ll_calloc(1, sizeof(*p));
  p->modules = modules;
  p->n_modules = n_modules;
  p->first_fn = ll_calloc(n_modules + 1, sizeof(size_t));
  p->canonical = ll_calloc(n_modules + 1, sizeof(char *));
  ll_file_index_init(&p->by_path);
  ll_file_index_set_analysed(&p->by_path, analysed, n_analysed);
  ll_strmap_init(&p->globals);
  ll_strmap_init(&p->go_package);
  ll_strmap_init(&p->java_classes);
  for (size_t mi = 0; mi < n_modules; mi++) {
    modules[mi]->id = (uint32_t)mi;
    p->first_fn[mi] = p->n_fns;
    p->n_fns += modules[mi]->n_functions;
    p->canonical[mi] = ll_strdup(real_paths[mi]);
    ll_file_index_add(&p->by_path, p->canonical[mi], (int)mi);
  }
  for (size_t i = 0; i < n_layer_dirs; i++) ll_file_index_add_layer_dir(&p->by_path, layer_dirs[i], layer_scopes[i]);
  size_t n = p->n_fns ? p->n_fns : 1;
  p->calls = ll_calloc(n, sizeof(edge_list));
  p->reachable = ll_calloc(n, sizeof(bool));
  p->always = ll_calloc(n, sizeof(bool));
  p->no_deadline = ll_calloc(n, sizeof(bool));
  p->eager = ll_calloc(n, sizeof(bool));
  p->go_impl = ll_calloc(n, sizeof(long));
  p->index = ll_calloc(n_modules + 1, sizeof(module_index));
  for (size_t mi = 0; mi < n_modules; mi++) build_index(p, modules[mi]);
  resolve_go_package_vars(p);
  build_call_graph(p);
  mark_handlers(p, options);
  mark_adapter_routes(p);
  mark_java_container_routes(p);
  compute_reach(p);
  compute_evidence(p);
  return p;
}

void ll_program_delete(ll_program *self) {
  if (!self) return;
  for (size_t i = 0; i < self->n_fns; i++) free(self->calls[i].items);
  for (size_t i = 0; i < self->n_modules; i++) free(self->canonical[i]);
  free(self->calls);
  free(self->canonical);
  free(self->first_fn);
  free(self->handlers);
  free(self->reachable);
  free(self->always);
  free(self->no_deadline);
  free(self->eager);
  free(self->go_impl);
  free(self->visit_stamp);
  ll_file_index_free(&self->by_path);
  ll_strmap_free(&self->globals);
  ll_strmap_free(&self->go_package);
  for (size_t i = 0; i < self->n_go_keys; i++) free(self->go_keys[i]);
  free(self->go_keys);
  ll_strmap_free(&self->java_classes);
  for (size_t i = 0; i < self->n_modules; i++) {
    ll_strmap_free(&self->index[i].function_by_qualname);
    ll_strmap_free(&self->index[i].function_by_scope);
    ll_strmap_free(&self->index[i].binding_by_name);
    ll_strmap_free(&self->index[i].import_by_qualified);
    ll_strmap_free(&self->index[i].import_by_alias);
    free(self->index[i].star_imports);
  }
  free(self->index);
  free(self);
}

static bool valid(const ll_program *p, const ll_module *m, int fn) {
  return m->id < p->n_modules && p->modules[m->id] == m && fn >= 0 && (uint32_t)fn < m->n_functions;
}

bool ll_program_reachable(const ll_program *self, const ll_module *m, int fn) {
  return valid(self, m, fn) && self->reachable[gid(self, m, fn)];
}

bool ll_program_eagerly_reached(const ll_program *self, const ll_module *m, int fn) {
  return valid(self, m, fn) && self->eager[gid(self, m, fn)];
}

bool ll_program_always_reached(const ll_program *self, const ll_module *m, int fn) {
  return valid(self, m, fn) && self->always[gid(self, m, fn)];
}

bool ll_program_deadline_read(const ll_program *self, const ll_module *m, int fn) {
  return valid(self, m, fn) && self->reachable[gid(self, m, fn)] && !self->no_deadline[gid(self, m, fn)];
}

size_t ll_program_handler_count(const ll_program *self) { return self->n_handlers; }

/* A mark no function carries yet in the program's kept visit marks (only those change). */
static uint32_t fresh_visit_mark(const ll_program *self) {
  ll_program *scratch = (ll_program *)self;
  if (!scratch->visit_stamp) scratch->visit_stamp = ll_calloc(self->n_fns ? self->n_fns : 1, sizeof(uint32_t));
  if (++scratch->visit_mark == 0) { /* wrapped: start the marks over */
    memset(scratch->visit_stamp, 0, self->n_fns * sizeof(uint32_t));
    scratch->visit_mark = 1;
  }
  return scratch->visit_mark;
}

void ll_program_visit_from_each(const ll_program *self, bool (*from)(const ll_module *m, int fn, void *user),
                                void (*each)(const ll_module *module, int fn, void *user), void *user) {
  if (!self) return;
  uint32_t mark = fresh_visit_mark(self), *seen = NULL;
  size_t n = 0, cap = 0;
  for (size_t i = 0; i < self->n_modules; i++)
    for (uint32_t f = 0; f < self->modules[i]->n_functions; f++)
      if (from(self->modules[i], (int)f, user)) {
        uint32_t id = gid(self, self->modules[i], (int)f);
        self->visit_stamp[id] = mark;
        LL_PUSH(seen, n, cap, id);
      }
  seen = visit_on(self, seen, n, cap, ANY_EDGE, self->visit_stamp, mark, &n);
  for (size_t i = 0; i < n; i++) { /* the walk is over: `each` may walk again */
    const ll_module *module = NULL;
    const ll_function *f = function_of(self, seen[i], &module);
    each(module, (int)(f - module->functions), user);
  }
  free(seen);
}

bool ll_program_visit_from(const ll_program *self, const ll_module *m, int fn,
                           bool (*each)(const ll_module *module, int fn, void *user), void *user) {
  if (!valid(self, m, fn)) return false;
  uint32_t mark = fresh_visit_mark(self);
  size_t n = 0;
  uint32_t *seen = visit(self, gid(self, m, fn), ANY_EDGE, self->visit_stamp, mark, &n);
  bool stopped = false;
  for (size_t i = 0; i < n && !stopped; i++) {
    const ll_module *module = NULL;
    const ll_function *f = function_of(self, seen[i], &module);
    stopped = each(module, (int)(f - module->functions), user);
  }
  free(seen);
  return stopped;
}
