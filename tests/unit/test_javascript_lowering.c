/* test_javascript_lowering.c — what the JavaScript / TypeScript front-end puts into the IR: npm
 * qualified names, object-literal keywords, handlers by convention, guards, floating promises,
 * skipped generated files, and hostile input. */
#include "base/alloc.h"
#include "frontend/frontend.h"
#include "testutil.h"

static void test_npm_qualified_names(void **state) {
  ll_module *m = ll_test_lower("a.mjs",
                               "import { S3Client as S3 } from \"@aws-sdk/client-s3\";\n"
                               "import AWS from 'aws-sdk';\n"
                               "import * as fs from 'node:fs';\n"
                               "const { Pool } = require('pg');\n"
                               "const axios = require('axios').default;\n"
                               "export const handler = async (event) => {\n"
                               "  new S3({});\n"
                               "  new AWS.SQS();\n"
                               "  fs.writeFileSync('/tmp/x', 'y');\n"
                               "  new Pool();\n"
                               "  axios.get('u', { timeout: 5000, signal });\n"
                               "};\n");
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "@aws-sdk/client-s3.S3Client", NULL));
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "aws-sdk.SQS", NULL));
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "fs.writeFileSync", NULL));
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "pg.Pool", NULL));
  const ll_event *get = ll_test_find_event(m, LL_EV_CALL, "axios.get", NULL); /* `.default` is the module */
  assert_non_null(get);
  assert_int_equal(get->as.call.n_keywords, 2); /* the object literal's properties */
  assert_string_equal(get->as.call.keywords[0].name, "timeout");
  assert_string_equal(get->as.call.keywords[0].literal, "5000");
  assert_string_equal(get->as.call.keywords[1].name, "signal");
  assert_int_equal(get->as.call.n_positional, 1);
  bool wrote = false;
  for (uint32_t e = 0; e < ll_test_function_named(m, "handler", false)->n_events; e++) {
    const ll_event *ev = &ll_test_function_named(m, "handler", false)->events[e];
    wrote |= ev->kind == LL_EV_FILE_WRITE && ev->as.file.path && !strcmp(ev->as.file.path, "/tmp/x");
  }
  assert_true(wrote);
  ll_module_delete(m);
}

static void test_handlers_by_convention(void **state) {
  ll_module *m = ll_test_lower("h.js",
                               "exports.handler = async (event, context) => 1;\n"
                               "module.exports.lambdaHandler = function (event) { return 2; };\n"
                               "function process(event, context, callback) { callback(null, 3); }\n"
                               "function helper() {}\n"
                               "module.exports = { process, helper };\n"
                               "exports.wrapped = middy(process);\n"
                               "exports.ordersHandler = middy(process);\n");
  const ll_function *h = ll_test_function_named(m, "handler", false);
  assert_non_null(h);
  assert_true(h->convention_handler);
  assert_true(h->is_async);
  assert_int_equal(h->n_params, 2);
  assert_true(ll_test_function_named(m, "lambdaHandler", false)->convention_handler);
  assert_false(ll_test_function_named(m, "helper", false)->convention_handler);
  assert_false(ll_test_function_named(m, "wrapped", false)->convention_handler); /* not a handler's name */
  assert_true(ll_test_function_named(m, "ordersHandler", false)->convention_handler);
  assert_true(ll_test_function_named(m, "process", false)->convention_handler); /* wrapped by a handler */
  ll_module_delete(m);
}

static void test_export_forms_in_typescript(void **state) {
  ll_module *m = ll_test_lower("h.ts",
                               "import type { Handler } from 'aws-lambda';\n"
                               "export const handler: Handler = async (event: unknown) => ({ ok: true });\n"
                               "export async function getItemsHandler(event: any, context: any) {}\n"
                               "export default async function (event: any) {}\n");
  assert_int_equal(m->language, LL_LANG_TYPESCRIPT);
  assert_int_equal(m->n_imports, 0); /* types only */
  assert_true(ll_test_function_named(m, "handler", false)->convention_handler);
  assert_true(ll_test_function_named(m, "getItemsHandler", false)->convention_handler);
  assert_true(ll_test_function_named(m, "default", false)->convention_handler);
  ll_module_delete(m);
}

