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
 */
#include "rulekit.h"

static const char *const python_locks[] = {"threading.Lock", "threading.RLock", "threading.Semaphore",
                                           "threading.BoundedSemaphore", "threading.Condition", NULL};

/* Names that mean the module runs code concurrently with itself. */
static const char *const concurrency[] = {"concurrent.futures", "multiprocessing", "_thread",
                                          "threading.Thread", "threading.Timer", "asyncio.to_thread",
                                          "socketserver.ThreadingMixIn", "http.server.ThreadingHTTPServer",
                                          NULL};
static const char *const threaded_methods[] = {"run_in_executor", "upload_file", "download_file",
                                               "upload_fileobj", "download_fileobj", "start_new_thread",
                                               NULL};

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
          ll_call_keyword(c, "Callback"))
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

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  if (m->language != LL_LANG_PYTHON) return;
  bool decided = false, threaded = false;
  for (uint32_t f = 0; f < m->n_functions; f++) {
    const ll_function *fn = &m->functions[f];
    if (fn->is_entry_main) continue;
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL || !ll_callee_is(ev->as.call.callee, python_locks)) continue;
      if (!decided) {
        threaded = uses_threads(m) || imported_by_threaded(ctx, m);
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

const ll_rule ll_rule_LL103 = {
    .id = "LL103",
    .name = "lock-without-threads",
    .severity = LL_SEVERITY_INFO,
    .languages = LL_LANG_BIT(LL_LANG_PYTHON),
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
    .help = "drop the lock, or coordinate through an external store (DynamoDB conditional writes)",
    .not_flagged = "Modules that start threads, pools, processes or tasks, import thread or process "
                   "pools, run work in an executor, subclass threading.Thread or use boto3 transfers "
                   "(upload_file/download_file, Callback=: s3transfer calls back from its own threads); "
                   "modules imported by a sibling module that does; multiprocessing locks (LL102).",
    .check_module = check,
};
