/* test_cache.c — the result cache: a warm run reports what a --no-cache run reports, byte for
 * byte, and reuses what it can; damaged entries, concurrent runs and standard input are safe. */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/alloc.h"
#include "engine/cache.h"
#include "testutil.h"

/* Everything a report can show of a run: each finding's every field, the errors and the notes. */
static char *render(const ll_results *r) {
  size_t n = 0, n_errors = 0, n_notes = 0;
  const ll_finding *f = ll_results_findings(r, &n);
  char *out = ll_strdup("");
  for (size_t i = 0; i < n; i++) {
    char *next = ll_strfmt("%s%s:%u:%u-%u:%u:%s:%d:%s|%s|%u|%d|%llx|%s\n", out, f[i].path, f[i].line, f[i].column,
                           f[i].end_line, f[i].end_column, f[i].rule->id, (int)f[i].severity, f[i].message,
                           f[i].source_line ? f[i].source_line : "(none)", f[i].source_first_column,
                           (int)f[i].source_cut_end, (unsigned long long)f[i].line_digest,
                           f[i].fingerprint ? f[i].fingerprint : "(none)");
    free(out);
    out = next;
  }
  const ll_error *e = ll_results_errors(r, &n_errors);
  for (size_t i = 0; i < n_errors; i++) {
    char *next = ll_strfmt("%serror %s: %s\n", out, e[i].path, e[i].message);
    free(out);
    out = next;
  }
  e = ll_results_notes(r, &n_notes);
  for (size_t i = 0; i < n_notes; i++) {
    char *next = ll_strfmt("%snote %s: %s\n", out, e[i].path, e[i].message);
    free(out);
    out = next;
  }
  return out;
}

typedef struct {
  size_t reused, units;
} counts;

/* One run over `dir`, cached in `cache_dir` (NULL: --no-cache); its rendering. */
static char *run(const char *dir, const char *cache_dir, unsigned jobs, counts *seen) {
  const char *paths[] = {dir};
  ll_options o;
  ll_options_init(&o);
  o.paths = paths;
  o.n_paths = 1;
  o.jobs = jobs;
  o.as_of = "2026-06-01";
  o.cache = cache_dir != NULL;
  o.cache_dir = cache_dir;
  ll_results *r = ll_analyze(&o);
  char *text = render(r);
  counts c = {0};
  ll_results_cache_counts(r, &c.reused, &c.units);
  if (seen) *seen = c;
  ll_results_delete(r);
  return text;
}

/* Four stacks with handlers and helpers, code no template names, a syntax error and a long line. */
static char *make_tree(void) {
  char *dir = ll_test_tmpdir();
  static const char tpl[] = "Transform: AWS::Serverless-2016-10-31\nResources:\n"
                            "  Orders:\n    Type: AWS::Serverless::Function\n"
                            "    Properties: {CodeUri: src/, Handler: app.handler, Runtime: python3.8, "
                            "MemorySize: 512}\n";
  for (int k = 0; k < 4; k++) {
    char *name = ll_strfmt("stack_%d/template.yaml", k);
    free(ll_test_write(dir, name, tpl));
    free(name);
    name = ll_strfmt("stack_%d/src/app.py", k);
    free(ll_test_write(dir, name, "from db import connect\nfrom concurrent.futures import ThreadPoolExecutor\n"
                                  "def handler(event, context):\n    with ThreadPoolExecutor(2) as p:\n"
                                  "        p.submit(print)\n    return connect()\n"));
    free(name);
    name = ll_strfmt("stack_%d/src/db.py", k);
    free(ll_test_write(dir, name, "import boto3\ndef connect():\n    return boto3.client('s3')\n"));
    free(name);
  }
  free(ll_test_write(dir, "tools/job.py", "import time\ndef lambda_handler(event, context):\n    time.sleep(3)\n"
                                          "    x = [1]  # a long line " "................................................"
                                          "..........................................................................."
                                          "..........................................................................."
                                          "..........................................................................."
                                          "..........................................................................."
                                          "..........................................................................."
                                          "...........................................................; time.sleep(1)\n"));
  free(ll_test_write(dir, "tools/broken.py", "def lambda_handler(event, context:\n    pass\n"));
  return dir;
}

