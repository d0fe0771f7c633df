/* resolve.c — from a function's code location and handler string to files on disk. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "base/escape.h"
#include "base/path.h"
#include "template/template.h"

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

static const char *real_path(ll_arena *arena, const char *path) {
  char *real = realpath(path, NULL);
  const char *out = real ? ll_arena_strdup(arena, real) : NULL;
  free(real);
  return out;
}

static const char *canonical(ll_tpl_doc *d, const char *path);

/* The canonical path of folder `dir` as spelled, remembered for the project: a template's
 * functions share its folder, and a handler's file sits in its code folder. */
static const char *canonical_dir(ll_tpl_doc *d, const char *dir) {
  ll_project *p = d->project;
  int known = ll_strmap_get(&p->real_dirs, dir);
  if (known >= 0) return p->real_dir_values[known];
  const char *real = canonical(d, dir);
  int index = (int)p->n_real_dirs;
  ll_tpl_append(d->arena, (const void **)&p->real_dir_values, &p->n_real_dirs, &real, sizeof real);
  ll_strmap_put(&p->real_dirs, ll_arena_strdup(d->arena, dir), index);
  return real;
}

/* realpath(path) from its folder's canonical path (remembered) and one lstat, not a readlink per
 * component (thousands of functions). A symbolic link, a "." or ".." leaf, a missing file:
 * realpath(). */
static const char *canonical(ll_tpl_doc *d, const char *path) {
  if (!path) return NULL;
  const char *slash = strrchr(path, '/');
  const char *leaf = slash ? slash + 1 : path;
  struct stat st;
  if (*leaf && strcmp(leaf, ".") != 0 && strcmp(leaf, "..") != 0 && lstat(path, &st) == 0 &&
      !S_ISLNK(st.st_mode)) {
    char *dir = !slash ? ll_strdup(".") : slash == path ? ll_strdup("/") : ll_strndup(path, (size_t)(slash - path));
    const char *real_dir = canonical_dir(d, dir);
    free(dir);
    if (!real_dir) return NULL;
    char *joined = ll_strfmt("%s/%s", strcmp(real_dir, "/") != 0 ? real_dir : "", leaf);
    const char *out = ll_arena_strdup(d->arena, joined);
    free(joined);
    return out;
  }
  return real_path(d->arena, path);
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

void ll_tpl_add_layer_dir(ll_tpl_doc *d, const char *dir, const char *rel, const char *scope_dir) {
  if (!rel || !*rel || strstr(rel, "://")) return; /* an S3 location: nothing local */
  const char *real = canonical(d, ll_tpl_join(d->arena, dir, rel));
  const char *scope = canonical(d, scope_dir);
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
  fn->code_realpath = canonical_dir(d, fn->code_dir); /* remembered: the handler's file is in it */
  if (!inside_root(d, fn->code_realpath)) {
    note_outside(d, fn);
    fn->code_dir = fn->code_realpath = NULL;
    return;
  }
  resolve_handler(d, fn);
  fn->source_realpath = canonical(d, fn->source_path);
  if (fn->source_path && !inside_root(d, fn->source_realpath)) /* Handler: ../../x.handler */
    fn->source_path = fn->source_realpath = NULL;
  fn->code_is_file = single_file(d, fn) != NULL;
}
