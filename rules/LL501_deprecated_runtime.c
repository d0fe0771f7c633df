/*
 * LL501 deprecated-runtime
 *
 * What it does: flags a function whose Runtime is past its AWS Lambda deprecation date (error) or
 * reaches it within the next 180 days (warning). `--as-of YYYY-MM-DD` fixes "today".
 *
 * Why is this bad on Lambda: after a runtime's deprecation date Lambda no longer applies security
 * patches to it, functions using it lose technical support, and shortly after Lambda blocks
 * creating and then updating functions on it: the next deploy of a hotfix fails.
 *
 * Where the dates come from: the AWS Lambda Developer Guide, "Lambda runtimes"
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html): per runtime its
 * "Deprecation date", "Block function create" and "Block function update" columns, in the
 * "Supported runtimes" and "Deprecated runtimes" tables. Checked on 2026-12-03 against the page as
 * mirrored in cfn-lint's runtime-lifecycle data (aws-cloudformation/cfn-lint@217397c, 2026-08-19,
 * src/cfnlint/data/AdditionalSpecs/LmbdRuntimeLifecycle.json, itself taken from the page). AWS
 * moves dates now and then (in 2026 it pushed most block dates to 2027-02-01 / 2027-03-03): update
 * one line per runtime identifier below when it does, and keep the corpus dates in step.
 * A block date of 0 is not published (the java*.al2023 re-platformed runtimes, dotnet9 which is
 * container-only): the message then says only the deprecation date. Identifiers not in the table
 * (a newer runtime, a variable) are not flagged: no date, no finding.
 */
#include <stdio.h>
#include <string.h>

#include "base/date.h"
#include "lambdalint/project.h"
#include "lambdalint/rule.h"
#include "template/tpl_report.h"

enum { LL501_WARN_DAYS = 180 };

typedef struct {
  int year, month, day; /* 0 0 0: not published */
} ll_ymd;

typedef struct {
  const char *runtime;
  const char *successor; /* what AWS points to; NULL: the runtime is current */
  ll_ymd deprecated, block_create, block_update;
} ll_runtime_eol;

#define YMD(y, m, d) {y, m, d}
#define NONE {0, 0, 0}

