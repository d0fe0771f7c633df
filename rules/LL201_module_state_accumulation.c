/*
 * LL201 module-state-accumulation
 *
 * What it does: finds handler code that appends to / inserts into a module-level container
 * (`results.append(x)`, `items[key] = v`, `ids.update(...)`) on every invocation; in Python a
 * top-level class's attribute (`Ctx.captions.append(x)`) counts as module state.
 * Why is this bad on Lambda: module state survives between the invocations an execution
 * environment serves. A container that grows per invocation keeps every earlier request's data:
 * memory climbs until the function runs out of it, and one request's data shows up in the answer
 * to the next.
 * Not flagged: caches (writes under `if key not in cache:` / an is-None guard, `setdefault(k, f())`
 * whose default is computed rather than an empty container, `@functools.lru_cache`,
 * names containing "cache", "memo" or "registry"); writes with literal keys (`STATE["last"] = …`, a
 * fixed set of slots); bounded containers (`deque(maxlen=n)`); containers the handler also resets
 * or drains (`x.clear()`, `x = []`, `x.pop()`); writes only made at cold start (lazy
 * initialisation, module scope); membership sets such as `seen`, which LL202 reports; code no
 * handler reaches.
 */
#include <ctype.h>

#include "rulekit.h"
#include "base/strmap.h"

/* Per language: methods that grow a container, drain it, and record membership (a `seen` set). */
static const char *const python_growing[] = {"append", "extend", "insert", "add", "update", "setdefault",
                                             "appendleft", "extendleft", "put", "put_nowait", NULL};
static const char *const python_draining[] = {"clear", "pop", "popleft", "popitem", "remove", "discard",
                                              "get", "get_nowait", "__delitem__", NULL};
static const char *const python_membership[] = {"add", "append", NULL};
/* C++ containers (std::, Aws::) and C string buffers (strcat into a global buffer). */
static const char *const c_family_growing[] = {"push_back", "emplace_back", "push_front", "emplace_front", "insert",
                                               "emplace", "emplace_hint", "insert_or_assign", "try_emplace", "push",
                                               "append", "merge", "splice", "strcat", "strncat", "wcscat", NULL};
static const char *const c_family_draining[] = {"clear", "erase", "pop_back", "pop_front", "pop", "swap",
                                                "extract", NULL};
static const char *const c_family_membership[] = {"insert", "emplace", "push_back", "emplace_back", NULL};

/* JavaScript / TypeScript arrays, Maps and Sets (`arr.length = 0` lowers to a rebind: a reset). */
static const char *const js_growing[] = {"push", "unshift", "set", "add", "splice", NULL};
static const char *const js_draining[] = {"clear", "delete", "pop", "shift", "splice", NULL};
static const char *const js_membership[] = {"add", "push", NULL};
/* Go: `x = append(x, v)` on a package-level slice (the front-end lowers it to a mutation). */
static const char *const go_growing[] = {"append", NULL};
static const char *const go_membership[] = {"append", NULL};

/* Java collections and builders held in fields (static or of the handler object, which the runtime
 * reuses): List / Set / Map / Queue writes. */
static const char *const java_growing[] = {"add", "addAll", "put", "putAll", "offer", "push", "addFirst",
                                           "addLast", "append", "merge", NULL};
static const char *const java_draining[] = {"clear", "remove", "removeIf", "poll", "pop", "setLength", NULL};
static const char *const java_membership[] = {"add", NULL};

/* Rust: a static `Mutex<Vec<_>>` / `Mutex<HashMap<_>>` / `DashMap` written through its guard. */
static const char *const rust_growing[] = {"push", "push_back", "push_front", "insert", "extend", "append",
                                           "push_str", "entry", NULL};
static const char *const rust_draining[] = {"clear", "pop", "pop_front", "pop_back", "remove", "drain",
                                            "truncate", "retain", "take", NULL};
static const char *const rust_membership[] = {"insert", "push", NULL};

