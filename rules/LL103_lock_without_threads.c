/*
 * LL103 lock-without-threads
 *
 * What it does: finds thread locks and semaphores (`threading.Lock`, `RLock`, `Semaphore`,
 * `BoundedSemaphore`, `Condition`) in a Lambda module that never runs anything concurrently.
 * Why is this bad on Lambda: an execution environment handles one invocation at a time, so a
 * module that starts no threads has nothing to synchronise. The lock is dead weight at best; at
 * worst it signals a belief that module state is shared between concurrent requests (it is not:
 * concurrent requests run in separate environments, where a lock cannot reach).
 * Not flagged: modules that start threads, pools, processes or tasks, import thread or process
 * pools, run work in an executor, subclass `threading.Thread`, or use boto3 transfers
 * (`upload_file`, `download_file`, a `Callback=`: s3transfer calls back from its own threads);
 * modules imported by a sibling module that does any of that; `multiprocessing` locks (LL102).
 * C and C++: `std::mutex` and its kin, `pthread_mutex_init`, `sem_init`, … are not flagged when the
 * program starts threads (`std::thread`, `std::async`, `pthread_create`) or uses the AWS SDK's
 * asynchronous calls (`…Async`, which complete on the SDK's executor threads) in any file linked
 * with it; `PTHREAD_MUTEX_INITIALIZER` is not seen.
 */
#include "rulekit.h"

static const char *const python_locks[] = {"threading.Lock", "threading.RLock", "threading.Semaphore",
                                           "threading.BoundedSemaphore", "threading.Condition", NULL};
static const char *const c_family_locks[] = {"std::mutex", "std::recursive_mutex", "std::timed_mutex",
                                             "std::recursive_timed_mutex", "std::shared_mutex",
                                             "std::shared_timed_mutex", "std::counting_semaphore",
                                             "std::binary_semaphore", "std::condition_variable",
                                             "pthread_mutex_init", "pthread_rwlock_init", "pthread_spin_init",
                                             "sem_init", "mtx_init", NULL};
static const char *const *const lock_tables[LL_LANG_COUNT] = {
    [LL_LANG_PYTHON] = python_locks, [LL_LANG_C] = c_family_locks, [LL_LANG_CPP] = c_family_locks};

/* Names that mean the module runs code concurrently with itself. */
static const char *const concurrency[] = {"concurrent.futures", "multiprocessing", "_thread",
                                          "threading.Thread", "threading.Timer", "asyncio.to_thread",
                                          "socketserver.ThreadingMixIn", "http.server.ThreadingHTTPServer",
                                          NULL};
static const char *const threaded_methods[] = {"run_in_executor", "upload_file", "download_file",
                                               "upload_fileobj", "download_fileobj", "start_new_thread",
                                               NULL};
/* C/C++: the AWS SDK's executors and its asynchronous calls run callbacks on other threads. */
static const char *const c_family_concurrency[] = {"Aws::Utils::Threading::*Executor",
                                                   "Aws::Transfer::TransferManager::Create", "*Async",
                                                   "*Callable", NULL};

static bool concurrent_name(const char *name) { return name && ll_qname_in_table(name, concurrency); }

static bool uses_threads(const ll_module *m) {
  if (ll_rule_module_spawns(m)) return true;
  for (uint32_t i = 0; i < m->n_imports; i++)
    if (concurrent_name(m->imports[i].qualified) || concurrent_name(m->imports[i].module)) return true;
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
      const ll_event *ev = &m->functions[f].events[e];
      if (ev->kind == LL_EV_NAME_USE && concurrent_name(ev->name)) return true;
      if (ev->kind != LL_EV_CALL) continue;
      const ll_call *c = &ev->as.call;
      if (concurrent_name(c->callee) || ll_callee_is(c->method, threaded_methods) ||
          ll_callee_matches(c->callee, c_family_concurrency) || ll_call_keyword(c, "Callback"))
        return true;
    }
  return false;
}

static const char *stem_of(const char *path, size_t *len) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  const char *dot = strrchr(base, '.');
  *len = dot ? (size_t)(dot - base) : strlen(base);
  return base;
}

/* Whether another module of the run that uses threads imports this one (by its file name). */
static bool imported_by_threaded(const ll_rule_ctx *ctx, const ll_module *self) {
  size_t len = 0, n = 0;
  const char *stem = stem_of(self->path, &len);
  const ll_module *const *modules = ll_rule_modules(ctx, &n);
  for (size_t mi = 0; mi < n; mi++) {
    const ll_module *m = modules[mi];
    if (m == self || m->language != self->language) continue;
    bool imports_self = false;
    for (uint32_t i = 0; i < m->n_imports && !imports_self; i++) {
      const ll_import *imp = &m->imports[i];
      const char *names[] = {imp->module, imp->member};
      for (int k = 0; k < 2; k++) {
        const char *q = names[k];
        if (!q) continue;
        const char *last = strrchr(q, '.');
        last = last ? last + 1 : q;
        if (strlen(last) == len && !strncmp(last, stem, len)) imports_self = true;
      }
    }
    if (imports_self && uses_threads(m)) return true;
  }
  return false;
}

