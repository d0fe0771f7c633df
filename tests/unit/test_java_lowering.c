/* test_java_lowering.c — what the Java front-end puts into the IR: imports and qualified names,
 * builder chains, handlers by convention, init (fields, constructors) against per-invocation code,
 * fields as module state, lazy guards, builder settings as keywords; a template's
 * `Handler: pkg.Class::method`; hostile input. */
#include <stdio.h>

#include "base/alloc.h"
#include "frontend/frontend.h"
#include "testutil.h"

static void test_imports_and_chains(void **state) {
  (void)state;
  ll_module *m = ll_test_lower("H.java",
                               "import software.amazon.awssdk.services.s3.S3Client;\n"
                               "import static java.util.concurrent.TimeUnit.SECONDS;\n"
                               "import java.util.concurrent.*;\n"
                               "import java.util.ArrayList;\n"
                               "class H {\n"
                               "  void run() {\n"
                               "    S3Client.builder().region(r).build();\n"
                               "    Executors.newFixedThreadPool(2);\n"
                               "    new ArrayList<String>();\n"
                               "    java.util.UUID.randomUUID();\n"
                               "    SECONDS.sleep(1);\n"
                               "  }\n"
                               "}\n");
  int fn = -1;
  const ll_event *build =
      ll_test_find_event(m, LL_EV_CALL, "software.amazon.awssdk.services.s3.S3Client.builder().region().build", &fn);
  assert_non_null(build);
  assert_string_equal(build->as.call.method, "build");
  assert_string_equal(m->functions[fn].qualname, "H.run");
  /* the on-demand import maps the JDK names the rules know */
  assert_non_null(ll_test_find_event(m, LL_EV_SPAWN, "java.util.concurrent.Executors.newFixedThreadPool", NULL));
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "java.util.ArrayList", NULL)); /* a generic type's class */
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "java.util.UUID.randomUUID", NULL));
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "java.util.concurrent.TimeUnit.SECONDS.sleep", NULL));
  ll_module_delete(m);
}

/* A class extending another without a handleRequest of its own: a made-up "Class.handleRequest"
 * calls the base's and the @Override hooks that take arguments; a RequestHandler's is conventional. */
static void test_inherited_entry(void **state) {
  (void)state;
  ll_module *m = ll_test_lower("Inherit.java",
                               "public class Orders extends ApiHandler<String, String> {\n"
                               "  @Override protected String processInput(String in, Context c) { return in; }\n"
                               "  @Override protected Client client() { return null; }\n"
                               "  @Override public String toString() { return \"\"; }\n"
                               "}\n"
                               "class App extends BaseApp implements RequestHandler<String, String> {}\n"
                               "class Plain { public String run(String s) { return s; } }\n"
                               "class Own extends ApiHandler<String, String> {\n"
                               "  @Override public String handleRequest(String in, Context c) { return in; }\n"
                               "}\n");
  int entry = ll_module_function_index(m, "Orders.handleRequest");
  assert_true(entry > 0);
  const ll_function *fn = &m->functions[entry];
  assert_true(fn->inherited_entry);
  assert_false(fn->convention_handler); /* a template or a project base makes it one */
  bool hook = false, factory = false, base = false;
  for (uint32_t e = 0; e < fn->n_events; e++) {
    if (fn->events[e].kind != LL_EV_CALL) continue;
    const char *callee = fn->events[e].as.call.callee;
    hook |= !strcmp(callee, "Orders.processInput");
    factory |= !strcmp(callee, "Orders.client") || !strcmp(callee, "Orders.toString");
    base |= !strcmp(callee, "ApiHandler.handleRequest");
  }
  assert_true(hook);
  assert_false(factory); /* a no-argument override, java.lang.Object's methods: not hooks */
  assert_true(base);
  int app = ll_module_function_index(m, "App.handleRequest");
  assert_true(app > 0);
  assert_true(m->functions[app].convention_handler);
  assert_true(ll_module_function_index(m, "Plain.handleRequest") < 0);
  int own = ll_module_function_index(m, "Own.handleRequest");
  assert_false(m->functions[own].inherited_entry);
  ll_module_delete(m);
}