static const char *const *const growing_tables[LL_LANG_COUNT] = {
    [LL_LANG_JAVA] = java_growing,
    [LL_LANG_PYTHON] = python_growing, [LL_LANG_C] = c_family_growing, [LL_LANG_CPP] = c_family_growing,
    [LL_LANG_JAVASCRIPT] = js_growing, [LL_LANG_TYPESCRIPT] = js_growing,
    [LL_LANG_GO] = go_growing,
    [LL_LANG_RUST] = rust_growing};
static const char *const *const draining_tables[LL_LANG_COUNT] = {
    [LL_LANG_JAVA] = java_draining,
    [LL_LANG_PYTHON] = python_draining, [LL_LANG_C] = c_family_draining, [LL_LANG_CPP] = c_family_draining,
    [LL_LANG_JAVASCRIPT] = js_draining, [LL_LANG_TYPESCRIPT] = js_draining,
    [LL_LANG_RUST] = rust_draining};
static const char *const *const membership_tables[LL_LANG_COUNT] = {
    [LL_LANG_JAVA] = java_membership,
    [LL_LANG_PYTHON] = python_membership, [LL_LANG_C] = c_family_membership, [LL_LANG_CPP] = c_family_membership,
    [LL_LANG_JAVASCRIPT] = js_membership, [LL_LANG_TYPESCRIPT] = js_membership,
    [LL_LANG_GO] = go_membership,
    [LL_LANG_RUST] = rust_membership};

/* Empty containers: a `setdefault` default built by one of these starts a record that is then
 * filled (`d.setdefault(k, []).append(x)`); any other call builds a value to reuse (a cache). */
static const char *const container_ctors[] = {"dict", "list", "set", "collections.defaultdict",
                                              "collections.OrderedDict", "collections.deque", NULL};

static bool setdefault_cache(const ll_module_write *w) {
  return w->kind == LL_WRITE_MUTATE && ll_streq(w->method, "setdefault") && w->value_callee &&
         !ll_callee_is(w->value_callee, container_ctors);
}

static bool looks_like_cache(const char *name) {
  char lower[128];
  size_t n = 0;
  for (; name[n] && n + 1 < sizeof(lower); n++) lower[n] = (char)tolower((unsigned char)name[n]);
  lower[n] = '\0';
  return strstr(lower, "cache") || strstr(lower, "memo") || strstr(lower, "registry");
}

/* Whether reachable code of the module resets or drains `name`, tests it in a condition, or tests
 * membership in it (`x in name`). */
static void name_facts(const ll_rule_ctx *ctx, const ll_module *m, const char *name, bool *reset,
                       bool *tested, bool *membership) {
  *reset = *tested = *membership = false;
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_rule_reachable(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind == LL_EV_NAME_USE && ev->tested && ll_qname_has_prefix(ev->name, name)) {
        *tested = true;
        *membership |= ev->as.key.membership;
      }
      if (ev->kind != LL_EV_MODULE_WRITE || strcmp(ev->as.write.name, name)) continue;
      const ll_module_write *w = &ev->as.write;
      if (w->kind == LL_WRITE_REBIND && !ev->lazy_guard) *reset = true;
      if (w->kind == LL_WRITE_SUBSCRIPT && w->method && ll_streq(w->method, "__delitem__")) *reset = true;
      if (w->kind == LL_WRITE_MUTATE && ll_callee_is(w->method, ll_table_for(draining_tables, m->language)))
        *reset = true;
    }
  }
}

static bool membership_write(const ll_module *m, const ll_module_write *w) {
  return w->kind == LL_WRITE_MUTATE && ll_callee_is(w->method, ll_table_for(membership_tables, m->language));
}

