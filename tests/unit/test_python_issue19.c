/* test_python_issue19.c — the Python front-end's answers to issue 19: IndentationError and TabError
 * are reported (tree-sitter-python parses such files without an error node). */
#include <dirent.h>

#include "base/alloc.h"
#include "engine/link.h"
#include "engine/vendored.h"
#include "frontend/frontend.h"
#include "testutil.h"

/* The problem the Python front-end reports for `source`, or NULL (the caller frees it). */
static char *problem_of(const char *source) {
  const ll_frontend *fe = ll_frontend_for_path("h.py");
  char *problem = NULL;
  ll_module *m = fe->lower("h.py", source, strlen(source), NULL, &problem);
  assert_non_null(m);
  ll_module_delete(m);
  return problem;
}

static void expect_problem(const char *source, const char *needle) {
  char *problem = problem_of(source);
  if (!problem) fail_msg("no problem reported for:\n%s", source);
  if (!strstr(problem, needle)) fail_msg("'%s' does not contain '%s'", problem, needle);
  free(problem);
}

static void expect_clean(const char *source) {
  char *problem = problem_of(source);
  if (problem) fail_msg("unexpected problem '%s' for:\n%s", problem, source);
}

static void test_indentation_errors_are_reported(void **state) {
  (void)state;
  expect_problem("def handler(event, context):\n    x = 1\n      y = 2\n",
                 "line 3, column 7: IndentationError: unexpected indent");
  expect_problem("def handler(event, context):\n    if event:\n    return 1\n",
                 "line 3, column 5: IndentationError: expected an indented block");
  expect_problem("def handler(event, context):\n    x = 1\n  y = 2\n",
                 "line 3, column 3: IndentationError: unindent does not match");
  expect_problem("def handler(event, context):\n\tif event:\n\t\treturn 1\n        return 2\n", "TabError");
  expect_problem("if True:\r\n    a = 1\r\n     b = 2\r\n", "line 3, column 6: IndentationError");
}

static void test_valid_indentation_is_not_reported(void **state) {
  (void)state;
  expect_clean("x = \"\"\"\n  text\n\"\"\"\n"
               "def handler(event, context):\n"
               "    y = (1,\n  2)\n"
               "    s = 'a\\\n b'\n"
               "    # a comment\n\n"
               "    d = {\n      'k':\n        1}\n"
               "    if d: return y\n"
               "    z = 1 + \\\n  2\n"
               "    return z\n");
  expect_clean("class A: pass\nif True:\n\tx = 1\n\tif x:\n\t\ty = 2\n\tz = 3\n");
  expect_clean("def f():\r\n    s = 'a\\\r\nb'\r\n    return s\r\n");
  expect_clean("");
  expect_clean("\n\n   \n# only a comment");
}

/* The path of the first file write in `source`. */
static void expect_written_path(const char *source, const char *path) {
  ll_module *m = ll_test_lower("h.py", source);
  const char *found = NULL;
  for (uint32_t f = 0; f < m->n_functions && !found; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events && !found; e++)
      if (m->functions[f].events[e].kind == LL_EV_FILE_WRITE) found = m->functions[f].events[e].as.file.path;
  if (!found || strcmp(found, path)) fail_msg("wrote '%s', expected '%s'", found ? found : "(none)", path);
  ll_module_delete(m);
}

/* LL203 quoted `/tmp//{}` for `os.path.join("/tmp/", key)`. */
static void test_joined_paths_have_one_separator(void **state) {
  (void)state;
  expect_written_path("import os\ndef f(k):\n    open(os.path.join('/tmp/', k), 'w')\n", "/tmp/{}");
  expect_written_path("import os\ndef f(k):\n    open(os.path.join('/tmp', k), 'w')\n", "/tmp/{}");
  expect_written_path("import os\ndef f(k):\n    open(os.path.join(k, '/tmp/x'), 'w')\n", "/tmp/x");
  expect_written_path("from pathlib import Path\ndef f(k):\n    p = Path('/tmp/') / k\n    p.write_text('x')\n",
                      "/tmp/{}");
  expect_written_path("import tempfile\ndef f(k):\n    tempfile.mkstemp(dir='/tmp/')\n", "/tmp/{}");
}

