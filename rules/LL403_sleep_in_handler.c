/*
 * LL403 sleep-in-handler
 *
 * What it does: finds sleeps in code that runs during an invocation.
 * Why is this bad on Lambda: a function is billed for every millisecond it runs, waiting included,
 * and a sleeping invocation still holds one unit of concurrency. Waiting for something to happen
 * belongs in Step Functions (a Wait state), an SQS delivery delay or an EventBridge schedule.
 * Not flagged: sleeps in code no handler reaches (and `if __name__ == "__main__":` code);
 * `sleep(0)` (a yield); back-off sleeps inside an exception handler (retrying after a failure),
 * in JavaScript also a sleep helper called only there.
 * CloudFormation custom-resource handlers (`cfnresponse`, `crhelper`, an event's `RequestType`) and the
 * sibling modules only they reach run
 * a few times per deployment, not per request: nothing there is reported.
 */
#include "rulekit.h"

static const char *const python_sleeps[] = {"time.sleep", "asyncio.sleep", "gevent.sleep",
                                            "eventlet.sleep", NULL};

static const char *const c_family_sleeps[] = {"sleep", "usleep", "nanosleep", "thrd_sleep", "Sleep",
                                              "std::this_thread::sleep_for", "std::this_thread::sleep_until",
                                              NULL};

/* JavaScript/TypeScript: the promise timers (`await setTimeout(ms)` from timers/promises; the
 * front-end lowers `new Promise(r => setTimeout(r, ms))` and `promisify(setTimeout)` to it). */
static const char *const js_sleeps[] = {"timers/promises.setTimeout", "timers/promises.scheduler.wait",
                                        "Atomics.wait", "sleep.sleep", "sleep.msleep", NULL};

/* Go: the stdlib sleep (a `time.After` wait in a select is a timeout, not a sleep). */
static const char *const go_sleeps[] = {"time.Sleep", NULL};
/* Java: Thread.sleep (java.lang, never imported) and TimeUnit's sleep. */
static const char *const java_sleeps[] = {"Thread.sleep", "java.lang.Thread.sleep",
                                          "java.util.concurrent.TimeUnit.SECONDS.sleep",
                                          "java.util.concurrent.TimeUnit.MILLISECONDS.sleep", "TimeUnit.SECONDS.sleep",
                                          "TimeUnit.MILLISECONDS.sleep", NULL};

static const char *const rust_sleeps[] = {"tokio::time::sleep", "std::thread::sleep", "thread::sleep",
                                          "async_std::task::sleep", "tokio::time::sleep_until", NULL};

static const char *const *const tables[LL_LANG_COUNT] = {
    [LL_LANG_JAVA] = java_sleeps,
    [LL_LANG_PYTHON] = python_sleeps,
    [LL_LANG_JAVASCRIPT] = js_sleeps,
    [LL_LANG_TYPESCRIPT] = js_sleeps,
    [LL_LANG_GO] = go_sleeps,
    [LL_LANG_C] = c_family_sleeps,
    [LL_LANG_CPP] = c_family_sleeps,
    [LL_LANG_RUST] = rust_sleeps,
};

static bool zero(const char *literal) {
  if (!literal) return false;
  for (const char *p = literal; *p; p++)
    if (*p != '0' && *p != '.' && *p != '_') return false;
  return true;
}

/* Whether `len` bytes at `s` are the same as the NUL-terminated `t`. */
static bool same(const char *s, size_t len, const char *t) { return strlen(t) == len && !strncmp(s, t, len); }

/* JavaScript: whether a call in module `o` calls function `name` of module `m`: `sleep(…)` in `m`
 * itself, or `./retry.sleep(…)` / `utils.sleep(…)` elsewhere through a relative import whose last
 * component names `m` (`retry.ts`, or `utils/index.js` for "./utils"). */
