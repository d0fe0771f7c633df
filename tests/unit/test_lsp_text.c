/* test_lsp_text.c — the language server's text model (UTF-16 positions, byte-offset edits to LSP
 * TextEdits, suppression comments) and the engine's overlays (buffers standing in for files). */
#include <sys/stat.h>

#include "base/alloc.h"
#include "server/lsp_text.h"
#include "testutil.h"

static void assert_position(const char *text, size_t offset, uint32_t line, uint32_t character) {
  ll_lsp_position at = ll_lsp_position_of(text, strlen(text), offset);
  assert_int_equal(at.line, line);
  assert_int_equal(at.character, character);
  assert_int_equal(ll_lsp_offset(text, strlen(text), at), offset); /* and back */
}

/* UTF-16 counts one unit below U+10000 and two above; lines end at \n, \r\n and \r. */
static void test_positions_are_utf16(void **state) {
  const char *text = "a\xC3\xA9" "b\n\xF0\x9F\x98\x80x\r\n\xE2\x82\xAC\ry";
  /* line 0: a é b */
  assert_position(text, 0, 0, 0);
  assert_position(text, 1, 0, 1);
  assert_position(text, 3, 0, 2); /* after é (2 bytes, 1 unit) */
  /* line 1: 😀 (4 bytes, 2 units) x */
  assert_position(text, 5, 1, 0);
  assert_position(text, 9, 1, 2);
  assert_position(text, 10, 1, 3);
  /* line 2 after \r\n: € (3 bytes, 1 unit); line 3 after a lone \r */
  assert_position(text, 12, 2, 0);
  assert_position(text, 15, 2, 1);
  assert_position(text, 16, 3, 0);
  size_t len = strlen(text);
  /* a character past the line's end clamps to it; a line past the end to the text's end */
  assert_int_equal(ll_lsp_offset(text, len, (ll_lsp_position){0, 99}), 4);
  assert_int_equal(ll_lsp_offset(text, len, (ll_lsp_position){9, 0}), len);
  /* inside the surrogate pair of 😀: the end of the code point */
  assert_int_equal(ll_lsp_offset(text, len, (ll_lsp_position){1, 1}), 9);
  assert_int_equal(ll_lsp_position_of(text, len, 1000).line, 3);
}

/* Findings count 1-based code points on lines split at \n (as the front-ends do). */
static void test_finding_columns(void **state) {
  const char *text = "x = 1\n    \xF0\x9F\x98\x80 = boto3.client('s3')\r\n";
  size_t len = strlen(text);
  size_t at = ll_lsp_offset_of_column(text, len, 2, 9); /* "boto3" after 4 spaces, 😀, " = " */
  assert_memory_equal(text + at, "boto3", 5);
  ll_lsp_position p = ll_lsp_position_of(text, len, at);
  assert_int_equal(p.line, 1);
  assert_int_equal(p.character, 9); /* 8 code points before it, one of them two units */
  assert_int_equal(ll_lsp_offset_of_column(text, len, 2, 500), strlen("x = 1\n    \xF0\x9F\x98\x80 = boto3.client('s3')"));
  /* invalid UTF-8: one unit per byte that is not a continuation */
  const char *bad = "\xFF\xFEz";
  assert_int_equal(ll_lsp_position_of(bad, 3, 2).character, 2);
}

static void test_text_edit_json(void **state) {
  const char *text = "ab\n\xF0\x9F\x98\x80" "cd\n";
  ll_lsp_edit edit = {7, 8, "X"}; /* replaces "c" after the emoji */
  json_t *e = ll_lsp_text_edit(text, strlen(text), &edit);
  assert_non_null(e);
  char *dumped = json_dumps(e, JSON_COMPACT | JSON_SORT_KEYS);
  assert_string_equal(dumped, "{\"newText\":\"X\",\"range\":{\"end\":{\"character\":3,\"line\":1},"
                              "\"start\":{\"character\":2,\"line\":1}}}");
  free(dumped);
  json_decref(e);
  ll_lsp_edit backwards = {5, 2, ""}, past = {3, 99, ""};
  assert_null(ll_lsp_text_edit(text, strlen(text), &backwards));
  assert_null(ll_lsp_text_edit(text, strlen(text), &past));
}

