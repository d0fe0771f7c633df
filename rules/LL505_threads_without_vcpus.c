/*
 * LL505 threads-without-vcpus
 *
 * What it does: flags a deployed function whose code starts OS threads or a thread pool on every
 * invocation (what LL101 finds) while its MemorySize gives it less than two vCPUs (Lambda
 * allocates one vCPU per 1769 MB). Reported at MemorySize (at the function when it is not set);
 * the message names the code that starts the threads.
 *
 * Why is this bad on Lambda: below 3538 MB the threads share one core or part of one, so
 * CPU-bound work done in parallel is not faster: it only adds start-up and contention.
 */
#include "lambdalint/project.h"
#include "rulekit.h"
#include "template/code_index.h"
#include "template/tpl_report.h"

enum { LL505_MB_PER_VCPU = 1769, LL505_TWO_VCPUS = 2 * LL505_MB_PER_VCPU };

static bool is_thread(const ll_event *ev) {
  return ev->kind == LL_EV_SPAWN && (ev->as.spawn.kind == LL_SPAWN_THREAD || ev->as.spawn.kind == LL_SPAWN_POOL);
}

typedef struct {
  const ll_module *module;
  const ll_event *event;
} ll_thread_start;

/* Visitor: stops at the first function the handler runs that starts a thread. */
static bool find_thread(const ll_module *m, int fn, void *user) {
  const ll_function *f = &m->functions[fn];
  if (fn == 0 || f->is_entry_main) return false;
  for (uint32_t e = 0; e < f->n_events; e++) {
    if (!is_thread(&f->events[e])) continue;
    *(ll_thread_start *)user = (ll_thread_start){m, &f->events[e]};
    return true;
  }
  return false;
}

static void check_function(ll_rule_ctx *ctx, ll_tpl_once *once, const ll_code_index *index,
                           const ll_tpl_function *fn) {
  uint32_t memory = ll_tpl_function_memory_mb(fn);
  int h = ll_code_index_find(index, fn->source_realpath);
  if (memory == 0 || memory >= LL505_TWO_VCPUS || h < 0) return;
  const ll_module *m = index->modules[h];
  int handler = ll_module_top_function(m, fn->handler_function);
  ll_thread_start found = {0};
  if (handler <= 0 || !ll_rule_visit_reached(ctx, m, handler, find_thread, &found)) return;
  ll_tpl_report(ctx, once, fn, &fn->memory_size,
                    "function %s has %u MB (%.1f vCPU) but %s:%u starts %s (`%s`) on every "
                    "invocation: its threads share less than two vCPUs",
                    fn->resource, memory, (double)memory / LL505_MB_PER_VCPU, found.module->path,
                    found.event->span.line,
                    found.event->as.spawn.kind == LL_SPAWN_POOL ? "a thread pool" : "a thread",
                    found.event->as.spawn.callee);
}

static void check_project(ll_rule_ctx *ctx, const ll_project *project) {
  ll_tpl_check_functions(ctx, project, check_function);
}

const ll_rule ll_rule_LL505 = {
    .id = "LL505",
    .name = "threads-without-vcpus",
    .severity = LL_SEVERITY_WARNING,
    .languages = 0,
    .summary = "Code starts threads per invocation in a function configured with less than two vCPUs.",
    .rationale = "Lambda allocates CPU in proportion to memory: 1769 MB is one vCPU, and a "
                 "function needs 3538 MB or more for a second one. Below that, threads started by "
                 "the handler share one core (or a fraction of one): CPU-bound work in parallel "
                 "is not faster, it only adds thread start-up and contention to every invocation.",
    .example = "# template.yaml\n"
               "Resize:\n"
               "  Type: AWS::Serverless::Function\n"
               "  Properties: {Handler: app.handler, MemorySize: 512}\n"
               "# app.py\n"
               "def handler(event, context):\n"
               "    with ThreadPoolExecutor(8) as pool:\n"
               "        return list(pool.map(resize, event[\"keys\"]))\n",
    .fix = "Resize:\n"
           "  Type: AWS::Serverless::Function\n"
           "  Properties: {Handler: app.handler, MemorySize: 3584}   # two vCPUs\n"
           "# or keep 512 MB and resize sequentially\n",
    .help = "give the function 3538 MB or more for two vCPUs, or drop the threads",
    .not_flagged = "Functions at 3538 MB or more; threads created once at module scope; "
                   "goroutines; code whose handler file is not analysed (another language, "
                   "missing file); threads in code no handler reaches.",
    .check_module = NULL,
    .check_project = check_project,
};