static bool entry_of(const ll_module *m, const char *name) {
  for (uint32_t f = 1; f < m->n_functions; f++)
    if (!strcmp(m->functions[f].name, name)) return m->functions[f].convention_handler;
  fail_msg("no function %s", name);
  return false;
}

/* Chalice routes and event functions, and `@metric_scope` handlers with a third parameter. */
static void test_decorated_entry_points(void **state) {
  (void)state;
  ll_module *m = ll_test_lower("app.py",
                               "from chalice import Chalice, Blueprint\n"
                               "from flask import Flask\n"
                               "from aws_embedded_metrics import metric_scope\n"
                               "app = Chalice(app_name='a')\n"
                               "bp = Blueprint(__name__)\n"
                               "web = Flask(__name__)\n"
                               "@app.route('/')\ndef index():\n    return {}\n"
                               "@app.lambda_function()\ndef worker(event, context):\n    return 1\n"
                               "@bp.on_s3_event(bucket='b')\ndef on_upload(event):\n    pass\n"
                               "@web.route('/')\ndef page():\n    return ''\n"
                               "@metric_scope\ndef handler(event, context, metrics):\n    pass\n"
                               "@metric_scope\ndef emit(metrics):\n    pass\n"
                               "class C:\n    @app.route('/c')\n    def m(self):\n        pass\n");
  assert_true(entry_of(m, "index"));
  assert_true(entry_of(m, "worker"));
  assert_true(entry_of(m, "on_upload"));
  assert_false(entry_of(m, "page"));
  assert_true(entry_of(m, "handler"));
  assert_false(entry_of(m, "emit"));
  assert_false(entry_of(m, "m"));
  ll_module_delete(m);
}

/* The prescan: which files may hold a handler, by a handler-shaped def outside triple-quoted text or
 * a Lambda decorator's or adapter's name, as a whole name, anywhere in the text (the names that hold
 * `lambda_` are found in one pass). */
static void test_prescan_names(void **state) {
  (void)state;
  const ll_frontend *fe = ll_frontend_for_path("h.py");
  ll_options options;
  ll_options_init(&options);
  static const char *const roots[] = {
      "@logger.inject_lambda_context\ndef run(e):\n    pass\n",
      "@tracer.capture_lambda_handler\ndef run(e):\n    pass\n",
      "from aws_lambda_powertools.middleware_factory import lambda_handler_decorator\n",
      "handler = apig_wsgi.make_lambda_handler(app)\n",
      "handler = Mangum(app)\n",
      "@event_source(data_class=S3Event)\ndef run(e):\n    pass\n",
      "@metric_scope\ndef run(e):\n    pass\n",
      "from chalice import Chalice\n",
      "from crhelper import CfnResource\n",
      "x = 1\ndef lambda_handler(event, context):\n    return x\n",
      "from aws_lambda_powertools.utilities.data_classes import event_source\n",
      /* a handler after a docstring that shows one, and after quotes that open no string */
      "\"\"\"Example:\n    def handler(event, context): ...\n\"\"\"\ndef handler(event, context):\n    pass\n",
      "# a comment with \"\"\" in it\ndef handler(event, context):\n    pass\n",
      "q = '\"\"\"'\ndef handler(event, context):\n    pass\n",
      "s = \"a \\\" quote\"\ndef handler(event, context):\n    pass\n",
      "x = '''never closed\ndef handler(event, context):\n    pass\n",
      NULL};
  static const char *const others[] = {
      "x = 1\n", "lambda_handler = 3\n", "inject_lambda_contex\n", "capture_lambda_handle\n",
      "make_lambda_handler = 1\n", "lambda_handler_decorato\n", "def run(event):\n    pass\n", "",
      /* names inside other names: a CDK app's import of its event sources */
      "from aws_cdk import aws_lambda_event_sources as event_sources\n",
      "# inject_lambda_context_wrapper\n", "x.create_event_source_mapping()\n", "MyMangum(app)\n",
      /* a handler written as text: a CDK stack's inline code */
      "code = lambda_.Code.from_inline(\"\"\"\nimport json\ndef handler(event, context):\n    return 1\n\"\"\")\n",
      "code = '''\ndef lambda_handler(event, context):\n    return 1\n'''\n", NULL};
  for (size_t i = 0; roots[i]; i++)
    if (!fe->may_hold_handler(roots[i], strlen(roots[i]), &options))
      fail_msg("not a root: %s", roots[i]);
  for (size_t i = 0; others[i]; i++)
    if (fe->may_hold_handler(others[i], strlen(others[i]), &options)) fail_msg("a root: %s", others[i]);
  assert_false(fe->may_hold_handler("lambda_", 7, &options)); /* at the very end: nothing after it */
}