/* Whether `caller` calls a function that `callee` exports by global symbol (C/C++ linkage). */
static bool calls_into(const ll_module *caller, const ll_module *callee) {
  for (uint32_t g = 1; g < callee->n_functions; g++) {
    const ll_function *target = &callee->functions[g];
    if (!target->global_symbol || target->is_entry_main) continue;
    for (uint32_t f = 0; f < caller->n_functions; f++)
      for (uint32_t e = 0; e < caller->functions[f].n_events; e++) {
        const ll_event *ev = &caller->functions[f].events[e];
        if (ev->kind == LL_EV_CALL && ll_streq(ev->as.call.callee, target->qualname)) return true;
      }
  }
  return false;
}

/* Whether a module that calls into this one, or that this one calls into, by global symbols (one C
 * or C++ program) uses threads. */
static bool linked_with_threaded(const ll_rule_ctx *ctx, const ll_module *self) {
  size_t n = 0;
  const ll_module *const *modules = ll_rule_modules(ctx, &n);
  for (size_t mi = 0; mi < n; mi++) {
    const ll_module *other = modules[mi];
    if (other != self && (calls_into(other, self) || calls_into(self, other)) && uses_threads(other)) return true;
  }
  return false;
}

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  const char *const *locks = ll_table_for(lock_tables, m->language);
  bool decided = false, threaded = false;
  for (uint32_t f = 0; f < m->n_functions; f++) {
    const ll_function *fn = &m->functions[f];
    if (fn->is_entry_main) continue;
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL || !ll_call_matches(m, (int)f, &ev->as.call, locks)) continue;
      if (!decided) {
        threaded = uses_threads(m) || imported_by_threaded(ctx, m) || linked_with_threaded(ctx, m);
        decided = true;
      }
      if (threaded) return;
      ll_rule_report(ctx, m, ev->span,
                     "`%s()` in a module that starts no threads: a Lambda execution environment runs "
                     "one invocation at a time, so there is nothing to synchronise (and a lock cannot "
                     "coordinate separate environments)",
                     ev->as.call.callee);
    }
  }
}

/* Per-language examples printed by --explain. */
static const ll_rule_example examples[] = {
    {LL_LANG_CPP,
     "static std::mutex cache_lock; // no thread of this program ever contends for it\n"
     "\n"
     "static invocation_response handler(invocation_request const &req) {\n"
     "  std::lock_guard<std::mutex> guard(cache_lock);\n"
     "  return invocation_response::success(lookup(req.payload), \"text/plain\");\n"
     "}\n",
     "// one invocation at a time per execution environment: no lock needed\n"
     "static invocation_response handler(invocation_request const &req) {\n"
     "  return invocation_response::success(lookup(req.payload), \"text/plain\");\n"
     "}\n"},
    {LL_LANG_COUNT, NULL, NULL}};

const ll_rule ll_rule_LL103 = {
    .id = "LL103",
    .name = "lock-without-threads",
    .severity = LL_SEVERITY_INFO,
    .languages = LL_LANG_BIT(LL_LANG_PYTHON) | LL_LANG_BIT(LL_LANG_C) | LL_LANG_BIT(LL_LANG_CPP),
    .summary = "A thread lock or semaphore in a module that never runs threads.",
    .rationale =
        "A Lambda execution environment processes one invocation at a time; concurrent requests run "
        "in separate environments that share no memory. In a module that starts no threads a lock "
        "has nothing to protect: it adds overhead and suggests that module state is shared between "
        "concurrent requests, which it is not. Coordination across invocations needs an external "
        "store (a DynamoDB conditional write, for example).",
    .example = "_lock = threading.Lock()\n_seen = {}\n\n"
               "def lambda_handler(event, context):\n"
               "    with _lock:\n"
               "        _seen[event[\"id\"]] = True\n",
    .fix = "def lambda_handler(event, context):\n"
           "    # cross-invocation coordination needs an external store\n"
           "    table.put_item(Item={\"id\": event[\"id\"]},\n"
           "                   ConditionExpression=\"attribute_not_exists(id)\")\n",
    .examples = examples,
    .help = "drop the lock, or coordinate through an external store (DynamoDB conditional writes)",
    .not_flagged = "Modules that start threads, pools, processes or tasks, import thread or process "
                   "pools, run work in an executor, subclass threading.Thread or use boto3 transfers "
                   "(upload_file/download_file, Callback=: s3transfer calls back from its own threads); "
                   "modules imported by a sibling module that does; multiprocessing locks (LL102).",
    .check_module = check,
};
