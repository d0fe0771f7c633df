/*
 * test_corpora.c — the closed-world corpus harness.
 *
 * Analyses everything under corpora/ in one run (so sibling modules link as they would in a
 * project), then checks, file by file, that the findings are exactly the annotated ones:
 *   x = boto3.client("s3")  # expect: LL302
 *   # expect-next-line: LL101, LL104     (for a line that cannot hold a comment)
 * (`//` instead of `#` in C-like languages). A missing finding and an unexpected one both fail.
 * Templates are annotated the same way in YAML comments; JSON cannot hold comments, so a
 * template.json's expectations live next to it in template.json.expect, one `LINE: LLxxx, …` a
 * line. LL501 depends on the date: the harness runs as of LL_CORPUS_AS_OF.
 * One cmocka test per annotated-or-flagged file, named after it.
 */
#include <dirent.h>
#include <stdio.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "frontend/frontend.h"
#include "lambdalint/project.h"
#include "lambdalint/rule.h"
#include "testutil.h"

#define LL_CORPUS_AS_OF "2026-06-01"

typedef struct {
  uint32_t line;
  char rule[8];
} mark;

typedef struct {
  char *path;
  mark *expected;
  size_t n_expected, cap_expected;
  mark *actual;
  size_t n_actual, cap_actual;
} corpus_file;

static corpus_file *files;
static size_t n_files, cap_files;

static corpus_file *file_for(const char *path) {
  for (size_t i = 0; i < n_files; i++)
    if (!strcmp(files[i].path, path)) return &files[i];
  corpus_file f = {.path = ll_strdup(path)};
  LL_PUSH(files, n_files, cap_files, f);
  return &files[n_files - 1];
}

/* Adds the IDs listed after `at` ("LL302, LL101 …") as expected on `line`. */
static void add_ids(corpus_file *f, const char *at, uint32_t line) {
  for (const char *p = at; (p = strstr(p, "LL")) != NULL; p += 2) {
    if (!(p[2] >= '0' && p[2] <= '9')) continue;
    mark m = {.line = line};
    snprintf(m.rule, sizeof(m.rule), "%.5s", p);
    LL_PUSH(f->expected, f->n_expected, f->cap_expected, m);
  }
}

static void read_expectations(const char *path) {
  FILE *in = fopen(path, "rb");
  if (!in) return;
  char buf[4096];
  uint32_t line = 0;
  corpus_file *f = file_for(path); /* clean files are tests too: any finding in them fails */
  while (fgets(buf, sizeof(buf), in)) {
    line++;
    const char *next = strstr(buf, "expect-next-line:");
    const char *here = next ? NULL : strstr(buf, "expect:");
    if (!next && !here) continue;
    add_ids(f, next ? next + 17 : here + 7, next ? line + 1 : line);
  }
  fclose(in);
}

/* template.json.expect: "LINE: LLxxx, LLyyy" lines; '#' starts a comment line. */
static void read_sidecar(const char *path) {
  char *sidecar = ll_strfmt("%s.expect", path);
  FILE *in = fopen(sidecar, "rb");
  free(sidecar);
  corpus_file *f = file_for(path);
  char buf[4096];
  while (in && fgets(buf, sizeof(buf), in)) {
    unsigned line = 0;
    if (buf[0] != '#' && sscanf(buf, "%u:", &line) == 1) add_ids(f, strchr(buf, ':'), line);
  }
  if (in) fclose(in);
}

static bool is_json(const char *path) {
  size_t n = strlen(path);
  return n > 5 && strcmp(path + n - 5, ".json") == 0;
}

static void scan_tree(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return;
  for (struct dirent *e; (e = readdir(d));) {
    if (e->d_name[0] == '.') continue;
    char *path = ll_strfmt("%s/%s", dir, e->d_name);
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) scan_tree(path);
    else if (ll_frontend_for_path(path)) read_expectations(path);
    else if (ll_template_candidate(path)) is_json(path) ? read_sidecar(path) : read_expectations(path);
    free(path);
  }
  closedir(d);
}

