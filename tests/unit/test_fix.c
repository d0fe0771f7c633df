/*
 * test_fix.c — fixes: applying edits (overlaps, re-parse, shared definitions, line endings, BOM),
 * the flagged → fixed corpus pairs (corpora/<lang>/llNNN/fix/NAME + NAME.fixed), --diff applied by
 * the real `patch -p0`, and what --fix reports.
 */
#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "fix/fix.h"
#include "frontend/frontend.h"
#include "testutil.h"

/* ---- applying ------------------------------------------------------------------------------ */

static ll_fix *one_edit(const char *source, uint32_t start, uint32_t end, const char *text) {
  ll_rule_edit e = {start, end, text};
  return ll_fix_new(false, "test", source, strlen(source), &e, 1);
}

static void test_overlapping_fix_waits_for_a_later_pass(void **state) {
  (void)state;
  const char *src = "x = f(1)\ny = g(2)\n";
  ll_fix *a = one_edit(src, 4, 8, "h(3)"), *b = one_edit(src, 6, 7, "9"), *c = one_edit(src, 13, 17, "k(4)");
  const ll_fix *fixes[] = {a, b, c};
  ll_fix_outcome outcomes[3];
  size_t len = 0;
  char *out = ll_fix_apply_all("t.py", src, strlen(src), fixes, 3, outcomes, &len);
  assert_string_equal(out, "x = h(3)\ny = k(4)\n");
  assert_int_equal(len, strlen(out));
  assert_int_equal(outcomes[0], LL_FIX_APPLIED);
  assert_int_equal(outcomes[1], LL_FIX_DEFERRED);
  assert_int_equal(outcomes[2], LL_FIX_APPLIED);
  free(out);
  ll_fix_delete(a);
  ll_fix_delete(b);
  ll_fix_delete(c);
}

static void test_fix_that_breaks_the_syntax_is_dropped(void **state) {
  (void)state;
  const char *src = "def handler(event, context):\n    return 1\n";
  ll_fix *bad = one_edit(src, 11, 12, "(("), *good = one_edit(src, 40, 41, "2");
  const ll_fix *fixes[] = {bad, good};
  ll_fix_outcome outcomes[2];
  size_t len = 0;
  char *out = ll_fix_apply_all("t.py", src, strlen(src), fixes, 2, outcomes, &len);
  assert_int_equal(outcomes[0], LL_FIX_DROPPED);
  assert_int_equal(outcomes[1], LL_FIX_APPLIED);
  assert_string_equal(out, "def handler(event, context):\n    return 2\n");
  free(out);
  assert_null(ll_fix_apply_one("t.py", src, strlen(src), bad, &len));
  char *alone = ll_fix_apply_one("t.py", src, strlen(src), good, &len);
  assert_string_equal(alone, "def handler(event, context):\n    return 2\n");
  free(alone);
  ll_fix_delete(bad);
  ll_fix_delete(good);
}

static void test_fixes_share_an_identical_definition(void **state) {
  (void)state;
  const char *src = "import boto3\n\ndef a():\n    return boto3.client(\"s3\")\n\ndef b():\n    return boto3.client(\"s3\")\n";
  const char *call = "boto3.client(\"s3\")";
  uint32_t first = (uint32_t)(strstr(src, call) - src), second = (uint32_t)(strstr(src + first + 1, call) - src);
  uint32_t n = (uint32_t)strlen(call);
  ll_rule_edit e1[] = {{13, 13, "S3 = boto3.client(\"s3\")\n"}, {first, first + n, "S3"}};
  ll_rule_edit e2[] = {{13, 13, "S3 = boto3.client(\"s3\")\n"}, {second, second + n, "S3"}};
  ll_fix *a = ll_fix_new(true, "a", src, strlen(src), e1, 2), *b = ll_fix_new(true, "b", src, strlen(src), e2, 2);
  const ll_fix *fixes[] = {a, b};
  ll_fix_outcome outcomes[2];
  size_t len = 0;
  char *out = ll_fix_apply_all("t.py", src, strlen(src), fixes, 2, outcomes, &len);
  assert_int_equal(outcomes[0], LL_FIX_APPLIED);
  assert_int_equal(outcomes[1], LL_FIX_APPLIED);
  assert_string_equal(out, "import boto3\nS3 = boto3.client(\"s3\")\n\ndef a():\n    return S3\n\ndef b():\n    return S3\n");
  free(out);
  ll_fix_delete(a);
  ll_fix_delete(b);
}

