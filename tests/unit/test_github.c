#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/github.h"
#include "testutil.h"

static const ll_rule rule = {.id = "LL302", .name = "client-per-invocation",
                             .severity = LL_SEVERITY_ERROR, .help = "create it once, at module scope"};

static char *render(const ll_report_input *in) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  assert_true(ll_github_write(in, f));
  fclose(f);
  return buf;
}

static void test_annotation_line(void **state) {
  (void)state;
  ll_finding f = {.path = (char *)"src/app.py", .line = 3, .column = 5, .end_line = 3,
                  .end_column = 12, .rule = &rule, .severity = LL_SEVERITY_WARNING,
                  .message = (char *)"boto3.client('s3') per call"};
  ll_report_input in = {.findings = &f, .n_findings = 1, .cwd = "/w"};
  char *out = render(&in);
  assert_string_equal(out, "::warning file=src/app.py,line=3,endLine=3,col=5,endColumn=12,"
                           "title=LL302 client-per-invocation::boto3.client('s3') per call"
                           "%0Ahelp: create it once, at module scope\n");
  free(out);
}

static void test_escaping_of_properties_and_message(void **state) {
  (void)state;
  ll_finding f = {.path = (char *)"/w/a,b:c%d\ne.py", .line = 0, .rule = &rule,
                  .severity = LL_SEVERITY_INFO, .message = (char *)"100% bad:\r\nreally, yes"};
  ll_error e = {.path = (char *)"x,y.py", .message = (char *)"cannot read: no such file"};
  ll_report_input in = {.findings = &f, .n_findings = 1, .errors = &e, .n_errors = 1, .cwd = "/w"};
  char *out = render(&in);
  assert_string_equal(out, "::error file=x%2Cy.py,title=lambda-lint::cannot read: no such file\n"
                           "::notice file=a%2Cb%3Ac%25d%0Ae.py,line=1,title=LL302 "
                           "client-per-invocation::100%25 bad:%0D%0Areally, yes"
                           "%0Ahelp: create it once, at module scope\n");
  free(out);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_annotation_line),
      cmocka_unit_test(test_escaping_of_properties_and_message),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
