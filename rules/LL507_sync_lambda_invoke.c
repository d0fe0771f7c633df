/*
 * LL507 sync-lambda-invoke
 *
 * What it does: finds a handler invoking another Lambda function synchronously
 * (`lambda_client.invoke(...)` without `InvocationType` or with `"RequestResponse"`).
 * Why is this bad on Lambda: the caller sits idle, billed, for the whole run of the callee, both
 * functions hold concurrency, the caller's timeout must cover the callee's, and errors and retries
 * compound. Invoking the function itself this way is unbounded recursion.
 * Not flagged: `InvocationType="Event"` (asynchronous) or `"DryRun"`; an InvocationType that is not
 * a literal; calls passing `**kwargs`; `invoke` on clients that are not Lambda clients; code no
 * handler reaches.
 */
#include "rulekit.h"

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && ll_streq(s + n - k, suffix);
}

/* Whether `x.invoke(...)` goes to a Lambda client. */
static bool lambda_client(const ll_call *call) {
  if (call->receiver_ctor && ends_with(call->receiver_ctor, "client"))
    return call->receiver_arg && ll_streq(call->receiver_arg, "lambda");
  /* Receiver unknown (a parameter, an attribute): `invoke(FunctionName=...)` is Lambda's shape. */
  return ll_call_keyword(call, "FunctionName") != NULL;
}

/* JS: a v3 `new InvokeCommand({…})` (sent with `client.send`), or a v2 `lambda.invoke({…})`. */
static bool js_invoke(const ll_call *call) {
  if (ll_streq(call->callee, "@aws-sdk/client-lambda.InvokeCommand")) return true;
  return ll_streq(call->method, "invoke") && strchr(call->callee, '.') &&
         ((call->receiver_ctor && ll_streq(call->receiver_ctor, "aws-sdk.Lambda")) ||
          (call->receiver_ctor && ll_streq(call->receiver_ctor, "aws-sdk/clients/lambda")) ||
          (!call->receiver_ctor && ll_call_keyword(call, "FunctionName")));
}

/* Go: the SDK's `lambda.InvokeInput{…}` (v1 and v2); its InvocationType defaults to RequestResponse. */
static const char *const go_invoke_inputs[] = {"github.com/aws/aws-sdk-go-v2/service/lambda.InvokeInput",
                                               "github.com/aws/aws-sdk-go/service/lambda.InvokeInput", NULL};

static void check_go(ll_rule_ctx *ctx, const ll_module *m) {
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL || !ll_callee_is(ev->as.call.callee, go_invoke_inputs)) continue;
      const ll_keyword *type = ll_call_keyword(&ev->as.call, "InvocationType");
      if (type && (!type->literal || !strstr(type->literal, "RequestResponse"))) continue;
      ll_rule_report(ctx, m, ev->span,
                     "synchronous Lambda `Invoke`%s: this function waits, billed, while the other one "
                     "runs, and both hold concurrency; set `InvocationType: types.InvocationTypeEvent`, "
                     "or chain them with Step Functions or a queue",
                     type ? " (InvocationType RequestResponse)" : "");
    }
  }
}

/* Java: the request an invoke sends, `InvokeRequest.builder()…build()` (v2) or `new
 * InvokeRequest().with…()` (v1), read off its builder chain (the front-end's keywords). Its invocation
 * type, or "" when the chain sets none (the SDK's default, RequestResponse); NULL when the call
 * builds no such request. */
static const char *java_invoke_type(const ll_call *call) {
  static const char v2[] = "software.amazon.awssdk.services.lambda.model.InvokeRequest.builder()";
  static const char v1[] = "com.amazonaws.services.lambda.model.InvokeRequest()";
  bool is_v2 = !strncmp(call->callee, v2, sizeof v2 - 1) && ll_streq(call->method, "build");
  bool is_v1 = !strncmp(call->callee, v1, sizeof v1 - 1) && !strncmp(call->method, "with", 4);
  /* v1 `LambdaInvokerFactory`: a `@LambdaFunction` interface method a handler calls through the proxy */
  if (ll_streq(call->callee, "com.amazonaws.services.lambda.invoke.LambdaFunction")) {
    const ll_keyword *type = ll_call_keyword(call, "invocationType");
    return !type ? "" : type->literal ? type->literal : "?";
  }
  if ((!is_v2 && !is_v1) || call->n_keywords == 0) return NULL; /* a link inside the chain */
  const ll_keyword *type = ll_call_keyword(call, is_v2 ? "invocationType" : "withInvocationType");
  if (!type) return "";
  return type->literal ? type->literal : "?";
}

