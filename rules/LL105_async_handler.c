/*
 * LL105 async-handler
 *
 * What it does: finds Python handlers defined with `async def`.
 * Why is this bad on Lambda: the Python runtime calls the handler and serialises what it returns;
 * it does not run an event loop. An `async def` handler returns a coroutine object that is never
 * awaited, so its body never runs and the invocation fails with "Unable to marshal response"
 * (Sonar S7614).
 * Not flagged: async functions that are not handlers (helpers run with `asyncio.run`); an
 * `async def` handler-shaped function that a synchronous function of the project calls, or that
 * another module imports (a sync wrapper there is the entry point), unless a template names it;
 * handlers wrapped by a decorator lambda-lint does not know (it may run the loop).
 */
#include "rulekit.h"

/* Decorators that keep the handler as it is (they do not run an event loop around it). */
static const char *const passthrough_decorators[] = {
    "inject_lambda_context", "capture_lambda_handler", "log_metrics", "event_source", "event_parser",
    "idempotent", "validator", "lambda_handler_decorator", NULL};

static bool passthrough(const char *decorator) {
  for (size_t i = 0; passthrough_decorators[i]; i++)
    if (strstr(decorator, passthrough_decorators[i])) return true;
  return false;
}

/* Whether code of the module (other than local test code) calls `name`: then the async function is
 * a helper that a synchronous entry point runs. */
static bool called_in_module(const ll_module *m, const char *name) {
  for (uint32_t f = 0; f < m->n_functions; f++) {
    if (m->functions[f].is_entry_main) continue;
    for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
      const ll_event *ev = &m->functions[f].events[e];
      if (ev->kind == LL_EV_CALL && ll_streq(ev->as.call.callee, name)) return true;
    }
  }
  return false;
}

/* Whether another module of the run imports `name` from `m` (`from handler import
 * lambda_handler as run_async`): a synchronous wrapper there runs the coroutine, and the
 * wrapper is the entry point. */
static bool imported_elsewhere(const ll_rule_ctx *ctx, const ll_module *m, const char *name) {
  const char *base = strrchr(m->path, '/');
  base = base ? base + 1 : m->path;
  size_t len = strcspn(base, ".");
  size_t n = 0;
  const ll_module *const *modules = ll_rule_modules(ctx, &n);
  for (size_t i = 0; i < n; i++) {
    const ll_module *other = modules[i];
    if (other == m || other->language != LL_LANG_PYTHON) continue;
    for (uint32_t k = 0; k < other->n_imports; k++) {
      const ll_import *imp = &other->imports[k];
      if (!imp->member || strcmp(imp->member, name) || !imp->module) continue;
      const char *last = strrchr(imp->module, '.');
      last = last ? last + 1 : imp->module;
      if (strlen(last) == len && !strncmp(last, base, len)) return true;
    }
  }
  return false;
}

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  if (m->language != LL_LANG_PYTHON) return;
  for (uint32_t f = 1; f < m->n_functions; f++) {
    const ll_function *fn = &m->functions[f];
    if (!fn->handler || !fn->is_async) continue;
    bool unknown_decorator = false;
    for (uint32_t d = 0; d < fn->n_decorators; d++)
      if (!passthrough(fn->decorators[d])) unknown_decorator = true;
    if (unknown_decorator || called_in_module(m, fn->name)) continue;
    if (fn->handler == LL_HANDLER_CONVENTION && imported_elsewhere(ctx, m, fn->name)) continue;
    ll_rule_report(ctx, m, fn->name_span,
                   "`async def %s` returns a coroutine that the Lambda Python runtime never awaits: the "
                   "body does not run and the invocation fails; make it a plain `def` that calls "
                   "`asyncio.run(...)`",
                   fn->name);
  }
}

const ll_rule ll_rule_LL105 = {
    .id = "LL105",
    .name = "async-handler",
    .severity = LL_SEVERITY_ERROR,
    .languages = LL_LANG_BIT(LL_LANG_PYTHON),
    .summary = "A Python handler is declared `async def`; the runtime never awaits it.",
    .rationale =
        "The Lambda Python runtime calls the handler synchronously and serialises its return value; "
        "it does not run an event loop. An `async def` handler returns a coroutine object instead "
        "of a result, so the body never executes and the invocation fails with a serialisation "
        "error (\"Unable to marshal response: Object of type coroutine is not JSON serializable\").",
    .example = "async def lambda_handler(event, context):\n"
               "    return await fetch_all(event[\"urls\"])\n",
    .fix = "import asyncio\n\n"
           "def lambda_handler(event, context):\n"
           "    return asyncio.run(fetch_all(event[\"urls\"]))\n",
    .help = "declare the handler with `def` and run the coroutine with `asyncio.run(...)`",
    .not_flagged = "Async functions that are not handlers; a handler-shaped `async def` that "
                   "synchronous code of the project calls or another module imports (a helper run "
                   "with `asyncio.run` by a wrapper), unless a template names it; "
                   "handlers wrapped by an unknown decorator, which may run the event loop itself.",
    .check_module = check,
};
