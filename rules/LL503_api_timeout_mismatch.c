/*
 * LL503 api-timeout-mismatch
 *
 * What it does: flags a function invoked by API Gateway whose Timeout is longer than the API's
 * integration timeout: 29 s for a REST API (SAM `Api`, serverless `http`,
 * AWS::ApiGateway::Method), 30 s for an HTTP API (SAM `HttpApi`, serverless `httpApi`,
 * AWS::ApiGatewayV2::Integration).
 *
 * Why is this bad on Lambda: API Gateway gives up after its integration timeout and answers
 * 504 while the function keeps running (and billing) up to its own Timeout; clients retry and
 * the work runs twice.
 */
#include "lambdalint/project.h"
#include "lambdalint/rule.h"
#include "template/tpl_report.h"

enum { LL503_REST_LIMIT = 29, LL503_HTTP_LIMIT = 30 };

/* The API event with the tightest limit, or NULL when the function is not behind API Gateway. */
static const ll_tpl_event *api_event(const ll_tpl_function *fn, uint32_t *limit) {
  const ll_tpl_event *found = NULL;
  for (uint32_t i = 0; i < fn->n_events; i++) {
    const ll_tpl_event *e = &fn->events[i];
    uint32_t l = e->kind == LL_EVENT_SOURCE_API ? LL503_REST_LIMIT
                 : e->kind == LL_EVENT_SOURCE_HTTP_API ? LL503_HTTP_LIMIT : 0;
    if (!l || (found && l >= *limit)) continue;
    found = e;
    *limit = l;
  }
  return found;
}

static void check_function(ll_rule_ctx *ctx, ll_tpl_once *once, const ll_tpl_function *fn) {
  uint32_t limit = 0;
  const ll_tpl_event *event = api_event(fn, &limit);
  uint32_t timeout = ll_tpl_function_timeout_s(fn);
  if (!event || timeout <= limit) return;
  ll_tpl_report(ctx, once, fn, &fn->timeout,
                "Timeout %u s of function %s is longer than API Gateway's %u s integration "
                "timeout (%s event at line %u): the client gets a 504 while the function runs on",
                timeout, fn->resource, limit, event->type ? event->type : "API", event->line);
}

static void check_project(ll_rule_ctx *ctx, const ll_project *project) {
  ll_tpl_once once = {0};
  for (size_t i = 0; i < ll_project_function_count(project); i++)
    check_function(ctx, &once, ll_project_function(project, i));
  ll_tpl_once_free(&once);
}

const ll_rule ll_rule_LL503 = {
    .id = "LL503",
    .name = "api-timeout-mismatch",
    .severity = LL_SEVERITY_WARNING,
    .languages = 0,
    .summary = "A function behind API Gateway has a Timeout longer than the API's 29/30 s limit.",
    .rationale = "API Gateway's integration timeout is 29 seconds for REST APIs and 30 seconds for "
                 "HTTP APIs. A longer function Timeout does not make the API wait: the client gets "
                 "a 504 after 29 s while the function keeps running and billing, and a retrying "
                 "client starts the same work again.",
    .example = "Properties:\n"
               "  Timeout: 60\n"
               "  Events:\n"
               "    Get: {Type: Api, Properties: {Path: /report, Method: get}}\n",
    .fix = "Properties:\n"
           "  Timeout: 25   # reply fast; hand long work to SQS / Step Functions\n"
           "  Events:\n"
           "    Get: {Type: Api, Properties: {Path: /report, Method: get}}\n",
    .help = "keep API-facing functions under 29 s and move long work behind a queue",
    .not_flagged = "Functions without an API Gateway event (queues, schedules, direct invokes); "
                   "timeouts given by an intrinsic function or variable; API Gateway wiring that "
                   "lives in another template.",
    .check_module = NULL,
    .check_project = check_project,
};