static int compare_marks(const void *a, const void *b) {
  const mark *x = a, *y = b;
  if (x->line != y->line) return x->line < y->line ? -1 : 1;
  return strcmp(x->rule, y->rule);
}

static void check_file(void **state) {
  corpus_file *f = *state;
  if (f->n_expected) qsort(f->expected, f->n_expected, sizeof(mark), compare_marks);
  if (f->n_actual) qsort(f->actual, f->n_actual, sizeof(mark), compare_marks);
  bool same = f->n_expected == f->n_actual;
  for (size_t i = 0; same && i < f->n_expected; i++) same = compare_marks(&f->expected[i], &f->actual[i]) == 0;
  if (same) return;
  for (size_t i = 0; i < f->n_expected; i++) {
    bool found = f->n_actual && bsearch(&f->expected[i], f->actual, f->n_actual, sizeof(mark), compare_marks);
    if (!found) print_error("%s:%u: missing %s\n", f->path, f->expected[i].line, f->expected[i].rule);
  }
  for (size_t i = 0; i < f->n_actual; i++) {
    bool found = f->n_expected && bsearch(&f->actual[i], f->expected, f->n_expected, sizeof(mark), compare_marks);
    if (!found) print_error("%s:%u: unexpected %s\n", f->path, f->actual[i].line, f->actual[i].rule);
  }
  fail_msg("%s: findings differ from its annotations", f->path);
}

/* ---- the catalog: every language a rule claims has an example and corpus files ------------- */

static const char *const corpus_dirs[LL_LANG_COUNT] = {
    [LL_LANG_PYTHON] = "python", [LL_LANG_JAVASCRIPT] = "js", [LL_LANG_TYPESCRIPT] = "ts",
    [LL_LANG_GO] = "go",         [LL_LANG_RUST] = "rust",     [LL_LANG_JAVA] = "java",
    [LL_LANG_C] = "c",           [LL_LANG_CPP] = "cpp"};

static void lower_id(const char *id, char out[8]) {
  snprintf(out, 8, "%s", id);
  for (char *c = out; *c; c++)
    if (*c >= 'A' && *c <= 'Z') *c = (char)(*c - 'A' + 'a');
}

/* corpora/<lang>/<llxxx>/ when the language's corpus is laid out by rule (C and C++ keep one flat
 * folder of annotated programs), else NULL. Malloc'd. */
static char *rule_folder(ll_language language, const char *id) {
  char lower[8];
  lower_id(id, lower);
  char *dir = ll_strfmt("corpora/%s/%s", corpus_dirs[language], lower);
  struct stat st;
  if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode)) return dir;
  free(dir);
  char *probe = ll_strfmt("corpora/%s/ll302", corpus_dirs[language]);
  bool by_rule = stat(probe, &st) == 0;
  free(probe);
  return by_rule ? ll_strdup("") : NULL; /* "": laid out by rule, but not this one */
}

static bool folder_has(const char *dir, const char *prefix) {
  DIR *d = opendir(dir);
  bool found = false;
  for (struct dirent *e; d && !found && (e = readdir(d));) found = !strncmp(e->d_name, prefix, strlen(prefix));
  if (d) closedir(d);
  return found;
}

/* Whether an annotated corpus file of `language` expects `id` somewhere. */
static bool corpus_expects(ll_language language, const char *id) {
  for (size_t i = 0; i < n_files; i++) {
    const ll_frontend *fe = ll_frontend_for_path(files[i].path);
    if (!fe || fe->language != language) continue;
    for (size_t k = 0; k < files[i].n_expected; k++)
      if (!strcmp(files[i].expected[k].rule, id)) return true;
  }
  return false;
}

