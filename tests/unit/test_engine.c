/* test_engine.c — the pipeline's promises: the pre-scan and the worker threads never change the
 * findings, and files with no Lambda evidence are not parsed. */
#include "base/alloc.h"
#include "testutil.h"

static char *render(const ll_results *r) {
  size_t n = 0;
  const ll_finding *f = ll_results_findings(r, &n);
  char *out = ll_strdup("");
  for (size_t i = 0; i < n; i++) {
    char *next = ll_strfmt("%s%s:%u:%u:%s:%s\n", out, f[i].path, f[i].line, f[i].column, f[i].rule->id, f[i].message);
    free(out);
    out = next;
  }
  return out;
}

static char *findings_of(const char *path, unsigned jobs, bool no_prescan, size_t *count) {
  const char *paths[] = {path};
  ll_options o;
  ll_options_init(&o);
  o.paths = paths;
  o.n_paths = 1;
  o.jobs = jobs;
  o.no_prescan = no_prescan;
  ll_results *r = ll_analyze(&o);
  ll_results_findings(r, count);
  char *text = render(r);
  ll_results_delete(r);
  return text;
}

static void same_findings_every_way(const char *path, size_t at_least) {
  size_t n = 0, m = 0;
  char *reference = findings_of(path, 1, true, &n);
  assert_true(n >= at_least);
  char *prescan = findings_of(path, 1, false, &m);
  assert_string_equal(reference, prescan);
  free(prescan);
  char *threads = findings_of(path, 2, false, &m);
  assert_string_equal(reference, threads);
  free(threads);
  char *many = findings_of(path, 7, true, &m);
  assert_string_equal(reference, many);
  free(many);
  free(reference);
}

static void test_python_corpus_same_with_prescan_and_threads(void **state) {
  same_findings_every_way("corpora/python", 20);
}

static void test_examples_same_with_prescan_and_threads(void **state) {
  same_findings_every_way("corpora/examples", 4);
}

#ifdef LL_HAVE_LIBCLANG
/* libclang parses on every worker thread at once; C files link to the C++ bootstrap across files. */
static void test_c_and_cpp_corpora_same_with_threads(void **state) {
  same_findings_every_way("corpora/cpp", 10);
  same_findings_every_way("corpora/c", 5);
}
#endif

static void test_files_without_evidence_are_not_parsed(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "lib/broken_util.py", "def helper(:\n    pass\n"));
  free(ll_test_write(dir, "lib/used_util.py", "import boto3\ndef make():\n    return boto3.client('s3')\n"));
  free(ll_test_write(dir, "app.py", "from lib.used_util import make\n"
                                    "def lambda_handler(event, context):\n    return make()\n"));
  const char *paths[] = {dir};
  ll_options o;
  ll_options_init(&o);
  o.paths = paths;
  o.n_paths = 1;
  ll_results *r = ll_analyze(&o);
  size_t n_findings = 0, n_errors = 0;
  ll_results_findings(r, &n_findings);
  ll_results_errors(r, &n_errors);
  assert_int_equal(n_findings, 1); /* the imported helper was parsed on demand */
  assert_int_equal(n_errors, 0);   /* the unrelated broken file was never parsed */
  ll_results_delete(r);
  o.no_prescan = true;
  r = ll_analyze(&o);
  ll_results_findings(r, &n_findings);
  ll_results_errors(r, &n_errors);
  assert_int_equal(n_findings, 1);
  assert_int_equal(n_errors, 1); /* parsing everything finds its syntax error */
  ll_results_delete(r);
  free(dir);
}

/* Calls through `from m import *` and through a package that re-exports a name (`from .db import
 * connect` in its __init__) reach the function they name: its findings are reported, with and
 * without the pre-scan. A circle of star imports ends. */
static void test_calls_through_star_imports_and_re_exports(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "pkg/__init__.py", "from .db import connect\n"));
  free(ll_test_write(dir, "pkg/db.py", "import boto3\ndef connect():\n    return boto3.client('dynamodb')\n"));
  free(ll_test_write(dir, "helpers.py", "import time\nfrom loop_a import *\ndef wait_a_bit():\n    time.sleep(5)\n"));
  free(ll_test_write(dir, "loop_a.py", "from loop_b import *\n"));
  free(ll_test_write(dir, "loop_b.py", "from loop_a import *\n"));
  free(ll_test_write(dir, "app.py", "from helpers import *\nfrom pkg import connect\n"
                                    "def lambda_handler(event, context):\n    wait_a_bit()\n    missing()\n"
                                    "    return connect()\n"));
  for (int no_prescan = 0; no_prescan <= 1; no_prescan++) {
    size_t n = 0;
    char *text = findings_of(dir, 1, no_prescan, &n);
    if (!strstr(text, "/helpers.py:4:5:LL403:") || !strstr(text, "/pkg/db.py:3:12:LL302:"))
      fail_msg("calls not followed (pre-scan %s):\n%s", no_prescan ? "off" : "on", text);
    assert_int_equal(n, 2);
    free(text);
  }
  ll_test_rmtree(dir);
  free(dir);
}