/* runtime, successor, deprecation, block function create, block function update */
static const ll_runtime_eol runtimes[] = {
    {"python2.7", "python3.14", YMD(2021, 7, 15), YMD(2021, 7, 15), YMD(2022, 5, 30)},
    {"python3.6", "python3.14", YMD(2022, 7, 18), YMD(2022, 7, 18), YMD(2022, 8, 29)},
    {"python3.7", "python3.14", YMD(2023, 12, 4), YMD(2024, 1, 9), YMD(2027, 3, 3)},
    {"python3.8", "python3.14", YMD(2024, 10, 14), YMD(2027, 2, 1), YMD(2027, 3, 3)},
    {"python3.9", "python3.14", YMD(2025, 12, 15), YMD(2027, 2, 1), YMD(2027, 3, 3)},
    {"python3.10", "python3.14", YMD(2026, 10, 31), YMD(2027, 2, 1), YMD(2027, 3, 3)},
    {"python3.11", "python3.14", YMD(2027, 6, 30), YMD(2027, 7, 31), YMD(2027, 8, 31)},
    {"python3.12", "python3.14", YMD(2028, 10, 31), YMD(2028, 11, 30), YMD(2029, 1, 10)},
    {"python3.13", "python3.14", YMD(2029, 6, 30), YMD(2029, 7, 31), YMD(2029, 8, 31)},
    {"python3.14", NULL, YMD(2029, 6, 30), YMD(2029, 7, 31), YMD(2029, 8, 31)},
    {"nodejs", "nodejs24.x", YMD(2016, 8, 30), YMD(2016, 9, 30), YMD(2016, 10, 31)},
    {"nodejs4.3", "nodejs24.x", YMD(2020, 3, 5), YMD(2020, 2, 3), YMD(2020, 3, 5)},
    {"nodejs4.3-edge", "nodejs24.x", YMD(2020, 3, 5), YMD(2019, 3, 31), YMD(2019, 4, 30)},
    {"nodejs6.10", "nodejs24.x", YMD(2019, 8, 12), YMD(2019, 7, 12), YMD(2019, 8, 12)},
    {"nodejs8.10", "nodejs24.x", YMD(2020, 3, 6), YMD(2020, 2, 4), YMD(2020, 3, 6)},
    {"nodejs10.x", "nodejs24.x", YMD(2021, 7, 30), YMD(2021, 7, 30), YMD(2022, 2, 14)},
    {"nodejs12.x", "nodejs24.x", YMD(2023, 3, 31), YMD(2023, 3, 31), YMD(2023, 4, 30)},
    {"nodejs14.x", "nodejs24.x", YMD(2023, 12, 4), YMD(2024, 1, 9), YMD(2027, 3, 3)},
    {"nodejs16.x", "nodejs24.x", YMD(2024, 6, 12), YMD(2027, 2, 1), YMD(2027, 3, 3)},
    {"nodejs18.x", "nodejs24.x", YMD(2025, 9, 1), YMD(2027, 2, 1), YMD(2027, 3, 3)},
    {"nodejs20.x", "nodejs24.x", YMD(2026, 4, 30), YMD(2027, 2, 1), YMD(2027, 3, 3)},
    {"nodejs22.x", "nodejs24.x", YMD(2027, 4, 30), YMD(2027, 6, 1), YMD(2027, 7, 1)},
    {"nodejs24.x", NULL, YMD(2028, 4, 30), YMD(2028, 6, 1), YMD(2028, 7, 1)},
    {"java8", "java25", YMD(2024, 1, 8), YMD(2024, 2, 8), YMD(2027, 3, 3)},
    {"java8.al2", "java25", YMD(2027, 6, 30), YMD(2027, 7, 31), YMD(2027, 8, 31)},
    {"java11", "java25", YMD(2027, 6, 30), YMD(2027, 7, 31), YMD(2027, 8, 31)},
    {"java17", "java25", YMD(2027, 6, 30), YMD(2027, 7, 31), YMD(2027, 8, 31)},
    {"java8.al2023", "java25", YMD(2029, 6, 30), NONE, NONE},
    {"java11.al2023", "java25", YMD(2029, 6, 30), NONE, NONE},
    {"java17.al2023", "java25", YMD(2029, 6, 30), NONE, NONE},
    {"java21", "java25", YMD(2029, 6, 30), YMD(2029, 7, 31), YMD(2029, 8, 31)},
    {"java25", NULL, YMD(2029, 6, 30), YMD(2029, 7, 31), YMD(2029, 8, 31)},
    {"dotnetcore1.0", "dotnet10", YMD(2019, 6, 27), YMD(2019, 6, 30), YMD(2019, 7, 30)},
    {"dotnetcore2.0", "dotnet10", YMD(2019, 5, 30), YMD(2019, 4, 30), YMD(2019, 5, 30)},
    {"dotnetcore2.1", "dotnet10", YMD(2022, 1, 5), YMD(2022, 1, 5), YMD(2022, 4, 13)},
    {"dotnetcore3.1", "dotnet10", YMD(2023, 4, 3), YMD(2023, 4, 3), YMD(2023, 5, 3)},
    {"dotnet6", "dotnet10", YMD(2024, 12, 20), YMD(2027, 2, 1), YMD(2027, 3, 3)},
    {"dotnet8", "dotnet10", YMD(2026, 11, 10), YMD(2027, 2, 1), YMD(2027, 3, 3)},
    {"dotnet9", "dotnet10", YMD(2026, 11, 10), NONE, NONE}, /* container images only */
    {"dotnet10", NULL, YMD(2028, 11, 14), YMD(2028, 12, 14), YMD(2029, 1, 15)},
    {"ruby2.5", "ruby4.0", YMD(2021, 7, 30), YMD(2021, 7, 30), YMD(2022, 3, 31)},
    {"ruby2.7", "ruby4.0", YMD(2023, 12, 7), YMD(2024, 1, 9), YMD(2027, 3, 3)},
    {"ruby3.2", "ruby4.0", YMD(2026, 3, 31), YMD(2027, 2, 1), YMD(2027, 3, 3)},
    {"ruby3.3", "ruby4.0", YMD(2027, 3, 31), YMD(2027, 4, 30), YMD(2027, 5, 31)},
    {"ruby3.4", "ruby4.0", YMD(2028, 3, 31), YMD(2028, 4, 30), YMD(2028, 5, 31)},
    {"ruby4.0", NULL, YMD(2029, 3, 31), YMD(2029, 4, 30), YMD(2029, 5, 31)},
    {"go1.x", "provided.al2023", YMD(2024, 1, 8), YMD(2024, 2, 8), YMD(2027, 3, 3)},
    {"provided", "provided.al2023", YMD(2024, 1, 8), YMD(2024, 2, 8), YMD(2027, 3, 3)},
    {"provided.al2", "provided.al2023", YMD(2026, 7, 31), YMD(2027, 2, 1), YMD(2027, 3, 3)},
    {"provided.al2023", NULL, YMD(2029, 6, 30), YMD(2029, 7, 31), YMD(2029, 8, 31)},
};

enum { LL501_N_RUNTIMES = sizeof runtimes / sizeof runtimes[0] };

