/* test_go_lowering.c — what the Go front-end puts into the IR: import paths as qualified names,
 * handlers passed to lambda.Start, the invocation context and LL404's marker, goroutines and their
 * joins, package-state writes and their guards, composite literals, skipped files, hostile input;
 * and the engine's joining of a package's files. */
#include <stdio.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "frontend/frontend.h"
#include "testutil.h"

static bool has_keyword(const ll_event *ev, const char *name) {
  for (uint32_t i = 0; i < ev->as.call.n_keywords; i++)
    if (strcmp(ev->as.call.keywords[i].name, name) == 0) return true;
  return false;
}

static void test_import_paths(void **state) {
  ll_module *m = ll_test_lower("main.go",
                               "package main\n"
                               "import (\n"
                               "  ddb \"github.com/aws/aws-sdk-go-v2/service/dynamodb\"\n"
                               "  \"github.com/redis/go-redis/v9\"\n"
                               "  \"gopkg.in/yaml.v3\"\n"
                               "  _ \"github.com/lib/pq\"\n"
                               "  \"net/http\"\n"
                               ")\n"
                               "func f() {\n"
                               "  ddb.NewFromConfig(cfg)\n"
                               "  redis.NewClient(nil)\n"
                               "  yaml.Unmarshal(b, &v)\n"
                               "  _ = &http.Client{Timeout: 5}\n"
                               "}\n");
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "github.com/aws/aws-sdk-go-v2/service/dynamodb.NewFromConfig", NULL));
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "github.com/redis/go-redis/v9.NewClient", NULL));
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "gopkg.in/yaml.v3.Unmarshal", NULL));
  const ll_event *client = ll_test_find_event(m, LL_EV_CALL, "net/http.Client", NULL);
  assert_non_null(client);
  assert_true(has_keyword(client, "Timeout"));
  assert_string_equal(client->as.call.keywords[0].literal, "5");
  assert_int_equal(m->n_imports, 5);
  assert_null(m->imports[3].alias); /* a blank import binds no name */
  ll_module_delete(m);
}

static void test_handlers_and_context(void **state) {
  ll_module *m = ll_test_lower("main.go",
                               "package main\n"
                               "import (\"context\"; \"github.com/aws/aws-lambda-go/lambda\")\n"
                               "func handler(ev Event, ctx context.Context) error {\n"
                               "  c2, cancel := context.WithTimeout(ctx, 5)\n"
                               "  defer cancel()\n"
                               "  use(c2)\n"
                               "  if _, ok := c2.Deadline(); ok {}\n"
                               "  return db.Do(context.Background())\n"
                               "}\n"
                               "func helper() { use(context.Background()) }\n"
                               "func init() {}\n"
                               "func main() {\n"
                               "  lambda.Start(handler)\n"
                               "  lambda.StartWithOptions(func(ctx context.Context) error { return nil })\n"
                               "}\n");
  const ll_function *h = ll_test_function_named(m, "handler", false);
  assert_non_null(h);
  assert_true(h->convention_handler);
  assert_int_equal(h->context_param, 1); /* the context.Context parameter, wherever it is */
  assert_true(ll_test_function_named(m, "main", false)->is_entry_main);
  assert_true(ll_test_function_named(m, "init", false)->is_entry_main);
  assert_false(ll_test_function_named(m, "helper", false)->convention_handler);
  int fn = -1;
  const ll_event *bg = ll_test_find_event(m, LL_EV_CALL, "context.Background", &fn);
  assert_non_null(bg);
  assert_string_equal(m->functions[fn].name, "handler");
  assert_true(has_keyword(bg, "<ctx>")); /* a context is in scope: LL404's marker */
  bool reads = false;
  for (uint32_t e = 0; e < h->n_events; e++) reads |= h->events[e].kind == LL_EV_CONTEXT_USE;
  assert_true(reads); /* c2.Deadline() on a derived context */
  bool closure = false;
  for (uint32_t f = 1; f < m->n_functions; f++)
    closure |= strncmp(m->functions[f].name, "<func:", 6) == 0 && m->functions[f].convention_handler;
  assert_true(closure);
  const ll_event *start = ll_test_find_event(m, LL_EV_CALL, "github.com/aws/aws-lambda-go/lambda.Start", NULL);
  assert_string_equal(start->as.call.callback, "handler");
  ll_module_delete(m);
  /* helper has no context in scope: no marker */
  m = ll_test_lower("h.go", "package main\nimport \"context\"\nfunc helper() { use(context.Background()) }\n");
  assert_false(has_keyword(ll_test_find_event(m, LL_EV_CALL, "context.Background", NULL), "<ctx>"));
  ll_module_delete(m);
}