static void test_handlers_by_convention(void **state) {
  (void)state;
  ll_module *m = ll_test_lower("Handlers.java",
                               "public class Orders implements RequestHandler<Map<String, Object>, String> {\n"
                               "  public String handleRequest(Map<String, Object> in, Context context) { return \"\"; }\n"
                               "  public String helper(String s) { return s; }\n"
                               "}\n"
                               "class Stream implements com.amazonaws.services.lambda.runtime.RequestStreamHandler {\n"
                               "  public void handleRequest(InputStream in, OutputStream out, Context c) {}\n"
                               "}\n"
                               "class Mn extends MicronautRequestHandler<String, String> {\n"
                               "  public String execute(String in) { return in; }\n"
                               "}\n"
                               "class NotAHandler {\n"
                               "  public String handleRequest(String in, Context c) { return in; }\n"
                               "}\n"
                               "@Component\n"
                               "class Upper implements Function<String, String> {\n"
                               "  public String apply(String in) { return in; }\n"
                               "}\n"
                               "class PlainFunction implements Function<String, String> {\n"
                               "  public String apply(String in) { return in; }\n"
                               "}\n"
                               "class Beans {\n"
                               "  @Bean\n"
                               "  public Function<String, String> upper() {\n"
                               "    Object prepared = S3Client.create();\n"
                               "    return value -> value.toUpperCase();\n"
                               "  }\n"
                               "}\n");
  assert_true(ll_test_function_named(m, "Orders.handleRequest", true)->convention_handler);
  assert_false(ll_test_function_named(m, "Orders.helper", true)->convention_handler);
  assert_true(ll_test_function_named(m, "Stream.handleRequest", true)->convention_handler);
  assert_true(ll_test_function_named(m, "Mn.execute", true)->convention_handler);
  assert_false(ll_test_function_named(m, "NotAHandler.handleRequest", true)->convention_handler);
  assert_true(ll_test_function_named(m, "Upper.apply", true)->convention_handler); /* a Spring function bean */
  assert_false(ll_test_function_named(m, "PlainFunction.apply", true)->convention_handler);
  /* the bean method's body is init; the function it returns is the handler */
  assert_false(ll_test_function_named(m, "Beans.upper", true)->convention_handler);
  bool lambda_handler = false;
  for (uint32_t f = 1; f < m->n_functions; f++)
    lambda_handler |= m->functions[f].convention_handler && !strcmp(m->functions[f].name, "upper.lambda");
  assert_true(lambda_handler);
  ll_module_delete(m);
}

static void test_fields_constructors_and_state(void **state) {
  (void)state;
  ll_module *m = ll_test_lower("State.java",
                               "import software.amazon.awssdk.services.s3.S3Client;\n"
                               "class State implements RequestHandler<String, String> {\n"
                               "  private static final List<String> seen = new ArrayList<>();\n"
                               "  private final S3Client s3 = S3Client.create();\n"
                               "  private int count;\n"
                               "  private Helper helper;\n"
                               "  State() { helper = new Helper(); }\n"
                               "  static { System.loadLibrary(\"x\"); }\n"
                               "  public String handleRequest(String in, Context context) {\n"
                               "    seen.add(in);\n"
                               "    this.count++;\n"
                               "    List<String> local = new ArrayList<>();\n"
                               "    local.add(in);\n"
                               "    this.s3.listBuckets();\n"
                               "    if (helper == null) { helper = new Helper(); }\n"
                               "    return process(in);\n"
                               "  }\n"
                               "  private String process(String in) { return in; }\n"
                               "}\n");
  assert_int_equal(ll_module_binding(m, "seen")->kind, LL_BIND_CONTAINER);
  assert_true(ll_module_binding(m, "seen")->is_const);
  assert_int_equal(ll_module_binding(m, "s3")->kind, LL_BIND_CALL);
  assert_int_equal(ll_module_binding(m, "count")->kind, LL_BIND_NONE);
  int fn = -1;
  /* field initialisers and static blocks run at init: the module's top level */
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "software.amazon.awssdk.services.s3.S3Client.create", &fn));
  assert_int_equal(fn, 0);
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "System.loadLibrary", &fn));
  assert_int_equal(fn, 0);
  /* the constructor is a function of its own, and its field writes are the new object's */
  const ll_function *ctor = ll_test_function_named(m, "State.<init>", true);
  assert_non_null(ctor);
  uint32_t from = 0;
  assert_null(ll_test_next_event(ctor, LL_EV_MODULE_WRITE, &from));
  /* per invocation: the static list and the counter are module state, the local list is not */
  const ll_function *h = ll_test_function_named(m, "State.handleRequest", true);
  bool list_write = false, counter = false, local_write = false;
  for (uint32_t e = 0; e < h->n_events; e++) {
    const ll_event *ev = &h->events[e];
    if (ev->kind != LL_EV_MODULE_WRITE) continue;
    list_write |= !strcmp(ev->as.write.name, "seen") && ev->as.write.kind == LL_WRITE_MUTATE;
    counter |= !strcmp(ev->as.write.name, "count") && ev->as.write.kind == LL_WRITE_AUGMENT;
    local_write |= !strcmp(ev->as.write.name, "local");
  }
  assert_true(list_write);
  assert_true(counter);
  assert_false(local_write);
  /* `this.s3.listBuckets()` is the field's client; `process(in)` the class's method */
  const ll_event *list = ll_test_find_event(m, LL_EV_CALL, "s3.listBuckets", NULL);
  assert_non_null(list);
  assert_string_equal(list->as.call.receiver_ctor, "software.amazon.awssdk.services.s3.S3Client.create");
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "State.process", NULL));
  /* `if (helper == null)` guards the lazy construction */
  from = 0;
  bool guarded = false;
  for (const ll_event *ev; (ev = ll_test_next_event(h, LL_EV_CALL, &from)); from++)
    if (!strcmp(ev->as.call.callee, "Helper")) guarded = ev->lazy_guard;
  assert_true(guarded);
  ll_module_delete(m);
}

