#include "testutil.h"
static void test_version(void **state) {
  char *out = NULL;
  assert_int_equal(ll_test_run("--version", &out, NULL), 0);
  assert_non_null(strstr(out, LL_VERSION));
  free(out);
}
int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_version)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
