/*
 * LL508 reserved-env-override
 *
 * What it does: flags setting a variable that the Lambda runtime reserves (AWS_REGION,
 * AWS_LAMBDA_FUNCTION_NAME, _HANDLER, LAMBDA_TASK_ROOT, the execution role's credentials, …)
 * in a template's Environment.Variables (SAM, CloudFormation, Globals) or serverless
 * `environment`, and code of a Lambda module that writes one (`os.environ["AWS_REGION"] = …`,
 * `os.environ.update(...)`, `os.putenv`).
 *
 * Why is this bad on Lambda: the runtime sets these keys itself ("Defined runtime environment
 * variables" in the AWS Lambda Developer Guide); Lambda rejects a configuration that sets them,
 * so the deployment fails. Code that overwrites them at run time silently changes what every later
 * SDK client and the runtime see: another region, credentials other than the execution role's,
 * wrong metadata in logs and traces (Sonar S7617, Amazon Q lambda-override-reserved, cfn-lint E3663).
 *
 * Not flagged: unreserved variables that may be extended (PATH, LD_LIBRARY_PATH, LANG, NODE_PATH,
 * PYTHONPATH, TZ, AWS_LAMBDA_EXEC_WRAPPER, …). In code: reading reserved variables;
 * `_X_AMZN_TRACE_ID`, which tracing libraries propagate on purpose; defaults for local runs that
 * never override a value the runtime set (`os.environ.setdefault("AWS_REGION", …)`, or a write
 * under `if "AWS_REGION" not in os.environ:` / `if not os.getenv("AWS_REGION"):`); code under
 * `if __name__ == "__main__":`; test files (`test_*.py`, `*_test.py`, `conftest.py`, `*.test.js`,
 * `*.spec.ts`, `__tests__/`); JS writes under `if (!process.env.AWS_REGION)` or with `??=` / `||=`. In templates:
 * a variable set once in Globals or provider is reported once, where it is written.
 */
#include <string.h>

#include "lambdalint/project.h"
#include "rulekit.h"
#include "template/tpl_report.h"

/* TZ is documented next to these but Lambda accepts it in a function's configuration. */
static const char *const reserved_env[] = {
    "_HANDLER",
    "_X_AMZN_TRACE_ID",
    "AWS_DEFAULT_REGION",
    "AWS_REGION",
    "AWS_EXECUTION_ENV",
    "AWS_LAMBDA_FUNCTION_NAME",
    "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
    "AWS_LAMBDA_FUNCTION_VERSION",
    "AWS_LAMBDA_INITIALIZATION_TYPE",
    "AWS_LAMBDA_LOG_GROUP_NAME",
    "AWS_LAMBDA_LOG_STREAM_NAME",
    "AWS_ACCESS_KEY",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_LAMBDA_RUNTIME_API",
    "LAMBDA_TASK_ROOT",
    "LAMBDA_RUNTIME_DIR",
    NULL,
};

static bool is_reserved(const char *name) {
  for (const char *const *r = reserved_env; *r; r++)
    if (strcmp(*r, name) == 0) return true;
  return false;
}

static void check_project(ll_rule_ctx *ctx, const ll_project *project) {
  ll_tpl_once once = {0};
  for (size_t i = 0; i < ll_project_function_count(project); i++) {
    const ll_tpl_function *fn = ll_project_function(project, i);
    for (uint32_t e = 0; e < fn->n_env; e++) {
      if (!is_reserved(fn->env[e].name)) continue;
      ll_tpl_report(ctx, &once, fn, &fn->env[e].value,
                    "%s is reserved by the Lambda runtime: setting it in the function's "
                    "environment makes the deployment fail",
                    fn->env[e].name);
    }
  }
  ll_tpl_once_free(&once);
}

/* ---- code -------------------------------------------------------------------------------- */

static bool is_test_file(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t n = strlen(base);
  /* JS/TS: foo.test.js, foo.spec.ts, anything under __tests__/ */
  if (strstr(base, ".test.") || strstr(base, ".spec.") || strstr(path, "__tests__/")) return true;
  return !strncmp(base, "test_", 5) || ll_streq(base, "conftest.py") ||
         (n > 8 && ll_streq(base + n - 8, "_test.py"));
}

