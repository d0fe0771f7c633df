/*
 * LL304 callback-handler-unsupported
 *
 * What it does: on functions a template deploys with nodejs24.x or later, flags handlers written
 * in the callback style (`(event, context, callback)`) and uses of
 * `context.callbackWaitsForEmptyEventLoop` in code the handler runs.
 * Why is this bad on Lambda: the Node.js 24 runtime supports only async (promise-returning)
 * handlers; a callback handler is never answered through its callback, and
 * `callbackWaitsForEmptyEventLoop` has no effect there.
 * Not flagged: async handlers (also with an unused third parameter: they return their promise);
 * callback handlers on nodejs22.x and older (or with no template saying which runtime).
 */
#include <stdlib.h>

#include "rulekit.h"

enum { LL304_FIRST_RUNTIME = 24 };

static bool callback_param(const char *name) {
  return ll_streq(name, "callback") || ll_streq(name, "cb") || ll_streq(name, "done") ||
         ll_streq(name, "callBack") || ll_streq(name, "_callback");
}

static const char *unsupported_runtime(const ll_rule_ctx *ctx, const ll_module *m, int f) {
  const ll_function_config *config = ll_rule_function_config(ctx, m, f);
  const char *runtime = config ? config->runtime : NULL;
  if (!runtime || strncmp(runtime, "nodejs", 6) || atoi(runtime + 6) < LL304_FIRST_RUNTIME) return NULL;
  return runtime;
}

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  if (!ll_is_js(m)) return;
  for (uint32_t f = 1; f < m->n_functions; f++) {
    const ll_function *fn = &m->functions[f];
    if (!ll_in_handler_code(ctx, m, (int)f)) continue;
    const char *runtime = unsupported_runtime(ctx, m, (int)f);
    if (!runtime) continue;
    /* an `async` handler returns its promise: an unused third parameter does not make it a
     * callback handler */
    if (fn->handler != LL_HANDLER_NONE && !fn->is_async && fn->n_params >= 3 && callback_param(fn->params[2]))
      ll_rule_report(ctx, m, fn->name_span.line ? fn->name_span : fn->span,
                     "`%s` is a callback handler (`%s`), which the %s runtime no longer supports: "
                     "make it `async` and return the result",
                     fn->name, fn->params[2], runtime);
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      const char *dot = ev->kind == LL_EV_NAME_USE && ev->name ? strrchr(ev->name, '.') : NULL;
      if (!dot || !ll_streq(dot + 1, "callbackWaitsForEmptyEventLoop")) continue;
      ll_rule_report(ctx, m, ev->span,
                     "`callbackWaitsForEmptyEventLoop` belongs to callback handlers, which the %s "
                     "runtime no longer supports: await the pending work before returning instead",
                     runtime);
    }
  }
}

const ll_rule ll_rule_LL304 = {
    .id = "LL304",
    .name = "callback-handler-unsupported",
    .severity = LL_SEVERITY_ERROR,
    .languages = LL_LANG_BIT(LL_LANG_JAVASCRIPT) | LL_LANG_BIT(LL_LANG_TYPESCRIPT),
    .summary = "A callback-style handler (or callbackWaitsForEmptyEventLoop) on nodejs24.x or later.",
    .rationale =
        "The Lambda Node.js 24 runtime dropped callback-based handlers: only async handlers (that "
        "return a promise) are supported. A handler taking `(event, context, callback)` is not "
        "answered through its callback, and `context.callbackWaitsForEmptyEventLoop` no longer has "
        "any effect, so code relying on either breaks on upgrade.",
    .example = "// template.yaml: Runtime: nodejs24.x\n"
               "exports.handler = (event, context, callback) => {\n"
               "  context.callbackWaitsForEmptyEventLoop = false;\n"
               "  load(event.id).then((item) => callback(null, item), callback);\n"
               "};\n",
    .fix = "exports.handler = async (event) => {\n"
           "  return load(event.id);\n"
           "};\n",
    .help = "write the handler as an `async` function that returns its result (or throws)",
    .not_flagged = "Async handlers (an unused third parameter included); callback handlers on nodejs22.x and older, or where no template "
                   "says which runtime the function uses.",
    .check_module = check,
};
