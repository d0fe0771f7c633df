/* resolve.c — from a function's code location and handler string to files on disk. */

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "base/escape.h"
#include "base/path.h"
#include "discover/discover.h"
#include "template/template.h"

enum { LL_MAX_DEPTH = 8, LL_MAX_FILES = 4096, LL_MIN_FILE = 64, LL_MAX_FILE = 1 << 20 };

static bool is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A folder itself, not a symlink to one: the walk stays where the code location is. */
static bool is_real_dir(const char *path) {
  struct stat st;
  return lstat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static const char *skip_dot_slash(const char *rel) {
  while (rel[0] == '.' && rel[1] == '/') rel += 2;
  return rel;
}

const char *ll_tpl_join(ll_arena *arena, const char *dir, const char *rel) {
  rel = skip_dot_slash(rel);
  size_t n = strlen(rel);
  while (n > 1 && rel[n - 1] == '/') n--;
  if (n == 0 || (n == 1 && rel[0] == '.')) return ll_arena_strdup(arena, dir);
  if (rel[0] == '/' || strcmp(dir, ".") == 0) return ll_arena_strndup(arena, rel, n);
  char *joined = ll_strfmt("%s/%.*s", dir, (int)n, rel);
  const char *out = ll_arena_strdup(arena, joined);
  free(joined);
  return out;
}

/* ---- code location ------------------------------------------------------------------------ */

static bool is_image(const ll_tpl_function *fn) {
  return fn->package_type.text && strcmp(fn->package_type.text, "Image") == 0;
}

/* Terraform packages a single file too (archive_file source_file, the lambda module's
 * source_path = "src/app.py"): the code location is its folder, and the package holds only it. */
static const char *single_file(ll_tpl_doc *d, const ll_tpl_function *fn) {
  if (fn->kind != LL_TEMPLATE_TERRAFORM || !fn->code_uri.text) return NULL;
  const char *path = ll_tpl_join(d->arena, d->dir, fn->code_uri.text);
  return is_file(path) ? path : NULL;
}

static const char *parent_dir(ll_arena *arena, const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? ll_arena_strndup(arena, path, (size_t)(slash - path)) : ".";
}

static const char *code_dir(ll_tpl_doc *d, const ll_tpl_function *fn) {
  if (is_image(fn)) return NULL;
  if (fn->kind == LL_TEMPLATE_SERVERLESS) {
    if (!fn->code_uri.text) return d->dir;
    const char *module = ll_tpl_join(d->arena, d->dir, fn->code_uri.text);
    return is_dir(module) ? module : d->dir;
  }
  /* SAM without CodeUri builds the template's directory; an S3 location, inline code or an
   * intrinsic function is nothing we can read. */
  if (!fn->code_uri.present) return fn->kind == LL_TEMPLATE_SAM ? d->dir : NULL;
  if (!fn->code_uri.text) return NULL;
  const char *dir = ll_tpl_join(d->arena, d->dir, fn->code_uri.text);
  if (fn->kind == LL_TEMPLATE_TERRAFORM && single_file(d, fn)) return parent_dir(d->arena, dir);
  return is_dir(dir) ? dir : NULL;
}

/* ---- handler ------------------------------------------------------------------------------ */

static const char *const python_exts[] = {".py", NULL};
static const char *const node_exts[] = {".js", ".mjs", ".cjs", ".ts", NULL};
static const char *const any_exts[] = {".py", ".js", ".mjs", ".cjs", ".ts", NULL};

static const char *const *extensions_for(const char *runtime) {
  if (!runtime) return any_exts;
  if (strncmp(runtime, "python", 6) == 0) return python_exts;
  if (strncmp(runtime, "nodejs", 6) == 0) return node_exts;
  return NULL; /* Java, Go, .NET, Ruby, custom runtimes: not a script path */
}

/* "handlers.orders" → "handlers/orders" (Python packages); "src/handlers/orders" is kept. */
static char *module_path(const char *module, size_t n, bool python) {
  char *out = ll_strndup(module, n);
  char *last_slash = strrchr(out, '/');
  for (char *c = last_slash ? last_slash + 1 : out; python && *c; c++)
    if (*c == '.') *c = '/';
  return out;
}

static bool starts_with(const char *s, const char *prefix) { return s && strncmp(s, prefix, strlen(prefix)) == 0; }

/* The first of `candidates` (relative to the code location) that is a file. */
static void first_file(ll_tpl_doc *d, ll_tpl_function *fn, const char *const *candidates) {
  for (const char *const *c = candidates; *c && !fn->source_path; c++) {
    const char *path = ll_tpl_join(d->arena, fn->code_dir, *c);
    if (is_file(path)) fn->source_path = path;
  }
}

/* Compiled runtimes: Go and Rust on provided.* / go1.x → the main package (main.go) or the
 * crate's src/main.rs, whatever the Handler says (the handler is what main hands to the runtime
 * library). Java is resolve_java_handler()'s. */
static void resolve_compiled(ll_tpl_doc *d, ll_tpl_function *fn) {
  const char *runtime = fn->runtime.text;
  if (starts_with(runtime, "provided") || starts_with(runtime, "go1")) {
    static const char *const mains[] = {"main.go", "src/main.rs", NULL};
    first_file(d, fn, mains);
  }
}

/* Java: `Handler: pkg.Class::method` or `pkg.Class` (handleRequest) → the class's source under
 * the code location's Maven / Gradle layout, and the method as "Class.method". */
static void resolve_java_handler(ll_tpl_doc *d, ll_tpl_function *fn) {
  static const char *const roots[] = {"src/main/java/", "src/", "", NULL};
  const char *handler = fn->handler.text;
  const char *colons = strstr(handler, "::");
  size_t class_len = colons ? (size_t)(colons - handler) : strlen(handler);
  const char *method = colons && colons[2] ? colons + 2 : "handleRequest";
  if (class_len == 0 || class_len > 1024) return;
  char *cls = ll_strndup(handler, class_len);
  const char *simple = strrchr(cls, '.') ? strrchr(cls, '.') + 1 : cls;
  char *qual = ll_strfmt("%s.%s", simple, method);
  fn->handler_function = ll_arena_strdup(d->arena, qual);
  free(qual);
  for (char *c = cls; *c; c++)
    if (*c == '.') *c = '/';
  for (size_t i = 0; roots[i] && !fn->source_path; i++) {
    char *rel = ll_strfmt("%s%s.java", roots[i], cls);
    const char *path = ll_tpl_join(d->arena, fn->code_dir, rel);
    if (is_file(path)) fn->source_path = path;
    free(rel);
  }
  free(cls);
}

static void resolve_handler(ll_tpl_doc *d, ll_tpl_function *fn) {
  const char *handler = fn->handler.text;
  if (handler && fn->code_dir && fn->runtime.text && strncmp(fn->runtime.text, "java", 4) == 0) {
    resolve_java_handler(d, fn);
    return;
  }
  const char *dot = handler ? strrchr(handler, '.') : NULL;
  const char *const *exts = extensions_for(fn->runtime.present ? fn->runtime.text : NULL);
  if (!exts && fn->code_dir) resolve_compiled(d, fn);
  if (!dot || dot == handler || !dot[1] || !exts || !fn->code_dir) return;
  fn->handler_function = ll_arena_strdup(d->arena, dot + 1);
  for (const char *const *ext = exts; *ext && !fn->source_path; ext++) {
    char *module = module_path(handler, (size_t)(dot - handler), strcmp(*ext, ".py") == 0);
    char *rel = ll_strfmt("%s%s", module, *ext);
    const char *path = ll_tpl_join(d->arena, fn->code_dir, rel);
    if (is_file(path)) fn->source_path = path;
    free(rel);
    free(module);
  }
}

static const char *canonical(ll_arena *arena, const char *path) {
  char *real = path ? realpath(path, NULL) : NULL;
  const char *out = real ? ll_arena_strdup(arena, real) : NULL;
  free(real);
  return out;
}

/* Whether a canonical path is inside the analysed folder: nothing outside it is read or named. */
static bool inside_root(const ll_tpl_doc *d, const char *real) {
  return real && d->root && ll_path_inside(real, d->root);
}

/* One line on stderr, like the run's other diagnostics: a template pointing its code outside the
 * analysed folder (`CodeUri: /`, `../..`) is told, not followed. */
static void note_outside(ll_tpl_doc *d, const ll_tpl_function *fn) {
  const char *uri = fn->code_uri.text ? fn->code_uri.text : ".";
  if (d->noted && strcmp(d->noted, uri) == 0) return;
  d->noted = uri;
  char *path = ll_escape_line(d->path), *shown = ll_escape_line(uri);
  fprintf(stderr, "lambda-lint: %s: %s %s is outside the analysed folder; not read\n", path,
          fn->kind == LL_TEMPLATE_SERVERLESS ? "module" : "CodeUri", shown);
  free(path);
  free(shown);
}

/* ---- code files (LL601) -------------------------------------------------------------------- */

static bool is_source_name(const char *name) {
  static const char *const exts[] = {".py", ".js", ".mjs", ".cjs", ".ts", ".go", ".rs", ".java",
                                     ".rb", ".cs", ".c", ".cc", ".cpp", ".h", ".hpp", NULL};
  const char *dot = strrchr(name, '.');
  for (const char *const *e = exts; dot && *e; e++)
    if (strcmp(dot, *e) == 0) return true;
  return false;
}

/* The folders discovery skips (build output, virtualenvs, node_modules, …) and hidden ones. */
static bool skipped_dir(const char *name) { return name[0] == '.' || ll_discover_skips_dir(name); }

static bool hash_file(const char *path, uint64_t *size, uint64_t *hash) {
  FILE *f = fopen(path, "rb");
  if (!f) return false;
  uint64_t h = 14695981039346656037ull, n = 0;
  unsigned char buf[8192];
  for (size_t got; n <= LL_MAX_FILE && (got = fread(buf, 1, sizeof buf, f)) > 0; n += got)
    for (size_t i = 0; i < got; i++) h = (h ^ buf[i]) * 1099511628211ull;
  fclose(f);
  *size = n;
  *hash = h;
  return n >= LL_MIN_FILE && n <= LL_MAX_FILE;
}

typedef struct {
  ll_tpl_doc *d;
  ll_tpl_function *fn;
} ll_walk;

/* Adds file `path`; `real` is its canonical path when the walk knows it (a regular file in a
 * canonical folder), else NULL: resolved here. */
static void add_code_file(ll_walk *w, const char *path, const char *real) {
  ll_tpl_code_file file = {0};
  file.realpath = real ? ll_arena_strdup(w->d->arena, real) : canonical(w->d->arena, path);
  if (!inside_root(w->d, file.realpath)) return; /* a symlink out of the analysed folder */
  if (!hash_file(path, &file.size, &file.hash)) return;
  file.path = ll_arena_strdup(w->d->arena, path);
  ll_tpl_append(w->d->arena, (const void **)&w->fn->code_files, &w->fn->n_code_files, &file, sizeof(file));
}

static void walk(ll_walk *w, const char *dir, const char *real_dir, int depth);

/* `real_dir`: the canonical path of `dir`, or NULL. The entry's type from the listing saves a
 * stat and a realpath per file (thousands of functions' folders are walked before any analysis);
 * a symlink or an unknown type is looked at as before. */
static void visit(ll_walk *w, const char *dir, const char *real_dir, const struct dirent *e, int depth) {
  const char *name = e->d_name;
  if (w->fn->n_code_files >= LL_MAX_FILES || strcmp(name, ".") == 0 || strcmp(name, "..") == 0) return;
  bool known = real_dir && (e->d_type == DT_DIR || e->d_type == DT_REG);
  if (known && e->d_type == DT_REG && !is_source_name(name)) return;
  char *path = ll_strfmt("%s/%s", dir, name);
  char *real = known ? ll_strfmt("%s/%s", strcmp(real_dir, "/") ? real_dir : "", name) : NULL;
  if (known ? e->d_type == DT_DIR : is_real_dir(path)) {
    if (!skipped_dir(name) && depth < LL_MAX_DEPTH) walk(w, path, real, depth + 1);
  } else if (known || (is_source_name(name) && is_file(path))) {
    add_code_file(w, path, real);
  }
  free(real);
  free(path);
}

static void walk(ll_walk *w, const char *dir, const char *real_dir, int depth) {
  struct dirent **entries = NULL;
  int n = scandir(dir, &entries, NULL, alphasort);
  for (int i = 0; i < n; i++) {
    visit(w, dir, real_dir, entries[i], depth);
    free(entries[i]);
  }
  free(entries);
}

/* Functions sharing a code location share its file list: compared as canonical paths, so that one
 * folder spelled ten ways (`/usr/.`, `src/../src`) is walked once. The functions before `fn` are
 * indexed by location once (functions are resolved in order), not scanned per function. */
static bool reuse_code_files(ll_tpl_doc *d, ll_tpl_function *fn) {
  ll_project *p = d->project;
  while (p->n_code_dirs_seen < p->n_functions && p->functions[p->n_code_dirs_seen] != fn) {
    const ll_tpl_function *other = p->functions[p->n_code_dirs_seen];
    if (other->code_realpath && ll_strmap_get(&p->code_dirs, other->code_realpath) < 0)
      ll_strmap_put(&p->code_dirs, other->code_realpath, (int)p->n_code_dirs_seen);
    p->n_code_dirs_seen++;
  }
  if (p->n_code_dirs_seen < p->n_functions && p->functions[p->n_code_dirs_seen] == fn) {
    int first = ll_strmap_get(&p->code_dirs, fn->code_realpath);
    if (first < 0) return false;
    const ll_tpl_function *other = p->functions[first];
    if (other->kind != LL_TEMPLATE_TERRAFORM) { /* single_file() is never one of these */
      fn->code_files = other->code_files;
      fn->n_code_files = other->n_code_files;
      return true;
    }
  }
  for (size_t i = 0; i < p->n_functions; i++) { /* a Terraform single file may come first */
    const ll_tpl_function *other = p->functions[i];
    if (other == fn) return false; /* only functions resolved before this one */
    if (!other->code_realpath || strcmp(other->code_realpath, fn->code_realpath) != 0 || single_file(d, other)) continue;
    fn->code_files = other->code_files;
    fn->n_code_files = other->n_code_files;
    return true;
  }
  return false;
}

void ll_tpl_add_layer_dir(ll_tpl_doc *d, const char *dir, const char *rel, const char *scope_dir) {
  if (!rel || !*rel || strstr(rel, "://")) return; /* an S3 location: nothing local */
  const char *real = canonical(d->arena, ll_tpl_join(d->arena, dir, rel));
  const char *scope = canonical(d->arena, scope_dir);
  if (!real || !scope || !inside_root(d, real) || !is_real_dir(real)) return;
  for (uint32_t i = 0; i < d->project->n_layer_dirs; i++)
    if (strcmp(d->project->layer_dirs[i], real) == 0 && strcmp(d->project->layer_scopes[i], scope) == 0) return;
  uint32_t n_scopes = d->project->n_layer_dirs; /* one count for both arrays */
  ll_tpl_append(d->arena, (const void **)&d->project->layer_scopes, &n_scopes, &scope, sizeof scope);
  ll_tpl_append(d->arena, (const void **)&d->project->layer_dirs, &d->project->n_layer_dirs, &real, sizeof real);
}

void ll_tpl_resolve(ll_tpl_doc *d, ll_tpl_function *fn) {
  fn->code_dir = code_dir(d, fn);
  if (!fn->code_dir) return;
  fn->code_realpath = canonical(d->arena, fn->code_dir);
  if (!inside_root(d, fn->code_realpath)) {
    note_outside(d, fn);
    fn->code_dir = fn->code_realpath = NULL;
    return;
  }
  resolve_handler(d, fn);
  fn->source_realpath = canonical(d->arena, fn->source_path);
  if (fn->source_path && !inside_root(d, fn->source_realpath)) /* Handler: ../../x.handler */
    fn->source_path = fn->source_realpath = NULL;
  ll_walk w = {d, fn};
  const char *file = single_file(d, fn);
  if (file) add_code_file(&w, file, NULL);
  else if (!reuse_code_files(d, fn)) walk(&w, fn->code_dir, fn->code_realpath, 0);
}
