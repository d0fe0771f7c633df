/* test_shared_modules.c — a module several units import is lowered once and lent to each
 * (engine/shared.h): each unit must see it, and report it, as if it had lowered it itself. */
#include "base/alloc.h"
#include "engine/shared.h"
#include "frontend/frontend.h"
#include "testutil.h"

static const char kit_source[] = "import boto3\n\n"
                                 "def handler(event, context):\n    return connect()\n\n"
                                 "def connect():\n    return boto3.client('s3')\n";

/* What a unit's linking set comes back as the front-end left it. */
static void test_lent_module_comes_back_as_lowered(void **state) {
  (void)state;
  ll_module *fresh = ll_test_lower("kit.py", kit_source);
  ll_shared_module *shared = ll_shared_module_new(ll_test_lower("kit.py", kit_source), "a problem");
  assert_int_equal(ll_shared_module_size(shared), strlen(kit_source));
  for (int lending = 0; lending < 2; lending++) {
    const char *problem = NULL;
    ll_module *m = ll_shared_module_lend(shared, &problem);
    assert_string_equal(problem, "a problem");
    assert_int_equal(m->n_functions, fresh->n_functions);
    assert_int_equal(m->has_lambda_evidence, fresh->has_lambda_evidence);
    for (uint32_t f = 0; f < m->n_functions; f++) {
      assert_int_equal(m->functions[f].handler, fresh->functions[f].handler);
      assert_int_equal(m->functions[f].context_param, fresh->functions[f].context_param);
      assert_int_equal(m->functions[f].convention_handler, fresh->functions[f].convention_handler);
      /* what a unit's link and templates do to it */
      m->functions[f].handler = LL_HANDLER_TEMPLATE;
      m->functions[f].context_param = 7;
      m->functions[f].convention_handler = true;
    }
    m->has_lambda_evidence = true;
  }
  ll_shared_module_delete(shared);
  ll_module_delete(fresh);
}

/* Three functions import one layer module with a syntax error. Each unit reports it, lent or not:
 * with the cache, a unit answered from its entry still does after the unit that lowered the
 * module stops importing it. */
static void test_each_unit_reports_a_lent_module(void **state) {
  (void)state;
  static const char imports_kit[] = "import kit\n\ndef lambda_handler(event, context):\n    return kit.connect()\n";
  char *dir = ll_test_tmpdir();
  const char *const functions[] = {"fn_a/app.py", "fn_b/app.py", "fn_c/app.py"};
  for (size_t i = 0; i < 3; i++) free(ll_test_write(dir, functions[i], imports_kit));
  free(ll_test_write(dir, "layers/common/python/kit.py",
                     "import boto3\n\ndef connect():\n    return boto3.client('s3')\n\ndef broken(:\n    pass\n"));
  char *cached = ll_strfmt("--format json --jobs 1 --cache-dir '%s/cache' '%s'", dir, dir);
  char *uncached = ll_strfmt("--format json --jobs 1 --no-cache '%s'", dir);
  for (int round = 0; round < 2; round++) {
    if (round == 1) /* the first unit, the one that lowered kit, no longer imports it */
      free(ll_test_write(dir, "fn_a/app.py", "def lambda_handler(event, context):\n    return 1\n"));
    char *with_cache = NULL, *without = NULL, *err_cached = NULL, *err_uncached = NULL;
    ll_test_run(cached, &with_cache, &err_cached);
    ll_test_run(uncached, &without, &err_uncached);
    assert_non_null(with_cache);
    assert_non_null(without);
    if (!strstr(without, "kit.py")) fail_msg("kit.py's syntax error is not reported: %s", without);
    if (strcmp(with_cache, without)) fail_msg("round %d, cached:\n%s\nuncached:\n%s", round, with_cache, without);
    free(with_cache);
    free(without);
    free(err_cached);
    free(err_uncached);
  }
  /* and the same whatever the number of workers */
  char *one = NULL, *two = NULL;
  char *jobs2 = ll_strfmt("--format json --jobs 2 --no-cache '%s'", dir);
  ll_test_run(uncached, &one, NULL);
  ll_test_run(jobs2, &two, NULL);
  assert_string_equal(one, two);
  free(one);
  free(two);
  free(jobs2);
  free(cached);
  free(uncached);
  ll_test_rmtree(dir);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lent_module_comes_back_as_lowered),
      cmocka_unit_test(test_each_unit_reports_a_lent_module),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
