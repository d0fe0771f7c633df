/*
 * LL202 module-state-as-truth
 *
 * What it does: finds handler code that counts or records in module-level state (`global n;
 * n += 1`, `seen.add(id)`) which then decides what the handler does (a comparison such as
 * `if n > LIMIT`, a membership test such as `if id in seen: return`).
 * Why is this bad on Lambda: module state lives in one execution environment. Concurrent requests
 * run in other environments with their own copies, environments are recycled at any time, and a
 * cold start begins from zero. A counter or a dedup set kept there is a different, partial truth in
 * every environment: limits are not enforced, duplicates get through, and the behaviour changes
 * with scaling.
 * Not flagged: lazy initialisation (`if _client is None: _client = …`); one-shot flags set to a
 * literal (`cold_start = False`); state that nothing tests (a counter only logged); caches keyed by
 * request data in dicts (a cache is allowed to miss); rebinding to a computed value (a TTL cache
 * timestamp); code no handler reaches.
 */
#include <stdlib.h>

#include "base/alloc.h"
#include "rulekit.h"
#include "base/strmap.h"

/* The names reachable code tests in a condition, and each of their dotted prefixes (`a.b` tested
 * means `a` is), collected once per module: looking them up per write kept a generated file of
 * 10^5 writes and tests busy for minutes. */
typedef struct {
  ll_strmap any, membership;
  char **keys;
  size_t n_keys, cap_keys;
} tested_names;

static void add_prefixes(tested_names *t, ll_strmap *map, const char *name) {
  for (size_t i = 0;; i++) {
    if (name[i] != '.' && name[i] != '\0') continue;
    char *key = ll_strndup(name, i);
    if (ll_strmap_get(map, key) < 0) {
      ll_strmap_put(map, key, 1);
      LL_PUSH(t->keys, t->n_keys, t->cap_keys, key);
    } else {
      free(key);
    }
    if (name[i] == '\0') break;
  }
}

static void collect_tested(const ll_rule_ctx *ctx, const ll_module *m, tested_names *t) {
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_rule_reachable(ctx, m, (int)f) || m->functions[f].is_entry_main) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_NAME_USE || !ev->tested || !ev->name) continue;
      add_prefixes(t, &t->any, ev->name);
      if (ev->as.key.membership) add_prefixes(t, &t->membership, ev->name);
    }
  }
}

/* Whether reachable code tests `name` in a condition (membership tests only, when asked). */
static bool tested_in_reachable_code(const tested_names *t, const char *name, bool membership) {
  return ll_strmap_get(membership ? &t->membership : &t->any, name) >= 0;
}

/* Per language: the methods that record an element as seen (`seen.add(id)`, `seen.insert(id)`). */
static const char *const python_records[] = {"add", "append", "appendleft", NULL};
static const char *const c_family_records[] = {"insert", "emplace", "push_back", "emplace_back", NULL};
/* Map.set is a keyed store (a cache may miss), like a subscript: not a record of what was seen. */
static const char *const js_records[] = {"add", "push", NULL};
static const char *const java_records[] = {"add", NULL};
static const char *const rust_records[] = {"insert", "push", NULL};
static const char *const *const record_tables[LL_LANG_COUNT] = {
    [LL_LANG_JAVA] = java_records,
    [LL_LANG_PYTHON] = python_records, [LL_LANG_C] = c_family_records, [LL_LANG_CPP] = c_family_records,
    [LL_LANG_JAVASCRIPT] = js_records, [LL_LANG_TYPESCRIPT] = js_records,
    [LL_LANG_RUST] = rust_records};