static void test_goroutines(void **state) {
  ll_module *m = ll_test_lower("g.go",
                               "package main\n"
                               "func a() { go work() }\n"
                               "func b() { var wg sync.WaitGroup; wg.Add(1); go func() { defer wg.Done() }(); wg.Wait() }\n"
                               "func c() { ch := make(chan int); go func() { ch <- 1 }(); <-ch }\n"
                               "func d() { go func() { <-done }() }\n");
  const char *names[] = {"a", "b", "c", "d"};
  bool joined[] = {false, true, true, false};
  for (int i = 0; i < 4; i++) {
    const ll_function *fn = ll_test_function_named(m, names[i], false);
    const ll_event *spawn = NULL;
    for (uint32_t e = 0; e < fn->n_events && !spawn; e++)
      if (fn->events[e].kind == LL_EV_SPAWN) spawn = &fn->events[e];
    assert_non_null(spawn);
    assert_int_equal(spawn->as.spawn.kind, LL_SPAWN_TASK);
    assert_true(spawn->as.spawn.started);
    if (spawn->as.spawn.joined != joined[i]) fail_msg("%s: joined %d", names[i], spawn->as.spawn.joined);
  }
  ll_module_delete(m);
}

static void test_package_state(void **state) {
  ll_module *m = ll_test_lower("s.go",
                               "package main\n"
                               "var seen []string\n"
                               "var n int\n"
                               "var db *sql.DB\n"
                               "var cache sync.Map\n"
                               "func h(id string) {\n"
                               "  seen = append(seen, id)\n"
                               "  n++\n"
                               "  if db == nil { db = open() }\n"
                               "  if v, ok := cache.Load(id); ok { return }\n"
                               "  cache.Store(id, connect())\n"
                               "  local := 1\n"
                               "  local++\n"
                               "}\n");
  const ll_function *h = ll_test_function_named(m, "h", false);
  int appends = 0, augments = 0, guarded_rebinds = 0;
  for (uint32_t e = 0; e < h->n_events; e++) {
    const ll_event *ev = &h->events[e];
    if (ev->kind != LL_EV_MODULE_WRITE) continue;
    const ll_module_write *w = &ev->as.write;
    if (w->kind == LL_WRITE_MUTATE && w->method && !strcmp(w->method, "append")) appends++;
    if (w->kind == LL_WRITE_AUGMENT) augments++;
    if (w->kind == LL_WRITE_REBIND && !strcmp(w->name, "db") && w->lazy_guard) guarded_rebinds++;
  }
  assert_int_equal(appends, 1);
  assert_int_equal(augments, 1); /* n++; not the local */
  assert_int_equal(guarded_rebinds, 1);
  assert_true(ll_test_find_event(m, LL_EV_CALL, "connect", NULL)->lazy_guard); /* filled once per key */
  assert_int_equal(ll_module_binding(m, "seen")->kind, LL_BIND_CONTAINER);
  assert_int_equal(ll_module_binding(m, "db")->kind, LL_BIND_NONE);
  ll_module_delete(m);
}