static void check_java(ll_rule_ctx *ctx, const ll_module *m) {
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      const char *type = ev->kind == LL_EV_CALL ? java_invoke_type(&ev->as.call) : NULL;
      if (!type || (*type && !strstr(type, "REQUEST_RESPONSE") && !strstr(type, "RequestResponse"))) continue;
      bool proxy = ll_streq(ev->as.call.callee, "com.amazonaws.services.lambda.invoke.LambdaFunction");
      ll_rule_report(ctx, m, ev->span,
                     "synchronous Lambda invoke%s%s: this function waits, billed, while the other one "
                     "runs, and both hold concurrency; set %s, or chain them with Step Functions or a queue",
                     proxy ? " through a LambdaInvokerFactory proxy" : "",
                     *type ? " (RequestResponse)" : " (no invocation type: RequestResponse by default)",
                     proxy ? "`invocationType = InvocationType.Event` in `@LambdaFunction`"
                           : "`invocationType(InvocationType.EVENT)`");
    }
  }
}

/* Rust: the fluent builder `client.invoke().function_name(f)…send()`; its `.invocation_type(…)`
 * link (same chain, same start) carries the type as keyword "InvocationType" (the front-end). */
static void check_rust(ll_rule_ctx *ctx, const ll_module *m) {
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL || strcmp(ev->as.call.method, "send")) continue;
      const char *c = ev->as.call.callee;
      if (!strstr(c, "invoke()::") || !strstr(c, "::function_name()")) continue;
      const char *type = NULL;
      for (uint32_t k = 0; k < fn->n_events; k++) {
        const ll_event *link = &fn->events[k];
        if (link->kind == LL_EV_CALL && link->span.start_byte == ev->span.start_byte &&
            ll_streq(link->as.call.method, "invocation_type")) {
          const ll_keyword *kw = ll_call_keyword(&link->as.call, "InvocationType");
          type = kw && kw->literal ? kw->literal : "?";
        }
      }
      if (type && strcmp(type, "RequestResponse")) continue;
      ll_rule_report(ctx, m, ev->span,
                     "synchronous Lambda `invoke`%s: this function waits, billed, while the other one "
                     "runs, and both hold concurrency; use `.invocation_type(InvocationType::Event)`, "
                     "or chain them with Step Functions or a queue",
                     type ? " (InvocationType::RequestResponse)" : "");
    }
  }
}

static const ll_language_check checks[LL_LANG_COUNT] = {
    [LL_LANG_GO] = check_go, [LL_LANG_JAVA] = check_java, [LL_LANG_RUST] = check_rust};

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  if (ll_check_by_language(ctx, m, checks)) return;
  bool js = ll_is_js(m);
  if (m->language != LL_LANG_PYTHON && !js) return;
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL) continue;
      const ll_call *call = &ev->as.call;
      if (js) {
        /* parameters built elsewhere (`new InvokeCommand(params)`) may set the type */
        if (!js_invoke(call) || call->has_splat_kwargs || (call->n_positional > 0 && !call->n_keywords)) continue;
      } else {
        if (strcmp(call->method, "invoke") || !strchr(call->callee, '.') || call->has_splat_kwargs) continue;
        if (!lambda_client(call)) continue;
      }
      const ll_keyword *type = ll_call_keyword(call, "InvocationType");
      if (type && (!type->literal || strcmp(type->literal, "RequestResponse"))) continue;
      ll_rule_report(ctx, m, ev->span,
                     "synchronous Lambda `invoke`%s: this function waits, billed, while the other one "
                     "runs, and both hold concurrency; invoke asynchronously (InvocationType=\"Event\"), "
                     "or chain them with Step Functions or a queue",
                     type ? " (InvocationType=\"RequestResponse\")" : "");
    }
  }
}