/* What kind of truth the write keeps, or NULL when it is not one this rule reports. */
static const char *truth_kind(const ll_module *m, const ll_event *ev, const ll_binding *b) {
  const ll_module_write *w = &ev->as.write;
  if (w->kind == LL_WRITE_AUGMENT && !ev->lazy_guard && !w->lazy_guard) return "a counter";
  if (w->kind == LL_WRITE_MUTATE && b && b->kind == LL_BIND_CONTAINER &&
      ll_callee_is(w->method, ll_table_for(record_tables, m->language)))
    return "a record of what was seen";
  return NULL;
}

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  const char *reported[64];
  size_t n_reported = 0;
  tested_names tested = {0};
  bool collected = false;
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f) || !ll_rule_reached_per_invocation(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    if (fn->memoized) continue;
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_MODULE_WRITE) continue;
      const ll_module_write *w = &ev->as.write;
      const ll_binding *b = ll_module_binding(m, w->name);
      const char *kind = truth_kind(m, ev, b);
      if (!kind || !b) continue;
      bool seen = false;
      for (size_t i = 0; i < n_reported; i++) seen |= ll_streq(reported[i], w->name);
      if (seen) continue;
      if (!collected) {
        collect_tested(ctx, m, &tested);
        collected = true;
      }
      if (!tested_in_reachable_code(&tested, w->name, w->kind == LL_WRITE_MUTATE)) continue;
      if (n_reported < sizeof(reported) / sizeof(*reported)) reported[n_reported++] = w->name;
      ll_rule_report(ctx, m, ev->span,
                     "%s `%s` is %s that later decides behaviour, but each execution "
                     "environment has its own copy (concurrent requests, recycling, cold starts reset "
                     "it); keep that state in an external store (DynamoDB, ElastiCache)",
                     m->language == LL_LANG_JAVA   ? "field"
                     : m->language == LL_LANG_RUST ? "static"
                     : m->language == LL_LANG_GO   ? "package-level"
                                                   : "module-level",
                     w->name, kind);
    }
  }
  ll_strmap_free(&tested.any);
  ll_strmap_free(&tested.membership);
  for (size_t i = 0; i < tested.n_keys; i++) free(tested.keys[i]);
  free(tested.keys);
}

/* Per-language examples printed by --explain. */
static const ll_rule_example examples[] = {
    {LL_LANG_JAVASCRIPT,
     "const seen = new Set();\n"
     "\n"
     "export const handler = async (event) => {\n"
     "  if (seen.has(event.id)) return \"duplicate\";\n"
     "  seen.add(event.id);\n"
     "  return process(event);\n"
     "};\n",
     "export const handler = async (event) => {\n"
     "  try {\n"
     "    await db.send(new PutCommand({ TableName, Item: { id: event.id },\n"
     "      ConditionExpression: \"attribute_not_exists(id)\" }));\n"
     "  } catch (e) {\n"
     "    if (e.name === \"ConditionalCheckFailedException\") return \"duplicate\";\n"
     "    throw e;\n"
     "  }\n"
     "  return process(event);\n"
     "};\n"},
    {LL_LANG_GO,
     "var processed int\n"
     "\n"
     "func handler(ctx context.Context, ev Event) error {\n"
     "	processed++\n"
     "	if processed > 100 {\n"
     "		return errors.New(\"quota reached\") // per environment, not per account\n"
     "	}\n"
     "	return process(ctx, ev)\n"
     "}\n",
     "func handler(ctx context.Context, ev Event) error {\n"
     "	// keep counters in DynamoDB (an atomic ADD) or CloudWatch metrics, not in package variables\n"
     "	return process(ctx, ev)\n"
     "}\n"},
    {LL_LANG_JAVA,
     "private static final Set<String> seen = new HashSet<>();\n"
     "\n"
     "public String handleRequest(Order order, Context context) {\n"
     "  if (seen.contains(order.id())) return \"duplicate\";\n"
     "  seen.add(order.id());\n"
     "  return process(order);\n"
     "}\n",
     "public String handleRequest(Order order, Context context) {\n"
     "  try {\n"
     "    ddb.putItem(b -> b.tableName(TABLE).item(key(order))\n"
     "        .conditionExpression(\"attribute_not_exists(id)\"));\n"
     "  } catch (ConditionalCheckFailedException e) {\n"
     "    return \"duplicate\";\n"
     "  }\n"
     "  return process(order);\n"
     "}\n"},
    {LL_LANG_RUST,
     "static CALLS: AtomicUsize = AtomicUsize::new(0);\n\n"
     "async fn handler(event: LambdaEvent<Value>) -> Result<Value, Error> {\n"
     "    if CALLS.fetch_add(1, Ordering::SeqCst) > 100 { return Err(\"rate limited\".into()); }\n"
     "    Ok(event.payload)\n"
     "}\n",
     "// count in DynamoDB (an atomic UpdateItem ADD), shared by every execution environment\n"
     "async fn handler(client: &Client, event: LambdaEvent<Value>) -> Result<Value, Error> {\n"
     "    let calls = increment(client, \"calls\").await?;\n"
     "    if calls > 100 { return Err(\"rate limited\".into()); }\n"
     "    Ok(event.payload)\n"
     "}\n"},
    {LL_LANG_CPP,
     "static int processed = 0;\n"
     "\n"
     "static invocation_response handler(invocation_request const &req) {\n"
     "  if (++processed > 100) // per execution environment, not per account\n"
     "    return invocation_response::failure(\"quota reached\", \"Quota\");\n"
     "  return invocation_response::success(process(req.payload), \"text/plain\");\n"
     "}\n",
     "// keep counters in DynamoDB (an atomic ADD) or CloudWatch metrics, not in globals\n"
     "static invocation_response handler(invocation_request const &req) {\n"
     "  return invocation_response::success(process(req.payload), \"text/plain\");\n"
     "}\n"},
    {LL_LANG_COUNT, NULL, NULL}};