static void check_module(ll_rule_ctx *ctx, const ll_module *m) {
  if (is_test_file(m->path)) return;
  for (uint32_t f = 0; f < m->n_functions; f++) {
    const ll_function *fn = &m->functions[f];
    if (fn->is_entry_main && m->language != LL_LANG_GO) continue; /* Go's main and init run on Lambda */
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_ENV_WRITE || !ev->name || !is_reserved(ev->name)) continue;
      if (ll_streq(ev->name, "_X_AMZN_TRACE_ID")) continue; /* propagated by tracing libraries */
      ll_rule_report(ctx, m, ev->span,
                     "`%s` is reserved: the Lambda runtime sets it for each execution environment, and "
                     "overwriting it changes what the SDK and the runtime see; use a variable of your "
                     "own or pass the value explicitly (e.g. `region_name=`)",
                     ev->name);
    }
  }
}

/* Per-language examples printed by --explain. */
static const ll_rule_example examples[] = {
    {LL_LANG_JAVASCRIPT,
     "process.env.AWS_REGION = \"eu-west-1\";\n"
     "const s3 = new S3Client({});\n",
     "const s3 = new S3Client({ region: process.env.TARGET_REGION });\n"},
    {LL_LANG_GO,
     "func init() {\n"
     "	os.Setenv(\"AWS_REGION\", \"eu-west-1\")\n"
     "}\n",
     "cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(os.Getenv(\"TARGET_REGION\")))\n"},
    {LL_LANG_COUNT, NULL, NULL}};

const ll_rule ll_rule_LL508 = {
    .id = "LL508",
    .name = "reserved-env-override",
    .severity = LL_SEVERITY_ERROR,
    .languages = LL_LANG_BIT(LL_LANG_PYTHON) | LL_LANG_BIT(LL_LANG_JAVASCRIPT) | LL_LANG_BIT(LL_LANG_TYPESCRIPT) |
                 LL_LANG_BIT(LL_LANG_GO),
    .summary = "A reserved Lambda environment variable is set in the template or overwritten by code.",
    .rationale = "Lambda runtimes set AWS_REGION, AWS_LAMBDA_FUNCTION_NAME, _HANDLER, "
                 "LAMBDA_TASK_ROOT, the execution role's AWS_ACCESS_KEY_ID / "
                 "AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN and others themselves; their keys are "
                 "reserved and Lambda rejects a function configuration that sets them, so the "
                 "deployment fails. Overwriting them from code silently changes what every later "
                 "SDK client and the runtime see: a different region, credentials other than the "
                 "execution role's, wrong metadata in logs and traces.",
    .example = "Environment:\n"
               "  Variables:\n"
               "    AWS_REGION: eu-west-1\n"
               "\n"
               "# or, in code:\n"
               "os.environ[\"AWS_REGION\"] = \"eu-west-1\"\n",
    .fix = "Environment:\n"
           "  Variables:\n"
           "    TARGET_REGION: eu-west-1   # read AWS_REGION, set by Lambda, for the current one\n"
           "\n"
           "# in code:\n"
           "s3 = boto3.client(\"s3\", region_name=os.environ[\"TARGET_REGION\"])\n",
    .examples = examples,
    .help = "rename the variable (the runtime already provides AWS_REGION and the others), or pass "
            "the value to the client explicitly",
    .not_flagged = "Unreserved variables that may be extended (PATH, LD_LIBRARY_PATH, LANG, "
                   "NODE_PATH, PYTHONPATH, TZ, AWS_LAMBDA_EXEC_WRAPPER, …). In templates, a variable "
                   "set once in Globals or provider is reported once, where it is written. In code: "
                   "reading reserved variables; _X_AMZN_TRACE_ID, which tracing libraries propagate "
                   "on purpose; local-run defaults that never override a value the runtime set "
                   "(`os.environ.setdefault(...)`, a write under `if \"AWS_REGION\" not in "
                   "os.environ:`); code under `if __name__ == \"__main__\":`; test files (test_*.py, "
                   "*_test.py, conftest.py).",
    .check_module = check_module,
    .check_project = check_project,
};
