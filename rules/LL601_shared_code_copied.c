/*
 * LL601 shared-code-copied
 *
 * What it does: flags a function whose handler imports source modules (of its own code location)
 * identical to modules another function's handler imports from a different code location of the
 * same deployable unit. Only modules that define a function or a class count: licence-header or
 * re-export `__init__.py` files, configuration, tests and `sam init` handlers are not shared code.
 *
 * Why is this bad on Lambda: each function's package is built from its own directory, so shared
 * helpers get copied from one function to the next; the copies drift, a fix reaches only some
 * functions, and every package carries the duplicate. A Lambda layer (or one shared CodeUri)
 * ships the shared code once for all functions.
 */
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "discover/discover.h"
#include "lambdalint/project.h"
#include "lambdalint/rule.h"
#include "template/code_index.h"
#include "template/tpl_report.h"

static bool same_dir(const ll_tpl_function *a, const ll_tpl_function *b) {
  return strcmp(a->code_dir, b->code_dir) == 0;
}

/* Independent stacks (a samples monorepo, several services) are packaged apart: copies between
 * them are not this rule's business. */
static bool same_unit(const ll_tpl_function *a, const ll_tpl_function *b) {
  return strcmp(a->unit, b->unit) == 0;
}

/* Whether an earlier function already has `fn`'s code location (it was compared then). */
static bool seen_dir(const ll_project *project, size_t index) {
  const ll_tpl_function *fn = ll_project_function(project, index);
  for (size_t i = 0; i < index; i++) {
    const ll_tpl_function *other = ll_project_function(project, i);
    if (other->code_dir && same_unit(other, fn) && same_dir(other, fn)) return true;
  }
  return false;
}

static bool has_suffix(const char *s, size_t n, const char *suffix) {
  size_t m = strlen(suffix);
  return n >= m && strncmp(s + n - m, suffix, m) == 0;
}

/* Tests and tool configuration a handler never imports at run time, should a resolution reach
 * them anyway (a test helper named like a module). `rel` is relative to the code location. */
static bool not_shared_code(const char *rel) {
  static const char *const folders[] = {"tests", "test", "__tests__", "spec", "fixtures", NULL};
  static const char *const configs[] = {"setup.py", "conftest.py", "noxfile.py", "jest.config.js",
                                        "jest.config.ts", "webpack.config.js", "babel.config.js", NULL};
  static const char *const test_suffixes[] = {"_test.py", ".test.js", ".test.ts", ".spec.js", ".spec.ts",
                                              "_test.go", "Test.java", NULL};
  for (const char *seg = rel; *seg;) {
    size_t n = strcspn(seg, "/");
    if (seg[n] == '/') { /* a folder */
      for (const char *const *f = folders; *f; f++)
        if (strlen(*f) == n && strncmp(seg, *f, n) == 0) return true;
      seg += n + 1;
      continue;
    }
    /* Hidden files: .eslintrc.js, .prettierrc.js, .babelrc.js. */
    if (seg[0] == '.' || strncmp(seg, "test_", 5) == 0 || has_suffix(seg, n, ".config.js") ||
        has_suffix(seg, n, ".config.ts") || has_suffix(seg, n, ".config.cjs") || has_suffix(seg, n, ".config.mjs"))
      return true;
    for (const char *const *c = configs; *c; c++)
      if (strcmp(seg, *c) == 0) return true;
    for (const char *const *t = test_suffixes; *t; t++)
      if (has_suffix(seg, n, *t)) return true;
    break;
  }
  return false;
}

/* Code worth a layer: at least one function or class (not a licence header, a docstring or a
 * list of re-exports). */
static bool defines_code(const ll_module *m) {
  if (m->n_functions > 1) return true;
  for (uint32_t i = 0; i < m->n_bindings; i++)
    if (m->bindings[i].kind == LL_BIND_CLASS || m->bindings[i].kind == LL_BIND_FUNCTION) return true;
  return false;
}

/* Files below 64 bytes (a license line, `from .x import *`) and over 1 MiB (generated data) are
 * not compared, nor files more than eight folders below the code location. */
