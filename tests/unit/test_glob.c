#include "base/glob.h"
#include "testutil.h"

static void test_match_basics(void **state) {
  (void)state;
  assert_true(ll_glob_match("*.py", "app.py"));
  assert_false(ll_glob_match("*.py", "src/app.py"));
  assert_true(ll_glob_match("src/*.py", "src/app.py"));
  assert_true(ll_glob_match("a?c", "abc"));
  assert_false(ll_glob_match("a?c", "a/c"));
  assert_true(ll_glob_match("[a-c]x", "bx"));
  assert_false(ll_glob_match("[!a-c]x", "bx"));
  assert_true(ll_glob_match("[x", "[x"));
  assert_true(ll_glob_match("\\*", "*"));
  assert_false(ll_glob_match("\\*", "a"));
}

static void test_globstar(void **state) {
  (void)state;
  assert_true(ll_glob_match("**/test_*.py", "test_a.py"));
  assert_true(ll_glob_match("**/test_*.py", "a/b/test_a.py"));
  assert_true(ll_glob_match("src/**", "src/a/b.py"));
  assert_true(ll_glob_match("src/**/x.py", "src/x.py"));
  assert_true(ll_glob_match("src/**/x.py", "src/a/b/x.py"));
  assert_false(ll_glob_match("src/**/x.py", "lib/a/x.py"));
  assert_true(ll_glob_match("a**b", "axxb")); /* not a whole segment: like * */
  assert_false(ll_glob_match("a**b", "a/b"));
}

static void test_tree(void **state) {
  (void)state;
  assert_true(ll_glob_match_tree("build", "build/lib/app.py"));
  assert_true(ll_glob_match_tree("build/", "x/build/app.py"));
  assert_true(ll_glob_match_tree("*_test.py", "pkg/a_test.py"));
  assert_true(ll_glob_match_tree("tests/fixtures", "tests/fixtures/a/b.py"));
  assert_false(ll_glob_match_tree("tests/fixtures", "src/tests/fixtures/a.py"));
  assert_true(ll_glob_match_tree("./vendor/**", "vendor/x.py"));
  assert_true(ll_glob_match_tree("/vendor", "vendor/x.py"));
  assert_false(ll_glob_match_tree("app.py", "app.pyc"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_match_basics),
      cmocka_unit_test(test_globstar),
      cmocka_unit_test(test_tree),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
