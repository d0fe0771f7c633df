/* test_rust_lowering.c — what the Rust front-end puts into the IR: `use` paths and aliases, crate
 * paths across files, handlers given to service_fn (functions, closures, handlers in another file),
 * lazy statics as `<static NAME>` initialisers, once-guards, blocking-thread closures, writes to
 * statics, spawns and their joins, and hostile input. */
#include "base/alloc.h"
#include "frontend/frontend.h"
#include "testutil.h"

static void test_use_paths(void **state) {
  (void)state;
  ll_module *m = ll_test_lower("app/src/main.rs",
                               "use aws_sdk_s3::{Client as S3, config};\n"
                               "use reqwest as http;\n"
                               "use tokio::time::sleep;\n"
                               "async fn h() {\n"
                               "  let s3 = S3::new(&cfg);\n"
                               "  s3.get_object().send().await;\n"
                               "  http::Client::builder().timeout(d).build();\n"
                               "  sleep(d).await;\n"
                               "}\n");
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "aws_sdk_s3::Client::new", NULL));
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "reqwest::Client::builder()::timeout()::build", NULL));
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "tokio::time::sleep", NULL));
  const ll_event *get = ll_test_find_event(m, LL_EV_CALL, "s3::get_object", NULL);
  assert_non_null(get);
  assert_string_equal(get->as.call.receiver_ctor, "aws_sdk_s3::Client::new");
  ll_module_delete(m);
}

static void test_handlers(void **state) {
  (void)state;
  int fn = -1;
  ll_module *m = ll_test_lower("f/src/main.rs",
                               "use lambda_runtime::{run, service_fn, Error, LambdaEvent};\n"
                               "async fn function_handler(e: LambdaEvent<Value>) -> Result<(), Error> { Ok(()) }\n"
                               "async fn other(e: Value) {}\n"
                               "#[tokio::main]\n"
                               "async fn main() -> Result<(), Error> {\n"
                               "  let client = make();\n"
                               "  run(service_fn(function_handler)).await?;\n"
                               "  run(service_fn(|e| async { other(&client, e).await })).await\n"
                               "}\n");
  assert_true(ll_test_function_named(m, "function_handler", false)->convention_handler);
  assert_true(ll_test_function_named(m, "function_handler", false)->is_async);
  assert_false(ll_test_function_named(m, "other", false)->convention_handler);
  assert_true(ll_test_function_named(m, "main", false)->is_entry_main);
  assert_string_equal(ll_test_function_named(m, "function_handler", false)->qualname, "crate[f/src]::function_handler");
  const ll_function *closure = ll_test_function_named(m, "<closure:8:18>", false);
  assert_non_null(closure);
  assert_true(closure->convention_handler);
  assert_false(closure->is_entry_main);
  ll_module_delete(m);
  /* the handler in another file of the crate: a function here that uses its crate path */
  m = ll_test_lower("f/src/main.rs",
                    "mod event_handler;\n"
                    "use event_handler::function_handler;\n"
                    "use lambda_runtime::{run, service_fn};\n"
                    "async fn main() { run(service_fn(function_handler)).await }\n");
  const ll_function *wrapper = ll_test_function_named(m, "<lambda handler>", false);
  assert_non_null(wrapper);
  assert_true(wrapper->convention_handler);
  assert_non_null(ll_test_find_event(m, LL_EV_NAME_USE, "crate[f/src]::event_handler::function_handler", NULL));
  ll_module_delete(m);
  m = ll_test_lower("f/src/event_handler.rs", "pub(crate) async fn function_handler(e: E) {}\n");
  assert_string_equal(ll_test_function_named(m, "function_handler", false)->qualname, "crate[f/src]::event_handler::function_handler");
  assert_true(ll_test_function_named(m, "function_handler", false)->global_symbol);
  ll_module_delete(m);
  /* a closure bound by `let` and given to service_fn by its name */
  m = ll_test_lower("c/src/main.rs",
                    "use lambda_runtime::{run, service_fn};\n"
                    "async fn main() {\n"
                    "  let m = make();\n"
                    "  let handler_func = |event| async move { process(event, &m).await };\n"
                    "  run(service_fn(handler_func)).await\n"
                    "}\n");
  assert_non_null(ll_test_function_named(m, "handler_func", false));
  assert_true(ll_test_function_named(m, "handler_func", false)->convention_handler);
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "process", &fn));
  assert_string_equal(m->functions[fn].name, "handler_func");
  ll_module_delete(m);
  /* hyper's service_fn in a file that does not use the Lambda runtime: no handler */
  m = ll_test_lower("web/src/main.rs", "use hyper::service::service_fn;\nfn h() {}\nfn main() { serve(service_fn(h)); }\n");
  assert_false(ll_test_function_named(m, "h", false)->convention_handler);
  ll_module_delete(m);
}

