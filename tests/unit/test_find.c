/* test_find.c — ll_find gives memmem's answer. */
#include "base/find.h"
#include "frontend/lower.h"
#include "testutil.h"

/* Every needle cut from a few texts, and some that are not there, against memmem. */
static void test_find_agrees_with_memmem(void **state) {
  (void)state;
  static const char *const texts[] = {
      "def lambda_handler(event, context):\n    return inject_lambda_context(event)\n",
      "aaaaaaaaab", "bbbbbbbbba", "Mangum(app) Mangum MangumMangum(", "", "x", "\tdef\tf(a, b): pass\n",
      NULL};
  static const char *const absent[] = {"zzz", "def(", "Mangum((", "lambda_x", "aab ", "ba\n", NULL};
  unsigned seed = 12345;
  for (size_t t = 0; texts[t]; t++) {
    const char *text = texts[t];
    size_t n = strlen(text);
    for (size_t i = 0; i <= n; i++)
      for (size_t k = 0; i + k <= n && k <= 24; k++) {
        const char *needle = text + i;
        for (size_t from = 0; from <= n; from++) {
          const char *want = memmem(text + from, n - from, needle, k);
          const char *got = ll_find(text + from, n - from, needle, k);
          if (got != want) fail_msg("text %zu, needle [%zu,+%zu), from %zu: %p, memmem %p", t, i, k, from,
                                    (const void *)got, (const void *)want);
        }
      }
    for (size_t a = 0; absent[a]; a++)
      assert_ptr_equal(ll_find(text, n, absent[a], strlen(absent[a])), memmem(text, n, absent[a], strlen(absent[a])));
  }
  /* random bytes over a small alphabet: many near misses */
  char hay[512], needle[8];
  for (int round = 0; round < 2000; round++) {
    for (size_t i = 0; i < sizeof hay; i++) hay[i] = "abd\nef"[(seed = seed * 1103515245u + 12345u) >> 16 & 3];
    size_t k = 1 + (seed >> 20) % sizeof needle;
    for (size_t i = 0; i < k; i++) needle[i] = "abd\nef"[(seed = seed * 1103515245u + 12345u) >> 16 & 3];
    assert_ptr_equal(ll_find(hay, sizeof hay, needle, k), memmem(hay, sizeof hay, needle, k));
  }
}

/* The UTF-8 check the scan makes of every file: where the first bad byte is, lines ended by \n,
 * \r\n or a lone \r, columns counted in code points; ASCII is skipped eight bytes at a time. */
static void test_utf8_problem_position(void **state) {
  (void)state;
  static const struct {
    const char *text, *where;
  } cases[] = {
      {"ab\ncd\xff", "line 2, column 3"},
      {"\xc3\xa9\r\nx\x80", "line 2, column 2"},
      {"\r\r\xc3", "line 3, column 1"},
      {"aaaaaaaaaaaaaaaaa\xff", "line 1, column 18"},
      {"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9zz\xe2\x82", "line 1, column 8"},
      {"\xed\xa0\x80", "line 1, column 1"}, /* a surrogate */
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char *problem = ll_utf8_problem(cases[i].text, strlen(cases[i].text));
    if (!problem || !strstr(problem, cases[i].where))
      fail_msg("case %zu: %s, not %s", i, problem ? problem : "(none)", cases[i].where);
    free(problem);
  }
  assert_null(ll_utf8_problem("plain ascii over eight bytes\n", 29));
  assert_null(ll_utf8_problem("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 ok", 17));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_find_agrees_with_memmem),
      cmocka_unit_test(test_utf8_problem_position),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