/* Python lowers a top-level class's attribute as module state named "Class.attr". */
static bool python_class_attribute(const ll_module *m, const char *name) {
  return m->language == LL_LANG_PYTHON && strchr(name, '.') != NULL;
}

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  const char *reported[64];
  size_t n_reported = 0;
  ll_strmap facts; /* name → name_facts() as bits: each name scanned once (10^4 writes to one set) */
  ll_strmap_init(&facts);
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f) || !ll_rule_reached_per_invocation(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    if (fn->memoized) continue;
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_MODULE_WRITE || ev->lazy_guard || ev->as.write.lazy_guard) continue;
      const ll_module_write *w = &ev->as.write;
      bool grows = (w->kind == LL_WRITE_MUTATE && ll_callee_is(w->method, ll_table_for(growing_tables, m->language))) ||
                   (w->kind == LL_WRITE_SUBSCRIPT && !w->method);
      if (!grows || w->key_literal || looks_like_cache(w->name) || setdefault_cache(w)) continue;
      const ll_binding *b = ll_module_binding(m, w->name);
      if (!b || b->kind != LL_BIND_CONTAINER) continue;
      bool seen = false;
      for (size_t i = 0; i < n_reported; i++) seen |= ll_streq(reported[i], w->name);
      if (seen) continue;
      bool reset = false, tested = false, membership = false;
      int known = ll_strmap_get(&facts, w->name);
      if (known >= 0) {
        reset = known & 1, tested = known & 2, membership = known & 4;
      } else {
        name_facts(ctx, m, w->name, &reset, &tested, &membership);
        ll_strmap_put(&facts, w->name, (reset ? 1 : 0) | (tested ? 2 : 0) | (membership ? 4 : 0));
      }
      if (reset || (membership && membership_write(m, w)) || (tested && w->kind == LL_WRITE_SUBSCRIPT)) continue;
      if (n_reported < sizeof(reported) / sizeof(*reported)) reported[n_reported++] = w->name;
      ll_rule_report(ctx, m, ev->span,
                     "%s `%s` grows on every invocation: it survives between the invocations "
                     "of an execution environment, so memory climbs and earlier requests' data leaks "
                     "into later ones; keep it local to the handler",
                     python_class_attribute(m, w->name) ? "class attribute"
                     : m->language == LL_LANG_JAVA     ? "field" /* static, or of the reused handler object */
                     : m->language == LL_LANG_RUST     ? "static" /* Rust has no module-level variables */
                     : m->language == LL_LANG_GO       ? "package-level"
                                                        : "module-level",
                     w->name);
    }
  }
  ll_strmap_free(&facts);
}

/* Per-language examples printed by --explain. */
static const ll_rule_example examples[] = {
    {LL_LANG_JAVASCRIPT,
     "const results = [];\n"
     "\n"
     "export const handler = async (event) => {\n"
     "  for (const record of event.Records) results.push(transform(record));\n"
     "  return results;\n"
     "};\n",
     "export const handler = async (event) => {\n"
     "  const results = event.Records.map(transform);\n"
     "  return results;\n"
     "};\n"},
    {LL_LANG_GO,
     "var seen []string\n"
     "\n"
     "func handler(ctx context.Context, ev Event) error {\n"
     "	seen = append(seen, ev.ID) // grows on every warm invocation\n"
     "	return process(ctx, ev)\n"
     "}\n",
     "func handler(ctx context.Context, ev Event) error {\n"
     "	seen := []string{ev.ID} // per invocation\n"
     "	return process(ctx, ev, seen)\n"
     "}\n"},
    {LL_LANG_JAVA,
     "private static final List<String> processed = new ArrayList<>();\n"
     "\n"
     "public String handleRequest(SQSEvent event, Context context) {\n"
     "  event.getRecords().forEach(r -> processed.add(r.getMessageId()));\n"
     "  return String.valueOf(processed.size());\n"
     "}\n",
     "public String handleRequest(SQSEvent event, Context context) {\n"
     "  List<String> processed = new ArrayList<>();\n"
     "  event.getRecords().forEach(r -> processed.add(r.getMessageId()));\n"
     "  return String.valueOf(processed.size());\n"
     "}\n"},
    {LL_LANG_RUST,
     "static SEEN: Lazy<Mutex<Vec<String>>> = Lazy::new(|| Mutex::new(Vec::new()));\n\n"
     "async fn handler(event: LambdaEvent<Order>) -> Result<(), Error> {\n"
     "    SEEN.lock().unwrap().push(event.payload.id.clone()); // grows every warm invocation\n"
     "    process(&event.payload).await\n"
     "}\n",
     "async fn handler(event: LambdaEvent<Order>) -> Result<(), Error> {\n"
     "    let mut seen = Vec::new(); // per invocation\n"
     "    seen.push(event.payload.id.clone());\n"
     "    process(&event.payload).await\n"
     "}\n"},
    {LL_LANG_CPP,
     "static std::vector<std::string> seen;\n"
     "\n"
     "static invocation_response handler(invocation_request const &req) {\n"
     "  seen.push_back(req.request_id); // grows on every warm invocation\n"
     "  return invocation_response::success(process(req.payload), \"text/plain\");\n"
     "}\n",
     "static invocation_response handler(invocation_request const &req) {\n"
     "  std::vector<std::string> seen{req.request_id}; // per invocation\n"
     "  return invocation_response::success(process(req.payload, seen), \"text/plain\");\n"
     "}\n"},
    {LL_LANG_COUNT, NULL, NULL}};