const ll_rule ll_rule_LL202 = {
    .id = "LL202",
    .name = "module-state-as-truth",
    .severity = LL_SEVERITY_WARNING,
    .languages = LL_LANG_BIT(LL_LANG_JAVA) | LL_LANG_BIT(LL_LANG_PYTHON) | LL_LANG_BIT(LL_LANG_C) | LL_LANG_BIT(LL_LANG_CPP) |
                 LL_LANG_BIT(LL_LANG_JAVASCRIPT) |
                 LL_LANG_BIT(LL_LANG_TYPESCRIPT) | LL_LANG_BIT(LL_LANG_GO) |
                 LL_LANG_BIT(LL_LANG_RUST),
    .summary = "Handler code counts or records in module state that then decides behaviour.",
    .rationale =
        "Module state belongs to one execution environment. Concurrent requests run in other "
        "environments with their own copies, environments are recycled without notice, and every "
        "cold start begins from the initial value. A request counter, a rate limit or a set of "
        "already-processed ids kept in module state is a partial truth that differs per environment: "
        "limits are not enforced, duplicates get through, and behaviour changes with scaling. "
        "Idempotency and counting need an external store.",
    .example = "seen = set()\n\n"
               "def lambda_handler(event, context):\n"
               "    if event[\"id\"] in seen:\n"
               "        return \"duplicate\"\n"
               "    seen.add(event[\"id\"])\n"
               "    return process(event)\n",
    .fix = "def lambda_handler(event, context):\n"
           "    try:\n"
           "        table.put_item(Item={\"id\": event[\"id\"]},\n"
           "                       ConditionExpression=\"attribute_not_exists(id)\")\n"
           "    except table.meta.client.exceptions.ConditionalCheckFailedException:\n"
           "        return \"duplicate\"\n"
           "    return process(event)\n",
    .examples = examples,
    .help = "keep counters and dedup records in an external store (DynamoDB conditional writes, "
            "Powertools idempotency)",
    .not_flagged = "Lazy initialisation (`if _client is None: _client = …`); one-shot flags set to a "
                   "literal (`cold_start = False`); state nothing tests (a counter only logged); "
                   "dict caches keyed by request data (a cache may miss); rebinding to a computed "
                   "value (a TTL cache timestamp); code no handler reaches.",
    .check_module = check,
};