/* A function's absolute import names a module of a Lambda layer folder of the project. */
static void test_layer_modules_resolve(void **state) {
  (void)state;
  ll_file_index index;
  ll_file_index_init(&index);
  ll_file_index_add(&index, "/r/functions/a/app.py", 0);
  ll_file_index_add(&index, "/r/layers/common/python/kit/__init__.py", 1);
  ll_file_index_add(&index, "/r/layers/common/python/kit/store.py", 2);
  ll_file_index_add(&index, "/r/source/lib/audit.py", 3);
  ll_file_index_add(&index, "/r/docs/python/other.py", 4); /* not a layer */
  ll_file_index_add(&index, "/r/tools/lib/helper.py", 5);  /* a lib folder, not source/lib */
  assert_int_equal(ll_resolve_module(&index, "/r/functions/a/app.py", "kit.store", 0), 2);
  assert_int_equal(ll_resolve_module(&index, "/r/functions/a/app.py", "kit", 0), 1);
  assert_int_equal(ll_resolve_module(&index, "/r/functions/a/app.py", "audit", 0), 3);
  assert_int_equal(ll_resolve_module(&index, "/r/functions/a/app.py", "other", 0), -1);
  assert_int_equal(ll_resolve_module(&index, "/r/functions/a/app.py", "helper", 0), -1);
  assert_int_equal(ll_resolve_module(&index, "/r/functions/a/app.py", "store", 1), -1); /* relative: no */
  ll_file_index_free(&index);
}

/* A folder named like a layer above the analysed folder is where the checkout lives, not a layer:
 * a `python` folder of the project is not put on every function's path by it. */
static void test_layer_names_above_the_analysed_folder_do_not_count(void **state) {
  (void)state;
  const char *const analysed[] = {NULL, "/home/me/layer-tools/repo"};
  for (int bounded = 0; bounded < 2; bounded++) {
    ll_file_index index;
    ll_file_index_init(&index);
    if (bounded) ll_file_index_set_analysed(&index, analysed, 2);
    ll_file_index_add(&index, "/home/me/layer-tools/repo/svc/src/app.py", 0);
    ll_file_index_add(&index, "/home/me/layer-tools/repo/svc/deps/python/kit.py", 1);
    ll_file_index_add(&index, "/home/me/layer-tools/repo/layers/common/python/audit.py", 2);
    /* unbounded, the checkout's folder name makes deps/python a layer of everything */
    assert_int_equal(ll_resolve_module(&index, "/home/me/layer-tools/repo/svc/src/app.py", "kit", 0), bounded ? -1 : 1);
    assert_int_equal(ll_resolve_module(&index, "/home/me/layer-tools/repo/svc/src/app.py", "audit", 0), 2);
    ll_file_index_free(&index);
  }
}

/* The same through a run: the module in deps/python is not followed (its syntax error would be
 * reported), the one of a real layer folder of the project is. */