static void test_lazy_guards(void **state) {
  ll_module *m = ll_test_lower("g.js",
                               "let client; let db = null; let s;\n"
                               "exports.handler = async () => {\n"
                               "  if (!client) client = new A();\n"
                               "  s ?\?= new B();\n"
                               "  new C();\n"
                               "};\n"
                               "async function connect() {\n"
                               "  if (db) return db;\n"
                               "  db = await D.connect();\n"
                               "  return db;\n"
                               "}\n");
  assert_true(ll_test_find_event(m, LL_EV_CALL, "A", NULL)->lazy_guard);
  assert_true(ll_test_find_event(m, LL_EV_CALL, "B", NULL)->lazy_guard);
  assert_false(ll_test_find_event(m, LL_EV_CALL, "C", NULL)->lazy_guard);
  const ll_event *d = ll_test_find_event(m, LL_EV_CALL, "D.connect", NULL);
  assert_true(d->lazy_guard); /* after `if (db) return db;` */
  assert_true(d->as.call.assigned_to_module);
  ll_module_delete(m);
}

static void test_floating_promises(void **state) {
  ll_module *m = ll_test_lower("p.mjs",
                               "async function audit(e) {}\n"
                               "export const handler = async (event) => {\n"
                               "  audit(event);\n"                       /* floats */
                               "  void fetch('u');\n"                    /* floats */
                               "  await audit(event);\n"                 /* awaited */
                               "  const p = audit(event); await p;\n"    /* awaited through a name */
                               "  new Promise((r) => { fetch('v').then(r); });\n" /* settles a promise */
                               "  return audit(event);\n"                /* the caller's */
                               "};\n");
  int tasks = 0, unjoined = 0;
  const ll_function *h = ll_test_function_named(m, "handler", false);
  for (uint32_t e = 0; e < h->n_events; e++)
    if (h->events[e].kind == LL_EV_SPAWN) {
      tasks++;
      unjoined += !h->events[e].as.spawn.joined;
    }
  assert_int_equal(tasks, 2);
  assert_int_equal(unjoined, 2);
  ll_module_delete(m);
}

static void test_sleep_forms(void **state) {
  ll_module *m = ll_test_lower("s.js",
                               "const util = require('util');\n"
                               "const wait = util.promisify(setTimeout);\n"
                               "exports.handler = async () => {\n"
                               "  await new Promise((resolve) => setTimeout(resolve, 500));\n"
                               "  await wait(10);\n"
                               "  setTimeout(() => ctrl.abort(), 100);\n"
                               "};\n");
  int sleeps = 0;
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
      const ll_event *ev = &m->functions[f].events[e];
      sleeps += ev->kind == LL_EV_CALL && strcmp(ev->as.call.callee, "timers/promises.setTimeout") == 0;
    }
  assert_int_equal(sleeps, 2); /* the abort timer is not a sleep */
  ll_module_delete(m);
}

static void test_generated_files_are_skipped(void **state) {
  char *line = ll_malloc(6000);
  memset(line, 'a', 5999);
  line[0] = '/', line[1] = '/';
  line[5999] = '\0';
  char *src = ll_strfmt("exports.handler = async () => { new S3Client(); };\n%s\n", line);
  ll_module *m = ll_test_lower("bundle.js", src);
  assert_int_equal(m->n_functions, 1); /* a line over 4 KB: bundled output, not analysed */
  assert_non_null(strstr(m->skipped, "a line over 4 KB"));
  ll_module_delete(m);
  m = ll_test_lower("app.min.js", "exports.handler = async () => 1;\n");
  assert_int_equal(m->n_functions, 1);
  assert_non_null(strstr(m->skipped, ".min.js"));
  ll_module_delete(m);
  m = ll_test_lower("index.mjs", "export const handler = async () => { new S3Client(); };\n"
                                 "//# sourceMappingURL=index.mjs.map\n");
  assert_int_equal(m->n_functions, 1);
  assert_non_null(strstr(m->skipped, "sourceMappingURL"));
  ll_module_delete(m);
  m = ll_test_lower("types.d.ts", "export declare function handler(event: any): Promise<void>;\n");
  assert_int_equal(m->n_functions, 1);
  assert_null(m->skipped); /* declarations are not code: nothing to tell */
  ll_module_delete(m);
  m = ll_test_lower("handler.js", "exports.handler = async () => 1;\n");
  assert_null(m->skipped);
  ll_module_delete(m);
  free(src);
  free(line);
}

static void test_hostile_input(void **state) {
  /* 100 000 nested arrays, a syntax error, bytes that are not text: a module, never a crash */
  size_t n = 100000;
  char *deep = ll_malloc(2 * n + 64);
  size_t k = (size_t)sprintf(deep, "exports.handler = () => ");
  for (size_t i = 0; i < n; i++) deep[k++] = '[';
  for (size_t i = 0; i < n; i++) deep[k++] = ']';
  deep[k] = '\0';
  ll_module *m = ll_test_lower("deep.js", deep);
  assert_non_null(m);
  ll_module_delete(m);
  free(deep);
  m = ll_test_lower("broken.ts", "export const handler = async (event => { if (\n");
  assert_non_null(m);
  ll_module_delete(m);
  static const char binary[] = "\x7f" "ELF\x01\x02\x00\xff\xfe{{{(((";
  m = ll_test_lower("blob.js", binary);
  assert_non_null(m);
  ll_module_delete(m);
}