static void test_builder_settings_are_keywords(void **state) {
  (void)state;
  ll_module *m = ll_test_lower("Invoke.java",
                               "import software.amazon.awssdk.services.lambda.model.InvokeRequest;\n"
                               "class Invoke {\n"
                               "  void go() {\n"
                               "    InvokeRequest.builder().functionName(\"f\").invocationType(InvocationType.EVENT).build();\n"
                               "  }\n"
                               "}\n");
  const ll_event *build = ll_test_find_event(
      m, LL_EV_CALL, "software.amazon.awssdk.services.lambda.model.InvokeRequest.builder().functionName().invocationType().build",
      NULL);
  assert_non_null(build);
  bool type = false, name = false;
  for (uint32_t k = 0; k < build->as.call.n_keywords; k++) {
    const ll_keyword *kw = &build->as.call.keywords[k];
    type |= !strcmp(kw->name, "invocationType") && kw->literal && !strcmp(kw->literal, "InvocationType.EVENT");
    name |= !strcmp(kw->name, "functionName") && kw->literal && !strcmp(kw->literal, "f");
  }
  assert_true(type);
  assert_true(name);
  /* the inner links carry none: only the outermost call stands for the request */
  const ll_event *inner = ll_test_find_event(
      m, LL_EV_CALL, "software.amazon.awssdk.services.lambda.model.InvokeRequest.builder().functionName", NULL);
  assert_non_null(inner);
  assert_int_equal(inner->as.call.n_keywords, 0);
  ll_module_delete(m);
}

/* The binary on a SAM project: `Handler: pkg.Class::method` finds src/main/java/pkg/Class.java and
 * its method, which is then a handler though its class implements no handler interface. */
static void test_template_handler(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "template.yaml",
                     "Transform: AWS::Serverless-2016-10-31\n"
                     "Resources:\n"
                     "  Fn:\n"
                     "    Type: AWS::Serverless::Function\n"
                     "    Properties:\n"
                     "      CodeUri: .\n"
                     "      Runtime: java21\n"
                     "      MemorySize: 1024\n"
                     "      Handler: com.example.Api::route\n"));
  free(ll_test_write(dir, "src/main/java/com/example/Api.java",
                     "package com.example;\n"
                     "public class Api {\n"
                     "  public String route(java.util.Map<String, Object> event) {\n"
                     "    try { Thread.sleep(100); } catch (InterruptedException e) { }\n"
                     "    return \"ok\";\n"
                     "  }\n"
                     "}\n"));
  char *out = NULL;
  char *args = ll_strfmt("'%s'", dir);
  ll_test_run(args, &out, NULL);
  assert_non_null(strstr(out, "Api.java:4:11: warning[LL403"));
  free(out);
  free(args);
  ll_test_rmtree(dir);
  free(dir);
}

static void test_hostile_input(void **state) {
  (void)state;
  /* deep nesting and a very long builder chain: bounded, no crash */
  size_t n = 100000;
  char *deep = ll_malloc(n * 2 + 200);
  size_t k = (size_t)sprintf(deep, "class D { Object f() { return ");
  for (size_t i = 0; i < n; i++) deep[k++] = '(';
  deep[k++] = '1';
  for (size_t i = 0; i < n; i++) deep[k++] = ')';
  k += (size_t)sprintf(deep + k, "; } }\n");
  ll_module *m = ll_test_lower("Deep.java", deep);
  assert_non_null(m);
  ll_module_delete(m);
  free(deep);
  size_t links = 50000;
  char *chain = ll_malloc(links * 8 + 200);
  k = (size_t)sprintf(chain, "class C { void f() { S3Client.builder()");
  for (size_t i = 0; i < links; i++) k += (size_t)sprintf(chain + k, ".a(1)");
  k += (size_t)sprintf(chain + k, ".build(); } }\n");
  m = ll_test_lower("Chain.java", chain);
  assert_non_null(m);
  ll_module_delete(m);
  free(chain);
  m = ll_test_lower("Broken.java", "public class X implements RequestHandler<String { void handleRequest( {\n");
  assert_non_null(m);
  ll_module_delete(m);
  static const char binary[] = "\xca\xfe\xba\xbe\x00\x00\x00\x34{{{(((";
  m = ll_test_lower("Blob.java", binary);
  assert_non_null(m);
  ll_module_delete(m);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_imports_and_chains),
      cmocka_unit_test(test_handlers_by_convention),
      cmocka_unit_test(test_fields_constructors_and_state),
      cmocka_unit_test(test_builder_settings_are_keywords),
      cmocka_unit_test(test_template_handler),
      cmocka_unit_test(test_inherited_entry),
      cmocka_unit_test(test_hostile_input),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
