#include <string.h>

#include "engine/suppress.h"
#include "testutil.h"

static ll_suppressions *parse(const char *src, ll_comment_style style) {
  return ll_suppressions_parse(src, strlen(src), style);
}

static void test_same_line_with_list_and_reason(void **state) {
  (void)state;
  ll_suppressions *s = parse("import boto3\n"
                             "s3 = boto3.client('s3')  # lambda-lint: ignore[LL302, LL101] -- warm\n",
                             LL_COMMENT_HASH);
  assert_true(ll_suppressions_match(s, 2, "LL302", "client-per-invocation"));
  assert_false(ll_suppressions_match(s, 2, "LL403", "sleep-in-handler"));
  assert_false(ll_suppressions_match(s, 1, "LL302", "client-per-invocation"));
  assert_false(ll_suppressions_match(s, 3, "LL302", "client-per-invocation"));
  size_t n;
  const ll_suppression *items = ll_suppressions_items(s, &n);
  assert_int_equal(n, 1);
  assert_string_equal(items[0].reason, "warm");
  assert_int_equal(items[0].column, 26);
  ll_suppressions_delete(s);
}

static void test_whitespace_tolerance_names_and_case(void **state) {
  (void)state;
  ll_suppressions *s = parse("x = f() #lambda-lint:ignore[ll302]\n"
                             "y = g()   #   lambda-lint :  ignore  [ thread-in-handler ,LL403 ]  \r\n",
                             LL_COMMENT_HASH);
  assert_true(ll_suppressions_match(s, 1, "LL302", "client-per-invocation"));
  assert_true(ll_suppressions_match(s, 2, "LL101", "thread-in-handler"));
  assert_true(ll_suppressions_match(s, 2, "LL403", "sleep-in-handler"));
  ll_suppressions_delete(s);
}

static void test_next_line_own_line_and_bare(void **state) {
  (void)state;
  ll_suppressions *s = parse("# lambda-lint: ignore-next-line[LL403]\n"
                             "time.sleep(1)\n"
                             "    # lambda-lint: ignore[LL302]\n"
                             "c = boto3.client('s3')\n"
                             "t.start()  # lambda-lint: ignore\n",
                             LL_COMMENT_HASH);
  assert_true(ll_suppressions_match(s, 2, "LL403", NULL));
  assert_false(ll_suppressions_match(s, 1, "LL403", NULL));
  assert_true(ll_suppressions_match(s, 4, "LL302", NULL)); /* own-line ignore covers the next */
  assert_true(ll_suppressions_match(s, 5, "LL101", NULL));
  assert_true(ll_suppressions_match(s, 5, "LL999", NULL));
  assert_false(ll_suppressions_match(s, 6, "LL101", NULL));
  ll_suppressions_delete(s);
}

static void test_file_level_only_in_first_lines(void **state) {
  (void)state;
  ll_suppressions *s = parse("// lambda-lint: ignore-file[LL403]\nsleep(1);\n", LL_COMMENT_SLASH);
  assert_true(ll_suppressions_match(s, 2, "LL403", NULL));
  assert_true(ll_suppressions_match(s, 900, "LL403", NULL));
  assert_false(ll_suppressions_match(s, 2, "LL302", NULL));
  ll_suppressions_delete(s);

  char late[256] = "";
  for (int i = 0; i < 10; i++) strcat(late, "x\n");
  strcat(late, "# lambda-lint: ignore-file[LL403]\n");
  s = parse(late, LL_COMMENT_HASH);
  assert_false(ll_suppressions_match(s, 1, "LL403", NULL));
  size_t n;
  ll_suppress_note *notes = ll_suppressions_unused(s, &n);
  assert_int_equal(n, 1);
  assert_non_null(strstr(notes[0].message, "first 10 lines"));
  ll_suppress_notes_delete(notes, n);
  ll_suppressions_delete(s);
}

