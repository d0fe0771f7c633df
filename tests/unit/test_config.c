#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "cli/config.h"
#include "testutil.h"

static const ll_rule rule_thread = {.id = "LL101", .name = "thread-in-handler", .severity = LL_SEVERITY_WARNING};
static const ll_rule rule_client = {.id = "LL302", .name = "client-per-invocation", .severity = LL_SEVERITY_WARNING};
static const ll_rule rule_sleep = {.id = "LL403", .name = "sleep-in-handler", .severity = LL_SEVERITY_INFO};

static const ll_rule *lookup(const char *id_or_name) {
  const ll_rule *all[] = {&rule_thread, &rule_client, &rule_sleep};
  for (size_t i = 0; i < 3; i++)
    if (strcmp(all[i]->id, id_or_name) == 0 || strcmp(all[i]->name, id_or_name) == 0) return all[i];
  return NULL;
}

typedef struct {
  char *dir;
  char *path;
} fixture;

static ll_config *load_text(fixture *fx, const char *text, char **error) {
  fx->dir = ll_test_tmpdir();
  fx->path = ll_test_write(fx->dir, LL_CONFIG_NAME, text);
  *error = NULL;
  return ll_config_load(fx->path, lookup, error);
}

static void cleanup(fixture *fx) {
  ll_test_rmtree(fx->dir);
  free(fx->dir);
  free(fx->path);
}

static void test_full_config(void **state) {
  (void)state;
  fixture fx;
  char *error;
  ll_config *cfg = load_text(&fx,
                             "# an example\n"
                             "select: [LL302, thread-in-handler]\n"
                             "ignore: LL403\n"
                             "severity:\n"
                             "  LL302: error\n"
                             "exclude:\n"
                             "  - tests/fixtures\n"
                             "  - '*_generated.py'\n"
                             "handlers: [app.lambda_handler]\n"
                             "heavy-modules: [mycorp_ml, big.lib]\n"
                             "per-file-ignores:\n"
                             "  'scripts/**': [LL403, LL101]\n",
                             &error);
  assert_null(error);
  assert_non_null(cfg);
  assert_int_equal(cfg->n_select, 2);
  assert_string_equal(cfg->select[1], "thread-in-handler");
  assert_int_equal(cfg->n_ignore, 1);
  assert_int_equal(cfg->n_handlers, 1);
  assert_int_equal(cfg->n_heavy_modules, 2);
  assert_int_equal(ll_config_severity(cfg, &rule_client, LL_SEVERITY_WARNING), LL_SEVERITY_ERROR);
  assert_int_equal(ll_config_severity(cfg, &rule_thread, LL_SEVERITY_WARNING), LL_SEVERITY_WARNING);

  char *fixtures = ll_strfmt("%s/tests/fixtures/a/handler.py", fx.dir);
  char *generated = ll_strfmt("%s/src/x_generated.py", fx.dir);
  char *app = ll_strfmt("%s/src/app.py", fx.dir);
  char *script = ll_strfmt("%s/scripts/tool/run.py", fx.dir);
  assert_true(ll_config_excludes(cfg, fixtures, "/"));
  assert_true(ll_config_excludes(cfg, generated, "/"));
  assert_false(ll_config_excludes(cfg, app, "/"));
  assert_false(ll_config_excludes(cfg, "/elsewhere/tests/fixtures/a.py", "/"));
  assert_true(ll_config_ignores(cfg, script, "/", &rule_sleep));
  assert_true(ll_config_ignores(cfg, script, "/", &rule_thread));
  assert_false(ll_config_ignores(cfg, script, "/", &rule_client));
  assert_false(ll_config_ignores(cfg, app, "/", &rule_sleep));
  free(fixtures);
  free(generated);
  free(app);
  free(script);
  ll_config_delete(cfg);
  cleanup(&fx);
}

/* Each invalid config must fail with its line number in the message. */
static void expect_error(const char *text, const char *where, const char *what) {
  fixture fx;
  char *error;
  ll_config *cfg = load_text(&fx, text, &error);
  assert_null(cfg);
  assert_non_null(error);
  char *prefix = ll_strfmt("%s:%s", fx.path, where);
  if (strncmp(error, prefix, strlen(prefix)) != 0 || !strstr(error, what))
    fail_msg("got \"%s\", want \"%s…%s…\"", error, prefix, what);
  free(prefix);
  free(error);
  cleanup(&fx);
}

