/* test_go_receivers.c — what the Go front-end knows about the receiver of a method call, and how the
 * engine follows it: a function's result type, typed receivers and parameters, package variables
 * declared with a type or set in init/main, struct fields (their types, the package values a
 * composite literal puts there, embedded types), and the import path go.mod gives a package. */
#include <stdio.h>

#include "base/alloc.h"
#include "frontend/frontend.h"
#include "testutil.h"

static const ll_event *call_named(const ll_module *m, const char *callee) {
  const ll_event *ev = ll_test_find_event(m, LL_EV_CALL, callee, NULL);
  if (!ev) fail_msg("no call of %s", callee);
  return ev;
}

static void assert_receiver(const ll_module *m, const char *callee, const char *receiver) {
  const ll_event *ev = call_named(m, callee);
  if (!ev->as.call.receiver_ctor) fail_msg("%s: no receiver, expected %s", callee, receiver);
  assert_string_equal(ev->as.call.receiver_ctor, receiver);
}

static void test_result_types(void **state) {
  (void)state;
  ll_module *m = ll_test_lower("r.go",
                               "package app\n"
                               "import \"example.com/app/store\"\n"
                               "type Client struct{}\n"
                               "func NewClient() (*Client, error) { return &Client{}, nil }\n"
                               "func Open() *store.Repo { return nil }\n"
                               "func (c *Client) Sub() Client { return *c }\n"
                               "func named() (c *Client, err error) { return }\n"
                               "func none() {}\n");
  assert_string_equal(ll_test_function_named(m, "NewClient", false)->result_type, "Client");
  assert_string_equal(ll_test_function_named(m, "Open", false)->result_type, "example.com/app/store.Repo");
  assert_string_equal(ll_test_function_named(m, "Client.Sub", true)->result_type, "Client");
  assert_string_equal(ll_test_function_named(m, "named", false)->result_type, "Client");
  assert_null(ll_test_function_named(m, "none", false)->result_type);
  ll_module_delete(m);
}

static void test_receivers(void **state) {
  (void)state;
  ll_module *m = ll_test_lower("h.go",
                               "package main\n"
                               "import (\"context\"; \"example.com/app/store\")\n"
                               "type limiter struct{}\n"
                               "type Client struct { lim *limiter; repo store.Repo }\n"
                               "var repo *Repo\n"
                               "var db store.DB\n"
                               "var cache Cache\n"
                               "func init() { db = store.Open(\"x\"); cache = &memCache{} }\n"
                               "func (c *Client) Get() { c.lim.wait(); c.repo.Load() }\n"
                               "func save(ctx context.Context, r *Repo) { r.Put() }\n"
                               "func h(ctx context.Context) {\n"
                               "  c := NewClient()\n"
                               "  c.Fetch()\n"
                               "  s := c.Session()\n"
                               "  s.Close()\n"
                               "  var t Tracker\n"
                               "  t.Track()\n"
                               "  repo.Save(ctx)\n"
                               "  db.Query()\n"
                               "  cache.Get()\n"
                               "}\n");
  assert_receiver(m, "c.lim.wait", "limiter");                  /* a field's type, in a method */
  assert_receiver(m, "c.repo.Load", "example.com/app/store.Repo");
  assert_receiver(m, "r.Put", "Repo");                          /* a parameter's type */
  assert_receiver(m, "c.Fetch", "NewClient");                   /* the constructor */
  assert_receiver(m, "s.Close", "NewClient().Session");         /* what a method returned */
  assert_receiver(m, "t.Track", "Tracker");                     /* `var t Tracker` */
  assert_receiver(m, "repo.Save", "Repo");                      /* a package var's declared type */
  assert_receiver(m, "db.Query", "example.com/app/store.Open"); /* what init assigned it */
  assert_receiver(m, "cache.Get", "memCache");                  /* `&memCache{}` in init */
  ll_module_delete(m);
}

/* `x = a` and `x = b` in init: no one constructor; the declared type stays. */
static void test_package_var_set_twice(void **state) {
  (void)state;
  ll_module *m = ll_test_lower("v.go",
                               "package main\n"
                               "var repo Repo\n"
                               "func init() { if ok { repo = newA() } else { repo = newB() } }\n"
                               "func h() { repo.Save() }\n");
  assert_receiver(m, "repo.Save", "Repo");
  ll_module_delete(m);
}

static void test_package_values_in_locals_and_fields(void **state) {
  (void)state;
  ll_module *m = ll_test_lower("c.go",
                               "package main\n"
                               "import \"net/http\"\n"
                               "type api struct{ hc *http.Client; other *http.Client }\n"
                               "func (a *api) get(u string) { a.hc.Get(u); a.other.Post(u, \"\", nil) }\n"
                               "func newAPI() *api { return &api{hc: http.DefaultClient, other: &http.Client{}} }\n"
                               "func h(u string) { hc := http.DefaultClient; hc.Head(u) }\n");
  call_named(m, "net/http.DefaultClient.Get");  /* the field newAPI fills with the default client */
  call_named(m, "net/http.DefaultClient.Head"); /* a local holding it */
  assert_null(ll_test_find_event(m, LL_EV_CALL, "net/http.DefaultClient.Post", NULL)); /* a client of its own */
  ll_module_delete(m);
}

