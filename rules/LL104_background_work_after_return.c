/*
 * LL104 background-work-after-return
 *
 * What it does: finds threads, processes, pools and tasks started in handler code that are not
 * joined, shut down or awaited before the function returns.
 * Why is this bad on Lambda: when the handler returns, the execution environment is frozen. Work
 * still running is suspended mid-flight, resumes (if ever) during a later invocation, and is lost
 * when the environment is recycled.
 * Not flagged: work joined, awaited, gathered, shut down or run under `with`; a thread or task
 * returned to the caller; pools that were given no work; a `threading.Timer` watchdog cancelled
 * (`timer.cancel()`) before the function returns.
 * JavaScript/TypeScript, without type information: a call is taken to make a promise when it is an
 * SDK v3 `client.send(…)`, a v2 `.promise()`, `fetch` / axios / got, an `fs/promises` function, an
 * `async` function of the module, or a `.then()/.catch()` chain; it floats when its value is
 * dropped (a statement of its own, `void p()`), and `arr.forEach(async …)` floats its callbacks;
 * so does a `setTimeout` / `setImmediate` whose id is dropped (unless it aborts a request).
 * Functions that take a callback parameter are not checked (the runtime waits for their event loop).
 */
#include "rulekit.h"

static const char *kind_name(const ll_module *m, const ll_spawn *spawn) {
  ll_spawn_kind kind = spawn->kind;
  if (kind == LL_SPAWN_TASK && ll_is_js(m))
    return ll_streq(spawn->callee, "setTimeout") || ll_streq(spawn->callee, "setImmediate") ? "timer" : "promise";
  switch (kind) {
  case LL_SPAWN_THREAD: return "thread";
  case LL_SPAWN_POOL: return "thread pool";
  case LL_SPAWN_PROCESS: return "process";
  case LL_SPAWN_PROCESS_POOL: return "process pool";
  default: return "task";
  }
}

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_SPAWN || !ev->as.spawn.started || ev->as.spawn.joined) continue;
      if (ll_timer_cancelled(fn, e)) continue;
      ll_rule_report(ctx, m, ev->span,
                     "%s started by `%s` is not joined or awaited before `%s` returns; Lambda freezes "
                     "the environment after the response, so it may never finish",
                     kind_name(m, &ev->as.spawn), ev->as.spawn.callee, fn->name);
    }
  }
}

/* Per-language examples printed by --explain. */
static const ll_rule_example examples[] = {
    {LL_LANG_JAVASCRIPT,
     "export const handler = async (event) => {\n"
     "  cloudwatch.send(new PutMetricDataCommand(metric(event))); // floating\n"
     "  void audit(event);\n"
     "  return { statusCode: 200 };\n"
     "};\n",
     "export const handler = async (event) => {\n"
     "  await Promise.all([\n"
     "    cloudwatch.send(new PutMetricDataCommand(metric(event))),\n"
     "    audit(event),\n"
     "  ]);\n"
     "  return { statusCode: 200 };\n"
     "};\n"},
    {LL_LANG_GO,
     "func handler(ctx context.Context, ev Event) error {\n"
     "	go audit(ev) // may never finish: the environment freezes after return\n"
     "	return process(ctx, ev)\n"
     "}\n",
     "func handler(ctx context.Context, ev Event) error {\n"
     "	var wg sync.WaitGroup\n"
     "	wg.Add(1)\n"
     "	go func() { defer wg.Done(); audit(ev) }()\n"
     "	err := process(ctx, ev)\n"
     "	wg.Wait()\n"
     "	return err\n"
     "}\n"},
    {LL_LANG_JAVA,
     "public String handleRequest(Order order, Context context) {\n"
     "  CompletableFuture.runAsync(() -> audit(order)); // not joined\n"
     "  return \"accepted\";\n"
     "}\n",
     "public String handleRequest(Order order, Context context) {\n"
     "  CompletableFuture<Void> a = CompletableFuture.runAsync(() -> audit(order));\n"
     "  a.join();\n"
     "  return \"accepted\";\n"
     "}\n"},
    {LL_LANG_RUST,
     "async fn handler(event: LambdaEvent<Value>) -> Result<Value, Error> {\n"
     "    tokio::spawn(audit(event.payload.clone())); // frozen when the handler returns\n"
     "    Ok(event.payload)\n"
     "}\n",
     "async fn handler(event: LambdaEvent<Value>) -> Result<Value, Error> {\n"
     "    let audit = tokio::spawn(audit(event.payload.clone()));\n"
     "    audit.await?; // finished before the response\n"
     "    Ok(event.payload)\n"
     "}\n"},
    {LL_LANG_CPP,
     "static invocation_response handler(invocation_request const &req) {\n"
     "  std::thread(audit, req.payload).detach(); // frozen when the handler returns\n"
     "  return invocation_response::success(\"accepted\", \"text/plain\");\n"
     "}\n",
     "static invocation_response handler(invocation_request const &req) {\n"
     "  std::thread auditor(audit, req.payload);\n"
     "  auto result = process(req.payload);\n"
     "  auditor.join(); // finished before the response\n"
     "  return invocation_response::success(result, \"text/plain\");\n"
     "}\n"},
    {LL_LANG_COUNT, NULL, NULL}};

const ll_rule ll_rule_LL104 = {
    .id = "LL104",
    .name = "background-work-after-return",
    .severity = LL_SEVERITY_WARNING,
    .languages = (1u << LL_LANG_COUNT) - 1,
    .summary = "A thread, process or task started in the handler is still running when it returns.",
    .rationale =
        "Lambda freezes the execution environment as soon as the handler returns its response. "
        "Background work that is still running is suspended mid-flight: it resumes only if a later "
        "invocation lands on the same environment, and is lost when the environment is recycled. "
        "Writes, metrics and messages sent from such work silently go missing.",
    .example = "def lambda_handler(event, context):\n"
               "    threading.Thread(target=send_metrics, args=(event,)).start()\n"
               "    return {\"statusCode\": 200}\n",
    .fix = "def lambda_handler(event, context):\n"
           "    t = threading.Thread(target=send_metrics, args=(event,))\n"
           "    t.start()\n"
           "    ...\n"
           "    t.join()\n"
           "    return {\"statusCode\": 200}\n",
    .examples = examples,
    .help = "join / await / shut down the work before returning (or use a Lambda extension)",
    .not_flagged = "Work that is joined, awaited, gathered, shut down or run under `with`; a thread "
                   "or task returned to the caller; pools given no work; a `threading.Timer` watchdog "
                   "cancelled (`timer.cancel()`) before the function returns. JavaScript/TypeScript (no type "
                   "information): a promise is recognised by its maker (SDK v3 `client.send`, v2 "
                   "`.promise()`, `fetch`, axios, got, `fs/promises`, an `async` function of the module, "
                   "`.then()/.catch()`) and flagged only when its value is dropped (a statement of its "
                   "own, `void p()`, `arr.forEach(async …)`); promises stored in a variable, returned, "
                   "awaited or passed on are not; nor are functions that take a callback parameter "
                   "(callback handlers: the runtime waits for the event loop to empty).",
    .check_module = check,
};
