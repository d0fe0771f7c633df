/*
 * LL508 reserved-env-override
 *
 * What it does: flags setting a variable that the Lambda runtime reserves (AWS_REGION,
 * AWS_LAMBDA_FUNCTION_NAME, _HANDLER, LAMBDA_TASK_ROOT, the execution role's credentials, …)
 * in a template's Environment.Variables (SAM, CloudFormation, Globals) or serverless
 * `environment`.
 *
 * Why is this bad on Lambda: the runtime sets these keys itself ("Defined runtime environment
 * variables" in the AWS Lambda Developer Guide); Lambda rejects a configuration that sets them,
 * so the deployment fails, and code that changes them at run time breaks the SDK and runtime.
 *
 * TODO(code part): flag handler code writing one of these keys (os.environ["AWS_REGION"] = …,
 * process.env.AWS_REGION = …); owned by the Python/JS front-end work.
 */
#include <string.h>

#include "lambdalint/project.h"
#include "lambdalint/rule.h"
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

const ll_rule ll_rule_LL508 = {
    .id = "LL508",
    .name = "reserved-env-override",
    .severity = LL_SEVERITY_ERROR,
    .languages = 0, /* TODO(code part): LL_LANG_BIT(LL_LANG_PYTHON) | … with check_module */
    .summary = "A reserved Lambda environment variable is set in the template.",
    .rationale = "Lambda runtimes set AWS_REGION, AWS_LAMBDA_FUNCTION_NAME, _HANDLER, "
                 "LAMBDA_TASK_ROOT, the execution role's AWS_ACCESS_KEY_ID / "
                 "AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN and others themselves; their keys are "
                 "reserved and Lambda rejects a function configuration that sets them, so the "
                 "deployment fails.",
    .example = "Environment:\n"
               "  Variables:\n"
               "    AWS_REGION: eu-west-1\n",
    .fix = "Environment:\n"
           "  Variables:\n"
           "    TARGET_REGION: eu-west-1   # read AWS_REGION, set by Lambda, for the current one\n",
    .help = "rename the variable; the runtime already provides AWS_REGION and the others",
    .not_flagged = "Unreserved variables that may be extended (PATH, LD_LIBRARY_PATH, LANG, "
                   "NODE_PATH, PYTHONPATH, TZ, AWS_LAMBDA_EXEC_WRAPPER, …). A variable set once "
                   "in Globals or provider is reported once, where it is written.",
    .check_module = NULL,
    .check_project = check_project,
};
