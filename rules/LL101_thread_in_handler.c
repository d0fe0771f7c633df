/*
 * LL101 thread-in-handler
 *
 * What it does: finds OS threads and thread pools created in code that runs on every invocation.
 * Why is this bad on Lambda: a function gets CPU in proportion to its memory, and below 1769 MB
 * that is less than one vCPU. Threads created per invocation pay their start-up each time and
 * contend for that single core; CPU-bound work gets slower, not faster, and threads that outlive
 * the invocation are frozen with the environment.
 * Not flagged: pools created once at module scope and reused; threads in code no handler reaches;
 * processes (LL102 covers them) except JavaScript's `child_process.fork`, a Node.js process per
 * invocation; Go goroutines and Java virtual threads (not OS threads); a `threading.Timer` watchdog cancelled before the
 * handler returns (`timer.cancel()` in a `finally:`).
 */
#include "rulekit.h"

static bool is_thread(const ll_spawn *spawn) {
  return spawn->kind == LL_SPAWN_THREAD || spawn->kind == LL_SPAWN_POOL;
}

/* JavaScript / TypeScript: `child_process.fork` starts a whole Node.js process (its own V8 and event
 * loop, tens of milliseconds before it runs a line) on the same fraction of a vCPU. */
static bool js_forked_process(const ll_module *m, const ll_spawn *spawn) {
  return (m->language == LL_LANG_JAVASCRIPT || m->language == LL_LANG_TYPESCRIPT) && spawn->kind == LL_SPAWN_PROCESS;
}

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_SPAWN || !(is_thread(&ev->as.spawn) || js_forked_process(m, &ev->as.spawn))) continue;
      if (ll_timer_cancelled(fn, e)) continue; /* a watchdog that only fires near the timeout */
      ll_rule_report(ctx, m, ev->span,
                     "`%s` starts %s on every invocation; below 1769 MB the function has less than "
                     "one vCPU to run it on",
                     ev->as.spawn.callee,
                     ev->as.spawn.kind == LL_SPAWN_POOL      ? "a thread pool"
                     : ev->as.spawn.kind == LL_SPAWN_PROCESS ? "a Node.js process"
                                                             : "an OS thread");
    }
  }
}

/* Java's and Rust's own wording (the other languages keep .help) */
static const char *const help_by_language[LL_LANG_COUNT] = {
    [LL_LANG_RUST] = "build the pool once in `main` (or use the global rayon pool) and keep I/O async on "
                     "the tokio runtime; do not spawn OS threads per invocation",
    [LL_LANG_JAVA] = "create the executor once, in a static field sized to the function's vCPUs, or use virtual "
                     "threads (`Executors.newVirtualThreadPerTaskExecutor()`) for I/O-bound work",
};