/* Calls by a crate path, and methods on receivers the front-end types from declarations. */
static void test_receivers_by_type(void **state) {
  (void)state;
  ll_module *m = ll_test_lower("s/src/service.rs",
                               "use crate::repo::Repo;\n"
                               "pub struct Service { repo: std::sync::Arc<dyn Repo + Send> }\n"
                               "impl Service {\n"
                               "  pub async fn run(&self, id: &str) { self.repo.load(id).await; crate::util::log(id); }\n"
                               "}\n"
                               "pub async fn route(State(svc): State<Arc<Service>>, s3: &aws_sdk_s3::Client) {\n"
                               "  svc.run(\"x\").await;\n"
                               "  s3.get_object().send().await;\n"
                               "  let local = Service { repo: make() };\n"
                               "  local.run(\"y\").await;\n"
                               "}\n"
                               "pub struct Store;\n"
                               "impl Repo for Store { async fn load(&self, id: &str) {} }\n");
  int fn = -1;
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "crate[s/src]::util::log", NULL));
  assert_non_null(ll_test_find_event(m, LL_EV_NAME_USE, "crate[s/src]::<dyn Repo>::load", &fn));
  assert_string_equal(m->functions[fn].name, "run");
  const ll_function *route = ll_test_function_named(m, "route", false);
  int uses = 0; /* `svc.run` (a State parameter) and `local.run` (a struct literal) */
  for (uint32_t e = 0; e < route->n_events; e++)
    uses += route->events[e].kind == LL_EV_NAME_USE && !strcmp(route->events[e].name, "crate[s/src]::service::Service::run");
  assert_int_equal(uses, 2);
  /* an external crate's type: no guess by method name */
  assert_null(ll_test_find_event(m, LL_EV_NAME_USE, "crate[s/src]::<dyn>::send", NULL));
  assert_null(ll_test_find_event(m, LL_EV_NAME_USE, "crate[s/src]::<dyn>::get_object", NULL));
  /* the impl's async method is reachable through the trait and by name */
  const ll_function *d = ll_test_function_named(m, "crate[s/src]::<dyn Repo>::load", true);
  assert_non_null(d);
  assert_string_equal(d->events[0].name, "crate[s/src]::service::Store::load");
  assert_non_null(ll_test_function_named(m, "crate[s/src]::<dyn>::load", true));
  ll_module_delete(m);
}