/* Applies the suppression edit for `id` on `line` and returns the new text (malloc'd). */
static char *suppressed(const char *text, uint32_t line, const char *id, ll_comment_style style) {
  ll_lsp_edit edit;
  char *owned = NULL;
  assert_true(ll_lsp_suppression_edit(text, strlen(text), line, id, style, &edit, &owned));
  char *out = ll_strdup(text);
  size_t len = strlen(out);
  ll_lsp_splice(&out, &len, edit.start, edit.end, edit.text, strlen(edit.text));
  assert_int_equal(strlen(out), len);
  free(owned);
  return out;
}

static void test_suppression_edits(void **state) {
  static const struct {
    const char *text;
    uint32_t line;
    const char *id;
    ll_comment_style style;
    const char *expected;
  } cases[] = {
      {"def h(e, c):\n    s3 = boto3.client('s3')   \n", 2, "LL302", LL_COMMENT_HASH,
       "def h(e, c):\n    s3 = boto3.client('s3')  # lambda-lint: ignore[LL302]\n"},
      {"a\r\nconst s3 = new S3Client({});\r\n", 2, "LL302", LL_COMMENT_SLASH,
       "a\r\nconst s3 = new S3Client({});  // lambda-lint: ignore[LL302]\r\n"},
      /* a comment already there: the rule joins its list */
      {"x = f()  # lambda-lint: ignore[LL403] -- why\n", 1, "LL302", LL_COMMENT_HASH,
       "x = f()  # lambda-lint: ignore[LL403, LL302] -- why\n"},
      /* a backslash continuation cannot take a comment: the line above gets ignore-next-line */
      {"if x:\n\tc = boto3.client('s3', \\\n\t  region_name='x')\n", 2, "LL302", LL_COMMENT_HASH,
       "if x:\n\t# lambda-lint: ignore-next-line[LL302]\n\tc = boto3.client('s3', \\\n\t  region_name='x')\n"},
      /* the last line without a newline */
      {"time.sleep(1)", 1, "LL403", LL_COMMENT_HASH, "time.sleep(1)  # lambda-lint: ignore[LL403]"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char *s = suppressed(cases[i].text, cases[i].line, cases[i].id, cases[i].style);
    assert_string_equal(s, cases[i].expected);
    free(s);
  }
  ll_lsp_edit edit;
  char *owned = NULL;
  assert_false(ll_lsp_suppression_edit("{}", 2, 1, "LL502", LL_COMMENT_NONE, &edit, &owned));
  assert_false(ll_lsp_suppression_edit("a\nb\n", 4, 7, "LL502", LL_COMMENT_HASH, &edit, &owned));
  assert_null(owned);
}

/* The edit the code action offers really silences the finding. */
static void test_suppression_edit_silences(void **state) {
  const char *flagged = "import boto3\n\ndef lambda_handler(event, context):\n    s3 = boto3.client(\"s3\")\n"
                        "    return s3.list_buckets()\n";
  char *dir = ll_test_tmpdir();
  char *fixed = suppressed(flagged, 4, "LL302", LL_COMMENT_HASH);
  char *path = ll_test_write(dir, "app.py", fixed);
  const char *paths[] = {path};
  ll_options o;
  ll_options_init(&o);
  o.paths = paths;
  o.n_paths = 1;
  o.report_unused_ignores = true;
  ll_results *r = ll_analyze(&o);
  size_t n = 0;
  ll_results_findings(r, &n);
  assert_int_equal(n, 0);
  ll_results_delete(r);
  free(fixed);
  free(path);
  ll_test_rmtree(dir);
  free(dir);
}

/* ---- overlays ---------------------------------------------------------------------------------- */

static const char flagged_handler[] = "import boto3\n\ndef lambda_handler(event, context):\n"
                                      "    s3 = boto3.client(\"s3\")\n    return s3.list_buckets()\n";
static const char clean_handler[] = "import boto3\n\ns3 = boto3.client(\"s3\")\n\n"
                                    "def lambda_handler(event, context):\n    return s3.list_buckets()\n";

/* Findings as "name:line:rule " for the analysis of `paths` with `overlays`. */
static char *analyse(const char *const *paths, size_t n_paths, const char *const *report_only, size_t n_report,
                     const ll_overlay *overlays, size_t n_overlays) {
  ll_options o;
  ll_options_init(&o);
  o.paths = paths;
  o.n_paths = n_paths;
  o.report_only = report_only;
  o.n_report_only = n_report;
  o.overlays = overlays;
  o.n_overlays = n_overlays;
  o.report_unused_ignores = true;
  ll_results *r = ll_analyze(&o);
  size_t n = 0, n_errors = 0;
  const ll_finding *f = ll_results_findings(r, &n);
  const ll_error *errors = ll_results_errors(r, &n_errors);
  char *out = ll_strdup("");
  for (size_t i = 0; i < n; i++) {
    char *next = ll_strfmt("%s%s:%u:%s ", out, strrchr(f[i].path, '/') + 1, f[i].line, f[i].rule->id);
    free(out);
    out = next;
  }
  for (size_t i = 0; i < n_errors; i++) {
    char *next = ll_strfmt("%serror:%s ", out, errors[i].message);
    free(out);
    out = next;
  }
  ll_results_delete(r);
  return out;
}

static void test_overlay_replaces_the_file(void **state) {
  char *dir = ll_test_tmpdir();
  char *app = ll_test_write(dir, "app.py", clean_handler);
  const char *paths[] = {dir};
  char *found = analyse(paths, 1, NULL, 0, NULL, 0);
  assert_string_equal(found, "");
  free(found);
  /* the unsaved buffer is what counts, not the disk */
  ll_overlay buffer = {app, flagged_handler, strlen(flagged_handler)};
  found = analyse(paths, 1, NULL, 0, &buffer, 1);
  assert_string_equal(found, "app.py:4:LL302 ");
  free(found);
  /* a relative or unnormalised path names the same file */
  char *odd = ll_strfmt("%s/./app.py", dir);
  buffer.path = odd;
  found = analyse(paths, 1, NULL, 0, &buffer, 1);
  assert_string_equal(found, "app.py:4:LL302 ");
  free(found);
  /* and the other way round: a flagged file with a clean buffer; suppressions and LL001 read the
   * buffer too */
  free(ll_test_write(dir, "app.py", flagged_handler));
  const char suppressed_buffer[] = "import boto3\n\ndef lambda_handler(event, context):\n"
                                   "    s3 = boto3.client(\"s3\")  # lambda-lint: ignore[LL302]\n"
                                   "    x = 1  # lambda-lint: ignore[LL403]\n    return s3.list_buckets()\n";
  ll_overlay quiet = {app, suppressed_buffer, strlen(suppressed_buffer)};
  found = analyse(paths, 1, NULL, 0, &quiet, 1);
  assert_string_equal(found, "app.py:5:LL001 ");
  free(found);
  free(odd);
  free(app);
  ll_test_rmtree(dir);
  free(dir);
}

/* A buffer never saved (no file on disk) is analysed in its project and reported with --project's
 * report_only; a sibling module's buffer is what the handler imports. */
static void test_overlay_of_a_new_file_and_a_sibling(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "other.py", clean_handler));
  char *fresh = ll_strfmt("%s/new_handler.py", dir);
  const char *paths[] = {dir, fresh};
  ll_overlay buffer = {fresh, flagged_handler, strlen(flagged_handler)};
  const char *report[] = {fresh};
  char *found = analyse(paths, 2, report, 1, &buffer, 1);
  assert_string_equal(found, "new_handler.py:4:LL302 ");
  free(found);
  /* without the overlay, the missing path is an error as before */
  found = analyse(paths, 2, report, 1, NULL, 0);
  assert_non_null(strstr(found, "error:"));
  free(found);

  const char app_src[] = "from helper import make\n\ndef lambda_handler(event, context):\n    return make()\n";
  const char helper_disk[] = "import boto3\n\nS3 = boto3.client(\"s3\")\n\ndef make():\n    return S3\n";
  const char helper_buffer[] = "import boto3\n\ndef make():\n    return boto3.client(\"s3\")\n";
  free(ll_test_write(dir, "app.py", app_src));
  char *helper = ll_test_write(dir, "helper.py", helper_disk);
  const char *project[] = {dir};
  const char *only_helper[] = {helper};
  found = analyse(project, 1, only_helper, 1, NULL, 0);
  assert_string_equal(found, "");
  free(found);
  ll_overlay sibling = {helper, helper_buffer, strlen(helper_buffer)};
  found = analyse(project, 1, only_helper, 1, &sibling, 1);
  assert_string_equal(found, "helper.py:4:LL302 ");
  free(found);
  free(helper);
  free(fresh);
  ll_test_rmtree(dir);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_positions_are_utf16),
      cmocka_unit_test(test_finding_columns),
      cmocka_unit_test(test_text_edit_json),
      cmocka_unit_test(test_suppression_edits),
      cmocka_unit_test(test_suppression_edit_silences),
      cmocka_unit_test(test_overlay_replaces_the_file),
      cmocka_unit_test(test_overlay_of_a_new_file_and_a_sibling),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
