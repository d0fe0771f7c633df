/*
 * LL508 reserved-env-override
 *
 * What it does: finds code that sets an environment variable the Lambda runtime reserves
 * (`AWS_REGION`, `AWS_LAMBDA_*`, `_HANDLER`, `LAMBDA_TASK_ROOT`, the execution role's credentials …).
 * Why is this bad on Lambda: the runtime sets these for every execution environment and the
 * service refuses them in the function's configuration. Overwriting them in code silently changes
 * what every later SDK client and the runtime itself see: another region, other credentials than
 * the execution role's, wrong function metadata in logs and traces (Sonar S7617, cfn-lint E3663).
 * Not flagged: reading them (`os.environ.get("AWS_REGION")`); variables Lambda does not reserve
 * (`TZ`, `PATH`, `LD_LIBRARY_PATH`, your own); `_X_AMZN_TRACE_ID`, which tracing libraries propagate
 * on purpose; code under `if __name__ == "__main__":`; test files (`test_*.py`, `*_test.py`,
 * `conftest.py`).
 */
#include "rulekit.h"

static const char *const reserved[] = {
    "_HANDLER", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME",
    "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE",
    "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT",
    "LAMBDA_RUNTIME_DIR", NULL};

static bool is_test_file(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t n = strlen(base);
  return !strncmp(base, "test_", 5) || !strcmp(base, "conftest.py") ||
         (n > 8 && !strcmp(base + n - 8, "_test.py"));
}

static void check_module(ll_rule_ctx *ctx, const ll_module *m) {
  if (is_test_file(m->path)) return;
  for (uint32_t f = 0; f < m->n_functions; f++) {
    const ll_function *fn = &m->functions[f];
    if (fn->is_entry_main) continue;
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_ENV_WRITE || !ev->name || !ll_callee_is(ev->name, reserved)) continue;
      ll_rule_report(ctx, m, ev->span,
                     "`%s` is reserved: the Lambda runtime sets it for each execution environment, and "
                     "overwriting it changes what the SDK and the runtime see; use a variable of your "
                     "own or pass the value explicitly (e.g. `region_name=`)",
                     ev->name);
    }
  }
}

const ll_rule ll_rule_LL508 = {
    .id = "LL508",
    .name = "reserved-env-override",
    .severity = LL_SEVERITY_WARNING,
    .languages = LL_LANG_BIT(LL_LANG_PYTHON),
    .summary = "Code sets an environment variable that the Lambda runtime reserves.",
    .rationale =
        "Lambda sets reserved environment variables (AWS_REGION, AWS_DEFAULT_REGION, "
        "AWS_LAMBDA_FUNCTION_NAME, _HANDLER, LAMBDA_TASK_ROOT, the execution role's "
        "AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, …) in every execution "
        "environment and rejects them in the function's configuration. Overwriting them from code "
        "silently changes what every later SDK client and the runtime see: a different region, "
        "credentials other than the execution role's, wrong metadata in logs and traces.",
    .example = "import os\n\n"
               "os.environ[\"AWS_REGION\"] = \"eu-west-1\"\n"
               "s3 = boto3.client(\"s3\")\n",
    .fix = "s3 = boto3.client(\"s3\", region_name=os.environ.get(\"BUCKET_REGION\", \"eu-west-1\"))\n",
    .help = "use a variable name of your own, or pass the value to the client explicitly",
    .not_flagged = "Reading reserved variables; variables Lambda does not reserve (TZ, PATH, "
                   "LD_LIBRARY_PATH, your own); _X_AMZN_TRACE_ID, which tracing libraries propagate on "
                   "purpose; code under `if __name__ == \"__main__\":`; test files (test_*.py, "
                   "*_test.py, conftest.py).",
    .check_module = check_module,
};