static void test_checkout_folder_named_like_a_layer(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "lambda-layer-work/svc/src/app.py",
                     "import kit\nimport audit\n\n"
                     "def lambda_handler(event, context):\n    return kit.run(audit.note(event))\n"));
  free(ll_test_write(dir, "lambda-layer-work/svc/deps/python/kit.py", "def run(e:\n"));
  free(ll_test_write(dir, "lambda-layer-work/layers/common/python/audit.py", "def note(e:\n"));
  char *out = NULL, *err = NULL;
  char *args = ll_strfmt("--format concise '%s/lambda-layer-work'", dir);
  ll_test_run(args, &out, &err);
  assert_non_null(err);
  if (strstr(err, "kit.py")) fail_msg("deps/python was taken for a layer: %s", err);
  assert_non_null(strstr(err, "layers/common/python/audit.py"));
  free(out);
  free(err);
  free(args);
  ll_test_rmtree(dir);
  free(dir);
}

/* Vendored code is not reported in, but a vendor-looking folder's own handler is, and a licensed
 * folder above the analysed path is never looked at. */
static void test_vendored_code_is_not_reported(void **state) {
  (void)state;
  static const char grows[] = "saved = []\n\ndef keep(x):\n    saved.append(x)\n";
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "fn/app.py",
                     "from vendor.kit import store\nimport mine\n\n"
                     "def lambda_handler(event, context):\n    store.keep(event)\n    mine.keep(event)\n"));
  free(ll_test_write(dir, "fn/vendor/kit/__init__.py", ""));
  free(ll_test_write(dir, "fn/vendor/kit/store.py", grows));
  free(ll_test_write(dir, "fn/mine.py", grows));
  free(ll_test_write(dir, "fn/vendor/own_handler.py",
                     "seen = []\n\ndef lambda_handler(event, context):\n    seen.append(event)\n"));
  free(ll_test_write(dir, "LICENSE", "MIT\n"));
  free(ll_test_write(dir, "__init__.py", ""));
  char *out = NULL;
  char *args = ll_strfmt("--format json '%s/fn'", dir);
  ll_test_run(args, &out, NULL);
  assert_non_null(out);
  assert_null(strstr(out, "vendor/kit/store.py"));
  assert_non_null(strstr(out, "fn/mine.py"));
  assert_non_null(strstr(out, "vendor/own_handler.py"));
  free(out);
  free(args);
  ll_test_rmtree(dir);
  free(dir);
}

/* An import into third-party code (a package installed beside its *.dist-info) is not followed:
 * the package is not parsed — its syntax error is not reported, with or without the prescan — and
 * the handler's findings are those of a tree where the package is installed elsewhere (issue 21:
 * `pip install -t` copies of boto3 and botocore were most of a samples monorepo's parse time). */
static void test_imports_into_vendored_code_are_not_parsed(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "fn/app.py",
                     "import boto3\nimport kit\n\n"
                     "def lambda_handler(event, context):\n    s3 = boto3.client('s3')\n    return kit.run(s3)\n"));
  free(ll_test_write(dir, "fn/boto3/__init__.py", "def client(name:\n"));
  free(ll_test_write(dir, "fn/boto3-1.34.0.dist-info/METADATA", "Name: boto3\n"));
  free(ll_test_write(dir, "fn/kit.py", "def run(c):\n    return c\n"));
  for (int no_prescan = 0; no_prescan < 2; no_prescan++) {
    char *out = NULL, *err = NULL;
    char *args = ll_strfmt("%s--format concise '%s/fn'", no_prescan ? "--no-prescan " : "", dir);
    assert_int_equal(ll_test_run(args, &out, &err), 1);
    assert_non_null(strstr(out, "app.py:5:10: warning[LL302")); /* the spelled boto3.client */
    if (strstr(err, "boto3/__init__.py")) fail_msg("the vendored package was parsed: %s", err);
    free(out);
    free(err);
    free(args);
  }
  ll_test_rmtree(dir);
  free(dir);
}

/* Discovery's listings answer the folder tests: a folder told once is not listed again. The
 * folders below do not exist, so only the listings told can make these paths third-party. */