static void append(const char *path, const char *text) {
  FILE *f = fopen(path, "a");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

/* Cold, warm, and warm after one handler (then a helper, a template, a file beside them) changed: each run's
 * report equals a --no-cache run's, and the warm runs reuse every unit the change did not touch. */
static void test_warm_runs_report_what_uncached_runs_report(void **state) {
  char *dir = make_tree(), *cache = ll_strfmt("%s/.cache-here", dir);
  counts c;
  char *reference = run(dir, NULL, 2, &c);
  assert_int_equal(c.units, 0);
  assert_non_null(strstr(reference, "LL302"));
  assert_non_null(strstr(reference, "LL501"));
  assert_non_null(strstr(reference, "error "));
  char *cold = run(dir, cache, 2, &c);
  assert_string_equal(reference, cold);
  assert_int_equal(c.reused, 0);
  size_t units = c.units;
  assert_true(units >= 5); /* four stacks and the ordinary code */
  char *warm = run(dir, cache, 1, &c);
  assert_string_equal(reference, warm);
  assert_int_equal(c.reused, units);

  const char *edits[][2] = {{"stack_1/src/app.py", "    import requests\n    requests.get('http://x')\n"},
                            {"stack_2/src/db.py", "def other():\n    return boto3.client('sqs')\n"},
                            {"stack_0/template.yaml", "      # Timeout: 900\n"},
                            {"tools/broken.py", "# still broken\n"},
                            {"stack_3/src/LICENSE", "MIT\n"}, /* beside the files: vendored? */
                            {"tools/package.json", "{\"dependencies\": {\"aws-sdk\": \"2\"}}\n"}};
  for (size_t e = 0; e < sizeof(edits) / sizeof(*edits); e++) {
    char *path = ll_strfmt("%s/%s", dir, edits[e][0]);
    append(path, edits[e][1]);
    free(path);
    char *expected = run(dir, NULL, 2, NULL);
    char *after = run(dir, cache, 2, &c);
    if (strcmp(expected, after)) fail_msg("after editing %s:\n%s\n---\n%s", edits[e][0], expected, after);
    assert_int_equal(c.units, units);
    assert_int_equal(c.reused, units - 1); /* only the edited file's unit ran again */
    free(expected);
    free(after);
  }
  free(reference);
  free(cold);
  free(warm);
  ll_test_rmtree(dir);
  free(dir);
  free(cache);
}

static size_t each_entry(const char *cache, void (*fn)(const char *path, size_t i)) {
  char *list = ll_strfmt("ls %s/*.llc > %s/list.txt", cache, cache);
  assert_int_equal(system(list), 0);
  free(list);
  char *list_path = ll_strfmt("%s/list.txt", cache), *text = ll_test_read(list_path);
  size_t n = 0;
  for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) fn(line, n++);
  unlink(list_path);
  free(list_path);
  free(text);
  return n;
}

/* Damages entry i in one of five ways: truncated, a flipped byte, emptied, garbage, a link. */
static void damage(const char *path, size_t i) {
  char *bytes = ll_test_read(path);
  size_t len = strlen(bytes); /* entries hold NUL bytes: len is at most the real length */
  struct stat st;
  assert_int_equal(stat(path, &st), 0);
  len = (size_t)st.st_size;
  FILE *f = NULL;
  switch (i % 5) {
  case 0: assert_int_equal(truncate(path, (off_t)(len / 2)), 0); break;
  case 1:
    f = fopen(path, "r+b");
    fseek(f, (long)(len - 3), SEEK_SET);
    fputc(bytes[len - 3] ^ 0x20, f);
    fclose(f);
    break;
  case 2: assert_int_equal(truncate(path, 0), 0); break;
  case 3:
    f = fopen(path, "wb");
    fputs("LLCACHE1 not an entry at all", f);
    fclose(f);
    break;
  default:
    unlink(path);
    assert_int_equal(symlink("/etc/passwd", path), 0);
  }
  free(bytes);
}

/* Damaged entries are never trusted: the run reports what an uncached run does, and rebuilds
 * them (the next run reuses everything). */
