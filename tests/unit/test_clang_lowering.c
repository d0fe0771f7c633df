/* test_clang_lowering.c — the C and C++ front-ends: what libclang-lowered code looks like in the IR. */
#include <time.h>

#include "testutil.h"

#include "base/alloc.h"
#include "frontend/frontend.h"

#ifdef LL_HAVE_LIBCLANG

/* ---- helpers ------------------------------------------------------------------------------- */

static const ll_function *function_named(const ll_module *m, const char *name) {
  for (uint32_t i = 0; i < m->n_functions; i++)
    if (strcmp(m->functions[i].name, name) == 0) return &m->functions[i];
  fail_msg("no function %s", name);
  return NULL;
}

/* The first call in `fn` whose callee is `callee`. */
static const ll_event *call_to(const ll_function *fn, const char *callee) {
  for (uint32_t i = 0; i < fn->n_events; i++)
    if (fn->events[i].kind == LL_EV_CALL && strcmp(fn->events[i].as.call.callee, callee) == 0)
      return &fn->events[i];
  fail_msg("no call to %s in %s", callee, fn->name);
  return NULL;
}

static const ll_event *nth_event(const ll_function *fn, ll_event_kind kind, int n) {
  uint32_t from = 0;
  const ll_event *ev = NULL;
  for (int i = 0; i <= n; i++) ev = ll_test_next_event(fn, kind, &from);
  assert_non_null(ev);
  return ev;
}

static uint32_t count_events(const ll_function *fn, ll_event_kind kind) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < fn->n_events; i++) n += fn->events[i].kind == kind;
  return n;
}

static ll_module *lower_file(const char *path, const char *source, char **problem) {
  const ll_frontend *fe = ll_frontend_for_path(path);
  assert_non_null(fe);
  return fe->lower(path, source, strlen(source), NULL, problem);
}

/* ---- headers that are not installed --------------------------------------------------------- */

static const char *const aws_handler =
    "#include <aws/lambda-runtime/runtime.h>\n"
    "#include <aws/s3/S3Client.h>\n"
    "using namespace aws::lambda_runtime;\n"
    "static invocation_response handle(invocation_request const &req) {\n"
    "  Aws::S3::S3Client client;\n"
    "  auto out = client.GetObject(Aws::S3::Model::GetObjectRequest());\n"
    "  Aws::InitAPI(options);\n"
    "  return invocation_response::success(\"ok\", \"text/plain\");\n"
    "}\n"
    "int main() {\n"
    "  run_handler(handle);\n"
    "  return 0;\n"
    "}\n";

static void test_missing_headers_do_not_stop_lowering(void **state) {
  char *problem = NULL;
  ll_module *m = lower_file("missing_headers.cpp", aws_handler, &problem);
  assert_null(problem); /* missing headers are expected, not a problem to report */
  assert_int_equal(m->language, LL_LANG_CPP);
  const ll_function *handle = function_named(m, "handle");
  assert_int_equal(handle->n_params, 1);
  assert_string_equal(handle->params[0], "req");
  const ll_event *ctor = call_to(handle, "Aws::S3::S3Client");
  assert_int_equal(ctor->span.line, 5);
  assert_int_equal(ctor->span.column, 3);
  assert_string_equal(ctor->as.call.assigned_to, "client");
  assert_true(ctor->as.call.callee_as_written); /* not resolved: no header */
  const ll_event *get = call_to(handle, "Aws::S3::S3Client::GetObject");
  assert_string_equal(get->as.call.receiver_ctor, "Aws::S3::S3Client");
  call_to(handle, "Aws::S3::Model::GetObjectRequest");
  call_to(handle, "Aws::InitAPI");
  const ll_event *reg = call_to(function_named(m, "main"), "run_handler");
  assert_string_equal(reg->as.call.callback, "handle");
  assert_int_equal(m->n_imports, 1);
  assert_string_equal(m->imports[0].module, "aws::lambda_runtime");
  ll_module_delete(m);
}

/* ---- names resolved by the AST when the headers are there ------------------------------------- */