/* Template trees are analysed one deployable unit per work unit: the same findings whatever
 * --jobs and the pre-scan. */
static void test_template_corpora_same_with_prescan_and_threads(void **state) {
  same_findings_every_way("corpora/templates", 20);
}

static size_t occurrences(const char *text, const char *needle) {
  size_t n = 0;
  for (const char *at = strstr(text, needle); at; at = strstr(at + 1, needle)) n++;
  return n;
}

/* Code shared by stacks: a handler file two templates name, and a helper folder the handlers of
 * two stacks import. Each template's join sees the shared code, the helper's finding is reported
 * once, and nothing depends on how the work was shared out. */
static void test_code_shared_by_stacks(void **state) {
  char *dir = ll_test_tmpdir();
  static const char stack[] = "Transform: AWS::Serverless-2016-10-31\nResources:\n"
                              "  Shared:\n    Type: AWS::Serverless::Function\n"
                              "    Properties: {CodeUri: ../shared/, Handler: app.run, Runtime: python3.12, MemorySize: %s}\n"
                              "  Own:\n    Type: AWS::Serverless::Function\n"
                              "    Properties: {CodeUri: own/, Handler: main.process, Runtime: python3.12}\n";
  for (int k = 0; k < 6; k++) {
    char *name = ll_strfmt("stack_%d/template.yaml", k);
    char *text = ll_strfmt(stack, k % 2 ? "1024" : "512");
    free(ll_test_write(dir, name, text));
    free(name);
    free(text);
    name = ll_strfmt("stack_%d/own/main.py", k);
    free(ll_test_write(dir, name, k < 2 ? "from common.db import connect\n"
                                          "def process(event, context):\n    return connect()\n"
                                        : "import time\ndef process(event, context):\n    time.sleep(1)\n"));
    free(name);
  }
  free(ll_test_write(dir, "shared/app.py", "from concurrent.futures import ThreadPoolExecutor\n"
                                           "def run(event, context):\n    with ThreadPoolExecutor(4) as p:\n"
                                           "        return list(p.map(str, event))\n"));
  free(ll_test_write(dir, "common/__init__.py", ""));
  free(ll_test_write(dir, "common/db.py", "import boto3\ndef connect():\n    return boto3.client('dynamodb')\n"));
  size_t n = 0, m = 0;
  char *reference = findings_of(dir, 1, false, &n);
  for (int k = 0; k < 6; k++) { /* each template's join: LL505 for the shared handler */
    char *where = ll_strfmt("/stack_%d/template.yaml:", k);
    if (!strstr(reference, where) || occurrences(reference, "LL505") != 6) fail_msg("LL505 of %s:\n%s", where, reference);
    free(where);
  }
  assert_int_equal(occurrences(reference, "/shared/app.py:3:10:LL101:"), 1);
  assert_int_equal(occurrences(reference, "/common/db.py:3:12:LL302:"), 1);
  assert_int_equal(occurrences(reference, ":LL403:"), 4);
  for (unsigned jobs = 2; jobs <= 4; jobs += 2) {
    char *other = findings_of(dir, jobs, false, &m);
    assert_string_equal(reference, other);
    free(other);
  }
  char *all = findings_of(dir, 3, true, &m);
  assert_string_equal(reference, all);
  free(all);
  free(reference);
  ll_test_rmtree(dir);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_python_corpus_same_with_prescan_and_threads),
      cmocka_unit_test(test_examples_same_with_prescan_and_threads),
#ifdef LL_HAVE_LIBCLANG
      cmocka_unit_test(test_c_and_cpp_corpora_same_with_threads),
#endif
      cmocka_unit_test(test_files_without_evidence_are_not_parsed),
      cmocka_unit_test(test_calls_through_star_imports_and_re_exports),
      cmocka_unit_test(test_template_corpora_same_with_prescan_and_threads),
      cmocka_unit_test(test_code_shared_by_stacks),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
