#include <stdlib.h>

#include "base/path.h"
#include "testutil.h"

static void check(char *got, const char *want) {
  assert_string_equal(got, want);
  free(got);
}

static void test_absolute_normalises(void **state) {
  (void)state;
  check(ll_path_absolute("a/./b//c/../d", "/w"), "/w/a/b/d");
  check(ll_path_absolute("/x/../../y/", "/w"), "/y");
  check(ll_path_absolute(".", "/w/"), "/w");
  check(ll_path_absolute("../..", "/w"), "/");
}

static void test_relative_inside_and_outside(void **state) {
  (void)state;
  check(ll_path_relative("./src/app.py", "/w", "/w"), "src/app.py");
  check(ll_path_relative("/w/src", "/w", "/w"), "src");
  check(ll_path_relative("/w", "/w", "/w"), ".");
  assert_null(ll_path_relative("/wx/app.py", "/w", "/w"));
  assert_null(ll_path_relative("../app.py", "/w", "/w"));
  check(ll_path_relative("/etc/x", "/", "/w"), "etc/x");
}

static void test_display_and_parent(void **state) {
  (void)state;
  check(ll_path_display("src/../app.py", "/w"), "app.py");
  check(ll_path_display("/other/app.py", "/w"), "/other/app.py");
  check(ll_path_parent("/a/b"), "/a");
  check(ll_path_parent("/a"), "/");
}

static void test_test_sources(void **state) {
  (void)state;
  static const char *const tests[] = {"infra/test/stack.test.ts", "a/__tests__/x.js", "s.spec.mjs",
                                      "tests/unit/test_stack.py", "app/stack_test.py", "conftest.py", NULL};
  static const char *const sources[] = {"lib/stack.ts", "test/helpers.ts", "app/testing.py", "latest.py",
                                        "contest_stack.py", "app/test_data.json", NULL};
  for (size_t i = 0; tests[i]; i++)
    if (!ll_path_is_test_source(tests[i])) fail_msg("not a test: %s", tests[i]);
  for (size_t i = 0; sources[i]; i++)
    if (ll_path_is_test_source(sources[i])) fail_msg("a test: %s", sources[i]);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_absolute_normalises),
      cmocka_unit_test(test_relative_inside_and_outside),
      cmocka_unit_test(test_display_and_parent),
      cmocka_unit_test(test_test_sources),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
