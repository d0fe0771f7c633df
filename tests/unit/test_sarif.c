/* SARIF reporter: structure checked with jansson, validity checked with the official schema. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "report/sarif.h"
#include "testutil.h"

static const ll_rule rule_thread = {.id = "LL101", .name = "thread-in-handler",
                                    .severity = LL_SEVERITY_WARNING,
                                    .summary = "A thread is started in handler code.",
                                    .rationale = "Lambda freezes the environment after return.",
                                    .example = "threading.Thread(target=f).start()",
                                    .fix = "do the work before returning",
                                    .not_flagged = "threads at module scope"};
static const ll_rule rule_client = {.id = "LL302", .name = "client-per-invocation",
                                    .severity = LL_SEVERITY_ERROR,
                                    .summary = "An SDK client is built per invocation."};
static const ll_rule rule_sleep = {.id = "LL403", .name = "sleep-in-handler",
                                   .severity = LL_SEVERITY_INFO};
static const ll_rule *const all_rules[] = {&rule_thread, &rule_client, &rule_sleep};

static ll_finding finding(const char *path, uint32_t line, const ll_rule *rule) {
  ll_finding f = {.path = (char *)path, .line = line, .column = 5, .end_line = line,
                  .end_column = 12, .rule = rule, .severity = rule->severity,
                  .message = (char *)"something \"quoted\" happened",
                  .source_line = (char *)"    s3 = boto3.client('s3')"};
  return f;
}

static ll_report_input input_of(const ll_finding *findings, size_t n) {
  ll_report_input in = {.findings = findings, .n_findings = n, .rules = all_rules,
                        .n_rules = 3, .cwd = "/work/project"};
  return in;
}

typedef struct {
  char *dir;
  char *file;
} sarif_out;

/* Writes the report to a fresh .json file and returns it parsed. */
static json_t *render(const ll_report_input *in, sarif_out *out) {
  out->dir = ll_test_tmpdir();
  out->file = ll_strfmt("%s/out.json", out->dir);
  FILE *f = fopen(out->file, "w");
  assert_true(ll_sarif_write(in, f));
  fclose(f);
  json_error_t err;
  json_t *root = json_load_file(out->file, 0, &err);
  if (!root) fail_msg("invalid JSON: %s at line %d", err.text, err.line);
  return root;
}

static void assert_schema_valid(const sarif_out *out) {
  char *cmd = ll_strfmt("'%s/tests/sarif/validate-sarif.sh' '%s'", LL_SOURCE_DIR, out->file);
  int status = system(cmd);
  free(cmd);
  assert_int_equal(status, 0);
}

static void done(json_t *root, sarif_out *out) {
  json_decref(root);
  ll_test_rmtree(out->dir);
  free(out->dir);
  free(out->file);
}

static json_t *run0(json_t *root) { return json_array_get(json_object_get(root, "runs"), 0); }

static json_t *result_n(json_t *root, size_t i) {
  return json_array_get(json_object_get(run0(root), "results"), i);
}

static const char *str_at(json_t *obj, const char *path) {
  json_t *cur = obj;
  char *copy = ll_strdup(path);
  for (char *key = strtok(copy, "."); key && cur; key = strtok(NULL, ".")) {
    cur = (key[0] >= '0' && key[0] <= '9') ? json_array_get(cur, (size_t)atoi(key))
                                            : json_object_get(cur, key);
  }
  free(copy);
  return json_string_value(cur);
}

static void test_clean_run_is_valid_and_lists_every_rule(void **state) {
  (void)state;
  ll_report_input in = input_of(NULL, 0);
  sarif_out out;
  json_t *root = render(&in, &out);
  assert_string_equal(json_string_value(json_object_get(root, "version")), "2.1.0");
  assert_int_equal(json_array_size(json_object_get(root, "runs")), 1);
  json_t *run = run0(root);
  assert_int_equal(json_array_size(json_object_get(run, "results")), 0);
  json_t *rules = json_object_get(json_object_get(json_object_get(run, "tool"), "driver"), "rules");
  assert_int_equal(json_array_size(rules), 3);
  assert_string_equal(str_at(rules, "0.id"), "LL101");
  assert_string_equal(str_at(rules, "0.defaultConfiguration.level"), "warning");
  assert_string_equal(str_at(rules, "2.defaultConfiguration.level"), "note");
  assert_non_null(strstr(str_at(rules, "0.help.text"), "Lambda freezes the environment"));
  assert_non_null(strstr(str_at(rules, "0.help.markdown"), "```\nthreading.Thread"));
  assert_string_equal(str_at(run, "originalUriBaseIds.%SRCROOT%.uri"), "file:///work/project/");
  assert_string_equal(str_at(rules, "1.helpUri"), "https://github.com/lambda-lint/lambda-lint#ll302");
  assert_string_equal(str_at(run, "automationDetails.id"), "lambda-lint/");
  assert_true(json_is_true(json_object_get(json_array_get(json_object_get(run, "invocations"), 0),
                                           "executionSuccessful")));
  assert_schema_valid(&out);
  done(root, &out);
}

