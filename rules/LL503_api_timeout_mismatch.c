/*
 * LL503 api-timeout-mismatch
 *
 * What it does: flags a function invoked by API Gateway whose Timeout is longer than the API's
 * integration timeout: 29 s for a REST API (SAM `Api`, serverless `http`,
 * AWS::ApiGateway::Method) and for a WebSocket API (serverless `websocket`, an ApiGatewayV2
 * integration of a WEBSOCKET API), 30 s for an HTTP API (SAM `HttpApi`, serverless `httpApi`,
 * AWS::ApiGatewayV2::Integration).
 *
 * Why is this bad on Lambda: API Gateway gives up after its integration timeout and answers
 * 504 while the function keeps running (and billing) up to its own Timeout; clients retry and
 * the work runs twice.
 */
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "lambdalint/project.h"
#include "lambdalint/rule.h"
#include "template/tpl_report.h"

enum { LL503_REST_LIMIT = 29, LL503_HTTP_LIMIT = 30, LL503_WEBSOCKET_LIMIT = 29 };

static uint32_t limit_of(ll_event_source_kind kind, const char **api) {
  switch (kind) {
  case LL_EVENT_SOURCE_API: *api = "REST API"; return LL503_REST_LIMIT;
  case LL_EVENT_SOURCE_HTTP_API: *api = "HTTP API"; return LL503_HTTP_LIMIT;
  case LL_EVENT_SOURCE_WEBSOCKET: *api = "WebSocket API"; return LL503_WEBSOCKET_LIMIT;
  default: return 0;
  }
}

/* The API event with the tightest limit, or NULL when the function is not behind API Gateway. */
static const ll_tpl_event *api_event(const ll_tpl_function *fn, uint32_t *limit, const char **api) {
  const ll_tpl_event *found = NULL;
  for (uint32_t i = 0; i < fn->n_events; i++) {
    const ll_tpl_event *e = &fn->events[i];
    const char *name = NULL;
    uint32_t l = limit_of(e->kind, &name);
    if (!l || (found && l >= *limit)) continue;
    found = e;
    *limit = l;
    *api = name;
  }
  return found;
}

static bool has_keyword(const ll_call *call, const char *name, const char *literal) {
  for (uint32_t k = 0; k < call->n_keywords; k++)
    if (call->keywords[k].name && strcmp(call->keywords[k].name, name) == 0 &&
        (!literal || (call->keywords[k].literal && strcmp(call->keywords[k].literal, literal) == 0)))
      return true;
  return false;
}

static bool imports_prefix(const ll_module *m, const char *prefix) {
  size_t n = strlen(prefix);
  for (uint32_t i = 0; i < m->n_imports; i++)
    if (m->imports[i].module && strncmp(m->imports[i].module, prefix, n) == 0) return true;
  return false;
}

/* Whether the call's own text names the running function (context.function_name,
 * AWS_LAMBDA_FUNCTION_NAME, context.functionName): an invoke of itself, not of a worker. */
static bool names_own_function(const ll_module *m, const ll_span *span) {
  static const char *const own[] = {"function_name", "AWS_LAMBDA_FUNCTION_NAME", "functionName",
                                    "invoked_function_arn", "invokedFunctionArn", NULL};
  if (!m->source || span->end_byte <= span->start_byte || span->end_byte > m->source_len) return false;
  for (const char *const *o = own; *o; o++) {
    size_t n = strlen(*o);
    for (uint32_t i = span->start_byte; i + n <= span->end_byte; i++)
      if (memcmp(m->source + i, *o, n) == 0) return true;
  }
  return false;
}

/* Whether the module invokes its own function asynchronously, this rule's own fix: a Slack Bolt
 * lazy listener (`lazy=[…]`: Bolt acknowledges within 3 s and re-invokes the function with
 * InvocationType Event to run the listener), or an Event invoke whose FunctionName is the
 * running function's own name. The long Timeout serves that invocation. */
static bool invokes_itself(const ll_module *m) {
  bool bolt = imports_prefix(m, "slack_bolt");
  for (uint32_t f = 0; f < m->n_functions; f++) {
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      if (fn->events[e].kind != LL_EV_CALL) continue;
      const ll_call *call = &fn->events[e].as.call;
      if (bolt && has_keyword(call, "lazy", NULL)) return true;
      if (has_keyword(call, "InvocationType", "Event") && names_own_function(m, &fn->events[e].span)) return true;
    }
  }
  return false;
}

static bool closure_invokes_itself(const ll_code_index *index, const ll_tpl_function *fn) {
  int handler = ll_code_index_find(index, fn->source_realpath);
  if (handler < 0) return false;
  bool *in = ll_calloc(index->n, sizeof(bool)), found = false;
  ll_code_index_closure(index, handler, in);
  for (size_t i = 0; i < index->n && !found; i++) found = in[i] && invokes_itself(index->modules[i]);
  free(in);
  return found;
}

static void check_function(ll_rule_ctx *ctx, ll_tpl_once *once, const ll_code_index *index,
                           const ll_tpl_function *fn) {
  uint32_t limit = 0;
  const char *api = NULL;
  const ll_tpl_event *event = api_event(fn, &limit, &api);
  uint32_t timeout = ll_tpl_function_timeout_s(fn);
  if (!event || timeout <= limit || closure_invokes_itself(index, fn)) return;
  ll_tpl_report(ctx, once, fn, &fn->timeout,
                "Timeout %u s of function %s is longer than the %u s integration timeout of "
                "API Gateway's %s (%s event at line %u): the client gets a 504 while the "
                "function runs on",
                timeout, fn->resource, limit, api, event->type ? event->type : "API", event->line);
}

static void check_project(ll_rule_ctx *ctx, const ll_project *project) {
  ll_tpl_check_functions(ctx, project, check_function);
}

const ll_rule ll_rule_LL503 = {
    .id = "LL503",
    .name = "api-timeout-mismatch",
    .severity = LL_SEVERITY_WARNING,
    .languages = 0,
    .summary = "A function behind API Gateway has a Timeout longer than the API's 29/30 s limit.",
    .rationale = "API Gateway's integration timeout is 29 seconds for REST and WebSocket APIs and "
                 "30 seconds for HTTP APIs. A longer function Timeout does not make the API wait: the client gets "
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
                   "lives in another template; functions that answer fast and invoke themselves "
                   "asynchronously for the long work (a Slack Bolt lazy listener, `lazy=[…]`; "
                   "an InvocationType='Event' invoke of their own function name), whose long "
                   "Timeout is for that second invocation.",
    .check_module = NULL,
    .check_project = check_project,
};
