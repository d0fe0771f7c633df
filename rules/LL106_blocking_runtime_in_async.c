/*
 * LL106 blocking-runtime-in-async
 *
 * What it does: finds a blocking entry into an async runtime in code that already runs on one.
 * Why is this bad on Lambda: a Rust handler given to lambda_runtime / lambda_http runs on the
 * runtime's tokio executor, so `Runtime::new()` + `block_on`, `Handle::current().block_on` or
 * `futures::executor::block_on` reached from it panics ("Cannot start a runtime from within a
 * runtime") or stalls the executor's thread; the initialiser of a lazy static first dereferenced in
 * the handler runs there too. Python: `asyncio.run()` / `loop.run_until_complete()` reached from an
 * `async def` that is running raises "cannot be called from a running event loop".
 * Not flagged: `block_on` in `main` (before the runtime starts) and in code no handler reaches;
 * inside closures given to `spawn_blocking`, `block_in_place` or `thread::spawn` (a blocking thread
 * may block); Python calls not reached from a coroutine.
 */
#include "rulekit.h"

#include <stdlib.h>

static bool rust_blocking(const ll_call *call) {
  if (strncmp(call->callee, "<blocking>", 10) == 0) return false;
  return strcmp(call->method, "block_on") == 0;
}

static const char *const python_blocking[] = {"asyncio.run", "asyncio.get_event_loop().run_until_complete",
                                              "asyncio.new_event_loop().run_until_complete", NULL};

static bool python_blocking_call(const ll_call *call) {
  return ll_callee_is(call->callee, python_blocking) || strcmp(call->method, "run_until_complete") == 0;
}

static void report(ll_rule_ctx *ctx, const ll_module *m, const ll_event *ev, bool rust) {
  ll_rule_report(ctx, m, ev->span,
                 rust ? "`%s` blocks on a runtime from code that runs on the Lambda runtime's tokio executor "
                        "(the handler is async): tokio panics with \"Cannot start a runtime from within a "
                        "runtime\"; `.await` the future instead"
                      : "`%s` starts an event loop from code reached from a running coroutine: asyncio "
                        "raises \"cannot be called from a running event loop\"; `await` the coroutine instead",
                 ev->as.call.callee);
}

static void check_rust(ll_rule_ctx *ctx, const ll_module *m) {
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++)
      if (fn->events[e].kind == LL_EV_CALL && rust_blocking(&fn->events[e].as.call)) report(ctx, m, &fn->events[e], true);
  }
}

static bool reachable_coroutine(const ll_module *m, int fn, void *user) {
  return m->language == LL_LANG_PYTHON && m->functions[fn].is_async && ll_in_handler_code(user, m, fn);
}

/* Reports the event-loop starts in one function a reachable coroutine reaches. */
static void report_loop_starts(const ll_module *m, int fn, void *user) {
  const ll_function *f = &m->functions[fn];
  if (m->language != LL_LANG_PYTHON || !m->has_lambda_evidence || fn == 0 || f->is_entry_main) return;
  for (uint32_t e = 0; e < f->n_events; e++)
    if (f->events[e].kind == LL_EV_CALL && python_blocking_call(&f->events[e].as.call))
      report(user, m, &f->events[e], false);
}

/* Python: every function a reachable coroutine reaches, in all the unit's modules at once (one walk
 * from all the coroutines; a walk per coroutine per module was quadratic), on the first Python
 * module of the unit. */
static void check_python(ll_rule_ctx *ctx, const ll_module *m) {
  (void)m;
  int *checked = ll_rule_unit_memo(ctx, LL_UNIT_PYTHON_LOOPS_CHECKED);
  if (*checked > 0) return;
  *checked = 1;
  ll_rule_visit_reached_from_each(ctx, reachable_coroutine, report_loop_starts, ctx);
}

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  if (m->language == LL_LANG_RUST) check_rust(ctx, m);
  else if (m->language == LL_LANG_PYTHON) check_python(ctx, m);
}

static const ll_rule_example examples[] = {
    {LL_LANG_RUST,
     "static DYNAMODB_CLIENT: Lazy<Client> = Lazy::new(|| {\n"
     "    let rt = Runtime::new().unwrap();\n"
     "    rt.block_on(async { Client::new(&aws_config::load_from_env().await) })\n"
     "});\n\n"
     "async fn handler(event: LambdaEvent<Value>) -> Result<Value, Error> {\n"
     "    DYNAMODB_CLIENT.get_item().table_name(\"t\").send().await?; // panics on first use\n"
     "    Ok(event.payload)\n"
     "}\n",
     "static DYNAMODB_CLIENT: OnceCell<Client> = OnceCell::const_new();\n\n"
     "async fn client() -> &'static Client {\n"
     "    DYNAMODB_CLIENT\n"
     "        .get_or_init(|| async { Client::new(&aws_config::load_from_env().await) })\n"
     "        .await\n"
     "}\n"},
    {LL_LANG_COUNT, NULL, NULL}};

const ll_rule ll_rule_LL106 = {
    .id = "LL106",
    .name = "blocking-runtime-in-async",
    .severity = LL_SEVERITY_ERROR,
    .languages = LL_LANG_BIT(LL_LANG_PYTHON) | LL_LANG_BIT(LL_LANG_RUST),
    .summary = "A blocking runtime entry (block_on, asyncio.run) in code that already runs on an async runtime.",
    .rationale =
        "The Rust Lambda runtime (lambda_runtime, lambda_http) runs every handler on its tokio "
        "executor. Starting or entering a runtime from there — `Runtime::new()` + `block_on`, "
        "`Handle::current().block_on`, `futures::executor::block_on` — panics with \"Cannot start a "
        "runtime from within a runtime\" (dropping a runtime in async context panics too) or blocks "
        "the executor thread; a lazy static whose initialiser does it fails on the first invocation "
        "that dereferences it. In Python, `asyncio.run()` or `run_until_complete()` reached from a "
        "running coroutine raises RuntimeError.",
    .example = "async def process(event):\n"
               "    return asyncio.run(fetch_all(event[\"urls\"]))  # already inside a running loop\n\n"
               "def lambda_handler(event, context):\n"
               "    return asyncio.run(process(event))\n",
    .fix = "async def process(event):\n"
           "    return await fetch_all(event[\"urls\"])\n\n"
           "def lambda_handler(event, context):\n"
           "    return asyncio.run(process(event))\n",
    .examples = examples,
    .help = "await the future / coroutine instead of entering a runtime; build async clients in main or a OnceCell",
    .not_flagged = "`block_on` in `main` and in code no handler reaches; inside closures given to "
                   "`spawn_blocking`, `block_in_place` or `std::thread::spawn`; Python `asyncio.run` "
                   "not reached from a coroutine.",
    .check_module = check,
};