static void test_edits_keep_bom_and_line_endings(void **state) {
  (void)state;
  const char *src = "\xEF\xBB\xBFx = 1\r\ny = 2\r\n";
  ll_fix *top = one_edit(src, 0, 0, "import os\n");
  assert_non_null(top);
  assert_int_equal(top->edits[0].start, 3); /* after the BOM */
  assert_string_equal(top->edits[0].text, "import os\r\n");
  assert_int_equal(top->edits[0].line, 1);
  size_t len = 0;
  char *out = ll_fix_apply_one("t.py", src, strlen(src), top, &len);
  assert_string_equal(out, "\xEF\xBB\xBFimport os\r\nx = 1\r\ny = 2\r\n");
  free(out);
  ll_fix_delete(top);
  ll_rule_edit overlapping[] = {{1, 3, "a"}, {2, 4, "b"}};
  assert_null(ll_fix_new(false, "t", src, strlen(src), overlapping, 2));
  ll_rule_edit outside = {1, 400, ""};
  assert_null(ll_fix_new(false, "t", src, strlen(src), &outside, 1));
}

static void test_diff_of_two_places(void **state) {
  (void)state;
  const char *old = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n", *new_text = "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm";
  char *buf = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buf, &size);
  assert_true(ll_fix_write_diff(out, "p.py", old, strlen(old), new_text, strlen(new_text)));
  fclose(out);
  assert_string_equal(buf, "--- p.py\n+++ p.py\n"
                           "@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n"
                           "@@ -10,3 +10,4 @@\n j\n k\n l\n+m\n\\ No newline at end of file\n");
  free(buf);
}

/* ---- the corpus pairs ------------------------------------------------------------------------ */

typedef struct {
  size_t of_rule;    /* findings of the rule */
  size_t with_fix;   /* … that carry a fix */
} rule_count;

/* Runs lambda-lint with `args` on `path` (JSON) and counts the findings of `rule`. */
static rule_count count_findings(const char *args, const char *path, const char *rule) {
  char *cmd = ll_strfmt("--format json %s '%s'", args, path), *out = NULL;
  ll_test_run(cmd, &out, NULL);
  free(cmd);
  json_error_t error;
  json_t *root = json_loads(out ? out : "", 0, &error);
  free(out);
  assert_non_null(root);
  rule_count c = {0, 0};
  size_t i;
  json_t *f;
  json_array_foreach(json_object_get(root, "findings"), i, f) {
    if (strcmp(json_string_value(json_object_get(f, "rule")), rule)) continue;
    c.of_rule++;
    c.with_fix += json_object_get(f, "fix") != NULL;
  }
  json_decref(root);
  return c;
}

/* corpora/<lang>/llNNN/fix/NAME: --fix --unsafe-fixes turns it into NAME.fixed; the fixed file
 * parses, and the rule finds there only what had no fix. */
static void check_pair(const char *flagged) {
  const char *slash = strstr(flagged, "/ll");
  char rule[6] = "LL";
  memcpy(rule + 2, slash + 3, 3);
  rule[5] = '\0';
  const char *args = strcmp(rule, "LL001") == 0 ? "--report-unused-ignores" : strcmp(rule, "LL301") == 0 ? "--select LL301" : NULL;
  char *select = args ? NULL : ll_strfmt("--select %s", rule);
  if (!args) args = select;
  char *dir = ll_test_tmpdir(), *original = ll_test_read(flagged), *fixed_name = ll_strfmt("%s.fixed", flagged);
  char *expected = ll_test_read(fixed_name);
  assert_non_null(original);
  assert_non_null(expected);
  char *copy = ll_test_write(dir, strrchr(flagged, '/') + 1, original);
  rule_count before = count_findings(args, copy, rule);
  assert_true(before.with_fix > 0);
  char *cmd = ll_strfmt("%s --fix --unsafe-fixes '%s'", args, copy), *out = NULL;
  ll_test_run(cmd, &out, NULL);
  assert_non_null(strstr(out, "Fixed "));
  char *result = ll_test_read(copy);
  if (strcmp(result, expected) != 0) print_error("%s: --fix gives\n%s\n", flagged, result);
  assert_string_equal(result, expected);
  assert_true(ll_fix_parses(copy, result, strlen(result)));
  rule_count after = count_findings(args, copy, rule);
  assert_int_equal(after.with_fix, 0);
  assert_int_equal(after.of_rule, before.of_rule - before.with_fix);
  free(cmd);
  free(out);
  free(result);
  free(copy);
  free(select);
  free(original);
  free(expected);
  free(fixed_name);
  ll_test_rmtree(dir);
  free(dir);
}