static bool js_calls(const ll_module *o, const ll_call *call, const ll_module *m, const char *name) {
  if (o == m && ll_streq(call->callee, name)) return true;
  size_t n = strlen(call->callee), k = strlen(name);
  if (call->callee[0] != '.' || n <= k + 1 || call->callee[n - k - 1] != '.' || strcmp(call->callee + n - k, name))
    return false;
  const char *spec_end = call->callee + n - k - 1, *spec = spec_end;
  while (spec > call->callee && spec[-1] != '/') spec--;
  const char *slash = strrchr(m->path, '/'), *base = slash ? slash + 1 : m->path;
  const char *dot = strrchr(base, '.');
  size_t stem = dot ? (size_t)(dot - base) : strlen(base);
  if ((size_t)(spec_end - spec) == stem && !strncmp(spec, base, stem)) return true;
  if (!same(base, stem, "index") || !slash) return false; /* "./utils" for utils/index.js */
  const char *dir = slash;
  while (dir > m->path && dir[-1] != '/') dir--;
  return (size_t)(spec_end - spec) == (size_t)(slash - dir) && !strncmp(spec, dir, (size_t)(slash - dir));
}

/* JavaScript: whether the top-level helper `fn` holding the sleep (`const sleep = (ms) => new
 * Promise(r => setTimeout(r, ms))`) is called, in the run, only inside exception handlers: a
 * back-off between retries, which the rule leaves alone as it does a sleep written in the catch. */
static bool js_backoff_helper(const ll_rule_ctx *ctx, const ll_module *m, int f) {
  const ll_function *fn = &m->functions[f];
  if (!ll_is_js(m) || fn->parent != 0 || fn->class_name || fn->handler != LL_HANDLER_NONE) return false;
  size_t n_modules = 0, calls = 0;
  const ll_module *const *modules = ll_rule_modules(ctx, &n_modules);
  for (size_t i = 0; i < n_modules; i++) {
    const ll_module *o = modules[i];
    if (!ll_is_js(o)) continue;
    for (uint32_t g = 0; g < o->n_functions; g++)
      for (uint32_t e = 0; e < o->functions[g].n_events; e++) {
        const ll_event *ev = &o->functions[g].events[e];
        if (ev->kind != LL_EV_CALL || !js_calls(o, &ev->as.call, m, fn->name)) continue;
        if (!ev->in_except) return false;
        calls++;
      }
  }
  return calls > 0;
}

/* The callee as the user wrote it: a promise-wrapped global `setTimeout` is lowered to the
 * timers/promises name, which the message should not claim it is. */
static const char *shown_callee(const ll_module *m, const char *callee) {
  static const char prefix[] = "timers/promises.";
  return ll_is_js(m) && !strncmp(callee, prefix, sizeof prefix - 1) ? callee + sizeof prefix - 1 : callee;
}

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  const char *const *sleeps = ll_table_for(tables, m->language);
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL || ev->in_except || !ll_call_matches(m, (int)f, &ev->as.call, sleeps)) continue;
      if (ev->on_thread) continue; /* a watchdog thread's poll: the handler works meanwhile */
      if (zero(ev->as.call.first_literal)) continue;
      if (ll_custom_resource_code(ctx, m, (int)f)) break; /* runs a few times per deployment */
      if (js_backoff_helper(ctx, m, (int)f)) break;
      ll_rule_report(ctx, m, ev->span,
                     "`%s(%s)` in handler code: the invocation is billed and holds its concurrency "
                     "while it sleeps; schedule the wait outside the function (Step Functions Wait, "
                     "SQS DelaySeconds, EventBridge)",
                     shown_callee(m, ev->as.call.callee), ev->as.call.first_literal ? ev->as.call.first_literal : "…");
    }
  }
}