static void test_skipped_files(void **state) {
  const char *src = "package main\nfunc main() { lambda.Start(h) }\nfunc h() { sql.Open(\"x\", \"y\") }\n";
  ll_module *m = ll_test_lower("main_test.go", src);
  assert_int_equal(m->n_functions, 1);
  ll_module_delete(m);
  char *gen = ll_strfmt("// Code generated by protoc-gen-go. DO NOT EDIT.\n%s", src);
  m = ll_test_lower("api.go", gen);
  assert_int_equal(m->n_functions, 1);
  ll_module_delete(m);
  free(gen);
}

/* Files of one folder are one package: the handler in handler.go, lambda.Start in main.go. */
static void test_package_spans_files(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "main.go", "package main\nimport \"github.com/aws/aws-lambda-go/lambda\"\n"
                                     "func main() { lambda.Start(handle) }\n"));
  free(ll_test_write(dir, "handler.go", "package main\nimport \"time\"\n"
                                        "func handle() { pause() }\n"));
  free(ll_test_write(dir, "util.go", "package main\nimport \"time\"\n"
                                     "func pause() { time.Sleep(time.Second) }\n"));
  char *args = ll_strfmt("--format json '%s'", dir);
  char *out = NULL, *err = NULL;
  int code = ll_test_run(args, &out, &err);
  assert_int_equal(code, 1);
  assert_non_null(strstr(out, "util.go"));
  assert_non_null(strstr(out, "LL403"));
  free(out);
  free(err);
  free(args);
  ll_test_rmtree(dir);
  free(dir);
}

/* A handler that is a method of another package's type, passed as a method value; that package's
 * files are loaded through the import path (`example.com/d/pkg/h` is a folder ending in pkg/h). */
static void test_handler_in_imported_package(void **state) {
  char *dir = ll_test_tmpdir();
  char *cmd = ll_strfmt("%s/cmd", dir), *pkg = ll_strfmt("%s/pkg", dir), *h = ll_strfmt("%s/pkg/h", dir);
  assert_int_equal(mkdir(cmd, 0700) | mkdir(pkg, 0700) | mkdir(h, 0700), 0);
  free(ll_test_write(cmd, "main.go", "package main\nimport (\n\"github.com/aws/aws-lambda-go/lambda\"\n"
                                     "hh \"example.com/d/pkg/h\"\n)\n"
                                     "func main() { handler := &hh.Handler{}; lambda.Start(handler.Handle) }\n"));
  free(ll_test_write(h, "h.go", "package h\nimport (\"context\"; \"time\")\ntype Handler struct{}\n"
                                "func (x *Handler) Handle(ctx context.Context) error { time.Sleep(5); return nil }\n"
                                "func (x *Handler) Other() { time.Sleep(6) }\n"));
  char *args = ll_strfmt("--format json '%s'", dir);
  char *out = NULL, *err = NULL;
  assert_int_equal(ll_test_run(args, &out, &err), 1);
  assert_non_null(strstr(out, "\"line\": 4")); /* Handle's sleep */
  assert_null(strstr(out, "\"line\": 5"));     /* not Other's: no handler reaches it */
  free(out);
  free(err);
  free(args);
  free(cmd);
  free(pkg);
  free(h);
  ll_test_rmtree(dir);
  free(dir);
}

static void test_hostile_input(void **state) {
  size_t n = 100000;
  char *deep = ll_malloc(3 * n + 128);
  size_t k = (size_t)sprintf(deep, "package main\nfunc h() { x := ");
  for (size_t i = 0; i < n; i++) deep[k++] = '(';
  deep[k++] = '1';
  for (size_t i = 0; i < n; i++) deep[k++] = ')';
  k += (size_t)sprintf(deep + k, " }\n");
  ll_module *m = ll_test_lower("deep.go", deep);
  assert_non_null(m);
  ll_module_delete(m);
  k = (size_t)sprintf(deep, "package main\nfunc h() { a");
  for (size_t i = 0; i < n; i++) deep[k++] = '.', deep[k++] = 'b';
  k += (size_t)sprintf(deep + k, "() }\n");
  m = ll_test_lower("chain.go", deep);
  assert_non_null(m);
  ll_module_delete(m);
  free(deep);
  static const char *const broken[] = {
      "package main\nfunc handler(ctx context.Context { go func( }\n",
      "package main\nfor range {\nif x, ok := ; ok {\n",
      "package main\nvar = func() { lambda.Start() }\nfunc (r) () {}\n",
      "\x7f" "ELF\x01\x02\x00\xff\xfe{{{(((",
      "package main\nimport (\"\" _ . \"a\"\nfunc main() { lambda.Start(func( }\n",
  };
  for (size_t i = 0; i < sizeof broken / sizeof *broken; i++) {
    m = ll_test_lower("broken.go", broken[i]);
    assert_non_null(m);
    ll_module_delete(m);
  }
}