static void test_results_levels_indices_and_regions(void **state) {
  (void)state;
  ll_finding fs[] = {finding("src/app.py", 3, &rule_client), finding("src/app.py", 0, &rule_sleep),
                     finding("./src/app.py", 9, &rule_client)};
  fs[1].column = 0;
  fs[1].end_line = 0;
  ll_finding hidden[] = {finding("src/app.py", 5, &rule_client), finding("src/app.py", 6, &rule_client)};
  hidden[0].suppressed = LL_SUPPRESSED_IN_SOURCE;
  hidden[1].suppressed = LL_SUPPRESSED_BY_BASELINE;
  hidden[0].fingerprint = hidden[1].fingerprint = (char *)"0123456789abcdef";
  ll_report_input in = input_of(fs, 3);
  in.suppressed = hidden;
  in.n_suppressed = 2;
  sarif_out out;
  json_t *root = render(&in, &out);
  json_t *r0 = result_n(root, 0), *r1 = result_n(root, 1), *r2 = result_n(root, 2);
  assert_string_equal(str_at(r0, "ruleId"), "LL302");
  assert_int_equal(json_integer_value(json_object_get(r0, "ruleIndex")), 1);
  assert_string_equal(str_at(r0, "level"), "error");
  assert_string_equal(str_at(r1, "level"), "note");
  assert_string_equal(str_at(r0, "message.text"), "something \"quoted\" happened");
  json_t *reg1 = json_object_get(
      json_object_get(json_array_get(json_object_get(r1, "locations"), 0), "physicalLocation"),
      "region");
  assert_int_equal(json_integer_value(json_object_get(reg1, "startLine")), 1);
  assert_int_equal(json_integer_value(json_object_get(reg1, "startColumn")), 1);
  assert_string_equal(str_at(r2, "locations.0.physicalLocation.artifactLocation.uri"), "src/app.py");
  assert_string_equal(str_at(r2, "locations.0.physicalLocation.artifactLocation.uriBaseId"),
                      "%SRCROOT%");
  assert_null(json_object_get(r0, "suppressions"));
  /* the same line text twice: distinct fingerprints by occurrence */
  assert_string_not_equal(str_at(r0, "partialFingerprints.lambdaLint/v1"),
                          str_at(r2, "partialFingerprints.lambdaLint/v1"));
  /* suppressed findings are reported with their suppression, after the others */
  assert_string_equal(str_at(result_n(root, 3), "suppressions.0.kind"), "inSource");
  assert_string_equal(str_at(result_n(root, 3), "partialFingerprints.lambdaLint/v1"), "0123456789abcdef");
  assert_string_equal(str_at(result_n(root, 4), "suppressions.0.kind"), "external");
  assert_schema_valid(&out);
  done(root, &out);
}

static void test_awkward_file_names_are_valid_uris(void **state) {
  (void)state;
  const char *names[] = {"dir with space/app.py", "quote\"and'apos.py", "ünï/λ_handler.py",
                         "new\nline.py", "pct%41#frag?.py", "/elsewhere/abs path.py"};
  const char *uris[] = {"dir%20with%20space/app.py", "quote%22and%27apos.py",
                        "%C3%BCn%C3%AF/%CE%BB_handler.py", "new%0Aline.py", "pct%2541%23frag%3F.py",
                        "elsewhere/abs%20path.py"};
  ll_finding fs[6];
  for (size_t i = 0; i < 6; i++) fs[i] = finding(names[i], (uint32_t)i + 1, &rule_thread);
  fs[2].message = (char *)"bad bytes \xff\xfe in message";
  ll_error err = {.path = (char *)"broken\tfile.py", .message = (char *)"syntax error"};
  ll_report_input in = input_of(fs, 6);
  in.errors = &err;
  in.n_errors = 1;
  sarif_out out;
  json_t *root = render(&in, &out);
  for (size_t i = 0; i < 6; i++)
    assert_string_equal(str_at(result_n(root, i), "locations.0.physicalLocation.artifactLocation.uri"),
                        uris[i]);
  assert_string_equal(str_at(result_n(root, 5), "locations.0.physicalLocation.artifactLocation.uriBaseId"),
                      "FILESYSTEMROOT"); /* outside the working directory */
  assert_string_equal(str_at(run0(root), "originalUriBaseIds.FILESYSTEMROOT.uri"), "file:///");
  assert_string_equal(str_at(result_n(root, 2), "message.text"), "bad bytes \xEF\xBF\xBD\xEF\xBF\xBD in message");
  json_t *note = json_array_get(
      json_object_get(json_array_get(json_object_get(run0(root), "invocations"), 0),
                      "toolExecutionNotifications"), 0);
  assert_string_equal(str_at(note, "level"), "error");
  assert_string_equal(str_at(note, "locations.0.physicalLocation.artifactLocation.uri"),
                      "broken%09file.py");
  json_t *invocation = json_array_get(json_object_get(run0(root), "invocations"), 0);
  assert_true(json_is_false(json_object_get(invocation, "executionSuccessful"))); /* beside the error */
  assert_schema_valid(&out);
  done(root, &out);
}

static void test_fingerprints_survive_line_moves(void **state) {
  (void)state;
  ll_finding before = finding("app.py", 3, &rule_client);
  ll_finding after = finding("app.py", 30, &rule_client);
  after.source_line = (char *)"\t\ts3 = boto3.client('s3')  ";
  ll_report_input a = input_of(&before, 1), b = input_of(&after, 1);
  sarif_out oa, ob;
  json_t *ra = render(&a, &oa), *rb = render(&b, &ob);
  assert_string_equal(str_at(result_n(ra, 0), "partialFingerprints.lambdaLint/v1"),
                      str_at(result_n(rb, 0), "partialFingerprints.lambdaLint/v1"));
  done(ra, &oa);
  done(rb, &ob);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_clean_run_is_valid_and_lists_every_rule),
      cmocka_unit_test(test_results_levels_indices_and_regions),
      cmocka_unit_test(test_awkward_file_names_are_valid_uris),
      cmocka_unit_test(test_fingerprints_survive_line_moves),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