static int32_t days_of(ll_ymd d) { return d.year ? ll_date_days(d.year, d.month, d.day) : 0; }

static const ll_runtime_eol *find_runtime(const char *id) {
  for (size_t i = 0; id && i < LL501_N_RUNTIMES; i++)
    if (strcmp(runtimes[i].runtime, id) == 0) return &runtimes[i];
  return NULL;
}

/* "; Lambda blocks creating functions on it from C and updating them from U" in the right tense,
 * or "" when the dates are not published. */
static void blocks_clause(const ll_runtime_eol *r, int32_t today, char *out, size_t size) {
  int32_t create = days_of(r->block_create), update = days_of(r->block_update);
  char c[11], u[11];
  out[0] = '\0';
  if (!create || !update) return;
  ll_date_format(create, c);
  ll_date_format(update, u);
  if (today >= update)
    snprintf(out, size, "; Lambda blocks creating (since %s) and updating (since %s) functions on it", c, u);
  else if (today >= create)
    snprintf(out, size, "; Lambda blocks creating functions on it since %s, and updating them from %s", c, u);
  else
    snprintf(out, size, "; Lambda blocks creating functions on it from %s, and updating them from %s", c, u);
}

static void check_function(ll_rule_ctx *ctx, ll_tpl_once *once, const ll_tpl_function *fn,
                           int32_t today) {
  const ll_runtime_eol *r = find_runtime(fn->runtime.text);
  if (!r) return;
  int32_t left = days_of(r->deprecated) - today;
  const char *path = ll_tpl_value_path(fn, &fn->runtime);
  if (left > LL501_WARN_DAYS || !ll_tpl_once_first(once, path, fn->runtime.line, fn->runtime.column))
    return;
  char date[11], blocks[160];
  ll_date_format(days_of(r->deprecated), date);
  blocks_clause(r, today, blocks, sizeof blocks);
  const char *next = r->successor ? r->successor : "its successor once AWS names one";
  if (left <= 0)
    ll_rule_report_at_severity(ctx, LL_SEVERITY_ERROR, path, fn->runtime.line, fn->runtime.column,
                               "runtime %s was deprecated on %s: no security patches%s; move to %s",
                               r->runtime, date, blocks, next);
  else
    ll_rule_report_at_severity(ctx, LL_SEVERITY_WARNING, path, fn->runtime.line, fn->runtime.column,
                               "runtime %s is deprecated on %s (in %d days)%s; plan the move to %s",
                               r->runtime, date, (int)left, blocks, next);
}

static void check_project(ll_rule_ctx *ctx, const ll_project *project) {
  ll_tpl_once once = {0};
  int32_t today = ll_rule_today(ctx);
  for (size_t i = 0; i < ll_project_function_count(project); i++)
    check_function(ctx, &once, ll_project_function(project, i), today);
  ll_tpl_once_free(&once);
}

const ll_rule ll_rule_LL501 = {
    .id = "LL501",
    .name = "deprecated-runtime",
    .severity = LL_SEVERITY_ERROR,
    .languages = 0,
    .summary = "A function's Lambda runtime is deprecated, or will be within 180 days.",
    .rationale =
        "After a runtime's deprecation date Lambda stops applying security patches to it and the "
        "functions using it lose technical support; later, on two dates of their own per runtime, "
        "Lambda blocks creating and then updating functions on that runtime, so the next deploy of a "
        "fix fails. The message gives all three dates. Dates come from the AWS Lambda Developer "
        "Guide, \"Lambda runtimes\" (lambda-runtimes.html), table checked on 2026-12-03 (dates as AWS published them by 2026-08-19). Past the "
        "deprecation date the finding is an error; within 180 days of it, a warning. `--as-of DATE` "
        "fixes today.",
    .example = "Resources:\n"
               "  Orders:\n"
               "    Type: AWS::Serverless::Function\n"
               "    Properties:\n"
               "      Runtime: python3.8\n",
    .fix = "Resources:\n"
           "  Orders:\n"
           "    Type: AWS::Serverless::Function\n"
           "    Properties:\n"
           "      Runtime: python3.13\n",
    .help = "move the function to a supported runtime of the same language",
    .not_flagged = "Runtimes more than 180 days from their deprecation date; runtime identifiers "
                   "the table does not know (newer ones); a Runtime given by !Ref, !If, !Sub or a "
                   "serverless ${…} variable, or a Terraform expression other than a literal, a "
                   "variable's default, a local or a module argument; container-image functions "
                   "(no Runtime); functions the CDK library adds itself (custom-resource "
                   "providers) in a cdk.out. A Runtime set once in Globals or provider is reported once, where it is written.",
    .check_module = NULL,
    .check_project = check_project,
};