enum { LL601_MIN_BYTES = 64, LL601_MAX_BYTES = 1 << 20, LL601_MAX_DEPTH = 8 };

/* A shared-code candidate: an analysed module under a function's code location. */
typedef struct {
  const ll_module *module;
  const char *real; /* its canonical path */
  const char *rel;  /* that path relative to the code location */
} ll_candidate;

/* The shared-code candidates of one function: the modules under its code location that its
 * handler's import closure holds, other than the handler itself, in the order of a walk of the
 * folder (names sorted in each folder). */
typedef struct {
  ll_candidate *files;
  size_t n;
} ll_shared;

/* Folders a package build leaves out, or that hold no deployed code: hidden ones and those
 * discovery skips (node_modules, virtualenvs, build output); too deep a path is not looked at. */
static bool in_skipped_folder(const char *rel) {
  int depth = 0;
  for (const char *seg = rel, *slash; (slash = strchr(seg, '/')); seg = slash + 1) {
    char name[256];
    size_t n = (size_t)(slash - seg);
    if (n >= sizeof name || seg[0] == '.' || ++depth > LL601_MAX_DEPTH) return true;
    memcpy(name, seg, n);
    name[n] = '\0';
    if (ll_discover_skips_dir(name)) return true;
  }
  return false;
}

/* Relative paths in walk order: folder by folder, names compared as strings. */
static int by_walk_order(const void *pa, const void *pb) {
  const char *a = ((const ll_candidate *)pa)->rel, *b = ((const ll_candidate *)pb)->rel;
  for (;;) {
    size_t na = strcspn(a, "/"), nb = strcspn(b, "/");
    int c = strncmp(a, b, na < nb ? na : nb);
    if (c != 0 || na != nb) return c != 0 ? c : na < nb ? -1 : 1;
    if (!a[na] || !b[nb]) return a[na] ? 1 : b[nb] ? -1 : 0;
    a += na + 1;
    b += nb + 1;
  }
}

static ll_shared shared_of(const ll_code_index *index, const ll_tpl_function *fn) {
  ll_shared out = {0};
  int handler = ll_code_index_find(index, fn->source_realpath);
  if (handler < 0 || !fn->code_realpath || fn->code_is_file) return out; /* one file: nothing shared */
  bool *in = ll_calloc(index->n, sizeof(bool));
  ll_code_index_closure(index, handler, in);
  size_t dir_len = strlen(fn->code_realpath);
  out.files = ll_calloc(index->n ? index->n : 1, sizeof(*out.files));
  for (size_t m = 0; m < index->n; m++) {
    if ((int)m == handler || !in[m] || !ll_code_index_under(index, m, fn->code_realpath)) continue;
    const ll_module *module = index->modules[m];
    const char *rel = index->real[m] + dir_len;
    rel += *rel == '/';
    if (module->source_len < LL601_MIN_BYTES || module->source_len > LL601_MAX_BYTES ||
        in_skipped_folder(rel) || !defines_code(module) || not_shared_code(rel))
      continue;
    out.files[out.n++] = (ll_candidate){module, index->real[m], rel};
  }
  qsort(out.files, out.n, sizeof(*out.files), by_walk_order);
  free(in);
  return out;
}

static bool copy_in(const ll_shared *other, const ll_candidate *file) {
  for (size_t i = 0; i < other->n; i++) {
    const ll_module *o = other->files[i].module;
    if (o->source_len == file->module->source_len && memcmp(o->source, file->module->source, o->source_len) == 0 &&
        strcmp(other->files[i].real, file->real) != 0)
      return true;
  }
  return false;
}

/* How many of fn's shared files `other` holds copies of; the first through *example. */
static uint32_t count_copies(const ll_shared *fn, const ll_shared *other, const ll_candidate **example) {
  uint32_t n = 0;
  for (size_t i = 0; i < fn->n; i++) {
    if (!copy_in(other, &fn->files[i])) continue;
    if (n++ == 0) *example = &fn->files[i];
  }
  return n;
}

