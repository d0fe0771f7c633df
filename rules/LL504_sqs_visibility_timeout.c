/*
 * LL504 sqs-visibility-timeout
 *
 * What it does: flags an SQS event source whose queue (an AWS::SQS::Queue of the same template)
 * has a VisibilityTimeout shorter than six times the function's Timeout. A queue without
 * VisibilityTimeout has the SQS default of 30 s.
 *
 * Why is this bad on Lambda: the AWS Lambda Developer Guide ("Using Lambda with Amazon SQS")
 * asks for a visibility timeout of at least six times the function timeout. With less, a
 * message becomes visible again while a batch is still being processed (or retried after
 * throttling) and a second invocation processes it too.
 */
#include "lambdalint/project.h"
#include "lambdalint/rule.h"
#include "template/tpl_report.h"

enum { LL504_FACTOR = 6, LL504_SQS_DEFAULT = 30 };

static void check_event(ll_rule_ctx *ctx, ll_tpl_once *once, const ll_tpl_function *fn,
                        const ll_tpl_event *event) {
  if (event->kind != LL_EVENT_SOURCE_SQS || !event->queue) return;
  const ll_tpl_value *vt = &event->queue_visibility_timeout;
  uint32_t visibility = LL504_SQS_DEFAULT, timeout = ll_tpl_function_timeout_s(fn);
  if (vt->present && !ll_tpl_value_uint(vt, &visibility)) return;
  if (timeout == 0 || visibility >= LL504_FACTOR * timeout) return;
  /* Report at the queue's VisibilityTimeout, or at the queue when it relies on the default. */
  uint32_t line = vt->present ? vt->line : event->queue_line;
  uint32_t column = vt->present ? vt->column : event->queue_column;
  if (!ll_tpl_once_first(once, fn->template_path, line, column)) return;
  ll_rule_report_at(ctx, fn->template_path, line, column,
                    "queue %s has a visibility timeout of %u s%s, less than 6 × the %u s Timeout "
                    "of function %s: messages reappear and are processed twice; set it to at "
                    "least %u",
                    event->queue, visibility, vt->present ? "" : " (the SQS default)", timeout,
                    fn->resource, LL504_FACTOR * timeout);
}

static void check_project(ll_rule_ctx *ctx, const ll_project *project) {
  ll_tpl_once once = {0};
  for (size_t i = 0; i < ll_project_function_count(project); i++) {
    const ll_tpl_function *fn = ll_project_function(project, i);
    for (uint32_t e = 0; e < fn->n_events; e++) check_event(ctx, &once, fn, &fn->events[e]);
  }
  ll_tpl_once_free(&once);
}

const ll_rule ll_rule_LL504 = {
    .id = "LL504",
    .name = "sqs-visibility-timeout",
    .severity = LL_SEVERITY_WARNING,
    .languages = 0,
    .summary = "An SQS queue's VisibilityTimeout is less than 6 × the Timeout of the function it feeds.",
    .rationale = "Lambda polls the queue and hides each received message for the queue's "
                 "visibility timeout. AWS asks for at least six times the function's Timeout: "
                 "with less, messages of a batch that is still running, being retried or "
                 "throttled become visible again and another invocation processes them a second "
                 "time. A queue without VisibilityTimeout uses the SQS default of 30 s.",
    .example = "Jobs:\n"
               "  Type: AWS::SQS::Queue\n"
               "  Properties:\n"
               "    VisibilityTimeout: 60\n"
               "Worker:\n"
               "  Type: AWS::Serverless::Function\n"
               "  Properties:\n"
               "    Timeout: 30\n"
               "    Events:\n"
               "      Jobs: {Type: SQS, Properties: {Queue: !GetAtt Jobs.Arn}}\n",
    .fix = "Jobs:\n"
           "  Type: AWS::SQS::Queue\n"
           "  Properties:\n"
           "    VisibilityTimeout: 180\n",
    .help = "set the queue's VisibilityTimeout to at least six times the function's Timeout",
    .not_flagged = "Queues defined in another template or stack (only an ARN is known); "
                   "VisibilityTimeout or Timeout given by an intrinsic function or variable; a CDK "
                   "app read from its source: its event sources (`SqsEventSource`, "
                   "`addEventSource`) are not followed there, so synthesize it and pass "
                   "`--cdk-out cdk.out`.",
    .check_module = NULL,
    .check_project = check_project,
};
