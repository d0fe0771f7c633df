/*
 * LL404 dropped-context
 *
 * What it does: finds Go handler code that calls `context.Background()` or `context.TODO()` (or
 * passes a nil context) while the handler's `ctx`, or a context derived from it, is in scope.
 * Why is this bad on Lambda: the Go runtime puts the invocation's deadline (the function timeout)
 * and its cancellation into the handler's `ctx`. A call made with a fresh background context loses
 * both: an SDK call, query or HTTP request keeps going after the deadline, the runtime kills the
 * invocation mid-call, and nothing gets the chance to stop early, log or clean up.
 * Not flagged: functions without a context in scope (init, main, helpers that take none, a handler
 * that takes no `ctx`); `context.WithoutCancel(ctx)` (a deliberate detach that keeps the values);
 * code no handler reaches.
 */
#include "rulekit.h"

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  if (m->language != LL_LANG_GO) return;
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL) continue;
      const ll_keyword *in_scope = ll_call_keyword(&ev->as.call, "<ctx>");
      const ll_keyword *nil_ctx = ll_call_keyword(&ev->as.call, "<nil-ctx>");
      if (in_scope && in_scope->literal)
        ll_rule_report(ctx, m, ev->span,
                       "`%s()` while `%s` is in scope drops the invocation's deadline and cancellation: "
                       "the call keeps running past the function timeout; pass `%s`",
                       ev->as.call.callee, in_scope->literal, in_scope->literal);
      else if (nil_ctx && nil_ctx->literal && strchr(ev->as.call.callee, '.') &&
               ev->as.call.method[0] >= 'A' && ev->as.call.method[0] <= 'Z' && ev->as.call.n_positional > 1)
        ll_rule_report(ctx, m, ev->span,
                       "`%s` gets a nil context while `%s` is in scope: the invocation's deadline is "
                       "lost (and a nil context panics in most SDKs); pass `%s`",
                       ev->as.call.callee, nil_ctx->literal, nil_ctx->literal);
    }
  }
}

static const ll_rule_example examples[] = {
    {LL_LANG_GO,
     "func handler(ctx context.Context, ev Event) error {\n"
     "\t_, err := db.PutItem(context.Background(), &dynamodb.PutItemInput{TableName: &table, Item: ev.Item()})\n"
     "\treturn err\n"
     "}\n",
     "func handler(ctx context.Context, ev Event) error {\n"
     "\t_, err := db.PutItem(ctx, &dynamodb.PutItemInput{TableName: &table, Item: ev.Item()})\n"
     "\treturn err\n"
     "}\n"},
    {LL_LANG_COUNT, NULL, NULL}};

const ll_rule ll_rule_LL404 = {
    .id = "LL404",
    .name = "dropped-context",
    .severity = LL_SEVERITY_WARNING,
    .languages = LL_LANG_BIT(LL_LANG_GO),
    .summary = "Go handler code uses context.Background()/TODO() where the handler's ctx is in scope.",
    .rationale =
        "The Lambda Go runtime passes each invocation's deadline (the function timeout) and its "
        "cancellation in the handler's `ctx`. A call made with `context.Background()` or "
        "`context.TODO()` instead runs unbounded: an SDK call, database query or HTTP request keeps "
        "waiting after the deadline, the runtime kills the invocation in the middle of it, and no "
        "code gets the chance to stop early, log or clean up.",
    .example = "func handler(ctx context.Context, ev Event) error {\n"
               "\t_, err := db.PutItem(context.Background(), input(ev))\n"
               "\treturn err\n"
               "}\n",
    .fix = "func handler(ctx context.Context, ev Event) error {\n"
           "\t_, err := db.PutItem(ctx, input(ev))\n"
           "\treturn err\n"
           "}\n",
    .examples = examples,
    .help = "pass the handler's ctx (or a context derived from it with context.WithTimeout)",
    .not_flagged = "Functions with no context in scope (init, main, helpers that take none, handlers that "
                   "take no ctx); context.WithoutCancel(ctx); code no handler reaches.",
    .check_module = check,
};