/* The help line in the words of the languages that need their own (the others use `help`). */
static const char *const help_by_language[LL_LANG_COUNT] = {
    [LL_LANG_RUST] = "keep per-request data in locals; a `static` (`Mutex<Vec<_>>`, `HashMap`) lives as "
                     "long as the execution environment",
    [LL_LANG_GO] = "keep per-request data in locals of the handler; a package-level slice or map that must exist "
                   "is reset (`s = s[:0]`, `clear(m)`) each invocation",
};

const ll_rule ll_rule_LL201 = {
    .id = "LL201",
    .name = "module-state-accumulation",
    .severity = LL_SEVERITY_WARNING,
    .languages = LL_LANG_BIT(LL_LANG_JAVA) | LL_LANG_BIT(LL_LANG_PYTHON) | LL_LANG_BIT(LL_LANG_C) | LL_LANG_BIT(LL_LANG_CPP) |
                 LL_LANG_BIT(LL_LANG_JAVASCRIPT) |
                 LL_LANG_BIT(LL_LANG_TYPESCRIPT) | LL_LANG_BIT(LL_LANG_GO) |
                 LL_LANG_BIT(LL_LANG_RUST),
    .summary = "Handler code keeps adding to a module-level container.",
    .rationale =
        "Lambda reuses an execution environment for many invocations, and module-level objects "
        "survive between them. A list or dict that the handler appends to grows with every request: "
        "memory climbs until the function fails with an out-of-memory error, and data from earlier "
        "requests (possibly other users') is returned or processed again in later ones. A class "
        "attribute (`Context.captions = []`, then `Context.captions.append(x)`) is module state too: "
        "the class object lives as long as the module.",
    .example = "results = []\n\n"
               "def lambda_handler(event, context):\n"
               "    for record in event[\"Records\"]:\n"
               "        results.append(transform(record))\n"
               "    return results\n",
    .fix = "def lambda_handler(event, context):\n"
           "    results = [transform(record) for record in event[\"Records\"]]\n"
           "    return results\n",
    .examples = examples,
    .help = "keep per-request data in local variables; reset module containers if they must exist",
    .help_by_language = help_by_language,
    .not_flagged = "Caches (writes under `if key not in cache:` or an is-None guard, "
                   "`setdefault(k, make())` with a computed default, `@functools.lru_cache`, names containing cache/memo/registry); writes with literal "
                   "keys (a fixed set of slots); bounded containers (`deque(maxlen=n)`); containers the "
                   "handler also resets or drains (`clear()`, rebinding, `pop()`; JavaScript: "
                   "`m.delete(k)` in a loop over `m`, a TTL sweep); writes made only at "
                   "cold start; membership sets such as `seen` (LL202); code no handler reaches.",
    .check_module = check,
};