static bool same_examples(ll_language a, ll_language b) {
  if (a == b) return true;
  bool js = (a == LL_LANG_JAVASCRIPT || a == LL_LANG_TYPESCRIPT) && (b == LL_LANG_JAVASCRIPT || b == LL_LANG_TYPESCRIPT);
  bool c = (a == LL_LANG_C || a == LL_LANG_CPP) && (b == LL_LANG_C || b == LL_LANG_CPP);
  return js || c;
}

static bool listed_example(const ll_rule *r, ll_language language) {
  for (const ll_rule_example *ex = r->examples; ex && ex->example; ex++)
    if (same_examples(ex->language, language)) return ex->fix != NULL;
  return false;
}

/* A language is covered by an `examples` entry (JavaScript and TypeScript share one, so do C and
 * C++) or by the rule's own example and fix: those serve one language family, so at most one
 * family may lack an entry. */
static bool has_example(const ll_rule *r, ll_language language) {
  if (listed_example(r, language)) return true;
  for (unsigned l = 0; l < LL_LANG_COUNT; l++)
    if ((r->languages & LL_LANG_BIT(l)) && !listed_example(r, (ll_language)l) && !same_examples((ll_language)l, language))
      return false;
  return r->example && r->fix;
}

static void test_every_language_of_every_rule(void **state) {
  (void)state;
  size_t n = 0, gaps = 0;
  const ll_rule *const *rules = ll_rules_all(&n);
  for (size_t i = 0; i < n; i++)
    for (unsigned l = 0; l < LL_LANG_COUNT; l++) {
      if (!(rules[i]->languages & LL_LANG_BIT(l))) continue;
      const char *lang = corpus_dirs[l], *id = rules[i]->id;
      if (!has_example(rules[i], (ll_language)l)) {
        print_error("%s claims %s but --explain has no %s example and fix\n", id, lang, lang);
        gaps++;
      }
      if (!corpus_expects((ll_language)l, id)) {
        print_error("%s claims %s but no corpora/%s file expects it\n", id, lang, lang);
        gaps++;
      }
      char *dir = rule_folder((ll_language)l, id);
      if (dir && (!folder_has(dir, "flagged") || !folder_has(dir, "clean"))) {
        print_error("%s claims %s but corpora/%s/ has no rule folder with flagged_* and clean_* files\n", id, lang,
                    lang);
        gaps++;
      }
      free(dir);
    }
  assert_int_equal(gaps, 0);
}

int main(void) {
  scan_tree("corpora");
  const struct CMUnitTest catalog[] = {cmocka_unit_test(test_every_language_of_every_rule)};
  int catalog_failed = cmocka_run_group_tests_name("catalog", catalog, NULL, NULL);
  const char *paths[] = {"corpora"};
  ll_options o;
  ll_options_init(&o);
  o.paths = paths;
  o.n_paths = 1;
  o.report_unused_ignores = true; /* so that LL001 is checked like every rule */
  o.as_of = LL_CORPUS_AS_OF;
  ll_results *results = ll_analyze(&o);
  size_t n = 0;
  const ll_finding *findings = ll_results_findings(results, &n);
  for (size_t i = 0; i < n; i++) {
    corpus_file *f = file_for(findings[i].path);
    mark m = {.line = findings[i].line};
    snprintf(m.rule, sizeof(m.rule), "%s", findings[i].rule->id);
    LL_PUSH(f->actual, f->n_actual, f->cap_actual, m);
  }
  ll_results_delete(results);
  struct CMUnitTest *tests = ll_calloc(n_files + 1, sizeof(*tests));
  for (size_t i = 0; i < n_files; i++) {
    tests[i].name = files[i].path;
    tests[i].test_func = check_file;
    tests[i].initial_state = &files[i];
  }
  if (n_files == 0) {
    fprintf(stderr, "no annotated corpus files found under corpora/\n");
    return 1;
  }
  int failed = _cmocka_run_group_tests("corpora", tests, n_files, NULL, NULL) + catalog_failed;
  for (size_t i = 0; i < n_files; i++) {
    free(files[i].path);
    free(files[i].expected);
    free(files[i].actual);
  }
  free(files);
  free(tests);
  return failed;
}
