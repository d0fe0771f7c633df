/* test_deploy.c — binding template functions to analysed modules: template-named handlers,
 * Lambda evidence, and the configuration ll_rule_function_config() hands to code rules. */
#include "base/alloc.h"
#include "frontend/frontend.h"
#include "lambdalint/project.h"
#include "template/deploy.h"
#include "testutil.h"

static const char source[] = "def create_order(evt, ctx):\n"
                             "    return helper()\n"
                             "\n"
                             "def helper():\n"
                             "    return 1\n"
                             "\n"
                             "def unused(a, b):\n"
                             "    return 2\n";

static const char template_text[] = "Transform: AWS::Serverless-2016-10-31\n"
                                    "Globals: {Function: {Timeout: 12}}\n"
                                    "Resources:\n"
                                    "  Orders:\n"
                                    "    Type: AWS::Serverless::Function\n"
                                    "    Properties: {CodeUri: src, Handler: app.create_order, "
                                    "Runtime: python3.12, MemorySize: 2048}\n";

static void binds_handler_evidence_and_config(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  char *path = ll_test_write(dir, "src/app.py", source);
  char *tpl = ll_test_write(dir, "template.yaml", template_text);
  ll_project *project = ll_project_new();
  char *error = NULL;
  assert_true(ll_project_load_file(project, tpl, &error));
  ll_module *m = ll_test_lower(path, source);
  assert_non_null(m);
  int handler = ll_module_function_index(m, "create_order");
  int helper = ll_module_function_index(m, "helper");
  assert_true(handler > 0 && helper > 0);
  assert_false(m->has_lambda_evidence);

  ll_deployment *d = ll_deployment_new(project, &m, 1);
  assert_int_equal(m->functions[handler].handler, LL_HANDLER_TEMPLATE);
  assert_int_equal(m->functions[helper].handler, LL_HANDLER_NONE);
  assert_true(m->has_lambda_evidence);
  const ll_function_config *c = ll_deployment_config(d, m, handler, true);
  assert_non_null(c);
  assert_string_equal(c->resource, "Orders");
  assert_string_equal(c->runtime, "python3.12");
  assert_int_equal(c->memory_mb, 2048);
  assert_int_equal(c->timeout_s, 12);
  assert_int_equal(c->line, 4);
  assert_ptr_equal(ll_deployment_config(d, m, helper, true), c); /* reached from the handler */
  assert_null(ll_deployment_config(d, m, helper, false));        /* not reached */

  ll_deployment_delete(d);
  ll_module_delete(m);
  ll_project_delete(project);
  char *cmd = ll_strfmt("rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
  free(cmd);
  free(tpl);
  free(path);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(binds_handler_evidence_and_config)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
