/*
 * LL601 shared-code-copied
 *
 * What it does: flags a function whose code location (CodeUri / Code / the serverless service)
 * holds source files identical to files under another function's, different, code location.
 *
 * Why is this bad on Lambda: each function's package is built from its own directory, so shared
 * helpers get copied from one function to the next; the copies drift, a fix reaches only some
 * functions, and every package carries the duplicate. A Lambda layer (or one shared CodeUri)
 * ships the shared code once for all functions.
 */
#include <string.h>

#include "lambdalint/project.h"
#include "lambdalint/rule.h"
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

static const ll_tpl_code_file *copy_in(const ll_tpl_function *other, const ll_tpl_code_file *file) {
  for (uint32_t i = 0; i < other->n_code_files; i++) {
    const ll_tpl_code_file *o = &other->code_files[i];
    if (o->size == file->size && o->hash == file->hash && strcmp(o->realpath, file->realpath) != 0)
      return o;
  }
  return NULL;
}

/* How many of fn's files `other` holds copies of; the first through *example. */
static uint32_t count_copies(const ll_tpl_function *fn, const ll_tpl_function *other,
                             const ll_tpl_code_file **example) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < fn->n_code_files; i++) {
    if (!copy_in(other, &fn->code_files[i])) continue;
    if (n++ == 0) *example = &fn->code_files[i];
  }
  return n;
}

static void check_function(ll_rule_ctx *ctx, ll_tpl_once *once, const ll_project *project,
                           size_t index) {
  const ll_tpl_function *fn = ll_project_function(project, index);
  if (!fn->code_dir || seen_dir(project, index)) return;
  for (size_t i = 0; i < index; i++) {
    const ll_tpl_function *other = ll_project_function(project, i);
    const ll_tpl_code_file *example = NULL;
    if (!other->code_dir || !same_unit(other, fn) || same_dir(other, fn)) continue;
    uint32_t n = count_copies(fn, other, &example);
    if (n == 0) continue;
    ll_tpl_report(ctx, once, fn, &fn->code_uri,
                  "function %s's code (%s) holds %u source file%s identical to function %s's "
                  "(%s), e.g. %s: ship shared code once, in a layer",
                  fn->resource, fn->code_dir, n, n == 1 ? "" : "s", other->resource,
                  other->code_dir, example->path);
    return;
  }
}

static void check_project(ll_rule_ctx *ctx, const ll_project *project) {
  ll_tpl_once once = {0};
  for (size_t i = 0; i < ll_project_function_count(project); i++)
    check_function(ctx, &once, project, i);
  ll_tpl_once_free(&once);
}

const ll_rule ll_rule_LL601 = {
    .id = "LL601",
    .name = "shared-code-copied",
    .severity = LL_SEVERITY_INFO,
    .languages = 0,
    .summary = "Two functions' code locations hold identical copies of the same source files.",
    .rationale = "Each function is packaged from its own code location, so helpers shared by "
                 "copying end up in every package and drift apart: a fix lands in one copy and "
                 "not the others. A Lambda layer (AWS::Serverless::LayerVersion) or a shared "
                 "CodeUri ships the shared code once and keeps one version of it. The same holds "
                 "for a Terraform archive_file per function over a copied shared/ folder (an "
                 "aws_lambda_layer_version fixes it) and for CDK assets.",
    .example = "Orders: {Type: AWS::Serverless::Function, Properties: {CodeUri: src/orders/}}\n"
               "Users:  {Type: AWS::Serverless::Function, Properties: {CodeUri: src/users/}}\n"
               "# src/orders/db.py and src/users/db.py are the same file\n",
    .fix = "Shared:\n"
           "  Type: AWS::Serverless::LayerVersion\n"
           "  Properties: {ContentUri: src/shared/}\n"
           "Orders: {Type: AWS::Serverless::Function, Properties: {CodeUri: src/orders/, "
           "Layers: [!Ref Shared]}}\n",
    .help = "move the shared files into a layer (or one shared code location)",
    .not_flagged = "Functions that share one code location; files under 64 bytes (empty "
                   "__init__.py, one-line stubs); non-source files (requirements.txt, "
                   "package.json, configuration); folders discovery skips (node_modules, "
                   "virtualenvs, build output, __pycache__) and hidden ones; code locations in "
                   "S3, inline code and container images; functions of different deployable "
                   "units (two templates, two serverless services, two Terraform root modules): "
                   "each is packaged and deployed on its own.",
    .check_module = NULL,
    .check_project = check_project,
};