static void test_invalid_configs_name_the_line(void **state) {
  (void)state;
  expect_error("select: [LL302]\nignroe: [LL101]\n", "2:", "unknown key `ignroe`");
  expect_error("select:\n  - LL302\n  - LL999\n", "3:", "unknown rule `LL999`");
  expect_error("severity:\n  LL302: fatal\n", "2:", "unknown severity `fatal`");
  expect_error("severity: [LL302]\n", "1:", "must be a mapping");
  expect_error("exclude: {a: b}\n", "1:", "must be a list of strings");
  expect_error("select: [LL302\nignore: x\n", "", "invalid YAML");
  expect_error("- just\n- a list\n", "1:", "must be a mapping of keys");
  expect_error("per-file-ignores:\n  'a/**': [LL302, nope]\n", "2:", "unknown rule `nope`");
  expect_error("ignore: [LL302]\nselect: [LL101]\nignore: [LL403]\n", "3:", "duplicate key `ignore` (first at line 1)");
  expect_error("severity:\n  LL302: error\n  LL302: info\n", "3:", "duplicate key `LL302`");
  expect_error("no-prescan: yes\n", "1:", "`no-prescan` takes true or false");
  expect_error("select: [LL9]\n", "1:", "unknown rule `LL9`"); /* a prefix of no rule */
  expect_error("jobs: [1, 2]\n", "1:", "jobs must be a non-empty string");
}

/* select / ignore take what --select takes: prefixes and ALL. */
static void test_rule_prefixes(void **state) {
  (void)state;
  fixture fx;
  char *error;
  ll_config *cfg = load_text(&fx, "select: [ALL]\nignore: [LL3, ll40, thread-in-handler]\n", &error);
  assert_null(error);
  assert_int_equal(cfg->n_ignore, 3);
  ll_config_delete(cfg);
  cleanup(&fx);
}

/* Keys named like options are kept, in order, as the option's argument; paths made absolute. */
static void test_option_keys(void **state) {
  (void)state;
  fixture fx;
  char *error;
  ll_config *cfg = load_text(&fx, "jobs: 2\nevent-names: [evt, ev]\nno-prescan: true\nverbose: false\n"
                                  "baseline: ci/baseline.json\n", &error);
  assert_null(error);
  assert_int_equal(cfg->n_settings, 4); /* a flag set to false is not kept */
  assert_string_equal(cfg->settings[0].key, "jobs");
  assert_string_equal(cfg->settings[0].value, "2");
  assert_int_equal(cfg->settings[0].line, 1);
  assert_string_equal(cfg->settings[1].value, "evt,ev");
  assert_string_equal(cfg->settings[2].key, "no-prescan");
  char *baseline = ll_strfmt("%s/ci/baseline.json", cfg->root);
  assert_string_equal(cfg->settings[3].value, baseline);
  free(baseline);
  ll_config_delete(cfg);
  cleanup(&fx);
}

static void test_empty_config_is_fine(void **state) {
  (void)state;
  fixture fx;
  char *error;
  ll_config *cfg = load_text(&fx, "# nothing yet\n", &error);
  assert_non_null(cfg);
  assert_int_equal(cfg->n_select, 0);
  ll_config_delete(cfg);
  cleanup(&fx);
}

static void test_found_upward(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  char *cfg = ll_test_write(dir, "proj/" LL_CONFIG_NAME, "select: [LL302]\n");
  char *file = ll_test_write(dir, "proj/src/pkg/app.py", "x = 1\n");
  char *sub = ll_strfmt("%s/proj/src", dir);
  char *found = ll_config_find(file, "/");
  assert_string_equal(found, cfg);
  free(found);
  found = ll_config_find(sub, "/");
  assert_string_equal(found, cfg);
  free(found);
  char *outside = ll_strfmt("%s/other.py", dir);
  found = ll_config_find(outside, "/");
  assert_true(found == NULL || strncmp(found, dir, strlen(dir)) != 0);
  free(found);
  free(outside);
  free(sub);
  free(file);
  free(cfg);
  ll_test_rmtree(dir);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_full_config),
      cmocka_unit_test(test_invalid_configs_name_the_line),
      cmocka_unit_test(test_option_keys),
      cmocka_unit_test(test_rule_prefixes),
      cmocka_unit_test(test_empty_config_is_fine),
      cmocka_unit_test(test_found_upward),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
