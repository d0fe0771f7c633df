#include <string.h>
#include <time.h>

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

/* Patterns built to backtrack (`*a*a*…b`, a run of globstar folders): exponential in a backtracking matcher,
 * polynomial here. A config file is input too (a pull request can change it). */
static void test_no_backtracking_blowup(void **state) {
  char pattern[128] = "", path[256] = "";
  for (int i = 0; i < 24; i++) strcat(pattern, "*a");
  strcat(pattern, "*b");
  memset(path, 'a', 120);
  clock_t start = clock();
  assert_false(ll_glob_match(pattern, path));
  char deep[512] = "", folders[1024] = "";
  for (int i = 0; i < 12; i++) strcat(deep, "**/");
  strcat(deep, "x");
  for (int i = 0; i < 60; i++) strcat(folders, "d/");
  strcat(folders, "y");
  assert_false(ll_glob_match(deep, folders));
  strcpy(folders + strlen(folders) - 1, "x");
  assert_true(ll_glob_match(deep, folders));
  /* A folder pattern is also tried against every folder the path sits in: once a fresh match per
   * folder (41 s of CPU for this one, found by fuzz_glob), now one pass. */
  char slashes[2048] = "a/a/a/a/a/a/a/a/";
  memset(slashes + strlen(slashes), '/', 1500);
  strcat(slashes, "z");
  assert_false(ll_glob_match_tree("**/**/**/**/**?**/**/**/**/**/**/x", slashes));
  strcpy(slashes + strlen(slashes) - 1, "x");
  assert_true(ll_glob_match_tree("**/**/**/**/**?**/**/**/**/**/**/x", slashes));
  double seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
  if (seconds > 2) fail_msg("backtracking globs took %.1f s of CPU", seconds);
}

static void test_limits(void **state) {
  (void)state;
  char *long_path = calloc(LL_GLOB_MAX + 2, 1);
  memset(long_path, 'a', LL_GLOB_MAX + 1);
  assert_false(ll_glob_match("*", long_path));
  long_path[LL_GLOB_MAX] = '\0';
  assert_true(ll_glob_match("*", long_path));
  free(long_path);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_match_basics),
      cmocka_unit_test(test_globstar),
      cmocka_unit_test(test_tree),
      cmocka_unit_test(test_no_backtracking_blowup),
      cmocka_unit_test(test_limits),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
