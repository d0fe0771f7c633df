/*
 * LL303 aws-sdk-v2-in-node18-plus
 *
 * What it does: finds the AWS SDK for JavaScript v2 (`require("aws-sdk")`, `import AWS from
 * "aws-sdk"`, `aws-sdk/clients/…`) in a Lambda module. It is an error when a template deploys the
 * function on nodejs18.x or later and the nearest package.json does not depend on `aws-sdk`: the
 * module is not there and the function fails at init with `Runtime.ImportModuleError`.
 * Why is this bad on Lambda: the nodejs18.x and later runtimes ship only SDK v3; v2 reached end of
 * support in September 2025, and when bundled it is a multi-megabyte package loaded whole at every
 * cold start (hundreds of milliseconds).
 * Not flagged: `@aws-sdk/…` (v3) imports; type-only imports; modules with no Lambda evidence.
 */
#include <stdlib.h>

#include "base/readfile.h"
#include "rulekit.h"

static bool is_v2(const char *module) {
  return module && (ll_streq(module, "aws-sdk") || !strncmp(module, "aws-sdk/", 8));
}

/* Whether the package.json nearest to `path` (up to 8 folders up) names `aws-sdk`; *found says
 * whether there was one. */
static bool package_depends_on_v2(const char *path, bool *found) {
  char dir[4096];
  *found = false;
  size_t n = strlen(path);
  if (n >= sizeof dir) return false;
  memcpy(dir, path, n + 1);
  for (int up = 0; up < 8; up++) {
    char *slash = strrchr(dir, '/');
    if (slash) *slash = '\0';
    char manifest[4200];
    snprintf(manifest, sizeof manifest, "%s/package.json", slash ? (dir[0] ? dir : "/") : ".");
    size_t len = 0;
    char *error = NULL;
    char *text = ll_read_file_limited(manifest, 1 << 20, &len, &error);
    free(error);
    if (text) {
      *found = true;
      bool depends = strstr(text, "\"aws-sdk\"") != NULL;
      free(text);
      return depends;
    }
    if (!slash) break;
  }
  return false;
}

/* "nodejs18.x" → 18; 0 when it is not a Node.js runtime. */
static int node_major(const char *runtime) {
  if (!runtime || strncmp(runtime, "nodejs", 6)) return 0;
  return atoi(runtime + 6);
}

/* The runtime of a function deployed from this module (a handler in it, or code it runs). */
static const char *module_runtime(const ll_rule_ctx *ctx, const ll_module *m) {
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_rule_reachable(ctx, m, (int)f)) continue;
    const ll_function_config *config = ll_rule_function_config(ctx, m, (int)f);
    if (config && config->runtime) return config->runtime;
  }
  return NULL;
}

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  if (!ll_is_js(m)) return;
  for (uint32_t i = 0; i < m->n_imports; i++) {
    const ll_import *imp = &m->imports[i];
    if (!is_v2(imp->module)) continue;
    const char *runtime = module_runtime(ctx, m);
    int major = node_major(runtime);
    bool manifest = false, bundled = major >= 18 && package_depends_on_v2(m->path, &manifest);
    if (major >= 18 && manifest && !bundled) {
      ll_rule_report_at_severity(ctx, LL_SEVERITY_ERROR, m->path, imp->span.line, imp->span.column,
                                 "`%s` is the AWS SDK v2, which the %s runtime does not include, and "
                                 "package.json does not depend on it: the function fails at init "
                                 "with Runtime.ImportModuleError; move to the v3 `@aws-sdk/client-*` "
                                 "packages",
                                 imp->module, runtime);
    } else {
      ll_rule_report(ctx, m, imp->span,
                     "`%s` is the AWS SDK v2: not included in the nodejs18.x and later runtimes, past "
                     "its end of support, and loaded whole at every cold start; use the modular v3 "
                     "`@aws-sdk/client-*` packages",
                     imp->module);
    }
    return; /* once per module */
  }
}

const ll_rule ll_rule_LL303 = {
    .id = "LL303",
    .name = "aws-sdk-v2-in-node18-plus",
    .severity = LL_SEVERITY_WARNING,
    .languages = LL_LANG_BIT(LL_LANG_JAVASCRIPT) | LL_LANG_BIT(LL_LANG_TYPESCRIPT),
    .summary = "The AWS SDK for JavaScript v2 (`aws-sdk`) is used: not in the nodejs18.x+ runtimes.",
    .rationale =
        "The Lambda nodejs18.x and later runtimes include only the AWS SDK for JavaScript v3. Code "
        "that requires `aws-sdk` (v2) fails at init with Runtime.ImportModuleError unless the "
        "package is bundled, and bundled it is a multi-megabyte module loaded whole on every cold "
        "start. v2 reached end of support in September 2025: no more fixes, including security "
        "fixes.",
    .example = "const AWS = require(\"aws-sdk\");\n"
               "const s3 = new AWS.S3();\n\n"
               "exports.handler = async (event) => s3.getObject({ Bucket, Key: event.key }).promise();\n",
    .fix = "const { S3Client, GetObjectCommand } = require(\"@aws-sdk/client-s3\");\n"
           "const s3 = new S3Client({});\n\n"
           "exports.handler = async (event) => s3.send(new GetObjectCommand({ Bucket, Key: event.key }));\n",
    .help = "move to the modular v3 clients (`@aws-sdk/client-*`); an error when the runtime is "
            "nodejs18.x+ and package.json does not bundle aws-sdk",
    .not_flagged = "v3 `@aws-sdk/*` imports; type-only imports; modules no handler uses. Reported once "
                   "per module. Without a template (runtime unknown) or with aws-sdk in package.json it "
                   "is a warning.",
    .check_module = check,
};
