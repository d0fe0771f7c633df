#include <string.h>

#include "engine/fingerprint.h"
#include "testutil.h"

static const ll_rule rule_a = {.id = "LL302", .name = "client-per-invocation"};
static const ll_rule rule_b = {.id = "LL101", .name = "thread-in-handler"};

static ll_finding finding(const char *path, uint32_t line, const ll_rule *rule, const char *text) {
  ll_finding f = {.path = (char *)path, .line = line, .column = 1, .rule = rule,
                  .source_line = (char *)text};
  return f;
}

static void test_stable_when_lines_move(void **state) {
  (void)state;
  ll_finding before[] = {finding("app.py", 3, &rule_a, "    s3 = boto3.client('s3')")};
  ll_finding after[] = {finding("./app.py", 40, &rule_a, "\ts3 = boto3.client( 's3' )")};
  char **a = ll_fingerprints_new(before, 1, "/w");
  char **b = ll_fingerprints_new(after, 1, "/w");
  assert_string_equal(a[0], b[0]);
  ll_fingerprints_delete(a, 1);
  ll_fingerprints_delete(b, 1);
}

static void test_distinguishes_rule_path_text_and_occurrence(void **state) {
  (void)state;
  ll_finding fs[] = {
      finding("app.py", 3, &rule_a, "c = boto3.client('s3')"),
      finding("app.py", 9, &rule_a, "c = boto3.client('s3')"),
      finding("app.py", 12, &rule_b, "c = boto3.client('s3')"),
      finding("lib.py", 3, &rule_a, "c = boto3.client('s3')"),
      finding("app.py", 14, &rule_a, "c = boto3.client('sqs')"),
  };
  size_t n = sizeof fs / sizeof fs[0];
  char **fp = ll_fingerprints_new(fs, n, "/w");
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++) assert_string_not_equal(fp[i], fp[j]);
  assert_non_null(strstr(fp[0], ":0"));
  assert_non_null(strstr(fp[1], ":1"));
  assert_int_equal(strlen(fp[0]), 18);
  ll_fingerprints_delete(fp, n);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_stable_when_lines_move),
      cmocka_unit_test(test_distinguishes_rule_path_text_and_occurrence),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