static void test_lazy_statics(void **state) {
  (void)state;
  ll_module *m = ll_test_lower("g/src/main.rs",
                               "static RT: Lazy<Client> = Lazy::new(|| {\n"
                               "  let rt = Runtime::new().unwrap();\n"
                               "  rt.block_on(async { make().await })\n"
                               "});\n"
                               "lazy_static! { static ref CACHE: Mutex<Vec<String>> = Mutex::new(Vec::new()); }\n"
                               "static CELL: OnceCell<Client> = OnceCell::const_new();\n"
                               "async fn h() {\n"
                               "  RT.get_item().send().await;\n"
                               "  CACHE.lock().unwrap().push(x);\n"
                               "  CELL.get_or_init(|| async { Client::new(&c) }).await;\n"
                               "}\n");
  int fn = -1;
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "rt::block_on", &fn));
  assert_string_equal(m->functions[fn].name, "<static RT>");
  const ll_event *use = ll_test_find_event(m, LL_EV_NAME_USE, "<static RT>", &fn);
  assert_non_null(use);
  assert_true(use->lazy_guard);
  assert_string_equal(m->functions[fn].name, "h");
  assert_non_null(ll_test_function_named(m, "<static CACHE>", false));
  const ll_event *push = ll_test_find_event(m, LL_EV_MODULE_WRITE, "CACHE", NULL);
  assert_non_null(push);
  assert_int_equal(push->as.write.kind, LL_WRITE_MUTATE);
  const ll_event *init = ll_test_find_event(m, LL_EV_CALL, "Client::new", NULL);
  assert_non_null(init);
  assert_true(init->lazy_guard);
  ll_module_delete(m);
}

static void test_spawns_and_blocking_threads(void **state) {
  (void)state;
  ll_module *m = ll_test_lower("s/src/main.rs",
                               "async fn h() {\n"
                               "  tokio::spawn(work());\n"
                               "  let j = tokio::spawn(work());\n"
                               "  j.await;\n"
                               "  tokio::task::spawn_blocking(move || handle.block_on(f()));\n"
                               "  COUNT.fetch_add(1, Ordering::SeqCst);\n"
                               "}\n"
                               "static COUNT: AtomicUsize = AtomicUsize::new(0);\n");
  const ll_function *h = ll_test_function_named(m, "h", false);
  int spawns = 0, joined = 0;
  for (uint32_t e = 0; e < h->n_events; e++)
    if (h->events[e].kind == LL_EV_SPAWN && !strcmp(h->events[e].as.spawn.callee, "tokio::spawn")) {
      spawns++;
      joined += h->events[e].as.spawn.joined;
    }
  assert_int_equal(spawns, 2);
  assert_int_equal(joined, 1);
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "<blocking>::block_on", NULL));
  const ll_event *count = ll_test_find_event(m, LL_EV_MODULE_WRITE, "COUNT", NULL);
  assert_non_null(count);
  assert_int_equal(count->as.write.kind, LL_WRITE_AUGMENT);
  ll_module_delete(m);
}

static void test_loops(void **state) {
  (void)state;
  ll_module *m = ll_test_lower("l/src/main.rs",
                               "async fn h(items: Vec<u8>) {\n"
                               "  for i in 0..3 { sleep(d).await; }\n"
                               "  let names = [\"a\", \"b\"];\n"
                               "  for n in names.iter().enumerate() { sleep(d).await; }\n"
                               "  for x in items.iter() { sleep(d).await; }\n"
                               "  loop { if deadline_near(event.context.deadline) { break; } }\n"
                               "}\n");
  const ll_function *h = ll_test_function_named(m, "h", false);
  ll_loop_kind kinds[4];
  int n = 0;
  bool deadline = false;
  for (uint32_t e = 0; e < h->n_events; e++) {
    if (h->events[e].kind == LL_EV_LOOP && n < 4) kinds[n++] = h->events[e].as.loop.kind;
    deadline |= h->events[e].kind == LL_EV_CONTEXT_USE;
  }
  assert_int_equal(n, 4);
  assert_int_equal(kinds[0], LL_LOOP_FOR);
  assert_int_equal(kinds[1], LL_LOOP_FOR);
  assert_int_equal(kinds[2], LL_LOOP_FOREACH);
  assert_int_equal(kinds[3], LL_LOOP_INFINITE);
  assert_true(deadline);
  ll_module_delete(m);
}

