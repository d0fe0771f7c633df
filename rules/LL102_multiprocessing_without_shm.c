/*
 * LL102 multiprocessing-without-shm
 *
 * What it does: finds multiprocessing primitives that need POSIX shared memory (/dev/shm).
 * Why is this bad on Lambda: the execution environment has no /dev/shm, so multiprocessing.Pool,
 * Queue, Manager, Lock, Value, … and ProcessPoolExecutor raise OSError ("Function not
 * implemented") the moment they are created.
 * Not flagged: multiprocessing.Process with multiprocessing.Pipe, which work on Lambda; code under
 * `if __name__ == "__main__":`; modules with no Lambda evidence.
 */
#include "rulekit.h"

static const char *const shm_primitives[] = {
    "Pool", "Queue", "JoinableQueue", "SimpleQueue", "Manager", "Lock", "RLock", "Semaphore",
    "BoundedSemaphore", "Event", "Condition", "Barrier", "Value", "Array", NULL};

static const char *const python_apis[] = {
    "concurrent.futures.ProcessPoolExecutor", "concurrent.futures.process.ProcessPoolExecutor",
    "multiprocessing.pool.Pool", "multiprocessing.managers.SyncManager",
    "multiprocessing.synchronize.Lock", "multiprocessing.queues.Queue", NULL};

static bool needs_shm(const ll_call *call) {
  if (ll_callee_is(call->callee, python_apis)) return true;
  const char *name = NULL;
  if (!strncmp(call->callee, "multiprocessing.", 16) && !strchr(call->callee + 16, '.'))
    name = call->callee + 16; /* multiprocessing.Pool */
  else if (call->receiver_ctor && ll_streq(call->receiver_ctor, "multiprocessing.get_context"))
    name = call->method; /* ctx = multiprocessing.get_context("spawn"); ctx.Pool() */
  else if (!strncmp(call->callee, "multiprocessing.get_context().", 30))
    name = call->method;
  return name && ll_callee_is(name, shm_primitives);
}

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  for (uint32_t f = 0; f < m->n_functions; f++) {
    if (f > 0 && !ll_in_handler_code(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind == LL_EV_CALL && needs_shm(&ev->as.call))
        ll_rule_report(ctx, m, ev->span,
                       "`%s` needs /dev/shm, which Lambda does not have: it raises OSError at run time",
                       ev->as.call.callee);
    }
  }
}

const ll_rule ll_rule_LL102 = {
    .id = "LL102",
    .name = "multiprocessing-without-shm",
    .severity = LL_SEVERITY_ERROR,
    .languages = LL_LANG_BIT(LL_LANG_PYTHON),
    .summary = "A multiprocessing primitive that needs /dev/shm, which Lambda does not provide.",
    .rationale =
        "The Lambda execution environment has no /dev/shm. multiprocessing.Pool, Queue, Manager, "
        "Lock, Semaphore, Event, Value, Array and concurrent.futures.ProcessPoolExecutor are built "
        "on POSIX semaphores in shared memory and raise `OSError: [Errno 38] Function not "
        "implemented` when they are created, so the code fails on every invocation that gets there.",
    .example = "from multiprocessing import Pool\n\n"
               "def lambda_handler(event, context):\n"
               "    with Pool(4) as pool:\n"
               "        return pool.map(work, event[\"items\"])\n",
    .fix = "from multiprocessing import Process, Pipe\n\n"
           "def lambda_handler(event, context):\n"
           "    parent, child = Pipe()\n"
           "    p = Process(target=work_into, args=(event[\"items\"], child))\n"
           "    p.start(); result = parent.recv(); p.join()\n"
           "    return result\n",
    .help = "use multiprocessing.Process with Pipe, or threads / asyncio for I/O-bound work",
    .not_flagged = "multiprocessing.Process and multiprocessing.Pipe (they work on Lambda); code under "
                   "`if __name__ == \"__main__\":`; modules with no Lambda evidence.",
    .check_module = check,
};