/* Per-language examples printed by --explain. */
static const ll_rule_example examples[] = {
    {LL_LANG_JAVASCRIPT,
     "import { Worker } from \"node:worker_threads\";\n"
     "\n"
     "export const handler = async (event) => {\n"
     "  const worker = new Worker(\"./resize.js\", { workerData: event.images });\n"
     "  return once(worker, \"message\");\n"
     "};\n",
     "// below 1769 MB there is less than one vCPU: do the work in the handler,\n"
     "// or give the function the memory (vCPUs) the workers need\n"
     "export const handler = async (event) => event.images.map(resize);\n"},
    {LL_LANG_JAVA,
     "public String handleRequest(List<String> keys, Context context) {\n"
     "  ExecutorService pool = Executors.newFixedThreadPool(8);\n"
     "  keys.forEach(k -> pool.submit(() -> resize(k)));\n"
     "  pool.shutdown();\n"
     "  return \"ok\";\n"
     "}\n",
     "private static final ExecutorService POOL =\n"
     "    Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());\n"
     "\n"
     "public String handleRequest(List<String> keys, Context context) {\n"
     "  CompletableFuture.allOf(keys.stream()\n"
     "      .map(k -> CompletableFuture.runAsync(() -> resize(k), POOL))\n"
     "      .toArray(CompletableFuture[]::new)).join();\n"
     "  return \"ok\";\n"
     "}\n"},
    {LL_LANG_RUST,
     "async fn handler(event: LambdaEvent<Batch>) -> Result<usize, Error> {\n"
     "    let images = event.payload.images;\n"
     "    let worker = std::thread::spawn(move || images.iter().map(resize).count());\n"
     "    Ok(worker.join().unwrap())\n"
     "}\n",
     "// below 1769 MB there is less than one vCPU: do the work on the runtime's thread\n"
     "async fn handler(event: LambdaEvent<Batch>) -> Result<usize, Error> {\n"
     "    Ok(event.payload.images.iter().map(resize).count())\n"
     "}\n"},
    {LL_LANG_CPP,
     "static invocation_response handler(invocation_request const &req) {\n"
     "  std::vector<std::thread> workers;\n"
     "  for (auto const &key : keys(req.payload)) workers.emplace_back(resize, key); // per invocation\n"
     "  for (auto &w : workers) w.join();\n"
     "  return invocation_response::success(\"ok\", \"text/plain\");\n"
     "}\n",
     "// below 1769 MB there is less than one vCPU: do the work on the invocation's thread\n"
     "static invocation_response handler(invocation_request const &req) {\n"
     "  for (auto const &key : keys(req.payload)) resize(key);\n"
     "  return invocation_response::success(\"ok\", \"text/plain\");\n"
     "}\n"},
    {LL_LANG_COUNT, NULL, NULL}};

const ll_rule ll_rule_LL101 = {
    .id = "LL101",
    .name = "thread-in-handler",
    .severity = LL_SEVERITY_WARNING,
    .languages = LL_LANG_BIT(LL_LANG_JAVA) | LL_LANG_BIT(LL_LANG_PYTHON) | LL_LANG_BIT(LL_LANG_JAVASCRIPT) | LL_LANG_BIT(LL_LANG_TYPESCRIPT) |
                 LL_LANG_BIT(LL_LANG_JAVA) | LL_LANG_BIT(LL_LANG_C) | LL_LANG_BIT(LL_LANG_CPP) |
                 LL_LANG_BIT(LL_LANG_RUST),
    .summary = "An OS thread or thread pool is created in code that runs on every invocation.",
    .rationale =
        "Lambda allocates CPU in proportion to memory: below 1769 MB a function has less than one "
        "vCPU. Threads started per invocation pay their start-up cost every time and compete for "
        "that single core, so CPU-bound work gets slower rather than faster; threads that outlive "
        "the invocation are frozen with the execution environment when the handler returns.",
    .example = "def lambda_handler(event, context):\n"
               "    with ThreadPoolExecutor(max_workers=8) as pool:\n"
               "        return list(pool.map(resize, event[\"images\"]))\n",
    .fix = "_pool = ThreadPoolExecutor(max_workers=2)  # once per environment, sized to the vCPUs\n\n"
           "def lambda_handler(event, context):\n"
           "    return list(_pool.map(resize, event[\"images\"]))\n",
    .examples = examples,
    .help = "create the pool once at module scope sized to the function's vCPUs, or use async I/O",
    .help_by_language = help_by_language,
    .not_flagged = "Pools created once at module scope and reused across invocations; threads in "
                   "code that no handler reaches; processes (see LL102), except JavaScript's "
                   "`child_process.fork` (a Node.js process per invocation); `execFile`/`spawn` of a binary; "
                   "a `threading.Timer` watchdog cancelled (`timer.cancel()`) before the handler returns; "
                   "Java virtual threads (`Executors.newVirtualThreadPerTaskExecutor()`, "
                   "`Thread.startVirtualThread`): not OS threads, LL104 still applies to them.",
    .check_module = check,
};