static void test_hostile_input(void **state) {
  (void)state;
  size_t n = 100000;
  char *deep = ll_malloc(2 * n + 64);
  size_t k = (size_t)sprintf(deep, "fn h() { let x = ");
  for (size_t i = 0; i < n; i++) deep[k++] = '(';
  for (size_t i = 0; i < n; i++) deep[k++] = ')';
  deep[k] = '\0';
  ll_module *m = ll_test_lower("deep.rs", deep);
  assert_non_null(m);
  ll_module_delete(m);
  free(deep);
  m = ll_test_lower("broken.rs", "lazy_static! { static ref X: T = ; }\nasync fn h(e: LambdaEvent<{ if (\n");
  assert_non_null(m);
  ll_module_delete(m);
  static const char binary[] = "\x7f" "ELF\x01\x02\x00\xff\xfe{{{(((";
  m = ll_test_lower("blob.rs", binary);
  assert_non_null(m);
  ll_module_delete(m);
  m = ll_test_lower("src/bin/../../src/mod.rs", "mod a { mod b { fn f() { super::super::g(); } } }\nuse super::*;\n");
  assert_non_null(m);
  ll_module_delete(m);
}

/* A handler's calls into modules of subfolders (`a::b::f()` through `mod a;` and a/mod.rs's
 * `pub mod b;`, `a::h()` in a/mod.rs) reach those files, as `c::g()` in src/c.rs always did (found by
 * the fresh-repository audit). */
static void test_nested_modules_are_loaded(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "src/main.rs",
                     "use lambda_runtime::{run, service_fn, Error, LambdaEvent};\nmod a;\nmod c;\n"
                     "async fn handler(_e: LambdaEvent<()>) -> Result<(), Error> {\n"
                     "    a::b::f();\n    a::h();\n    c::g();\n    Ok(())\n}\n"
                     "#[tokio::main]\nasync fn main() -> Result<(), Error> { run(service_fn(handler)).await }\n"));
  free(ll_test_write(dir, "src/a/mod.rs", "pub mod b;\npub fn h() {\n    std::thread::sleep(D);\n}\n"));
  free(ll_test_write(dir, "src/a/b.rs", "pub fn f() {\n    std::thread::sleep(D);\n}\n"));
  free(ll_test_write(dir, "src/c.rs", "pub fn g() {\n    std::thread::sleep(D);\n}\n"));
  char *args = ll_strfmt("--select LL403 --format concise '%s'", dir), *out = NULL;
  assert_int_equal(ll_test_run(args, &out, NULL), 1);
  assert_non_null(strstr(out, "src/a/b.rs:2:5: warning[LL403"));
  assert_non_null(strstr(out, "src/a/mod.rs:3:5: warning[LL403"));
  assert_non_null(strstr(out, "src/c.rs:2:5: warning[LL403"));
  free(out);
  free(args);
  ll_test_rmtree(dir);
  free(dir);
}

/* The package's library and path dependencies (direct, a [dependencies.x] table, inherited from
 * [workspace.dependencies]) are named in Cargo.toml; one outside the analysed folder is not read,
 * and a broken one is ignored. */