/* Calls `each` for every corpora/<lang>/ll*\/fix/NAME that has a NAME.fixed. */
static size_t each_pair(void (*each)(const char *flagged)) {
  size_t n = 0;
  DIR *langs = opendir("corpora");
  assert_non_null(langs);
  for (struct dirent *l; (l = readdir(langs));) {
    if (l->d_name[0] == '.') continue;
    char *lang = ll_strfmt("corpora/%s", l->d_name);
    DIR *rules = opendir(lang);
    for (struct dirent *r; rules && (r = readdir(rules));) {
      if (strncmp(r->d_name, "ll", 2)) continue;
      char *fixdir = ll_strfmt("%s/%s/fix", lang, r->d_name);
      DIR *files = opendir(fixdir);
      for (struct dirent *f; files && (f = readdir(files));) {
        size_t len = strlen(f->d_name);
        if (f->d_name[0] == '.' || (len > 6 && !strcmp(f->d_name + len - 6, ".fixed"))) continue;
        char *path = ll_strfmt("%s/%s", fixdir, f->d_name), *fixed = ll_strfmt("%s.fixed", path);
        struct stat st;
        if (stat(fixed, &st) == 0) {
          each(path);
          n++;
        }
        free(path);
        free(fixed);
      }
      if (files) closedir(files);
      free(fixdir);
    }
    if (rules) closedir(rules);
    free(lang);
  }
  closedir(langs);
  return n;
}

static void test_corpus_pairs(void **state) {
  (void)state;
  size_t n = each_pair(check_pair);
  assert_true(n >= 10); /* LL001, LL301, LL302 (2), LL402 in Python; LL001, LL302, LL402 in JS; LL302, LL402 in TS */
}

/* ---- the command line ------------------------------------------------------------------------ */

static char *corpus_copy(const char *dir, const char *corpus, const char *name) {
  char *text = ll_test_read(corpus);
  char *path = ll_test_write(dir, name, text);
  free(text);
  return path;
}

static void test_diff_applies_with_patch(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(corpus_copy(dir, "corpora/python/ll402/fix/requests_without_timeout.py", "app.py"));
  char *sub = ll_strfmt("%s/web", dir);
  free(corpus_copy(sub, "corpora/js/ll302/fix/clients_in_handler.mjs", "index.mjs"));
  char *cmd = ll_strfmt("cd '%s' && '%s' --select LL302,LL402 --unsafe-fixes --diff . >fixes.diff 2>err", dir, LL_BINARY);
  int status = system(cmd);
  assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 1); /* a diff */
  free(cmd);
  cmd = ll_strfmt("cd '%s' && patch -p0 --quiet <fixes.diff", dir);
  assert_int_equal(system(cmd), 0);
  free(cmd);
  char *path = ll_strfmt("%s/app.py", dir), *got = ll_test_read(path);
  char *want = ll_test_read("corpora/python/ll402/fix/requests_without_timeout.py.fixed");
  assert_string_equal(got, want);
  free(path);
  free(got);
  free(want);
  path = ll_strfmt("%s/web/index.mjs", dir);
  got = ll_test_read(path);
  want = ll_test_read("corpora/js/ll302/fix/clients_in_handler.mjs.fixed");
  assert_string_equal(got, want);
  free(path);
  free(got);
  free(want);
  /* nothing left to fix: no diff, exit 0 */
  cmd = ll_strfmt("cd '%s' && '%s' --select LL302,LL402 --unsafe-fixes --diff . >again.diff 2>err", dir, LL_BINARY);
  status = system(cmd);
  assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  path = ll_strfmt("%s/again.diff", dir);
  got = ll_test_read(path);
  assert_string_equal(got, "");
  free(path);
  free(got);
  free(cmd);
  free(sub);
  ll_test_rmtree(dir);
  free(dir);
}

static void test_fix_reports_what_is_left(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir(), *app = corpus_copy(dir, "corpora/python/ll402/fix/requests_without_timeout.py", "app.py");
  char *before = ll_test_read(app);
  /* safe fixes only: the timeouts are unsafe, so nothing changes and all four are left */
  char *cmd = ll_strfmt("--select LL402 --fix '%s'", app), *out = NULL;
  assert_int_equal(ll_test_run(cmd, &out, NULL), 1);
  assert_non_null(strstr(out, "Fixed 0 findings (4 left, 3 with unsafe fixes available: --unsafe-fixes)."));
  assert_non_null(strstr(out, "[*] `requests.get`"));
  char *after = ll_test_read(app);
  assert_string_equal(before, after);
  free(cmd);
  free(out);
  free(after);
  cmd = ll_strfmt("--select LL402 --fix --unsafe-fixes '%s'", app);
  assert_int_equal(ll_test_run(cmd, &out, NULL), 1); /* timeout=None is left */
  assert_non_null(strstr(out, "Fixed 3 findings (1 left)."));
  free(cmd);
  free(out);
  /* everything fixed: exit 0 */
  char *sup = corpus_copy(dir, "corpora/python/ll001/fix/stale_suppressions.py", "sup.py");
  cmd = ll_strfmt("--report-unused-ignores --fix '%s'", sup);
  assert_int_equal(ll_test_run(cmd, &out, NULL), 0);
  assert_non_null(strstr(out, "Fixed 3 findings (0 left)."));
  free(cmd);
  free(out);
  /* --fix and --diff do not go together; neither works on stdin */
  assert_int_equal(ll_test_run("--fix --diff .", NULL, NULL), 2);
  assert_int_equal(ll_test_run("--fix - </dev/null", NULL, NULL), 2);
  free(sup);
  free(before);
  free(app);
  ll_test_rmtree(dir);
  free(dir);
}

