/*
 * LL104 background-work-after-return
 *
 * What it does: finds threads, processes, pools and tasks started in handler code that are not
 * joined, shut down or awaited before the function returns.
 * Why is this bad on Lambda: when the handler returns, the execution environment is frozen. Work
 * still running is suspended mid-flight, resumes (if ever) during a later invocation, and is lost
 * when the environment is recycled.
 * Not flagged: work joined, awaited, gathered, shut down or run under `with`; a thread or task
 * returned to the caller; pools that were given no work.
 */
#include "rulekit.h"

static const char *kind_name(ll_spawn_kind kind) {
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
      ll_rule_report(ctx, m, ev->span,
                     "%s started by `%s` is not joined or awaited before `%s` returns; Lambda freezes "
                     "the environment after the response, so it may never finish",
                     kind_name(ev->as.spawn.kind), ev->as.spawn.callee, fn->name);
    }
  }
}

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
    .help = "join / await / shut down the work before returning (or use a Lambda extension)",
    .not_flagged = "Work that is joined, awaited, gathered, shut down or run under `with`; a thread "
                   "or task returned to the caller; pools given no work.",
    .check_module = check,
};
