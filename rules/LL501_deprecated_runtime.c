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
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html), the "Deprecation date"
 * column of its "Supported runtimes" and "Deprecated runtimes" tables, and the deprecation
 * policy on the same page (runtime-support-policy). AWS moves dates now and then: update the
 * table below when it does (one line per runtime identifier) and keep the corpus dates in step.
 * Identifiers not in the table (a newer runtime, a variable) are not flagged.
 *
 * Cross-checked against AWS's own end-of-support notices (quoted in public issue trackers):
 * python3.9 2025-12-15, nodejs20.x 2026-04-30, python3.10 2026-10-31, provided.al2 2026-07-31.
 * python3.11 2027-06-30: its Amazon Linux 2 date (2026-06-30) was extended by a full year in June
 * 2026 (cfn-lint's runtime-lifecycle update, aws-cloudformation/cfn-lint#4532, taken from the docs).
 * Left out on purpose until the docs page is re-read: java8.al2, java11, java17 (re-platformed on
 * Amazon Linux 2023 in July 2026, new dates not yet confirmed here). Precision first: no date, no
 * finding.
 */
#include <string.h>

#include "base/date.h"
#include "lambdalint/project.h"
#include "lambdalint/rule.h"
#include "template/tpl_report.h"

enum { LL501_WARN_DAYS = 180 };

typedef struct {
  const char *runtime;
  const char *family; /* runtimes that replace each other */
  int year, month, day; /* deprecation date */
} ll_runtime_eol;

static const ll_runtime_eol runtimes[] = {
    {"python2.7", "python", 2021, 7, 15},
    {"python3.6", "python", 2022, 7, 18},
    {"python3.7", "python", 2023, 12, 4},
    {"python3.8", "python", 2024, 10, 14},
    {"python3.9", "python", 2025, 12, 15},
    {"python3.10", "python", 2026, 10, 31},
    {"python3.11", "python", 2027, 6, 30},
    {"python3.12", "python", 2028, 10, 31},
    {"python3.13", "python", 2029, 6, 30},
    {"python3.14", "python", 2029, 6, 30},
    {"nodejs", "nodejs", 2016, 10, 31},
    {"nodejs4.3", "nodejs", 2020, 3, 5},
    {"nodejs4.3-edge", "nodejs", 2019, 4, 30},
    {"nodejs6.10", "nodejs", 2019, 8, 12},
    {"nodejs8.10", "nodejs", 2020, 3, 6},
    {"nodejs10.x", "nodejs", 2021, 7, 30},
    {"nodejs12.x", "nodejs", 2023, 3, 31},
    {"nodejs14.x", "nodejs", 2023, 12, 4},
    {"nodejs16.x", "nodejs", 2024, 6, 12},
    {"nodejs18.x", "nodejs", 2025, 9, 1},
    {"nodejs20.x", "nodejs", 2026, 4, 30},
    {"nodejs22.x", "nodejs", 2027, 4, 30},
    {"nodejs24.x", "nodejs", 2028, 4, 30},
    {"java8", "java", 2024, 1, 8},
    {"java21", "java", 2029, 6, 30},
    {"java25", "java", 2029, 6, 30},
    {"dotnetcore1.0", "dotnet", 2019, 7, 30},
    {"dotnetcore2.0", "dotnet", 2019, 5, 30},
    {"dotnetcore2.1", "dotnet", 2022, 1, 5},
    {"dotnetcore3.1", "dotnet", 2023, 4, 3},
    {"dotnet5.0", "dotnet", 2022, 5, 10},
    {"dotnet6", "dotnet", 2024, 12, 20},
    {"dotnet7", "dotnet", 2024, 5, 14},
    {"dotnet8", "dotnet", 2026, 11, 10},
    {"dotnet10", "dotnet", 2028, 11, 14},
    {"ruby2.5", "ruby", 2021, 7, 30},
    {"ruby2.7", "ruby", 2023, 12, 7},
    {"ruby3.2", "ruby", 2026, 3, 31},
    {"ruby3.3", "ruby", 2027, 3, 31},
    {"ruby3.4", "ruby", 2028, 3, 31},
    {"go1.x", "provided", 2024, 1, 8},
    {"provided", "provided", 2024, 1, 8},
    {"provided.al2", "provided", 2026, 7, 31},
    {"provided.al2023", "provided", 2029, 6, 30},
};

enum { LL501_N_RUNTIMES = sizeof runtimes / sizeof runtimes[0] };

static int32_t eol_days(const ll_runtime_eol *r) { return ll_date_days(r->year, r->month, r->day); }

static const ll_runtime_eol *find_runtime(const char *id) {
  for (size_t i = 0; id && i < LL501_N_RUNTIMES; i++)
    if (strcmp(runtimes[i].runtime, id) == 0) return &runtimes[i];
  return NULL;
}

/* The runtime of the same family supported the longest: what to move to. */
static const char *successor(const ll_runtime_eol *r) {
  const ll_runtime_eol *best = r;
  for (size_t i = 0; i < LL501_N_RUNTIMES; i++)
    if (strcmp(runtimes[i].family, r->family) == 0 && eol_days(&runtimes[i]) >= eol_days(best))
      best = &runtimes[i];
  return best->runtime;
}

static void check_function(ll_rule_ctx *ctx, ll_tpl_once *once, const ll_tpl_function *fn,
                           int32_t today) {
  const ll_runtime_eol *r = find_runtime(fn->runtime.text);
  if (!r) return;
  int32_t left = eol_days(r) - today;
  if (left > LL501_WARN_DAYS || !ll_tpl_once_first(once, fn->template_path, fn->runtime.line, fn->runtime.column))
    return;
  char date[11];
  ll_date_format(eol_days(r), date);
  if (left <= 0)
    ll_rule_report_at_severity(ctx, LL_SEVERITY_ERROR, fn->template_path, fn->runtime.line, fn->runtime.column,
                               "runtime %s was deprecated on %s: no security patches, and Lambda "
                               "blocks updating functions that use it; move to %s",
                               r->runtime, date, successor(r));
  else
    ll_rule_report_at_severity(ctx, LL_SEVERITY_WARNING, fn->template_path, fn->runtime.line, fn->runtime.column,
                               "runtime %s is deprecated on %s (in %d days): plan the move to %s",
                               r->runtime, date, (int)left, successor(r));
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
        "functions using it lose technical support; shortly after, Lambda blocks creating and then "
        "updating functions on that runtime, so the next deploy of a fix fails. Dates come from the "
        "AWS Lambda Developer Guide, \"Lambda runtimes\" (lambda-runtimes.html). Past the date the "
        "finding is an error; within 180 days of it, a warning. `--as-of DATE` fixes today.",
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
                   "serverless ${…} variable; container-image functions (no Runtime). A Runtime "
                   "set once in Globals or provider is reported once, where it is written.",
    .check_module = NULL,
    .check_project = check_project,
};