static void test_embedded_types(void **state) {
  (void)state;
  ll_module *m = ll_test_lower("e.go",
                               "package main\n"
                               "import \"example.com/app/base\"\n"
                               "type Repo struct {\n  *Base[Post]\n  base.Audit\n  name string\n}\n"
                               "func (r *Repo) Name() string { return r.name }\n");
  const ll_function *e0 = ll_test_function_named(m, "Repo.<embed0>", true);
  const ll_function *e1 = ll_test_function_named(m, "Repo.<embed1>", true);
  assert_non_null(e0);
  assert_non_null(e1);
  assert_string_equal(e0->result_type, "Base");
  assert_string_equal(e1->result_type, "example.com/app/base.Audit");
  assert_null(ll_test_function_named(m, "Repo.<embed2>", true));
  assert_int_equal(e0->n_events, 0);
  ll_module_delete(m);
}

static ll_module *lower_in(const char *root, const char *path, const char *source) {
  ll_lower_env env = {.root = root};
  char *problem = NULL;
  ll_module *m = ll_frontend_for_path(path)->lower(path, source, strlen(source), &env, &problem);
  free(problem);
  return m;
}

static void test_package_path_from_go_mod(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "svc/go.mod", "// the service\nmodule \"example.com/svc\" // quoted\n\ngo 1.22\n"));
  char *main_go = ll_test_write(dir, "svc/cmd/fn/main.go", "package main\n");
  char *root_go = ll_test_write(dir, "svc/h.go", "package svc\n");
  free(ll_test_write(dir, "svc/tools/go.mod", "go 1.22\n")); /* the nearest go.mod decides, even without a module */
  char *tool_go = ll_test_write(dir, "svc/tools/t.go", "package tools\n");
  char *outside = ll_strfmt("%s/svc/cmd", dir);
  ll_module *m = lower_in(dir, main_go, "package main\n");
  assert_string_equal(m->package_path, "example.com/svc/cmd/fn");
  assert_string_equal(m->module_path, "example.com/svc");
  ll_module_delete(m);
  m = lower_in(dir, root_go, "package svc\n");
  assert_string_equal(m->package_path, "example.com/svc");
  ll_module_delete(m);
  m = lower_in(dir, tool_go, "package tools\n");
  assert_null(m->package_path);
  ll_module_delete(m);
  m = lower_in(outside, main_go, "package main\n"); /* the go.mod is above the analysed folder */
  assert_null(m->package_path);
  ll_module_delete(m);
  m = lower_in(NULL, main_go, "package main\n");
  assert_null(m->package_path);
  ll_module_delete(m);
  free(outside);
  free(main_go);
  free(root_go);
  free(tool_go);
  ll_test_rmtree(dir);
  free(dir);
}

/* Writes `files` (name, contents pairs, NULL-terminated) to a fresh folder, lints it, and checks
 * the exit status and that the output holds `expect` (when not NULL). */
static void lint_tree(const char *const *files, int status, const char *expect) {
  char *dir = ll_test_tmpdir();
  for (size_t i = 0; files[i]; i += 2) free(ll_test_write(dir, files[i], files[i + 1]));
  char *args = ll_strfmt("--format concise '%s'", dir), *out = NULL;
  int got = ll_test_run(args, &out, NULL);
  if (got != status || (expect && !strstr(out, expect))) fail_msg("exit %d, expected %d: %s", got, status, out);
  free(out);
  free(args);
  ll_test_rmtree(dir);
  free(dir);
}

/* The engine: the handler's calls reach methods through constructors of another package (imported
 * by the go.mod path of the module's root package), a package var set in main, an embedded type. */
static void test_followed_across_packages(void **state) {
  (void)state;
  static const char *const files[] = {
      "checkout/go.mod", "module github.com/someone/notify\n",
      "checkout/handler.go",
      "package notify\nimport (\"context\"; \"github.com/someone/notify/mail\")\n"
      "func Handle(ctx context.Context) error { c := mail.New(); return c.Send(ctx) }\n",
      "checkout/mail/mail.go",
      "package mail\nimport (\"context\"; \"time\")\n"
      "type base struct{}\nfunc (b *base) wait() { time.Sleep(time.Second) }\n"
      "type Client struct{ *base }\nfunc New() *Client { return &Client{} }\n"
      "func (c *Client) Send(ctx context.Context) error { c.wait(); return nil }\n",
      "checkout/cmd/fn/main.go",
      "package main\nimport (\"github.com/aws/aws-lambda-go/lambda\"; n \"github.com/someone/notify\")\n"
      "func main() { lambda.Start(n.Handle) }\n",
      NULL};
  lint_tree(files, 1, "checkout/mail/mail.go:4:25: warning[LL403");
}

/* Types that embed each other, methods returning their own type, long chains: bounded, no finding. */
static void test_hostile_receivers(void **state) {
  (void)state;
  static const char *const files[] = {
      "a/main.go",
      "package main\nimport (\"context\"; \"github.com/aws/aws-lambda-go/lambda\")\n"
      "type A struct{ B }\ntype B struct{ *A }\n"
      "func (a *A) Self() *A { return a }\n"
      "func NewA() *A { return &A{} }\n"
      "func h(ctx context.Context) error { a := NewA(); a.Missing(); b := a.Self().Self().Self(); "
      "b.Missing(); lambda.Start(NewA().Self().Nothing); return nil }\n"
      "func main() { lambda.Start(h) }\n",
      "a/go.mod", "module\n",
      NULL};
  lint_tree(files, 0, NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_result_types),
      cmocka_unit_test(test_receivers),
      cmocka_unit_test(test_package_var_set_twice),
      cmocka_unit_test(test_package_values_in_locals_and_fields),
      cmocka_unit_test(test_embedded_types),
      cmocka_unit_test(test_package_path_from_go_mod),
      cmocka_unit_test(test_followed_across_packages),
      cmocka_unit_test(test_hostile_receivers),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
