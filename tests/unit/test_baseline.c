#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "engine/baseline.h"
#include "engine/fingerprint.h"
#include "testutil.h"

static const ll_rule rule = {.id = "LL302", .name = "client-per-invocation"};

static ll_finding finding(uint32_t line, const char *text) {
  ll_finding f = {.path = (char *)"src/app.py", .line = line, .column = 5, .rule = &rule,
                  .message = (char *)"client per call", .source_line = (char *)text};
  return f;
}

static void test_round_trip_matches_moved_findings_only(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  char *path = ll_strfmt("%s/baseline.json", dir);
  ll_finding old[] = {finding(3, "s3 = boto3.client('s3')"), finding(8, "db = connect()")};
  char **old_fp = ll_fingerprints_new(old, 2, "/w");
  FILE *f = fopen(path, "w");
  assert_true(ll_baseline_write(f, old, (const char *const *)old_fp, 2, "/w", "/w"));
  fclose(f);

  char *error = NULL;
  ll_baseline *base = ll_baseline_load(path, &error);
  assert_non_null(base);
  assert_int_equal(ll_baseline_count(base), 2);
  /* later: both moved down two lines, and one new finding */
  ll_finding now[] = {finding(5, "s3 = boto3.client('s3')"), finding(10, "db = connect()"),
                      finding(12, "sqs = boto3.client('sqs')")};
  char **now_fp = ll_fingerprints_new(now, 3, "/w");
  assert_true(ll_baseline_contains(base, now_fp[0]));
  assert_true(ll_baseline_contains(base, now_fp[1]));
  assert_false(ll_baseline_contains(base, now_fp[2]));
  ll_fingerprints_delete(old_fp, 2);
  ll_fingerprints_delete(now_fp, 3);
  ll_baseline_delete(base);
  free(path);
  ll_test_rmtree(dir);
  free(dir);
}

static void expect_invalid(const char *text, const char *what) {
  char *dir = ll_test_tmpdir();
  char *path = ll_test_write(dir, "b.json", text);
  char *error = NULL;
  assert_null(ll_baseline_load(path, &error));
  if (!strstr(error, what)) fail_msg("got \"%s\", want \"%s\"", error, what);
  free(error);
  free(path);
  ll_test_rmtree(dir);
  free(dir);
}

static void test_invalid_baselines(void **state) {
  (void)state;
  expect_invalid("{\"version\": 1, \"findings\": [", "invalid baseline");
  expect_invalid("{\"version\": 9, \"findings\": []}", "not a lambda-lint baseline");
  expect_invalid("{\"version\": 1, \"findings\": [{\"rule\": \"LL302\"}]}", "not a lambda-lint baseline");
  char *error = NULL;
  assert_null(ll_baseline_load("/nonexistent/baseline.json", &error));
  assert_non_null(strstr(error, "cannot read"));
  free(error);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_round_trip_matches_moved_findings_only),
      cmocka_unit_test(test_invalid_baselines),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