/* Per-language examples printed by --explain. */
static const ll_rule_example examples[] = {
    {LL_LANG_JAVASCRIPT,
     "export const handler = async (event) => {\n"
     "  const r = await lambda.send(new InvokeCommand({\n"
     "    FunctionName: \"resize\", Payload: JSON.stringify(event) }));\n"
     "  return JSON.parse(Buffer.from(r.Payload).toString());\n"
     "};\n",
     "export const handler = async (event) => {\n"
     "  await lambda.send(new InvokeCommand({\n"
     "    FunctionName: \"resize\", InvocationType: \"Event\", Payload: JSON.stringify(event) }));\n"
     "  return { status: \"accepted\" };\n"
     "};\n"},
    {LL_LANG_GO,
     "out, err := lambdaClient.Invoke(ctx, &lambda.InvokeInput{\n"
     "	FunctionName: aws.String(\"resize\"),\n"
     "	Payload:      payload,\n"
     "})\n",
     "_, err := lambdaClient.Invoke(ctx, &lambda.InvokeInput{\n"
     "	FunctionName:   aws.String(\"resize\"),\n"
     "	InvocationType: types.InvocationTypeEvent,\n"
     "	Payload:        payload,\n"
     "})\n"},
    {LL_LANG_JAVA,
     "InvokeResponse r = lambda.invoke(InvokeRequest.builder()\n"
     "    .functionName(\"resize\").payload(SdkBytes.fromUtf8String(body)).build());\n",
     "lambda.invoke(InvokeRequest.builder().functionName(\"resize\")\n"
     "    .invocationType(InvocationType.EVENT).payload(SdkBytes.fromUtf8String(body)).build());\n"},
    {LL_LANG_RUST,
     "async fn handler(lambda: &aws_sdk_lambda::Client, event: LambdaEvent<Value>) -> Result<Value, Error> {\n"
     "    let out = lambda.invoke().function_name(\"resize\").payload(blob(&event.payload)).send().await?;\n"
     "    Ok(parse(out.payload()))\n"
     "}\n",
     "async fn handler(lambda: &aws_sdk_lambda::Client, event: LambdaEvent<Value>) -> Result<(), Error> {\n"
     "    lambda.invoke().function_name(\"resize\").invocation_type(InvocationType::Event)\n"
     "        .payload(blob(&event.payload)).send().await?;\n"
     "    Ok(())\n"
     "}\n"},
    {LL_LANG_COUNT, NULL, NULL}};

/* The help line in the words of the languages that need their own (the others use `help`). */
static const char *const help_by_language[LL_LANG_COUNT] = {
    [LL_LANG_RUST] = "invoke asynchronously (`.invocation_type(InvocationType::Event)`) or orchestrate "
                     "with Step Functions / SQS",
    [LL_LANG_GO] = "invoke asynchronously (`InvocationType: types.InvocationTypeEvent`) or orchestrate with Step "
                   "Functions / SQS",
};

const ll_rule ll_rule_LL507 = {
    .id = "LL507",
    .name = "sync-lambda-invoke",
    .severity = LL_SEVERITY_WARNING,
    .languages = LL_LANG_BIT(LL_LANG_PYTHON) | LL_LANG_BIT(LL_LANG_JAVASCRIPT) | LL_LANG_BIT(LL_LANG_TYPESCRIPT) |
                 LL_LANG_BIT(LL_LANG_GO) | LL_LANG_BIT(LL_LANG_JAVA) |
                 LL_LANG_BIT(LL_LANG_RUST),
    .summary = "A handler invokes another Lambda function synchronously.",
    .rationale =
        "A synchronous invoke (`RequestResponse`, the default) makes the caller wait, billed, for "
        "the callee's entire run: the work is paid for twice, both functions hold concurrency, the "
        "caller's timeout has to cover the callee's, and error handling and retries compound. A "
        "function that synchronously invokes itself recurses without bound. AWS's guidance is to "
        "avoid Lambda functions calling Lambda functions synchronously.",
    .example = "def lambda_handler(event, context):\n"
               "    r = lambda_client.invoke(FunctionName=\"resize\", Payload=json.dumps(event))\n"
               "    return json.load(r[\"Payload\"])\n",
    .fix = "def lambda_handler(event, context):\n"
           "    lambda_client.invoke(FunctionName=\"resize\", InvocationType=\"Event\",\n"
           "                         Payload=json.dumps(event))\n"
           "    return {\"status\": \"accepted\"}\n",
    .examples = examples,
    .help = "invoke asynchronously (InvocationType=\"Event\") or orchestrate with Step Functions / SQS",
    .help_by_language = help_by_language,
    .not_flagged = "`InvocationType=\"Event\"` or `\"DryRun\"`; an InvocationType that is not a literal; "
                   "calls passing `**kwargs`; `invoke` on clients that are not Lambda clients (Step "
                   "Functions, SageMaker runtime, …); code no handler reaches.",
    .check_module = check,
};
