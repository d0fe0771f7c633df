/* test_javascript_precision.c — front-end facts behind the JS/TS precision fixes of issue 14:
 * imports TypeScript erases, ternary-bound requires, `.then()` callbacks on the main path, async
 * forEach callbacks that never await, module arrays drained by a helper, guarded environment
 * defaults, exported module-level values, and test files that do not parse. */
#include "base/alloc.h"
#include "frontend/frontend.h"
#include "testutil.h"

static bool imports_module(const ll_module *m, const char *module) {
  for (uint32_t i = 0; i < m->n_imports; i++)
    if (!strcmp(m->imports[i].module, module)) return true;
  return false;
}

static void test_typescript_erased_imports(void **state) {
  ll_module *m = ll_test_lower("h.ts",
                               "import * as AWS from 'aws-sdk';\n"
                               "import { DocumentClient } from 'aws-sdk/lib/dynamodb/document_client';\n"
                               "import Input = DocumentClient.BatchGetItemInput;\n"
                               "import { time } from './clock';\n"
                               "import sharp from 'sharp';\n"
                               "import { Base } from './base';\n"
                               "import 'reflect-metadata';\n"
                               "class Repo extends Base {}\n"
                               "export const handler = async (e: AWS.S3.Types.GetObjectRequest) => {\n"
                               "  const p: Input = { RequestItems: {} };\n"
                               "  return sharp(e.Key);\n"
                               "};\n");
  assert_false(imports_module(m, "aws-sdk"));                           /* used only as a type */
  assert_false(imports_module(m, "aws-sdk/lib/dynamodb/document_client")); /* only in `import =` */
  assert_false(imports_module(m, "./clock"));                           /* unused */
  assert_true(imports_module(m, "sharp"));                              /* a value */
  assert_true(imports_module(m, "./base"));                             /* `extends` is a value */
  assert_true(imports_module(m, "reflect-metadata"));                   /* side effects */
  ll_module_delete(m);
  /* JavaScript keeps every import: require() and import always load */
  m = ll_test_lower("h.mjs", "import AWS from 'aws-sdk';\nexport const handler = async () => 1;\n");
  assert_true(imports_module(m, "aws-sdk"));
  ll_module_delete(m);
}

static void test_ternary_require_and_then_callback(void **state) {
  ll_module *m = ll_test_lower("a.js",
                               "const AWS = process.env.X ? require('x').captureAWS(require('aws-sdk')) : "
                               "require('aws-sdk');\n"
                               "const _ = require('lodash');\n"
                               "exports.handler = async (e) => {\n"
                               "  new AWS.DynamoDB();\n"
                               "  return get(e).then((d) => _.isEmpty(d), (err) => _.noop(err));\n"
                               "};\n");
  const ll_import *aws = ll_module_import_for_alias(m, "AWS");
  assert_non_null(aws);
  assert_string_equal(aws->module, "aws-sdk");
  assert_non_null(ll_test_find_event(m, LL_EV_CALL, "aws-sdk.DynamoDB", NULL));
  const ll_event *ok = ll_test_find_event(m, LL_EV_CALL, "lodash.isEmpty", NULL);
  const ll_event *err = ll_test_find_event(m, LL_EV_CALL, "lodash.noop", NULL);
  assert_non_null(ok);
  assert_non_null(err);
  assert_false(ok->conditional); /* the resolve callback runs on the main path */
  assert_true(err->conditional); /* the rejection callback may not */
  ll_module_delete(m);
  /* different modules in the branches: no import is known */
  m = ll_test_lower("b.js", "const db = process.env.X ? require('pg') : require('mysql');\n");
  assert_null(ll_module_import_for_alias(m, "db"));
  ll_module_delete(m);
}

/* Whether some event of the module satisfies `pred` (with `name`). */
static bool any_event(const ll_module *m, bool (*pred)(const ll_event *, const char *), const char *name) {
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++)
      if (pred(&m->functions[f].events[e], name)) return true;
  return false;
}

static bool is_spawn(const ll_event *ev, const char *name) { return (void)name, ev->kind == LL_EV_SPAWN; }

static bool has_spawn(const ll_module *m) { return any_event(m, is_spawn, NULL); }