/* JSX allows a bare `&` in text and attribute strings (`?a=1&b=2`), which the grammars read as an
 * unterminated character reference: such a file must not be a syntax error, and string values the
 * rules read keep their `&`. */
static void test_jsx_bare_ampersand_is_valid(void **state) {
  static const char *const files[] = {"link.tsx", "link.jsx", "link.js"};
  const char *source = "export const handler = async () => fetch('https://x.test/?a=1&b=2');\n"
                       "export const Link = () => <a href=\"/find?a=1&b=2\">Tom&Jerry &copy;</a>;\n"
                       "const both = a&&b, bits = a&b;\n";
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
    char *problem = NULL;
    ll_module *m = ll_frontend_for_path(files[i])->lower(files[i], source, strlen(source), NULL, &problem);
    assert_null(problem);
    const ll_event *call = ll_test_find_event(m, LL_EV_CALL, "fetch", NULL);
    assert_non_null(call);
    assert_string_equal(call->as.call.first_literal, "https://x.test/?a=1&b=2");
    ll_module_delete(m);
  }
}

/* Valid code the pinned grammars reject (`Terms & Conditions` in JSX text, `class=`/`for=` JSX
 * attributes in .js, TS 5's `export type * as`, an import type `import("x").T`, an array type on a
 * tagged template `q<Row[]>`…``) is no syntax error,
 * and what the rules read around it is kept; a real syntax error still is one. */
static void test_grammar_gaps_are_valid(void **state) {
  (void)state;
  static const struct {
    const char *path, *source;
  } cases[] = {
      {"page.jsx", "export const handler = async () => fetch('https://x.test/');\n"
                   "const P = () => <label class=\"a\" for='b'>Terms & Conditions {x & 1}</label>;\n"},
      {"page.tsx", "export const handler = async () => fetch('https://x.test/');\n"
                   "const P = () => <h1 className=\"x\">Coupons & Promotions</h1>;\n"
                   "type T = A & B;\n"},
      {"api.ts", "export type * as Contract from './contract.js';\n"
                 "export const handler = async () => fetch('https://x.test/');\n"
                 "export const load = (c: any) => c.get<import('./domain.js').Order[]>('/o');\n"
                 "const lazy = () => import('./x.js').then((m) => m.run());\n"},
      {"handler.mjs", "import data from './d.json' assert { type: 'json' };\n"
                      "import './x.json' assert {type: 'json'};\n"
                      "const assert = 1, o = { assert };\n"
                      "export const handler = async () => fetch('https://x.test/');\n"},
      {"report.ts", "export const handler = async () => fetch('https://x.test/');\n"
                    "export const rows = async (db: any) => {\n"
                    "  const all = await db.$queryRaw<Row[]>`SELECT 1`;\n"
                    "  return tag<Array<Row>[] | null>`x ${all}`;\n"
                    "};\n"},
      {"report.tsx", "export const handler = async () => fetch('https://x.test/');\n"
                     "const r = (db: any) => db.$queryRaw<Row[]>`SELECT 1`, z = [1][0] > 0;\n"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char *problem = NULL;
    const char *path = cases[i].path, *source = cases[i].source;
    ll_module *m = ll_frontend_for_path(path)->lower(path, source, strlen(source), NULL, &problem);
    assert_null(problem);
    const ll_event *call = ll_test_find_event(m, LL_EV_CALL, "fetch", NULL);
    assert_non_null(call);
    assert_string_equal(call->as.call.first_literal, "https://x.test/");
    ll_module_delete(m);
  }
  const char *broken = "export const handler = async () => { return 'a' {b}; };\n";
  char *problem = NULL;
  ll_module *m = ll_frontend_for_path("x.js")->lower("x.js", broken, strlen(broken), NULL, &problem);
  assert_non_null(problem);
  free(problem);
  ll_module_delete(m);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_npm_qualified_names),
      cmocka_unit_test(test_handlers_by_convention),
      cmocka_unit_test(test_export_forms_in_typescript),
      cmocka_unit_test(test_lazy_guards),
      cmocka_unit_test(test_floating_promises),
      cmocka_unit_test(test_sleep_forms),
      cmocka_unit_test(test_generated_files_are_skipped),
      cmocka_unit_test(test_hostile_input),
      cmocka_unit_test(test_jsx_bare_ampersand_is_valid),
      cmocka_unit_test(test_grammar_gaps_are_valid),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
