/* test_hostile_templates.c — templates are untrusted input too (issue 13): a file with a template's
 * name that never ends, a huge template, tens of thousands of variables, one code folder spelled
 * many ways. Each must end quickly with the run's other findings intact. */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/alloc.h"
#include "lambdalint/project.h"
#include "testutil.h"

static const char flagged_py[] = "import threading\n"
                                 "\n"
                                 "def lambda_handler(event, context):\n"
                                 "    threading.Thread(target=print).start()\n";

static const char sam_header[] = "AWSTemplateFormatVersion: '2010-09-09'\n"
                                 "Transform: AWS::Serverless-2016-10-31\n";


/* Runs lambda-lint on `dir` with `extra` options; returns the exit code. */
static int lint(const char *dir, const char *extra, char **out, char **err) {
  char *args = ll_strfmt("%s '%s'", extra, dir);
  int code = ll_test_run(args, out, err);
  free(args);
  return code;
}

/* A template name on a FIFO, or on a symlink to /dev/zero, was opened with fopen and read to the
 * end: the run blocked for a writer or never ended. Now each is refused like any non-regular file,
 * with one line, and the code is still analysed. */
static void test_template_name_on_a_fifo_or_device(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "app.py", flagged_py));
  char *fifo = ll_strfmt("%s/pipe", dir), *link = ll_strfmt("%s/template.yaml", dir);
  assert_int_equal(mkfifo(fifo, 0600), 0);
  assert_int_equal(symlink("pipe", link), 0);
  char *zero = ll_strfmt("%s/serverless.yml", dir);
  assert_int_equal(symlink("/dev/zero", zero), 0);
  char *out = NULL, *err = NULL;
  assert_int_equal(lint(dir, "", &out, &err), 2);
  assert_non_null(strstr(out, "app.py:4:5: warning[LL101"));
  if (!strstr(err, "template.yaml: is a FIFO (named pipe), not a regular file: skipped"))
    fail_msg("no FIFO diagnostic in: %s", err);
  if (!strstr(err, "serverless.yml: not a regular file: skipped")) fail_msg("no device diagnostic in: %s", err);
  free(out);
  free(err);
  free(fifo);
  free(link);
  free(zero);
  ll_test_rmtree(dir);
  free(dir);
}

/* --max-file-size applied to code but not to templates. */
static void test_template_over_the_size_limit(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "app.py", flagged_py));
  char *body = ll_strfmt("%sResources:\n  Fn:\n    Type: AWS::Serverless::Function\n"
                         "    Properties: {Handler: app.lambda_handler, Runtime: python3.13}\n"
                         "# %0400d\n",
                         sam_header, 0);
  free(ll_test_write(dir, "template.yaml", body));
  char *out = NULL, *err = NULL;
  assert_int_equal(lint(dir, "--max-file-size 300", &out, &err), 2);
  assert_non_null(strstr(out, "app.py:4:5: warning[LL101"));
  if (!strstr(err, "template.yaml: file is ") || !strstr(err, "over the 300-byte limit (--max-file-size)"))
    fail_msg("no size diagnostic in: %s", err);
  free(out);
  free(err);
  /* Without the option the same template is read with no diagnostic. */
  assert_int_equal(lint(dir, "--format json", &out, &err), 1);
  assert_string_equal(err, "");
  free(out);
  free(err);
  free(body);
  ll_test_rmtree(dir);
  free(dir);
}

/* 20 000 environment variables in Globals and 20 000 in the function: every append copied the
 * array (7.5 GB, then out of memory), every variable was compared with every other. Half the
 * function's names repeat inherited ones and replace them; its reserved AWS_REGION is reported once. */
static void test_tens_of_thousands_of_variables(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "app.py", flagged_py));
  char *path = ll_strfmt("%s/template.yaml", dir);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fprintf(f, "%sGlobals:\n  Function:\n    Environment:\n      Variables:\n", sam_header);
  for (int i = 0; i < 20000; i++) fprintf(f, "        V%05d: g\n", i);
  fputs("Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n"
        "      Handler: app.lambda_handler\n      Runtime: python3.13\n      MemorySize: 1024\n"
        "      Environment:\n        Variables:\n          AWS_REGION: us-east-1\n",
        f);
  for (int i = 10000; i < 30000; i++) fprintf(f, "          V%05d: f\n", i);
  fclose(f);
  double start = ll_test_children_cpu_seconds();
  char *out = NULL, *err = NULL;
  assert_int_equal(lint(dir, "--format json --select LL508", &out, &err), 1);
  double seconds = ll_test_children_cpu_seconds() - start;
  assert_string_equal(err, "");
  const char *first = strstr(out, "\"LL508\"");
  assert_non_null(first);
  assert_null(strstr(first + 1, "\"LL508\"")); /* once: the variable is not duplicated */
  if (seconds > 20) fail_msg("40 000 variables took %.1f s of CPU", seconds);
  free(out);
  free(err);
  free(path);
  ll_test_rmtree(dir);
  free(dir);
}

/* One code folder spelled ten ways (`src`, `./src/`, `src/.`, `src/../src`, …) was walked and
 * hashed ten times (`/usr/.`-style spellings took 2.8 GB). Code folders are no longer walked (LL601
 * compares analysed modules); every spelling still resolves to the one canonical folder and
 * handler file. */
static void test_one_folder_spelled_many_ways(void **state) {
  static const char *const spellings[] = {"src", "./src", "src/", "src/.", "./src/./.", "src/../src",
                                          "src//", "src/./", "./././src", "src/../src/."};
  enum { N = sizeof(spellings) / sizeof(*spellings) };
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "src/app.py", flagged_py));
  free(ll_test_write(dir, "src/lib/shared_helpers.py", "def helper(values):\n    return [value * 2 for value in values if value]\n"));
  char *body = ll_strfmt("%sResources:\n", sam_header);
  for (int i = 0; i < N; i++) {
    char *more = ll_strfmt("%s  Fn%d:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                           "      CodeUri: '%s'\n      Handler: app.lambda_handler\n"
                           "      Runtime: python3.13\n",
                           body, i, spellings[i]);
    free(body);
    body = more;
  }
  char *path = ll_test_write(dir, "template.yaml", body);
  ll_project *project = ll_project_new();
  char *error = NULL;
  if (!ll_project_load_file_in(project, path, dir, &error)) fail_msg("%s", error);
  assert_int_equal(ll_project_function_count(project), N);
  const ll_tpl_function *first = ll_project_function(project, 0);
  assert_non_null(first->code_realpath);
  assert_non_null(first->source_realpath);
  for (size_t i = 1; i < N; i++) {
    const ll_tpl_function *fn = ll_project_function(project, i);
    if (!fn->code_realpath || strcmp(fn->code_realpath, first->code_realpath) != 0)
      fail_msg("CodeUri '%s' is %s, not %s", spellings[i], fn->code_realpath, first->code_realpath);
    if (!fn->source_realpath || strcmp(fn->source_realpath, first->source_realpath) != 0)
      fail_msg("CodeUri '%s': handler %s", spellings[i], fn->source_realpath);
  }
  ll_project_delete(project);
  free(path);
  free(body);
  ll_test_rmtree(dir);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_template_name_on_a_fifo_or_device),
      cmocka_unit_test(test_template_over_the_size_limit),
      cmocka_unit_test(test_tens_of_thousands_of_variables),
      cmocka_unit_test(test_one_folder_spelled_many_ways),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