/* `lambda.Start(handler.New(…).HandleRequest)`: the method of that package's type (the audit's miss). */
static void test_method_value_on_a_constructor_result(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "app/cmd/main.go", "package main\nimport (\n\"github.com/aws/aws-lambda-go/lambda\"\n"
                                             "\"example.com/app/handler\"\n)\n"
                                             "func main() { lambda.Start(handler.New(\"x\").HandleRequest) }\n"));
  free(ll_test_write(dir, "app/handler/h.go", "package handler\nimport (\"context\"; \"time\")\ntype H struct{}\n"
                                              "func New(n string) *H { return &H{} }\n"
                                              "func (h *H) HandleRequest(ctx context.Context) error { time.Sleep(5); return nil }\n"));
  char *args = ll_strfmt("--format concise '%s'", dir), *out = NULL;
  assert_int_equal(ll_test_run(args, &out, NULL), 1);
  assert_non_null(strstr(out, "app/handler/h.go:5:"));
  free(out);
  /* the same in a checkout folder not named like the module (`example.com/app` in my-copy/) */
  char *from = ll_strfmt("%s/app", dir), *to = ll_strfmt("%s/my-copy", dir);
  assert_int_equal(rename(from, to), 0);
  assert_int_equal(ll_test_run(args, &out, NULL), 1);
  assert_non_null(strstr(out, "my-copy/handler/h.go:5:"));
  free(out);
  free(from);
  free(to);
  free(args);
  ll_test_rmtree(dir);
  free(dir);
}

/* Found by the fresh-repository audit: a function declared after a method became that receiver
 * type's method (its calls then resolved nowhere), and a file ending without a newline inside a
 * grouped declaration was a syntax error at 1:1 (exit 2 on valid Go). */
static void test_function_after_method_and_no_final_newline(void **state) {
  ll_module *m = ll_test_lower("m.go", "package main\ntype T struct{}\nfunc (t T) M() {}\nfunc helper() {}\n");
  const ll_function *helper = ll_test_function_named(m, "helper", false);
  assert_non_null(helper);
  assert_null(helper->class_name);
  assert_string_equal(helper->qualname, "helper");
  ll_module_delete(m);
  const ll_frontend *fe = ll_frontend_for_path("v.go");
  static const char *const sources[] = {"package main\n\nvar (\n\tx = 1\n)", "package main\n\nimport (\n\t\"fmt\"\n)",
                                        "package main\n\ntype T struct {}", NULL};
  for (size_t i = 0; sources[i]; i++) {
    char *problem = NULL;
    m = fe->lower("v.go", sources[i], strlen(sources[i]), NULL, &problem);
    if (problem) fail_msg("%s: %s", sources[i], problem);
    ll_module_delete(m);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_import_paths),       cmocka_unit_test(test_handlers_and_context),
      cmocka_unit_test(test_goroutines),         cmocka_unit_test(test_package_state),
      cmocka_unit_test(test_skipped_files),      cmocka_unit_test(test_package_spans_files),
      cmocka_unit_test(test_handler_in_imported_package), cmocka_unit_test(test_hostile_input),
      cmocka_unit_test(test_function_after_method_and_no_final_newline),
      cmocka_unit_test(test_method_value_on_a_constructor_result),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
