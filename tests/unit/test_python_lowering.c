/* test_python_lowering.c — what the Python front-end puts into the IR, and what the linker makes
 * of it (handlers, reachability across files). */
#include "base/alloc.h"
#include "frontend/frontend.h"
#include "testutil.h"

static void test_import_aliases_qualify_callees(void **state) {
  ll_module *m = ll_test_lower("a.py",
                               "import boto3 as aws\n"
                               "from redis import Redis\n"
                               "from concurrent.futures import ThreadPoolExecutor as Pool\n"
                               "import os.path\n"
                               "def f():\n"
                               "    aws.client('s3')\n"
                               "    Redis(host='x')\n"
                               "    Pool(2)\n"
                               "    os.getenv('A')\n");
  assert_non_null(m);
  assert_int_equal(m->n_imports, 4);
  assert_string_equal(m->imports[0].qualified, "boto3");
  assert_string_equal(m->imports[0].alias, "aws");
  assert_string_equal(m->imports[2].qualified, "concurrent.futures.ThreadPoolExecutor");
  const ll_event *client = ll_test_find_event(m, LL_EV_CALL, "boto3.client", NULL);
  assert_non_null(client);
  assert_string_equal(client->as.call.first_string, "s3");
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "redis.Redis", NULL));
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "concurrent.futures.ThreadPoolExecutor", NULL));
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "os.getenv", NULL)); /* `import os.path` binds `os` */
  const ll_event *redis = ll_test_find_event(m, LL_EV_CALL, "redis.Redis", NULL);
  assert_int_equal(redis->as.call.n_keywords, 1);
  assert_string_equal(redis->as.call.keywords[0].name, "host");
  assert_string_equal(redis->as.call.keywords[0].literal, "x");
  ll_module_delete(m);
}

static void test_relative_and_function_imports(void **state) {
  ll_module *m = ll_test_lower("pkg/h.py",
                               "from ..db import connect as c\n"
                               "def f():\n"
                               "    import requests\n"
                               "    requests.get('u')\n"
                               "    c()\n");
  assert_int_equal(m->imports[0].relative_level, 2);
  assert_string_equal(m->imports[0].module, "db");
  assert_string_equal(m->imports[0].member, "connect");
  assert_int_equal(m->imports[0].function, 0);
  assert_int_equal(m->imports[1].function, 1);
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "requests.get", NULL));
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "db.connect", NULL));
  ll_module_delete(m);
}

static const ll_event *write_to(const ll_module *m, const char *name, uint32_t nth) {
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
      const ll_event *ev = &m->functions[f].events[e];
      if (ev->kind == LL_EV_MODULE_WRITE && !strcmp(ev->as.write.name, name) && nth-- == 0) return ev;
    }
  return NULL;
}

static void test_lazy_guards(void **state) {
  ll_module *m = ll_test_lower("g.py",
                               "import boto3\n"
                               "_c = None\n"
                               "_t = None\n"
                               "seen = set()\n"
                               "count = 0\n"
                               "def get():\n"
                               "    global _c\n"
                               "    if _c is None:\n"
                               "        _c = boto3.client('s3')\n"
                               "    return _c\n"
                               "def table():\n"
                               "    global _t\n"
                               "    if _t is not None:\n"
                               "        return _t\n"
                               "    _t = boto3.resource('dynamodb')\n"
                               "    return _t\n"
                               "def handler(event, context):\n"
                               "    global count\n"
                               "    count += 1\n"
                               "    seen.add(event['id'])\n");
  const ll_event *c = write_to(m, "_c", 0);
  assert_non_null(c);
  assert_int_equal(c->as.write.kind, LL_WRITE_REBIND);
  assert_true(c->as.write.lazy_guard);
  assert_string_equal(c->as.write.value_callee, "boto3.client");
  const ll_event *t = write_to(m, "_t", 0);
  assert_non_null(t);
  assert_true(t->as.write.lazy_guard); /* guarded by the early return */
  const ll_event *n = write_to(m, "count", 0);
  assert_non_null(n);
  assert_int_equal(n->as.write.kind, LL_WRITE_AUGMENT);
  assert_false(n->as.write.lazy_guard);
  const ll_event *s = write_to(m, "seen", 0);
  assert_non_null(s);
  assert_int_equal(s->as.write.kind, LL_WRITE_MUTATE);
  assert_string_equal(s->as.write.method, "add");
  assert_int_equal(ll_module_binding(m, "seen")->kind, LL_BIND_CONTAINER);
  assert_int_equal(ll_module_binding(m, "_c")->kind, LL_BIND_NONE);
  ll_module_delete(m);
}