static void test_comment_syntax_per_language(void **state) {
  (void)state;
  const char *js = "const c = new S3Client({}); // lambda-lint: ignore[LL302]\n"
                   "sleep(); /* lambda-lint: ignore[LL403] -- ok */\n"
                   "x(); # lambda-lint: ignore[LL101]\n";
  ll_suppressions *s = parse(js, LL_COMMENT_SLASH);
  assert_true(ll_suppressions_match(s, 1, "LL302", NULL));
  assert_true(ll_suppressions_match(s, 2, "LL403", NULL));
  assert_false(ll_suppressions_match(s, 3, "LL101", NULL)); /* `#` is not a comment in JS */
  size_t n;
  assert_string_equal(ll_suppressions_items(s, &n)[1].reason, "ok");
  ll_suppressions_delete(s);
  s = parse("x = 1  // lambda-lint: ignore\n", LL_COMMENT_HASH);
  assert_false(ll_suppressions_match(s, 1, "LL101", NULL));
  ll_suppressions_delete(s);
  assert_int_equal(ll_comment_style_for_path("a/app.py"), LL_COMMENT_HASH);
  assert_int_equal(ll_comment_style_for_path("template.yaml"), LL_COMMENT_HASH);
  assert_int_equal(ll_comment_style_for_path("index.ts"), LL_COMMENT_SLASH);
  assert_int_equal(ll_comment_style_for_path("main.go"), LL_COMMENT_SLASH);
  assert_int_equal(ll_comment_style_for_path("template.json"), LL_COMMENT_NONE);
}

static void test_unused_and_malformed_are_reported(void **state) {
  (void)state;
  ll_suppressions *s = parse("a()  # lambda-lint: ignore[LL302, LL101]\n"
                             "b()  # lambda-lint: ignore\n"
                             "c()  # lambda-lint: ignroe[LL302]\n"
                             "d()  # lambda-lint: ignore[LL302] because\n"
                             "e()  # lambda-lint: ignore[]\n"
                             "# lambda-lint reports things; this is prose, not a directive\n",
                             LL_COMMENT_HASH);
  assert_true(ll_suppressions_match(s, 1, "LL302", NULL));
  assert_false(ll_suppressions_match(s, 3, "LL302", NULL)); /* malformed: suppresses nothing */
  assert_false(ll_suppressions_match(s, 4, "LL302", NULL));
  size_t n;
  ll_suppress_note *notes = ll_suppressions_unused(s, &n);
  assert_int_equal(n, 5);
  assert_int_equal(notes[0].line, 1);
  assert_non_null(strstr(notes[0].message, "LL101"));
  assert_int_equal(notes[1].line, 2);
  assert_non_null(strstr(notes[2].message, "unknown directive"));
  assert_non_null(strstr(notes[3].message, "reason after `--`"));
  assert_non_null(strstr(notes[4].message, "empty rule list"));
  ll_suppress_notes_delete(notes, n);
  ll_suppressions_delete(s);
}

/* The pre-check must never say "none" for a file that has one, whatever its case or position. */
static void test_mention_precheck(void **state) {
  (void)state;
  static const char *const with[] = {"# lambda-lint: ignore", "x = 1  # LAMBDA-LINT: ignore[LL302]",
                                     "lambda-lint", "// Lambda-Lint:ignore-file\n", "a-b # lambda-lint:"};
  static const char *const without[] = {"", "-", "lambda-lin", "ambda-lint", "lambda lint", "x = a - b\n",
                                        "lambda_lint: ignore"};
  for (size_t i = 0; i < sizeof(with) / sizeof(*with); i++)
    assert_true(ll_suppressions_mentioned(with[i], strlen(with[i])));
  for (size_t i = 0; i < sizeof(without) / sizeof(*without); i++)
    assert_false(ll_suppressions_mentioned(without[i], strlen(without[i])));
  /* Not NUL-terminated: the bytes past `len` are not looked at. */
  assert_false(ll_suppressions_mentioned("lambda-lint", 10));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_same_line_with_list_and_reason),
      cmocka_unit_test(test_whitespace_tolerance_names_and_case),
      cmocka_unit_test(test_next_line_own_line_and_bare),
      cmocka_unit_test(test_file_level_only_in_first_lines),
      cmocka_unit_test(test_comment_syntax_per_language),
      cmocka_unit_test(test_unused_and_malformed_are_reported),
      cmocka_unit_test(test_mention_precheck),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