static void test_cargo_crates(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "ws/Cargo.toml",
                     "[workspace]\nmembers = [\"app\", \"core\"]\n\n[workspace.dependencies]\n"
                     "my-core = { version = \"0.1\", path = \"core\" }\n"));
  free(ll_test_write(dir, "ws/app/Cargo.toml",
                     "[package]\nname = \"app\"\n\n[lib]\nname = \"app_lib\"\n\n[dependencies]\n"
                     "my-core.workspace = true\n\n[dependencies.extra]\npath = \"../extra\"\n"));
  free(ll_test_write(dir, "ws/app/src/bin/run.rs",
                     "use lambda_runtime::{run, service_fn, Error, LambdaEvent};\nuse app_lib::a;\n"
                     "async fn handler(_e: LambdaEvent<()>) -> Result<(), Error> {\n"
                     "    a();\n    my_core::b();\n    extra::c();\n    Ok(())\n}\n"
                     "#[tokio::main]\nasync fn main() -> Result<(), Error> { run(service_fn(handler)).await }\n"));
  free(ll_test_write(dir, "ws/app/src/lib.rs", "pub fn a() {\n    std::thread::sleep(D);\n}\n"));
  free(ll_test_write(dir, "ws/core/src/lib.rs", "mod inner;\npub fn b() {\n    inner::d();\n}\n"));
  free(ll_test_write(dir, "ws/core/src/inner.rs", "pub fn d() {\n    std::thread::sleep(D);\n}\n"));
  free(ll_test_write(dir, "ws/extra/src/lib.rs", "pub fn c() {\n    std::thread::sleep(D);\n}\n"));
  char *args = ll_strfmt("--select LL403 --format concise '%s/ws'", dir), *out = NULL;
  assert_int_equal(ll_test_run(args, &out, NULL), 1);
  assert_non_null(strstr(out, "app/src/lib.rs:2:5: warning[LL403"));
  assert_non_null(strstr(out, "core/src/inner.rs:2:5: warning[LL403"));
  assert_non_null(strstr(out, "extra/src/lib.rs:2:5: warning[LL403"));
  free(out);
  free(args);
  /* analysing src/ alone: the manifest beside it is outside, so app_lib is an unknown crate */
  args = ll_strfmt("--select LL403 --format concise '%s/ws/app/src'", dir);
  assert_int_equal(ll_test_run(args, &out, NULL), 0);
  free(out);
  free(args);
  free(ll_test_write(dir, "ws/app/Cargo.toml",
                     "[dependencies\nextra = { path = \nmy-core.path = '\n[[[\n[dependencies.]\npath = \"\n"
                     "[lib]\nname = \nname = \"\"\n[dependencies]\n= { path = \"../extra\" }\n"));
  args = ll_strfmt("--select LL403 --format concise '%s/ws'", dir);
  assert_int_equal(ll_test_run(args, &out, NULL), 0);
  free(out);
  free(args);
  ll_test_rmtree(dir);
  free(dir);
}

/* Found by the fresh-repository audits: Rust 2024's `unsafe extern "C++" { … }` (a cxx bridge),
 * `safe fn` items and wasm-bindgen's foreign types `pub type X;` were syntax errors (exit 2 on a
 * valid crate); an `unsafe extern "C" fn`, type aliases and the words in a string are left alone. */
static void test_unsafe_extern_blocks(void **state) {
  (void)state;
  const ll_frontend *fe = ll_frontend_for_path("f.rs");
  static const char *const sources[] = {
      "unsafe extern \"C\" {\n    safe fn abs(x: i32) -> i32;\n    pub safe static N: i32;\n    unsafe fn raw();\n}\n",
      "#[cxx::bridge]\nmod ffi {\n    unsafe extern \"C++\" {\n        include!(\"a.h\");\n        type T;\n        fn f(t: &T) -> u64;\n    }\n}\n",
      "unsafe extern {\n    fn g();\n}\nunsafe extern \"C\" fn cb() {}\nfn h() -> &'static str { \"unsafe extern {\" }\n",
      "#[wasm_bindgen]\nextern \"C\" {\n    pub type Client;\n    type Raw;\n    #[wasm_bindgen(constructor)]\n"
      "    pub fn new() -> Client;\n}\ntype Alias = u32;\nextern crate alloc;\n",
      NULL};
  for (size_t i = 0; sources[i]; i++) {
    char *problem = NULL;
    ll_module *m = fe->lower("f.rs", sources[i], strlen(sources[i]), NULL, &problem);
    if (problem) fail_msg("%s: %s", sources[i], problem);
    ll_module_delete(m);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_use_paths),
      cmocka_unit_test(test_handlers),
      cmocka_unit_test(test_lazy_statics),
      cmocka_unit_test(test_receivers_by_type),
      cmocka_unit_test(test_spawns_and_blocking_threads),
      cmocka_unit_test(test_loops),
      cmocka_unit_test(test_hostile_input),
      cmocka_unit_test(test_nested_modules_are_loaded),
      cmocka_unit_test(test_cargo_crates),
      cmocka_unit_test(test_unsafe_extern_blocks),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