static void test_corrupt_entries_are_rebuilt(void **state) {
  char *dir = make_tree(), *cache = ll_strfmt("%s/c", dir);
  counts c;
  char *reference = run(dir, NULL, 2, NULL);
  free(run(dir, cache, 2, &c));
  size_t units = c.units;
  assert_true(each_entry(cache, damage) >= 5);
  char *damaged = run(dir, cache, 2, &c);
  assert_string_equal(reference, damaged);
  assert_int_equal(c.reused, 0);
  char *again = run(dir, cache, 2, &c);
  assert_string_equal(reference, again);
  assert_int_equal(c.reused, units);
  free(reference);
  free(damaged);
  free(again);
  ll_test_rmtree(dir);
  free(dir);
  free(cache);
}

/* Two processes on one cache at once, twice over (the second time they race to replace
 * entries): both report what an uncached run does, and a run after them reuses everything. */
static void test_two_processes_share_a_cache(void **state) {
  char *dir = make_tree(), *cache = ll_strfmt("%s/shared-cache", dir);
  char *reference = run(dir, NULL, 2, NULL);
  for (int round = 0; round < 2; round++) {
    pid_t children[2];
    for (int k = 0; k < 2; k++) {
      children[k] = fork();
      assert_true(children[k] >= 0);
      if (children[k] == 0) {
        char *text = run(dir, cache, 2, NULL);
        _exit(strcmp(text, reference) == 0 ? 0 : 1);
      }
    }
    for (int k = 0; k < 2; k++) {
      int status = 0;
      assert_int_equal(waitpid(children[k], &status, 0), children[k]);
      assert_true(WIFEXITED(status));
      assert_int_equal(WEXITSTATUS(status), 0);
    }
    if (round == 0) { /* make every entry stale, so that the second round rewrites them */
      char *path = ll_strfmt("%s/stack_0/src/db.py", dir);
      append(path, "# changed\n");
      free(path);
      free(reference);
      reference = run(dir, NULL, 2, NULL);
    }
  }
  counts c;
  char *warm = run(dir, cache, 2, &c);
  assert_string_equal(reference, warm);
  assert_int_equal(c.reused, c.units);
  char *leftovers = ll_strfmt("ls -A %s | grep -c '^.tmp-' || true", cache), *out = NULL;
  FILE *p = popen(leftovers, "r");
  char line[32] = "";
  assert_non_null(fgets(line, sizeof(line), p));
  pclose(p);
  assert_int_equal(atoi(line), 0); /* no temporary file is left behind */
  free(out);
  free(leftovers);
  free(warm);
  free(reference);
  ll_test_rmtree(dir);
  free(dir);
  free(cache);
}

/* A run that reads standard input writes no cache; a cache folder that is a link is not used. */
static void test_stdin_and_linked_folders_are_not_cached(void **state) {
  char *dir = ll_test_tmpdir(), *cache = ll_strfmt("%s/c", dir);
  const char *paths[] = {"-"};
  ll_options o;
  ll_options_init(&o);
  o.paths = paths;
  o.n_paths = 1;
  o.cache = true;
  o.cache_dir = cache;
  int saved = dup(0), empty = open("/dev/null", O_RDONLY);
  dup2(empty, 0);
  ll_results *r = ll_analyze(&o);
  dup2(saved, 0);
  close(saved);
  close(empty);
  ll_results_delete(r);
  struct stat st;
  assert_int_not_equal(lstat(cache, &st), 0);
  char *elsewhere = ll_strfmt("%s/elsewhere", dir);
  assert_int_equal(mkdir(elsewhere, 0755), 0);
  assert_int_equal(symlink(elsewhere, cache), 0);
  assert_null(ll_cache_open(cache));
  free(elsewhere);
  ll_test_rmtree(dir);
  free(dir);
  free(cache);
}

/* Entries decode to exactly what was stored; every truncation, a changed byte anywhere, another
 * key: refused. */