static void test_resolved_names_are_qualified(void **state) {
  ll_module *m = ll_test_lower("resolved.cpp",
                               "#include <chrono>\n"
                               "#include <thread>\n"
                               "using namespace std;\n"
                               "using Worker = std::thread;\n"
                               "void run() {\n"
                               "  this_thread::sleep_for(chrono::seconds(1));\n"
                               "  Worker w([] {});\n"
                               "  w.join();\n"
                               "}\n");
  const ll_function *run = function_named(m, "run");
  call_to(run, "std::this_thread::sleep_for");
  const ll_event *ctor = call_to(run, "std::thread"); /* through the alias */
  assert_false(ctor->as.call.callee_as_written);
  assert_string_equal(ctor->as.call.callback, "<lambda:7:12>");
  const ll_event *join = call_to(run, "std::thread::join");
  assert_string_equal(join->as.call.receiver_ctor, "std::thread");
  ll_module_delete(m);
}

static void test_compile_commands_flags_are_used(void **state) {
  char *dir = ll_test_tmpdir();
  char *header = ll_test_write(dir, "include/acme/clock.h", "namespace acme { void pause(int s); }\n");
  const char *source = "#include <acme/clock.h>\nusing namespace acme;\nvoid f() { pause(1); }\n";
  char *src = ll_test_write(dir, "src/app.cpp", source);
  char *db_text = ll_strfmt("[{\"directory\": \"%s\", \"file\": \"src/app.cpp\", "
                            "\"command\": \"c++ -std=c++17 -Iinclude -c src/app.cpp -o app.o\"}]\n", dir);
  char *db = ll_test_write(dir, "build/compile_commands.json", db_text);
  ll_lower_env env = {.root = dir}; /* the analysed folder: the database is looked for inside it */
  ll_module *m = ll_frontend_for_path(src)->lower(src, source, strlen(source), &env, NULL);
  call_to(function_named(m, "f"), "acme::pause"); /* the -I from the database found the header */
  ll_module_delete(m);
  m = lower_file(src, source, NULL); /* no analysed folder (stdin): no database */
  call_to(function_named(m, "f"), "pause");
  ll_module_delete(m);
  remove(db);
  m = ll_frontend_for_path(src)->lower(src, source, strlen(source), &env, NULL);
  call_to(function_named(m, "f"), "pause"); /* defaults: the header is missing, the name as spelled */
  ll_module_delete(m);
  char *cmd = ll_strfmt("rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
  free(cmd);
  free(db_text);
  free(db);
  free(src);
  free(header);
  free(dir);
}

/* ---- globals, statics and writes -------------------------------------------------------------- */

static const char *const state_source =
    "#include <vector>\n"
    "static std::vector<int> seen;\n"
    "static int counter = 0;\n"
    "const int kLimit = 10;\n"
    "static Client *client = nullptr;\n"
    "static char buffer[64];\n"
    "void handle(int id) {\n"
    "  seen.push_back(id);\n"
    "  counter++;\n"
    "  buffer[0] = 'x';\n"
    "  if (!client) client = new Client();\n"
    "  static int calls = 0;\n"
    "  calls += 1;\n"
    "  int counter = 5;\n"
    "  counter = 6;\n"
    "}\n";

static void test_globals_and_statics(void **state) {
  ll_module *m = ll_test_lower("state.cpp", state_source);
  const ll_binding *b = ll_module_binding(m, "seen");
  assert_int_equal(b->kind, LL_BIND_CONTAINER);
  assert_false(b->is_const);
  assert_int_equal(ll_module_binding(m, "counter")->kind, LL_BIND_SCALAR);
  assert_true(ll_module_binding(m, "kLimit")->is_const);
  assert_int_equal(ll_module_binding(m, "client")->kind, LL_BIND_NONE);
  assert_int_equal(ll_module_binding(m, "buffer")->kind, LL_BIND_CONTAINER);
  assert_non_null(ll_module_binding(m, "calls")); /* a function-local static outlives the call */
  ll_module_delete(m);
}

static void test_writes_to_module_state(void **state) {
  ll_module *m = ll_test_lower("state.cpp", state_source);
  const ll_function *fn = function_named(m, "handle");
  const ll_event *w = nth_event(fn, LL_EV_MODULE_WRITE, 0);
  assert_string_equal(w->as.write.name, "seen");
  assert_int_equal(w->as.write.kind, LL_WRITE_MUTATE);
  assert_string_equal(w->as.write.method, "push_back");
  w = nth_event(fn, LL_EV_MODULE_WRITE, 1);
  assert_string_equal(w->as.write.name, "counter");
  assert_int_equal(w->as.write.kind, LL_WRITE_AUGMENT);
  assert_false(w->as.write.lazy_guard);
  assert_int_equal(nth_event(fn, LL_EV_MODULE_WRITE, 2)->as.write.kind, LL_WRITE_SUBSCRIPT);
  w = nth_event(fn, LL_EV_MODULE_WRITE, 3);
  assert_string_equal(w->as.write.name, "client");
  assert_int_equal(w->as.write.kind, LL_WRITE_REBIND);
  assert_true(w->as.write.lazy_guard);
  assert_string_equal(w->as.write.value_callee, "Client");
  const ll_event *ctor = call_to(fn, "Client");
  assert_true(ctor->lazy_guard);
  assert_true(ctor->as.call.assigned_to_module);
  w = nth_event(fn, LL_EV_MODULE_WRITE, 4);
  assert_string_equal(w->as.write.name, "calls");
  /* the local `counter` shadows the global: its writes are not module writes */
  assert_int_equal(count_events(fn, LL_EV_MODULE_WRITE), 5);
  ll_module_delete(m);
}

static void test_lazy_initialisation(void **state) {
  ll_module *m = ll_test_lower("lazy.cpp",
                               "#include <mutex>\n"
                               "static std::once_flag once;\n"
                               "static Client *shared = nullptr;\n"
                               "Client &get() {\n"
                               "  static Client instance(\"s3\");\n"
                               "  std::call_once(once, [] { shared = new Client(); });\n"
                               "  return instance;\n"
                               "}\n");
  const ll_function *get = function_named(m, "get");
  const ll_event *ctor = call_to(get, "Client");
  assert_true(ctor->lazy_guard);
  assert_string_equal(ctor->as.call.first_string, "s3");
  const ll_function *once = function_named(m, "<lambda:6:24>");
  const ll_event *w = nth_event(once, LL_EV_MODULE_WRITE, 0);
  assert_true(w->lazy_guard);
  assert_true(w->as.write.lazy_guard);
  assert_true(nth_event(get, LL_EV_NAME_USE, 1)->lazy_guard); /* the lambda, passed to call_once */
  ll_module_delete(m);
  m = ll_test_lower("once.c",
                    "#include <pthread.h>\n"
                    "static pthread_once_t once = PTHREAD_ONCE_INIT;\n"
                    "static void init(void) { connect_db(); }\n"
                    "int handle(void) { pthread_once(&once, init); return 0; }\n");
  const ll_event *use = nth_event(function_named(m, "handle"), LL_EV_NAME_USE, 1); /* after `once` */
  assert_string_equal(use->name, "init");
  assert_true(use->lazy_guard); /* reached lazily: its connection is made once */
  ll_module_delete(m);
}

/* 60 000 nested braces: pairing brackets by scanning at each level was quadratic (50 000 took
 * 14 s of CPU); now they are paired once. */
static void test_deep_nesting_is_linear(void **state) {
  enum { DEPTH = 60000 };
  char *source = ll_malloc(2 * DEPTH + 64);
  size_t n = (size_t)sprintf(source, "int f(void) { ");
  for (int i = 0; i < DEPTH; i++) source[n++] = '{';
  for (int i = 0; i < DEPTH; i++) source[n++] = '}';
  strcpy(source + n, " return 0; }\n");
  clock_t start = clock();
  ll_module *m = ll_test_lower("deep.c", source);
  double seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
  assert_non_null(m);
  if (seconds > 5) fail_msg("60 000 nested braces took %.1f s of CPU", seconds);
  ll_module_delete(m);
  free(source);
}

static void test_reads_tests_and_exception_handlers(void **state) {
  ll_module *m = ll_test_lower("facts.cpp",
                               "static std::set<int> seen;\n"
                               "static std::map<std::string, int> totals;\n"
                               "static int n = 0;\n"
                               "static bool ready;\n"
                               "void handle(int id) {\n"
                               "  if (seen.count(id)) return;\n"
                               "  totals[\"all\"] = 1;\n"
                               "  ready = true;\n"
                               "  if (++n > 10) {}\n"
                               "  try { work(); } catch (...) { sleep(2); }\n"
                               "  usleep(0);\n"
                               "}\n");
  const ll_function *fn = function_named(m, "handle");
  const ll_event *use = nth_event(fn, LL_EV_NAME_USE, 0);
  assert_string_equal(use->name, "seen");
  assert_true(use->tested);
  assert_true(use->as.key.membership);
  const ll_event *w = nth_event(fn, LL_EV_MODULE_WRITE, 0);
  assert_int_equal(w->as.write.kind, LL_WRITE_SUBSCRIPT);
  assert_true(w->as.write.key_literal);
  assert_true(nth_event(fn, LL_EV_MODULE_WRITE, 1)->as.write.value_is_literal);
  use = nth_event(fn, LL_EV_NAME_USE, 1); /* `++n > 10` reads n in a comparison */
  assert_string_equal(use->name, "n");
  assert_true(use->tested);
  const ll_event *backoff = call_to(fn, "sleep");
  assert_true(backoff->in_except);
  assert_string_equal(backoff->as.call.first_literal, "2");
  assert_false(call_to(fn, "work")->in_except);
  assert_string_equal(call_to(fn, "usleep")->as.call.first_literal, "0");
  ll_module_delete(m);
}

/* ---- loops and the remaining time ------------------------------------------------------------- */

static void test_loops(void **state) {
  ll_module *m = ll_test_lower("loops.cpp",
                               "void poll(Request const &req, SqsClient &sqs, std::vector<int> &ids) {\n"
                               "  while (true) { sqs.ReceiveMessage(r); if (done) break; }\n"
                               "  for (;;) { sleep(1); }\n"
                               "  for (int i = 0; i < 3; i++) {}\n"
                               "  for (auto id : ids) { usleep(id); }\n"
                               "  while (req.get_time_remaining() > 1000ms) { work(); }\n"
                               "  do { retry(); } while (again);\n"
                               "}\n");
  const ll_function *fn = function_named(m, "poll");
  const ll_loop *l = &nth_event(fn, LL_EV_LOOP, 0)->as.loop;
  assert_int_equal(l->kind, LL_LOOP_INFINITE);
  assert_true(l->body_io);
  assert_true(l->has_break);
  l = &nth_event(fn, LL_EV_LOOP, 1)->as.loop;
  assert_int_equal(l->kind, LL_LOOP_INFINITE);
  assert_true(l->body_sleeps);
  assert_int_equal(nth_event(fn, LL_EV_LOOP, 2)->as.loop.kind, LL_LOOP_FOR);
  l = &nth_event(fn, LL_EV_LOOP, 3)->as.loop;
  assert_int_equal(l->kind, LL_LOOP_FOREACH);
  assert_string_equal(l->iterates, "ids");
  assert_true(l->body_sleeps);
  const ll_event *bounded = nth_event(fn, LL_EV_LOOP, 4);
  assert_true(bounded->as.loop.cond_reads_deadline);
  assert_int_equal(bounded->span.line, 6);
  assert_int_equal(bounded->span.column, 3);
  assert_int_equal(nth_event(fn, LL_EV_CONTEXT_USE, 0)->span.line, 6);
  assert_int_equal(nth_event(fn, LL_EV_LOOP, 5)->as.loop.kind, LL_LOOP_WHILE);
  ll_module_delete(m);
}

/* ---- threads ----------------------------------------------------------------------------------- */

static void test_threads_started_and_joined(void **state) {
  ll_module *m = ll_test_lower("threads.cpp",
                               "#include <thread>\n"
                               "#include <vector>\n"
                               "void work(int n) {}\n"
                               "void run() {\n"
                               "  std::thread a(work, 1);\n"
                               "  a.join();\n"
                               "  std::thread b(work, 2);\n"
                               "  b.detach();\n"
                               "  std::vector<std::thread> pool;\n"
                               "  for (int i = 0; i < 2; i++) pool.emplace_back(work, i);\n"
                               "  for (auto &t : pool) t.join();\n"
                               "  std::jthread c(work, 3);\n"
                               "  std::thread idle;\n"
                               "}\n");
  const ll_function *fn = function_named(m, "run");
  assert_int_equal(count_events(fn, LL_EV_SPAWN), 4); /* a default-constructed thread runs nothing */
  const ll_spawn *s = &nth_event(fn, LL_EV_SPAWN, 0)->as.spawn;
  assert_string_equal(s->callee, "std::thread");
  assert_string_equal(s->var, "a");
  assert_true(s->started && s->joined);
  s = &nth_event(fn, LL_EV_SPAWN, 1)->as.spawn;
  assert_false(s->joined);
  s = &nth_event(fn, LL_EV_SPAWN, 2)->as.spawn;
  assert_string_equal(s->var, "pool");
  assert_true(s->joined); /* joined through the range-for variable */
  assert_true(nth_event(fn, LL_EV_SPAWN, 3)->as.spawn.joined); /* std::jthread joins itself */
  /* `work` passed to a thread is a use of the function (an edge for reachability) */
  const ll_event *use = nth_event(fn, LL_EV_NAME_USE, 0);
  assert_string_equal(use->name, "work");
  ll_module_delete(m);
}

static void test_c_threads_and_linkage(void **state) {
  ll_module *m = ll_test_lower("worker.c",
                               "#include <pthread.h>\n"
                               "#include <curl/curl.h>\n"
                               "static void *tick(void *arg) { return arg; }\n"
                               "int handle(const char *event) {\n"
                               "  pthread_t t;\n"
                               "  pthread_create(&t, NULL, tick, NULL);\n"
                               "  CURL *h = curl_easy_init();\n"
                               "  pthread_join(t, NULL);\n"
                               "  return 0;\n"
                               "}\n");
  assert_int_equal(m->language, LL_LANG_C);
  const ll_function *fn = function_named(m, "handle");
  assert_true(fn->global_symbol);
  assert_false(function_named(m, "tick")->global_symbol); /* static: internal linkage */
  const ll_spawn *s = &nth_event(fn, LL_EV_SPAWN, 0)->as.spawn;
  assert_string_equal(s->callee, "pthread_create");
  assert_string_equal(s->var, "t");
  assert_true(s->joined);
  assert_string_equal(call_to(fn, "pthread_create")->as.call.callback, "tick");
  assert_string_equal(call_to(fn, "curl_easy_init")->as.call.assigned_to, "h");
  ll_module_delete(m);
}

/* ---- functions, methods, lambdas and main ----------------------------------------------------- */

static void test_functions_lambdas_and_main(void **state) {
  ll_module *m = ll_test_lower("app.cpp",
                               "namespace app {\n"
                               "class Service {\n"
                               " public:\n"
                               "  explicit Service(int n) : n_(n), items_{} {}\n"
                               "  int handle(int x) const { return x + n_; }\n"
                               "  void poll() { while (true) { db_.Query(q); } }\n"
                               " private:\n"
                               "  int n_;\n"
                               "  std::vector<int> items_;\n"
                               "  DynamoClient &db_;\n"
                               "};\n"
                               "}\n"
                               "int main() {\n"
                               "  app::Service svc(2);\n"
                               "  run_handler([&](invocation_request const &r) { return svc.handle(1); });\n"
                               "}\n");
  assert_string_equal(function_named(m, "handle")->qualname, "app::Service::handle");
  assert_string_equal(function_named(m, "Service")->qualname, "app::Service::Service");
  const ll_function *poll = function_named(m, "poll"); /* a member declared after the method */
  assert_string_equal(call_to(poll, "DynamoClient::Query")->as.call.receiver_ctor, "DynamoClient");
  assert_true(nth_event(poll, LL_EV_LOOP, 0)->as.loop.body_io);
  const ll_function *main_fn = function_named(m, "main");
  assert_true(main_fn->is_entry_main);
  const ll_event *reg = call_to(main_fn, "run_handler");
  assert_string_equal(reg->as.call.callback, "<lambda:15:15>");
  const ll_function *lambda = function_named(m, "<lambda:15:15>");
  assert_false(lambda->is_entry_main);
  assert_int_equal(lambda->n_params, 1);
  assert_string_equal(lambda->params[0], "r");
  assert_ptr_equal(&m->functions[lambda->parent], main_fn);
  assert_string_equal(call_to(lambda, "app::Service::handle")->as.call.method, "handle");
  assert_int_equal(m->n_bindings, 0); /* members are not module state */
  ll_module_delete(m);
}

static void test_handler_held_in_a_variable(void **state) {
  ll_module *m = ll_test_lower("held.cpp",
                               "static int handle(invocation_request const &req, Client &c) { return 0; }\n"
                               "int main() {\n"
                               "  Client client;\n"
                               "  auto handler_fn = [&client](invocation_request const &req) {\n"
                               "    return handle(req, client); };\n"
                               "  run_handler(handler_fn);\n"
                               "  handler_fn(request);\n"
                               "}\n");
  const ll_function *main_fn = function_named(m, "main");
  assert_string_equal(call_to(main_fn, "run_handler")->as.call.callback, "<lambda:4:21>");
  call_to(main_fn, "<lambda:4:21>"); /* calling the variable calls the lambda */
  call_to(function_named(m, "<lambda:4:21>"), "handle");
  ll_module_delete(m);
}

static void test_broken_code_is_lowered_as_far_as_it_goes(void **state) {
  static const char *const broken[] = {
      "void f() { if (x) { sleep(1);",          /* unclosed bodies */
      "int main() { run_handler([&](int r) {",  /* an unclosed lambda */
      "} } ) ] ; while ( for ( ;",              /* stray closers */
      "template <class T> class C : public B<T> { void g() { new T[3]; } ",
      "",
  };
  for (size_t i = 0; i < sizeof broken / sizeof *broken; i++) {
    ll_module *m = ll_test_lower("broken.cpp", broken[i]);
    assert_non_null(m);
    assert_true(m->n_functions >= 1);
    ll_module_delete(m);
  }
  ll_module *m = ll_test_lower("broken.cpp", broken[0]);
  call_to(function_named(m, "f"), "sleep");
  ll_module_delete(m);
}

static void test_end_to_end_mixed_folder(void **state) {
  char *dir = ll_test_tmpdir();
  char *cpp = ll_test_write(dir, "fn/handler.cpp", aws_handler);
  char *py = ll_test_write(dir, "py/app.py",
                           "import boto3\n"
                           "def lambda_handler(event, context):\n"
                           "    s3 = boto3.client('s3')\n"
                           "    return s3.list_buckets()\n");
  char *args = ll_strfmt("'%s'", dir);
  char *out = NULL;
  assert_int_equal(ll_test_run(args, &out, NULL), 1);
  assert_non_null(strstr(out, "handler.cpp:5:3: warning[LL302")); /* the S3 client */
  assert_non_null(strstr(out, "handler.cpp:7:3: warning[LL302")); /* Aws::InitAPI */
  assert_non_null(strstr(out, "app.py:3:10: warning[LL302"));
  char *cmd = ll_strfmt("rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
  free(cmd);
  free(out);
  free(args);
  free(py);
  free(cpp);
  free(dir);
}

/* Test programs are not Lambda code: the prescan leaves them out unless they call run_handler. */
static void test_test_programs_are_not_parsed(void **state) {
  (void)state;
  static const char gtest[] = "#include <gtest/gtest.h>\n#include \"handler.h\"\nTEST(Orders, Put) { EXPECT_TRUE(put()); }\n";
  static const char catch2[] = "#include <catch2/catch_test_macros.hpp>\nTEST_CASE(\"x\") { REQUIRE(1); }\n";
  static const char fixture[] = "#include <gtest/gtest.h>\nint main() { run_handler(echo); }\n";
  static const char helper[] = "#include <aws/s3/S3Client.h>\nvoid put_object(const char *key) {}\n";
  static const char gtest_header[] = "#ifndef GTEST_INCLUDE_GTEST_GTEST_H_\n#define GTEST_INCLUDE_GTEST_GTEST_H_\n#endif\n";
  const ll_frontend *fe = ll_frontend_for_path("a_test.cpp");
  assert_non_null(fe->may_hold_handler);
  assert_false(fe->may_hold_handler(gtest, strlen(gtest), NULL));
  assert_false(fe->may_hold_handler(catch2, strlen(catch2), NULL));
  assert_false(fe->may_hold_handler(gtest_header, strlen(gtest_header), NULL));
  assert_true(fe->may_hold_handler(fixture, strlen(fixture), NULL));
  assert_true(fe->may_hold_handler(helper, strlen(helper), NULL)); /* may define what a handler calls */
  assert_false(ll_frontend_for_path("t.c")->may_hold_handler(gtest, strlen(gtest), NULL));
}

/* C and C++ files without run_handler serve a C/C++ handler of the run by what they define; a run
 * with none does not parse them (found by the fresh audit: a vendored C++ library beside Java
 * handlers cost a minute of libclang). The note on a computed include shows whether it was lowered. */
static void test_unserved_cpp_files_are_not_parsed(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "py/app.py", "import boto3\ndef lambda_handler(event, context):\n    return boto3.client('s3')\n"));
  free(ll_test_write(dir, "vendored/lib/sketch.cpp", "#define H \"sketch.h\"\n#include H\nint sketch_size(void) { return 1; }\n"));
  char *args = ll_strfmt("--no-cache --verbose '%s'", dir);
  char *out = NULL, *err = NULL;
  assert_int_equal(ll_test_run(args, &out, &err), 1); /* the Python finding, no error */
  assert_null(strstr(err, "sketch.cpp"));
  free(out);
  free(err);
  free(ll_test_write(dir, "fn/handler.cpp", aws_handler));
  assert_int_equal(ll_test_run(args, &out, &err), 1); /* now it may define what the handler calls */
  assert_non_null(strstr(err, "sketch.cpp"));
  assert_non_null(strstr(out, "handler.cpp:5:3: warning[LL302"));
  char *cmd = ll_strfmt("rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
  free(cmd);
  free(out);
  free(err);
  free(args);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_missing_headers_do_not_stop_lowering),
      cmocka_unit_test(test_test_programs_are_not_parsed),
      cmocka_unit_test(test_resolved_names_are_qualified),
      cmocka_unit_test(test_compile_commands_flags_are_used),
      cmocka_unit_test(test_globals_and_statics),
      cmocka_unit_test(test_writes_to_module_state),
      cmocka_unit_test(test_lazy_initialisation),
      cmocka_unit_test(test_reads_tests_and_exception_handlers),
      cmocka_unit_test(test_deep_nesting_is_linear),
      cmocka_unit_test(test_loops),
      cmocka_unit_test(test_threads_started_and_joined),
      cmocka_unit_test(test_c_threads_and_linkage),
      cmocka_unit_test(test_functions_lambdas_and_main),
      cmocka_unit_test(test_handler_held_in_a_variable),
      cmocka_unit_test(test_broken_code_is_lowered_as_far_as_it_goes),
      cmocka_unit_test(test_end_to_end_mixed_folder),
      cmocka_unit_test(test_unserved_cpp_files_are_not_parsed),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

#else /* built without libclang */

static void test_c_and_cpp_are_unavailable(void **state) {
  assert_null(ll_frontend_for_path("handler.cpp"));
  assert_null(ll_frontend_for_path("handler.c"));
  assert_null(ll_frontend_for_language(LL_LANG_CPP));
  assert_non_null(strstr(ll_frontend_unavailable("src/handler.cpp"), "without libclang"));
  assert_null(ll_frontend_unavailable("app.py"));
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_c_and_cpp_are_unavailable)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}

#endif