/* Per-language examples printed by --explain. */
static const ll_rule_example examples[] = {
    {LL_LANG_JAVASCRIPT,
     "const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));\n"
     "\n"
     "export const handler = async (event) => {\n"
     "  await startExport(event.id);\n"
     "  await sleep(30000); // give the export time to finish\n"
     "  return readExport(event.id);\n"
     "};\n",
     "// Step Functions: StartExport -> Wait 30 s -> ReadExport, each a short invocation\n"
     "export const startHandler = async (event) => {\n"
     "  await startExport(event.id);\n"
     "  return event;\n"
     "};\n"},
    {LL_LANG_GO,
     "func handler(ctx context.Context, ev Event) error {\n"
     "	if err := startExport(ctx, ev.ID); err != nil {\n"
     "		return err\n"
     "	}\n"
     "	time.Sleep(30 * time.Second) // give the export time to finish\n"
     "	return readExport(ctx, ev.ID)\n"
     "}\n",
     "// Step Functions: StartExport -> Wait 30 s -> ReadExport, each a short invocation\n"
     "func startHandler(ctx context.Context, ev Event) (Event, error) {\n"
     "	return ev, startExport(ctx, ev.ID)\n"
     "}\n"},
    {LL_LANG_JAVA,
     "public String handleRequest(Map<String, String> event, Context context) {\n"
     "  submitJob(event);\n"
     "  Thread.sleep(30_000); // wait for the job\n"
     "  return fetchResult(event);\n"
     "}\n",
     "// Step Functions: Task (submit) -> Wait 30 s -> Task (fetch result)\n"
     "public String handleRequest(Map<String, String> event, Context context) {\n"
     "  return submitJob(event);\n"
     "}\n"},
    {LL_LANG_RUST,
     "async fn handler(event: LambdaEvent<Job>) -> Result<Value, Error> {\n"
     "    start_export(&event.payload.id).await?;\n"
     "    tokio::time::sleep(Duration::from_secs(30)).await; // give the export time to finish\n"
     "    read_export(&event.payload.id).await\n"
     "}\n",
     "// Step Functions: StartExport -> Wait 30 s -> ReadExport, each a short invocation\n"
     "async fn start_handler(event: LambdaEvent<Job>) -> Result<Job, Error> {\n"
     "    start_export(&event.payload.id).await?;\n"
     "    Ok(event.payload)\n"
     "}\n"},
    {LL_LANG_CPP,
     "static invocation_response handler(invocation_request const &req) {\n"
     "  start_export(req.payload);\n"
     "  std::this_thread::sleep_for(std::chrono::seconds(30)); // billed idle time\n"
     "  return invocation_response::success(read_export(req.payload), \"text/plain\");\n"
     "}\n",
     "// Step Functions: StartExport -> Wait 30 s -> ReadExport, each a short invocation\n"
     "static invocation_response start_handler(invocation_request const &req) {\n"
     "  start_export(req.payload);\n"
     "  return invocation_response::success(req.payload, \"application/json\");\n"
     "}\n"},
    {LL_LANG_COUNT, NULL, NULL}};

const ll_rule ll_rule_LL403 = {
    .id = "LL403",
    .name = "sleep-in-handler",
    .severity = LL_SEVERITY_WARNING,
    .languages = LL_LANG_BIT(LL_LANG_PYTHON) | LL_LANG_BIT(LL_LANG_C) | LL_LANG_BIT(LL_LANG_CPP) |
                 LL_LANG_BIT(LL_LANG_JAVASCRIPT) | LL_LANG_BIT(LL_LANG_TYPESCRIPT) | LL_LANG_BIT(LL_LANG_GO) |
                 LL_LANG_BIT(LL_LANG_JAVA) |
                 LL_LANG_BIT(LL_LANG_RUST),
    .summary = "The handler sleeps: billed idle time.",
    .rationale =
        "Lambda bills every millisecond an invocation runs, and a sleeping invocation still occupies "
        "one unit of the function's concurrency. Waiting inside the function pays for nothing and "
        "brings the function closer to its timeout. Waits belong outside the function: a Step "
        "Functions Wait state, an SQS message delay, or an EventBridge schedule.",
    .example = "def lambda_handler(event, context):\n"
               "    start_export(event[\"id\"])\n"
               "    time.sleep(30)  # give the export time to finish\n"
               "    return read_export(event[\"id\"])\n",
    .fix = "# Step Functions: StartExport -> Wait 30 s -> ReadExport, each a short Lambda invocation\n"
           "def start_handler(event, context):\n"
           "    start_export(event[\"id\"])\n"
           "    return event\n",
    .examples = examples,
    .help = "move the wait out of the function (Step Functions Wait state, SQS delay, EventBridge)",
    .not_flagged = "Sleeps in code no handler reaches; `sleep(0)`; back-off sleeps inside an exception "
                   "handler (retrying after a failure), in JavaScript also a `sleep` helper called only there;"
                   " CloudFormation custom-resource handlers (`cfnresponse`, `crhelper`, code reading the event's `RequestType`, and what only they reach in sibling modules): they run a few times per deployment, not per request.",
    .check_module = check,
};
