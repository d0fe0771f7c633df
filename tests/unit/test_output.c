#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "cli/output.h"
#include "testutil.h"

static size_t count_entries(const char *dir) {
  DIR *d = opendir(dir);
  size_t n = 0;
  for (struct dirent *e; (e = readdir(d));) n += e->d_name[0] != '.' || strlen(e->d_name) > 2;
  closedir(d);
  return n;
}

static void test_commit_replaces_target(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  char *path = ll_test_write(dir, "report.sarif", "old");
  char *error = NULL;
  ll_output *out = ll_output_open(path, &error);
  assert_non_null(out);
  fputs("new", ll_output_stream(out));
  char *during = ll_test_read(path);
  assert_string_equal(during, "old"); /* not visible before commit */
  assert_true(ll_output_close(out, true, &error));
  char *after = ll_test_read(path);
  assert_string_equal(after, "new");
  assert_int_equal(count_entries(dir), 1); /* no temp file left */
  struct stat st;
  assert_int_equal(stat(path, &st), 0);
  mode_t mask = umask(0);
  umask(mask);
  assert_int_equal(st.st_mode & 0777, 0666 & ~mask);
  free(during);
  free(after);
  free(path);
  ll_test_rmtree(dir);
  free(dir);
}

static void test_abort_keeps_target(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  char *path = ll_test_write(dir, "report.json", "old");
  char *error = NULL;
  ll_output *out = ll_output_open(path, &error);
  fputs("half", ll_output_stream(out));
  assert_true(ll_output_close(out, false, &error));
  char *after = ll_test_read(path);
  assert_string_equal(after, "old");
  assert_int_equal(count_entries(dir), 1);
  free(after);
  free(path);
  ll_test_rmtree(dir);
  free(dir);
}

static void test_unwritable_folder_is_an_error(void **state) {
  (void)state;
  char *error = NULL;
  assert_null(ll_output_open("/nonexistent-dir/x/out.sarif", &error));
  assert_non_null(strstr(error, "/nonexistent-dir/x/out.sarif"));
  free(error);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_commit_replaces_target),
      cmocka_unit_test(test_abort_keeps_target),
      cmocka_unit_test(test_unwritable_folder_is_an_error),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