static void test_entry_format(void **state) {
  char *dir = make_tree();
  const char *paths[] = {dir};
  ll_options o;
  ll_options_init(&o);
  o.paths = paths;
  o.n_paths = 1;
  ll_results *r = ll_analyze(&o);
  const char *deps[] = {"/a/app.py", "/a/db.py"};
  ll_hash hashes[] = {ll_hash_bytes("x", 1), ll_hash_bytes("y", 1)}, key = ll_hash_bytes("key", 3);
  assert_false(ll_hash_equal(hashes[0], hashes[1]));
  size_t len = 0;
  char *bytes = ll_cache_entry_encode(key, deps, hashes, 2, r, &len);
  ll_cache_entry e;
  assert_true(ll_cache_entry_decode(bytes, len, key, &e));
  assert_int_equal(e.n_deps, 2);
  assert_string_equal(e.dep_reals[1], "/a/db.py");
  assert_true(ll_hash_equal(e.dep_hashes[0], hashes[0]));
  char *before = render(r), *after = render(e.results);
  assert_string_equal(before, after);
  ll_cache_entry_free(&e);
  for (size_t cut = 0; cut < len; cut++) assert_false(ll_cache_entry_decode(bytes, cut, key, &e));
  for (size_t at = 0; at < len; at += 7) {
    bytes[at] ^= 0x01;
    assert_false(ll_cache_entry_decode(bytes, len, key, &e));
    bytes[at] ^= 0x01;
  }
  assert_false(ll_cache_entry_decode(bytes, len, ll_hash_bytes("kez", 3), &e));
  /* the streaming hash is the one-shot hash, however the bytes are split */
  ll_hasher h;
  ll_hasher_init(&h);
  for (size_t i = 0; i < len; i += 3) ll_hasher_add(&h, bytes + i, len - i < 3 ? len - i : 3);
  assert_true(ll_hash_equal(ll_hasher_finish(&h), ll_hash_bytes(bytes, len)));
  free(before);
  free(after);
  free(bytes);
  ll_results_delete(r);
  ll_test_rmtree(dir);
  free(dir);
}

/* The folder stays bounded: eviction removes the least recently used entries first. */
static void test_eviction_keeps_the_recently_used(void **state) {
  char *dir = make_tree(), *cache = ll_strfmt("%s/c", dir);
  counts c;
  free(run(dir, cache, 1, &c));
  size_t units = c.units;
  ll_cache *handle = ll_cache_open(cache);
  assert_non_null(handle);
  ll_cache_evict(handle, 0);
  ll_cache_close(handle);
  free(run(dir, cache, 1, &c));
  assert_int_equal(c.reused, 0); /* all evicted */
  free(run(dir, cache, 1, &c));
  assert_int_equal(c.reused, units);
  ll_test_rmtree(dir);
  free(dir);
  free(cache);
}

/* The default folder: at the nearest .lambda-lint.yaml or .git above the analysed path. */
static void test_default_folder_is_the_project_root(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "repo/.git/HEAD", "ref: refs/heads/main\n"));
  free(ll_test_write(dir, "repo/svc/app.py", "x = 1\n"));
  free(ll_test_write(dir, "loose/app.py", "x = 1\n"));
  char *path = ll_strfmt("%s/repo/svc/app.py", dir), *found = ll_cache_default_dir(path);
  char *real = realpath(dir, NULL), *want = ll_strfmt("%s/repo/.lambda-lint-cache", real);
  assert_string_equal(found, want);
  free(found);
  free(want);
  free(path);
  path = ll_strfmt("%s/loose", dir);
  found = ll_cache_default_dir(path);
  want = ll_strfmt("%s/loose/.lambda-lint-cache", real);
  assert_string_equal(found, want);
  free(found);
  free(want);
  free(path);
  free(real);
  ll_test_rmtree(dir);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_entry_format),
      cmocka_unit_test(test_warm_runs_report_what_uncached_runs_report),
      cmocka_unit_test(test_corrupt_entries_are_rebuilt),
      cmocka_unit_test(test_two_processes_share_a_cache),
      cmocka_unit_test(test_stdin_and_linked_folders_are_not_cached),
      cmocka_unit_test(test_eviction_keeps_the_recently_used),
      cmocka_unit_test(test_default_folder_is_the_project_root),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