static void check_function(ll_rule_ctx *ctx, ll_tpl_once *once, const ll_project *project,
                           const ll_shared *shared, size_t index) {
  const ll_tpl_function *fn = ll_project_function(project, index);
  if (!fn->code_dir || !shared[index].n || seen_dir(project, index)) return;
  for (size_t i = 0; i < index; i++) {
    const ll_tpl_function *other = ll_project_function(project, i);
    const ll_candidate *example = NULL;
    if (!other->code_dir || !same_unit(other, fn) || same_dir(other, fn)) continue;
    uint32_t n = count_copies(&shared[index], &shared[i], &example);
    if (n == 0) continue;
    char *example_path = ll_strfmt("%s/%s", fn->code_dir, example->rel); /* as the template spells it */
    ll_tpl_report(ctx, once, fn, &fn->code_uri,
                  "function %s's handler imports %u module%s identical to one%s function %s's "
                  "handler imports from %s, e.g. %s: ship shared code once, in a layer",
                  fn->resource, n, n == 1 ? "" : "s", n == 1 ? "" : "s", other->resource,
                  other->code_dir, example_path);
    free(example_path);
    return;
  }
}

static void check_project(ll_rule_ctx *ctx, const ll_project *project) {
  size_t n = ll_project_function_count(project);
  const ll_code_index *index = ll_rule_code_index(ctx);
  ll_shared *shared = ll_calloc(n ? n : 1, sizeof(*shared));
  for (size_t i = 0; i < n; i++) shared[i] = shared_of(index, ll_project_function(project, i));
  ll_tpl_once once = {0};
  for (size_t i = 0; i < n; i++) check_function(ctx, &once, project, shared, i);
  ll_tpl_once_free(&once);
  for (size_t i = 0; i < n; i++) free(shared[i].files);
  free(shared);
}

const ll_rule ll_rule_LL601 = {
    .id = "LL601",
    .name = "shared-code-copied",
    .severity = LL_SEVERITY_INFO,
    .languages = 0,
    .summary = "Two functions' handlers import identical copies of the same source modules.",
    .rationale = "Each function is packaged from its own code location, so helpers shared by "
                 "copying end up in every package and drift apart: a fix lands in one copy and "
                 "not the others. A Lambda layer (AWS::Serverless::LayerVersion) or a shared "
                 "CodeUri ships the shared code once and keeps one version of it. The same holds "
                 "for a Terraform archive_file per function over a copied shared/ folder (an "
                 "aws_lambda_layer_version fixes it) and for CDK assets.",
    .example = "Orders: {Type: AWS::Serverless::Function, Properties: {CodeUri: src/orders/}}\n"
               "Users:  {Type: AWS::Serverless::Function, Properties: {CodeUri: src/users/}}\n"
               "# src/orders/app.py and src/users/app.py both `import db`;\n"
               "# src/orders/db.py and src/users/db.py are the same file\n",
    .fix = "Shared:\n"
           "  Type: AWS::Serverless::LayerVersion\n"
           "  Properties: {ContentUri: src/shared/}\n"
           "Orders: {Type: AWS::Serverless::Function, Properties: {CodeUri: src/orders/, "
           "Layers: [!Ref Shared]}}\n",
    .help = "move the shared files into a layer (or one shared code location)",
    .not_flagged = "Functions that share one code location; files the handlers do not import "
                   "(directly or through other project modules): unused copies, tests "
                   "(tests/, test_*.py, *_test.py, *.test.js, *.spec.ts), configuration "
                   "(setup.py, conftest.py, .eslintrc.js, .prettierrc.js, jest.config.js, "
                   "*.config.js) and the handler files themselves (`sam init` hello-world "
                   "handlers look alike without being shared code); modules that define no "
                   "function or class (licence-header or re-export __init__.py files, "
                   "constants); files under 64 bytes; folders discovery skips (node_modules, "
                   "virtualenvs, build output, __pycache__) and hidden ones; code locations in "
                   "S3, inline code and container images; handlers whose file is not analysed; "
                   "functions of different deployable units (two templates, two serverless "
                   "services, two Terraform root modules): each is packaged and deployed on its "
                   "own.",
    .check_module = NULL,
    .check_project = check_project,
};