static void test_local_shadowing_is_not_a_module_write(void **state) {
  ll_module *m = ll_test_lower("s.py",
                               "items = []\n"
                               "def f(event, context):\n"
                               "    items = []\n"
                               "    items.append(1)\n");
  assert_null(write_to(m, "items", 0));
  ll_module_delete(m);
}

static const ll_event *loop_in(const ll_module *m, int fn, uint32_t nth) {
  for (uint32_t e = 0; e < m->functions[fn].n_events; e++) {
    const ll_event *ev = &m->functions[fn].events[e];
    if (ev->kind == LL_EV_LOOP && nth-- == 0) return ev;
  }
  return NULL;
}

static void test_loop_facts(void **state) {
  ll_module *m = ll_test_lower("l.py",
                               "import time, boto3\n"
                               "s3 = boto3.client('s3')\n"
                               "def f(event, context):\n"
                               "    while True:\n"
                               "        time.sleep(1)\n"
                               "        break\n"
                               "    for r in event['Records']:\n"
                               "        s3.get_object(Bucket='b', Key=r)\n"
                               "    for i in range(3):\n"
                               "        pass\n"
                               "    while context.get_remaining_time_in_millis() > 1000:\n"
                               "        pass\n"
                               "    for page in s3.get_paginator('x').paginate(Bucket='b'):\n"
                               "        pass\n");
  const ll_event *w = loop_in(m, 1, 0);
  assert_non_null(w);
  assert_int_equal(w->as.loop.kind, LL_LOOP_INFINITE);
  assert_true(w->as.loop.body_sleeps);
  assert_true(w->as.loop.has_break);
  assert_int_equal(w->span.line, 4);
  const ll_event *each = loop_in(m, 1, 1);
  assert_int_equal(each->as.loop.kind, LL_LOOP_FOREACH);
  assert_string_equal(each->as.loop.iterates, "event['Records']");
  assert_true(each->as.loop.body_io);
  assert_false(each->as.loop.body_sleeps);
  assert_int_equal(loop_in(m, 1, 2)->as.loop.kind, LL_LOOP_FOR);
  const ll_event *bounded = loop_in(m, 1, 3);
  assert_int_equal(bounded->as.loop.kind, LL_LOOP_WHILE);
  assert_true(bounded->as.loop.cond_reads_deadline);
  const ll_event *pages = loop_in(m, 1, 4);
  assert_string_equal(pages->as.loop.iter_callee, "s3.get_paginator().paginate");
  ll_module_delete(m);
}

static void test_spawn_and_join(void **state) {
  ll_module *m = ll_test_lower("t.py",
                               "import threading\n"
                               "def f(event, context):\n"
                               "    a = threading.Thread(target=print)\n"
                               "    a.start()\n"
                               "    a.join()\n"
                               "    b = threading.Thread(target=print)\n"
                               "    b.start()\n"
                               "    threading.Thread(target=print)\n");
  uint32_t from = 0;
  const ll_event *a = ll_test_next_event(&m->functions[1], LL_EV_SPAWN, &from);
  const ll_event *b = ll_test_next_event(&m->functions[1], LL_EV_SPAWN, &from);
  const ll_event *c = ll_test_next_event(&m->functions[1], LL_EV_SPAWN, &from);
  assert_non_null(a);
  assert_non_null(b);
  assert_non_null(c);
  assert_true(a->as.spawn.started && a->as.spawn.joined);
  assert_true(b->as.spawn.started);
  assert_false(b->as.spawn.joined);
  assert_false(c->as.spawn.started); /* never started: nothing runs in the background */
  ll_module_delete(m);
}

static void test_context_use_and_async(void **state) {
  ll_module *m = ll_test_lower("c.py",
                               "async def handler(event, context):\n"
                               "    left = context.get_remaining_time_in_millis()\n"
                               "    return left\n");
  assert_true(m->functions[1].is_async);
  uint32_t from = 0;
  assert_non_null(ll_test_next_event(&m->functions[1], LL_EV_CONTEXT_USE, &from));
  ll_module_delete(m);
}