static void test_async_foreach_without_await(void **state) {
  ll_module *m = ll_test_lower("c.js", "exports.handler = async (e) => {\n"
                                       "  const out = [];\n"
                                       "  e.Records.forEach(async (r) => { out.push(r.body); });\n"
                                       "  return out;\n"
                                       "};\n");
  assert_false(has_spawn(m));
  ll_module_delete(m);
  m = ll_test_lower("d.js", "exports.handler = async (e) => {\n"
                            "  e.Records.forEach(async (r) => { for await (const x of r.items) log(x); });\n"
                            "};\n");
  assert_true(has_spawn(m));
  ll_module_delete(m);
  m = ll_test_lower("e.js", "exports.handler = async (e) => {\n"
                            "  e.Records.forEach(async (r) => save(r));\n" /* a returned promise floats */
                            "};\n");
  assert_true(has_spawn(m));
  ll_module_delete(m);
}

static bool is_drain(const ll_event *ev, const char *name) {
  return ev->kind == LL_EV_MODULE_WRITE && !strcmp(ev->as.write.name, name) && ev->as.write.method &&
         !strcmp(ev->as.write.method, "splice");
}

static bool drained(const ll_module *m, const char *name) { return any_event(m, is_drain, name); }

static void test_array_drained_by_helper(void **state) {
  ll_module *m = ll_test_lower("f.js", "const queue = [];\nconst kept = [];\n"
                                       "function flush(items, other) { while (items.length) items.splice(0, 10); }\n"
                                       "const reset = (xs) => { xs.length = 0; };\n"
                                       "exports.handler = async (e) => {\n"
                                       "  queue.push(e); kept.push(e);\n"
                                       "  flush(queue, kept);\n"
                                       "  reset(queue);\n"
                                       "};\n");
  assert_true(drained(m, "queue"));
  assert_false(drained(m, "kept")); /* passed where nothing empties it */
  ll_module_delete(m);
}

static bool env_written(const ll_module *m, const char *variable) {
  return ll_test_find_event(m, LL_EV_ENV_WRITE, variable, NULL) != NULL;
}

static void test_guarded_env_defaults(void **state) {
  ll_module *m = ll_test_lower("g.js", "async function init() {\n"
                                       "  if (process.env.AWS_ACCESS_KEY_ID) return;\n"
                                       "  process.env.AWS_ACCESS_KEY_ID = 'x';\n"
                                       "}\n"
                                       "function cb() {\n"
                                       "  if (process.env.AWS_REGION) { go(); } else {\n"
                                       "    load((err, c) => { process.env.AWS_SESSION_TOKEN = c; });\n"
                                       "  }\n"
                                       "}\n"
                                       "function other() {\n"
                                       "  if (process.env.MY_FLAG) return;\n"
                                       "  process.env.AWS_REGION = 'eu-west-1';\n"
                                       "}\n");
  assert_false(env_written(m, "AWS_ACCESS_KEY_ID"));
  assert_false(env_written(m, "AWS_SESSION_TOKEN"));
  assert_true(env_written(m, "AWS_REGION")); /* the guard tests another, optional variable */
  ll_module_delete(m);
}

static void test_exported_values_are_not_functions(void **state) {
  ll_module *m = ll_test_lower("i.mjs", "export const s3 = new S3Client({});\n"
                                        "export const doc = DynamoDBDocumentClient.from(s3);\n"
                                        "const base = async (event) => 1;\n"
                                        "export const main = middyfy(base);\n");
  assert_null(ll_test_function_named(m, "s3", false));
  assert_null(ll_test_function_named(m, "doc", false));
  assert_non_null(ll_test_function_named(m, "main", false)); /* a wrapper a template may name */
  ll_module_delete(m);
}

static void test_unparsable_test_file_is_a_note(void **state) {
  static const char src[] = "export const f = async (g: any) => g<typeof import('react')>();\n";
  const ll_frontend *fe = ll_frontend_for_path("mock.test.ts");
  char *problem = NULL;
  ll_module *m = fe->lower("src/mock.test.ts", src, strlen(src), NULL, &problem);
  assert_null(problem);
  assert_non_null(m->skipped);
  assert_non_null(strstr(m->skipped, "syntax error"));
  ll_module_delete(m);
  m = fe->lower("src/mock.ts", src, strlen(src), NULL, &problem); /* other files: still an error */
  assert_non_null(problem);
  free(problem);
  ll_module_delete(m);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_typescript_erased_imports),
      cmocka_unit_test(test_ternary_require_and_then_callback),
      cmocka_unit_test(test_async_foreach_without_await),
      cmocka_unit_test(test_array_drained_by_helper),
      cmocka_unit_test(test_guarded_env_defaults),
      cmocka_unit_test(test_exported_values_are_not_functions),
      cmocka_unit_test(test_unparsable_test_file_is_a_note),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
