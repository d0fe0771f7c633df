/*
 * LL502 limits-out-of-range
 *
 * What it does: flags MemorySize outside 128–10240 MB, Timeout outside 1–900 s and
 * EphemeralStorage (Size / ephemeralStorageSize) outside 512–10240 MB.
 *
 * Why is this bad on Lambda: these are hard service quotas ("Lambda quotas" in the AWS Lambda
 * Developer Guide): the deployment of a function configured outside them fails.
 */
#include "lambdalint/project.h"
#include "lambdalint/rule.h"
#include "template/tpl_report.h"

typedef struct {
  const char *property;
  const char *unit;
  size_t offset; /* of the ll_tpl_value in ll_tpl_function */
  uint32_t min, max;
} ll_limit;

static const ll_limit limits[] = {
    {"MemorySize", "MB", offsetof(ll_tpl_function, memory_size), 128, 10240},
    {"Timeout", "s", offsetof(ll_tpl_function, timeout), 1, 900},
    {"EphemeralStorage", "MB", offsetof(ll_tpl_function, ephemeral_storage), 512, 10240},
};

static void check_limit(ll_rule_ctx *ctx, ll_tpl_once *once, const ll_tpl_function *fn,
                        const ll_limit *limit) {
  const ll_tpl_value *value = (const ll_tpl_value *)((const char *)fn + limit->offset);
  int64_t n = 0;
  if (!ll_tpl_value_int(value, &n) || (n >= limit->min && n <= limit->max)) return;
  ll_tpl_report(ctx, once, fn, value,
                "%s %s %s of function %s is outside Lambda's %u–%u %s range: the deployment fails",
                limit->property, value->text, limit->unit, fn->resource, limit->min, limit->max,
                limit->unit);
}

static void check_project(ll_rule_ctx *ctx, const ll_project *project) {
  ll_tpl_once once = {0};
  for (size_t i = 0; i < ll_project_function_count(project); i++)
    for (size_t l = 0; l < sizeof limits / sizeof limits[0]; l++)
      check_limit(ctx, &once, ll_project_function(project, i), &limits[l]);
  ll_tpl_once_free(&once);
}

const ll_rule ll_rule_LL502 = {
    .id = "LL502",
    .name = "limits-out-of-range",
    .severity = LL_SEVERITY_ERROR,
    .languages = 0,
    .summary = "MemorySize, Timeout or EphemeralStorage outside what Lambda accepts.",
    .rationale = "Lambda's quotas are fixed: memory 128–10240 MB, timeout 1–900 seconds (15 "
                 "minutes), ephemeral /tmp storage 512–10240 MB. A template outside them fails "
                 "to deploy, often only at the CloudFormation stage after a long build.",
    .example = "Properties:\n"
               "  MemorySize: 16384\n"
               "  Timeout: 1800\n",
    .fix = "Properties:\n"
           "  MemorySize: 10240\n"
           "  Timeout: 900   # longer work belongs in Step Functions or ECS\n",
    .help = "keep MemorySize in 128–10240, Timeout in 1–900 and EphemeralStorage in 512–10240",
    .not_flagged = "Values given by an intrinsic function or a serverless ${…} variable; values "
                   "that are not plain integers. A value set once in Globals or provider is "
                   "reported once, where it is written.",
    .check_module = NULL,
    .check_project = check_project,
};
