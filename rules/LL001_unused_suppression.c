/*
 * LL001 unused-suppression
 *
 * What it does: with --report-unused-ignores, reports `lambda-lint: ignore…` comments that
 * suppress nothing, and comments that start `lambda-lint:` but do not parse.
 * Why is this bad: a stale suppression hides the next real finding on that line, and a malformed
 * one silently suppresses nothing. Keeping suppressions exact keeps them trustworthy.
 * Not flagged: suppressions of rules that this run does not enable (--select / --ignore / config),
 * since those rules had no chance to fire. The engine reports it (src/engine/findings.c); this file only
 * holds its documentation, so it has no check callbacks.
 */
#include "rulekit.h"

/* Every language but Python writes the comment with `//`. */
#define SLASH_HELP "delete the suppression, or fix its syntax: `// lambda-lint: ignore[ID, …] -- reason`"
static const char *const help_by_language[LL_LANG_COUNT] = {
    [LL_LANG_JAVASCRIPT] = SLASH_HELP, [LL_LANG_TYPESCRIPT] = SLASH_HELP, [LL_LANG_GO] = SLASH_HELP,
    [LL_LANG_RUST] = SLASH_HELP,       [LL_LANG_JAVA] = SLASH_HELP,       [LL_LANG_C] = SLASH_HELP,
    [LL_LANG_CPP] = SLASH_HELP,
};

const ll_rule ll_rule_LL001 = {
    .id = "LL001",
    .name = "unused-suppression",
    .severity = LL_SEVERITY_WARNING,
    .languages = 0,
    .summary = "A lambda-lint suppression comment suppresses nothing, or does not parse.",
    .rationale =
        "Suppressions outlive the code they were written for: once the flagged construct is fixed "
        "or moved, the comment stays and would hide the next finding on that line. A comment that "
        "starts `lambda-lint:` but does not parse suppresses nothing while looking as if it does. "
        "Reported only with --report-unused-ignores.",
    .example = "import boto3\n\n"
               "s3 = boto3.client(\"s3\")  # lambda-lint: ignore[LL302]\n",
    .fix = "import boto3\n\n"
           "s3 = boto3.client(\"s3\")\n",
    .help = "delete the suppression, or fix its syntax: `# lambda-lint: ignore[ID, …] -- reason`",
    .help_by_language = help_by_language,
    .not_flagged = "Suppressions of rules that the run does not enable (--select, --ignore, the "
                   "config file): those rules could not fire.",
};
