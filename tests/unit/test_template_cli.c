/* test_template_cli.c — templates end to end through the lambda-lint binary: discovery by name and
 * content, template-named handlers, --as-of, a template that cannot be parsed. */
#include "base/alloc.h"
#include "testutil.h"

/* A handler whose name follows no convention: only a template makes it one. */
static const char orders_py[] = "import boto3\n"
                                "\n"
                                "def create_order(evt, ctx):\n"
                                "    return boto3.client('s3').list_buckets()\n";

static const char sam_template[] = "Transform: AWS::Serverless-2016-10-31\n"
                                   "Resources:\n"
                                   "  Orders:\n"
                                   "    Type: AWS::Serverless::Function\n"
                                   "    Properties:\n"
                                   "      CodeUri: src/\n"
                                   "      Handler: orders.create_order\n"
                                   "      Runtime: python3.12\n";

static int run(const char *args, const char *dir, char **out, char **err) {
  char *cmdline = ll_strfmt("%s '%s'", args, dir);
  int code = ll_test_run(cmdline, out, err);
  free(cmdline);
  return code;
}

static void rm_rf(char *dir) {
  char *cmd = ll_strfmt("rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
  free(cmd);
  free(dir);
}

static void template_names_the_handler(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "src/orders.py", orders_py));
  char *out = NULL, *err = NULL;
  assert_int_equal(run("--as-of 2026-01-15", dir, &out, &err), 0); /* no template: no evidence */
  free(out);
  free(err);
  free(ll_test_write(dir, "template.yaml", sam_template));
  assert_int_equal(run("--as-of 2026-01-15", dir, &out, &err), 1);
  assert_non_null(strstr(out, "src/orders.py:4:12: warning[LL302"));
  assert_non_null(strstr(out, "in 2 files analysed"));
  free(out);
  free(err);
  rm_rf(dir);
}

static void as_of_decides_runtime_deprecation(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "template.yaml", sam_template));
  char *out = NULL;
  assert_int_equal(run("--select LL501 --as-of 2026-01-15", dir, &out, NULL), 0);
  free(out);
  assert_int_equal(run("--select LL501 --as-of 2028-06-01", dir, &out, NULL), 1);
  assert_non_null(strstr(out, "template.yaml:8:7: warning[LL501 deprecated-runtime] runtime python3.12 is deprecated on 2028-10-31"));
  assert_non_null(strstr(out, "      Runtime: python3.12"));
  free(out);
  assert_int_equal(run("--select LL501 --as-of 2029-01-01 --format json", dir, &out, NULL), 1);
  assert_non_null(strstr(out, "\"severity\": \"error\""));
  assert_non_null(strstr(out, "\"rule\": \"LL501\""));
  free(out);
  char *err = NULL;
  assert_int_equal(run("--as-of 2026-02-30", dir, NULL, &err), 2);
  assert_non_null(strstr(err, "--as-of wants a date as YYYY-MM-DD"));
  free(err);
  rm_rf(dir);
}

static void templates_found_by_content_only_when_they_are(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "infra/stack.yml",
                     "AWSTemplateFormatVersion: '2010-09-09'\n"
                     "Resources:\n"
                     "  Fn:\n"
                     "    Type: AWS::Lambda::Function\n"
                     "    Properties: {Runtime: python3.12, Handler: a.b, Timeout: 1200}\n"));
  free(ll_test_write(dir, ".github/workflows/ci.yml", "on: push\njobs: {}\n"));
  free(ll_test_write(dir, "config.json", "{\"Timeout\": 1200}\n"));
  char *out = NULL, *err = NULL;
  assert_int_equal(run("--select LL502", dir, &out, &err), 1);
  assert_non_null(strstr(out, "infra/stack.yml:5:53: error[LL502 limits-out-of-range] Timeout 1200 s"));
  assert_non_null(strstr(out, "1 finding"));
  assert_string_equal(err, "");
  free(out);
  free(err);
  rm_rf(dir);
}

/* A CDK-synthesized JSON template can declare its first function far past the first 8 KiB (after
 * pages of parameters): it is still a template. */
static void template_with_its_functions_far_down_is_read(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  size_t cap = 64 * 1024;
  char *json = ll_malloc(cap);
  size_t n = (size_t)snprintf(json, cap, "{\n  \"Description\": \"x\",\n  \"Parameters\": {\n");
  for (int i = 0; i < 400; i++)
    n += (size_t)snprintf(json + n, cap - n, "    \"Param%03d\": {\"Type\": \"String\", \"Default\": \"v\"},\n", i);
  n += (size_t)snprintf(json + n, cap - n, "    \"Last\": {\"Type\": \"String\"}\n  },\n  \"Resources\": {\n"
                        "    \"Fn\": {\"Type\": \"AWS::Lambda::Function\",\n"
                        "      \"Properties\": {\"Runtime\": \"python3.8\", \"Handler\": \"a.b\"}}\n  }\n}\n");
  assert_true(n > 16 * 1024);
  free(ll_test_write(dir, "vod.template", json));
  free(json);
  char *out = NULL, *err = NULL;
  assert_int_equal(run("--select LL501 --as-of 2026-06-01", dir, &out, &err), 1);
  assert_non_null(strstr(out, "vod.template:"));
  assert_non_null(strstr(out, "[LL501 deprecated-runtime] runtime python3.8"));
  free(out);
  free(err);
  rm_rf(dir);
}

static void unparsable_template_is_an_error_for_that_file_only(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "template.yaml", "Resources:\n  Fn: {Type: [oops\n"));
  free(ll_test_write(dir, "app.py", "import boto3\ndef lambda_handler(event, context):\n"
                                    "    return boto3.client('s3')\n"));
  char *out = NULL, *err = NULL;
  assert_int_equal(run("", dir, &out, &err), 2);
  assert_non_null(strstr(err, "template.yaml: cannot parse template: "));
  assert_non_null(strstr(err, "(while parsing a flow sequence started at line 2, column 14)"));
  assert_null(strchr(strchr(err, '\n') + 1, '\n')); /* one line */
  assert_non_null(strstr(out, "app.py:3:12: warning[LL302"));
  free(out);
  free(err);
  rm_rf(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(template_names_the_handler),
      cmocka_unit_test(as_of_decides_runtime_deprecation),
      cmocka_unit_test(templates_found_by_content_only_when_they_are),
      cmocka_unit_test(unparsable_template_is_an_error_for_that_file_only),
      cmocka_unit_test(template_with_its_functions_far_down_is_read),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