static void test_folder_facts_from_discovery_listings(void **state) {
  (void)state;
  const char *roots[] = {"nowhere"};
  static const char *const pkg[] = {"LICENSE", "__init__.py", "mod.py"};
  static const char *const bare[] = {"__init__.py", "mod.py"};
  static const char *const site[] = {"six-1.16.0.dist-info", "six.py"};
  static const unsigned char files[] = {DT_REG, DT_REG, DT_REG}, beside[] = {DT_DIR, DT_REG};
  static const unsigned char licence_folder[] = {DT_DIR, DT_REG, DT_REG};
  ll_folder_facts *memo = ll_folder_facts_new();
  ll_folder_facts_seed(memo, "nowhere/pkg", pkg, files, 3);
  ll_folder_facts_seed(memo, "nowhere/bare", bare, files, 2);
  ll_folder_facts_seed(memo, "nowhere/site", site, beside, 2);
  ll_folder_facts_seed(memo, "nowhere/dir", pkg, licence_folder, 3); /* LICENSE/ is a folder */
  ll_folder_facts_seed(memo, "nowhere", NULL, NULL, 0);
  assert_true(ll_path_is_vendored("nowhere/pkg/mod.py", roots, 1, memo));  /* a package with a licence */
  assert_true(ll_path_is_vendored("nowhere/site/six.py", roots, 1, memo)); /* beside its dist-info */
  assert_false(ll_path_is_vendored("nowhere/bare/mod.py", roots, 1, memo));
  assert_false(ll_path_is_vendored("nowhere/dir/mod.py", roots, 1, memo));
  assert_false(ll_path_is_vendored("nowhere/pkg/mod.py", roots, 1, NULL)); /* read from disk: nothing */
  ll_folder_facts_delete(memo);
}

/* A layer's `python/` folder committed after `pip install -r requirements.txt -t python/` without
 * the *.dist-info folders: the requirements.txt beside a package names it third-party. Its own
 * modules beside it, and packages it does not name, are not. */
static void test_packages_named_by_requirements_txt(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "layer/python/requirements.txt",
                     "# pinned\nPyMySQL==1.1.0  # driver\ntyping-extensions>=4\n-e ./local_pkg\n"
                     "-r base.txt\nhttps://example.com/x.whl\n./wheels/own.whl\n"));
  free(ll_test_write(dir, "layer/python/pymysql/__init__.py", "def connect():\n    return 1\n"));
  free(ll_test_write(dir, "layer/python/typing_extensions.py", "X = 1\n"));
  free(ll_test_write(dir, "layer/python/local_pkg/__init__.py", "Y = 1\n"));
  free(ll_test_write(dir, "layer/python/helpers.py", "Z = 1\n"));
  const char *roots[] = {dir};
  static const char *const third_party[] = {"pymysql/__init__.py", "typing_extensions.py"};
  static const char *const own[] = {"local_pkg/__init__.py", "helpers.py", "requirements.txt"};
  for (int memo = 0; memo < 2; memo++) {
    ll_folder_facts *facts = memo ? ll_folder_facts_new() : NULL;
    for (size_t i = 0; i < 2; i++) {
      char *path = ll_strfmt("%s/layer/python/%s", dir, third_party[i]);
      if (!ll_path_is_vendored(path, roots, 1, facts)) fail_msg("%s: not third-party", path);
      free(path);
    }
    for (size_t i = 0; i < 3; i++) {
      char *path = ll_strfmt("%s/layer/python/%s", dir, own[i]);
      if (ll_path_is_vendored(path, roots, 1, facts)) fail_msg("%s: third-party", path);
      free(path);
    }
    ll_folder_facts_delete(facts);
  }
  ll_test_rmtree(dir);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_indentation_errors_are_reported),
      cmocka_unit_test(test_valid_indentation_is_not_reported),
      cmocka_unit_test(test_joined_paths_have_one_separator),
      cmocka_unit_test(test_decorated_entry_points),
      cmocka_unit_test(test_prescan_names),
      cmocka_unit_test(test_layer_modules_resolve),
      cmocka_unit_test(test_layer_names_above_the_analysed_folder_do_not_count),
      cmocka_unit_test(test_checkout_folder_named_like_a_layer),
      cmocka_unit_test(test_vendored_code_is_not_reported),
      cmocka_unit_test(test_imports_into_vendored_code_are_not_parsed),
      cmocka_unit_test(test_folder_facts_from_discovery_listings),
      cmocka_unit_test(test_packages_named_by_requirements_txt),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