static void test_crlf_file_stays_crlf(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  const char *src = "\xEF\xBB\xBFimport boto3\r\n\r\n\r\ndef lambda_handler(event, context):\r\n"
                    "    s3 = boto3.client(\"s3\")\r\n    return s3.list_buckets()\r\n";
  char *app = ll_test_write(dir, "app.py", src);
  char *cmd = ll_strfmt("--select LL302 --fix --unsafe-fixes '%s'", app), *out = NULL;
  assert_int_equal(ll_test_run(cmd, &out, NULL), 0);
  char *got = ll_test_read(app);
  assert_string_equal(got, "\xEF\xBB\xBFimport boto3\r\n_S3_CLIENT = boto3.client(\"s3\")\r\n\r\n\r\n"
                           "def lambda_handler(event, context):\r\n    s3 = _S3_CLIENT\r\n    return s3.list_buckets()\r\n");
  free(got);
  free(out);
  free(cmd);
  free(app);
  ll_test_rmtree(dir);
  free(dir);
}

static void test_json_carries_the_fix(void **state) {
  (void)state;
  char *out = NULL;
  ll_test_run("--format json --select LL402 corpora/js/ll402/fix/fetch_without_signal.mjs", &out, NULL);
  json_error_t error;
  json_t *root = json_loads(out, 0, &error);
  assert_non_null(root);
  json_t *fix = json_object_get(json_array_get(json_object_get(root, "findings"), 0), "fix");
  assert_non_null(fix);
  assert_string_equal(json_string_value(json_object_get(fix, "applicability")), "unsafe");
  json_t *edit = json_array_get(json_object_get(fix, "edits"), 0);
  assert_string_equal(json_string_value(json_object_get(edit, "content")), ", { signal: AbortSignal.timeout(10000) }");
  assert_int_equal(json_integer_value(json_object_get(json_object_get(edit, "location"), "line")), 5);
  /* options written in the call: `signal` joins them; options in a variable: no fix */
  json_t *merged = json_array_get(json_object_get(json_object_get(json_array_get(json_object_get(root, "findings"), 1), "fix"), "edits"), 0);
  assert_string_equal(json_string_value(json_object_get(merged, "content")), " signal: AbortSignal.timeout(10000),");
  assert_null(json_object_get(json_array_get(json_object_get(root, "findings"), 3), "fix"));
  json_decref(root);
  free(out);
}

/* A handler that puts assumed-role keys in the environment before building a client: built at
 * import, the client would use other credentials, so no fix is offered. */
static void test_no_hoist_where_credentials_change(void **state) {
  (void)state;
  rule_count c = count_findings("--select LL302", "corpora/python/ll508/flagged_credentials_in_handler.py", "LL302");
  assert_int_equal(c.of_rule, 1);
  assert_int_equal(c.with_fix, 0);
  c = count_findings("--select LL302", "corpora/python/ll302/clean_assumed_role_credentials.py", "LL302");
  assert_int_equal(c.of_rule, 1);
  assert_int_equal(c.with_fix, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_overlapping_fix_waits_for_a_later_pass),
      cmocka_unit_test(test_fix_that_breaks_the_syntax_is_dropped),
      cmocka_unit_test(test_fixes_share_an_identical_definition),
      cmocka_unit_test(test_edits_keep_bom_and_line_endings),
      cmocka_unit_test(test_diff_of_two_places),
      cmocka_unit_test(test_corpus_pairs),
      cmocka_unit_test(test_diff_applies_with_patch),
      cmocka_unit_test(test_fix_reports_what_is_left),
      cmocka_unit_test(test_crlf_file_stays_crlf),
      cmocka_unit_test(test_json_carries_the_fix),
      cmocka_unit_test(test_no_hoist_where_credentials_change),
  };
  int failed = cmocka_run_group_tests(tests, NULL, NULL);
  ll_frontends_thread_done();
  return failed;
}