static void test_line_numbers_with_crlf_and_cr(void **state) {
  ll_module *m = ll_test_lower("n.py", "import boto3\r\n\r\ndef f():\r    boto3.client('s3')\r\n");
  const ll_event *call = ll_test_find_event(m, LL_EV_CALL, "boto3.client", NULL);
  assert_non_null(call);
  assert_int_equal(call->span.line, 4);
  assert_int_equal(call->span.column, 5);
  ll_module_delete(m);
}

static void test_columns_count_code_points(void **state) {
  ll_module *m = ll_test_lower("u.py", "import boto3\ndef f():\n    é = boto3.client('s3')\n");
  const ll_event *call = ll_test_find_event(m, LL_EV_CALL, "boto3.client", NULL);
  assert_int_equal(call->span.column, 9);
  ll_module_delete(m);
}

/* --- handlers and reachability through the whole pipeline --- */

static ll_results *analyze_dir(const char *dir, const char *const *handlers, size_t n_handlers) {
  const char *paths[] = {dir};
  ll_options o;
  ll_options_init(&o);
  o.paths = paths;
  o.n_paths = 1;
  o.handlers = handlers;
  o.n_handlers = n_handlers;
  return ll_analyze(&o);
}

static size_t count_rule(const ll_results *r, const char *id) {
  size_t n = 0, count = 0;
  const ll_finding *f = ll_results_findings(r, &n);
  for (size_t i = 0; i < n; i++) count += strcmp(f[i].rule->id, id) == 0;
  return count;
}

static void test_reachability_across_two_files(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "helpers_x.py", "import boto3\ndef make():\n    return boto3.client('s3')\n"
                                          "def unused():\n    return boto3.client('sqs')\n"));
  free(ll_test_write(dir, "app.py", "from helpers_x import make\n"
                                    "def lambda_handler(event, context):\n    return make()\n"));
  ll_results *r = analyze_dir(dir, NULL, 0);
  size_t n = 0;
  const ll_finding *f = ll_results_findings(r, &n);
  assert_int_equal(n, 1);
  assert_string_equal(f[0].rule->id, "LL302");
  assert_int_equal(f[0].line, 3);
  assert_non_null(strstr(f[0].path, "helpers_x.py"));
  ll_results_delete(r);
  free(dir);
}

static void test_handler_detection(void **state) {
  char *dir = ll_test_tmpdir();
  const char *body = "    boto3.client('s3')\n";
  char *src = ll_strfmt(
      "import boto3\n"
      "def lambda_handler(evt, ctx):\n%s"      /* the canonical name: any two parameters */
      "def orders_handler(event, context):\n%s" /* *_handler with (event, context) */
      "def handler(request, response):\n%s"    /* not a Lambda signature */
      "def process(event, context):\n%s"       /* no handler name */
      "def run_job(event, context):\n%s"      /* named only by --handler */
      "def handle(request, context):\n%s"     /* `handle` with a context parameter */
      "def main(a, b):\n%s",                  /* `main` without the Lambda signature */
      body, body, body, body, body, body, body);
  free(ll_test_write(dir, "svc/app.py", src));
  ll_results *r = analyze_dir(dir, NULL, 0);
  assert_int_equal(count_rule(r, "LL302"), 3);
  ll_results_delete(r);
  const char *handlers[] = {"svc.app.run_job"};
  r = analyze_dir(dir, handlers, 1);
  assert_int_equal(count_rule(r, "LL302"), 4);
  ll_results_delete(r);
  const char *by_path[] = {"svc/app.py:process"};
  r = analyze_dir(dir, by_path, 1);
  assert_int_equal(count_rule(r, "LL302"), 4);
  ll_results_delete(r);
  free(src);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_import_aliases_qualify_callees),
      cmocka_unit_test(test_relative_and_function_imports),
      cmocka_unit_test(test_lazy_guards),
      cmocka_unit_test(test_local_shadowing_is_not_a_module_write),
      cmocka_unit_test(test_loop_facts),
      cmocka_unit_test(test_spawn_and_join),
      cmocka_unit_test(test_context_use_and_async),
      cmocka_unit_test(test_line_numbers_with_crlf_and_cr),
      cmocka_unit_test(test_columns_count_code_points),
      cmocka_unit_test(test_reachability_across_two_files),
      cmocka_unit_test(test_handler_detection),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
