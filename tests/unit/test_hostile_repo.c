/* test_hostile_repo.c — a repository under analysis is untrusted input (issue 13): it must not make
 * lambda-lint write files, load code, or read and report files outside the analysed folder. */
#define _XOPEN_SOURCE 700 /* nftw */
#include <ftw.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/alloc.h"
#include "lambdalint/project.h"
#include "testutil.h"
#ifdef LL_HAVE_LIBCLANG
#include "frontend/clang_flags.h"
#include "frontend/clang_includes.h"
#include "frontend/clang_macros.h"
#include "frontend/clang_nesting.h"
#endif

/* ---- helpers ------------------------------------------------------------------------------- */

static char *listing; /* what list_tree() collects */

static int list_entry(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  char *line = ll_strfmt("%s%s %o %lld\n", listing, path, (unsigned)st->st_mode, (long long)st->st_size);
  free(listing);
  listing = line;
  return 0;
}

/* Every entry under `dir` with its mode and size, one a line (nftw walks in a stable order for an
 * unchanged tree; a new, removed or rewritten file changes the text). */
static char *list_tree(const char *dir) {
  listing = ll_strdup("");
  assert_int_equal(nftw(dir, list_entry, 16, FTW_PHYS), 0);
  char *out = listing;
  listing = NULL;
  return out;
}


/* ---- --output and --write-baseline ----------------------------------------------------------- */

static const char flagged[] = "import boto3\n"
                              "def lambda_handler(event, context):\n"
                              "    return boto3.client('s3').list_buckets()\n";

/* A symlink to a character device (as /dev/null is) stays a symlink, and the device a device. */
static void test_output_through_a_symlink_to_a_device(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "src/app.py", flagged));
  char *link = ll_strfmt("%s/null", dir);
  assert_int_equal(symlink("/dev/null", link), 0);
  const char *const options[] = {"--output", "--format sarif --output", "--write-baseline --baseline"};
  for (size_t i = 0; i < sizeof options / sizeof *options; i++) {
    char *args = ll_strfmt("%s '%s' '%s/src'", options[i], link, dir);
    assert_in_range(ll_test_run(args, NULL, NULL), 0, 1);
    free(args);
    struct stat st;
    assert_int_equal(lstat(link, &st), 0);
    assert_true(S_ISLNK(st.st_mode));
    assert_int_equal(stat("/dev/null", &st), 0);
    assert_true(S_ISCHR(st.st_mode));
  }
  free(link);
  ll_test_rmtree(dir);
  free(dir);
}

/* A FIFO is written into (a reader gets the report), not replaced by a file. */
static void test_output_into_a_fifo(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "src/app.py", flagged));
  char *fifo = ll_strfmt("%s/fifo", dir);
  assert_int_equal(mkfifo(fifo, 0600), 0);
  char *cmd = ll_strfmt("cd '%s' && (timeout 60 cat '%s' > '%s/got' &) && timeout 60 '%s' --format json "
                        "--output '%s' '%s/src'; test $? -eq 1",
                        LL_SOURCE_DIR, fifo, dir, LL_BINARY, fifo, dir);
  assert_int_equal(system(cmd), 0);
  struct stat st;
  assert_int_equal(lstat(fifo, &st), 0);
  assert_true(S_ISFIFO(st.st_mode));
  char *got_path = ll_strfmt("%s/got", dir), *got = NULL;
  for (int tries = 0; tries < 100 && !(got && strstr(got, "\"LL302\"")); tries++) { /* cat may lag */
    free(got);
    usleep(50 * 1000);
    got = ll_test_read(got_path);
  }
  assert_non_null(got);
  assert_non_null(strstr(got, "\"rule\": \"LL302\""));
  free(got);
  free(got_path);
  free(cmd);
  free(fifo);
  ll_test_rmtree(dir);
  free(dir);
}

/* A replaced report keeps its mode: a private (0600) report does not become world-readable. */
static void test_output_keeps_the_mode(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "src/app.py", flagged));
  const char *const options[] = {"--output", "--write-baseline --baseline"};
  for (size_t i = 0; i < sizeof options / sizeof *options; i++) {
    char *report = ll_test_write(dir, "report", "old");
    assert_int_equal(chmod(report, 0600), 0);
    char *args = ll_strfmt("%s '%s' '%s/src'", options[i], report, dir);
    assert_in_range(ll_test_run(args, NULL, NULL), 0, 1);
    struct stat st;
    assert_int_equal(lstat(report, &st), 0);
    assert_true(S_ISREG(st.st_mode));
    assert_int_equal(st.st_mode & 07777, 0600);
    char *text = ll_test_read(report);
    assert_non_null(strstr(text, "LL302"));
    free(text);
    free(args);
    unlink(report);
    free(report);
  }
  ll_test_rmtree(dir);
  free(dir);
}

/* ---- code locations outside the analysed folder ------------------------------------------------ */

static const char shared_py[] = "# shared helpers, long enough to be compared (64 bytes or more)\n"
                                "def helper(x):\n"
                                "    return x * 2\n";

static const char outside_template[] = "Transform: AWS::Serverless-2016-10-31\n"
                                       "Resources:\n"
                                       "  Inside:\n"
                                       "    Type: AWS::Serverless::Function\n"
                                       "    Properties: {CodeUri: fn/, Handler: app.handler, Runtime: python3.13}\n"
                                       "  Sibling:\n"
                                       "    Type: AWS::Serverless::Function\n"
                                       "    Properties: {CodeUri: ../outside, Handler: app.handler, Runtime: python3.13}\n"
                                       "  Absolute:\n"
                                       "    Type: AWS::Serverless::Function\n"
                                       "    Properties: {CodeUri: /, Handler: app.handler, Runtime: python3.13}\n"
                                       "  Up:\n"
                                       "    Type: AWS::Serverless::Function\n"
                                       "    Properties: {CodeUri: ../../.., Handler: app.handler, Runtime: python3.13}\n"
                                       "  Linked:\n"
                                       "    Type: AWS::Serverless::Function\n"
                                       "    Properties: {CodeUri: linked/, Handler: app.handler, Runtime: python3.13}\n";

/* A template's CodeUri (or a symlink under it) leading out of the analysed folder is not walked,
 * hashed or named: a sibling folder with identical files gives no LL601 and one note per URI. */
static void test_code_outside_the_root_is_not_read(void **state) {
  char *tmp = ll_test_tmpdir();
  char *root = ll_strfmt("%s/root", tmp);
  free(ll_test_write(tmp, "outside/shared.py", shared_py));
  free(ll_test_write(tmp, "outside/app.py", "def handler(event, context):\n    return 1\n"));
  free(ll_test_write(root, "fn/shared.py", shared_py));
  free(ll_test_write(root, "fn/app.py", "def handler(event, context):\n    return 1\n"));
  free(ll_test_write(root, "linked/app.py", "def handler(event, context):\n    return 2\n"));
  free(ll_test_write(root, "template.yaml", outside_template));
  char *link = ll_strfmt("%s/linked/shared.py", root); /* a file symlink out of the root */
  assert_int_equal(symlink("../../outside/shared.py", link), 0);
  char *dir_link = ll_strfmt("%s/linked/lib", root); /* a folder symlink out of the root */
  assert_int_equal(symlink("../../outside", dir_link), 0);
  char *args = ll_strfmt("--format json '%s'", root), *out = NULL, *err = NULL;
  assert_int_equal(ll_test_run(args, &out, &err), 0);
  assert_null(strstr(out, "LL601"));
  assert_null(strstr(out, "outside"));
  char *template_path = ll_strfmt("%s/template.yaml", root);
  char *notes = ll_strfmt("lambda-lint: %s: CodeUri ../outside is outside the analysed folder; not read\n"
                          "lambda-lint: %s: CodeUri / is outside the analysed folder; not read\n"
                          "lambda-lint: %s: CodeUri ../../.. is outside the analysed folder; not read\n",
                          template_path, template_path, template_path);
  assert_string_equal(err, notes);
  free(notes);
  free(template_path);
  free(out);
  free(err);
  free(args);
  free(dir_link);
  free(link);
  ll_test_rmtree(tmp);
  free(root);
  free(tmp);
}

/* ---- standard input and config errors ------------------------------------------------------- */

/* LL001's snippet for `-` is the line of what stdin held, never the line of the disk file that
 * --stdin-filename happens to name. */
static void test_stdin_snippet_comes_from_stdin(void **state) {
  char *dir = ll_test_tmpdir();
  char *disk = ll_test_write(dir, "app.py", "SECRET = 'hunter2'\n");
  char *input = ll_test_write(dir, "input", "x = 1  # lambda-lint: ignore[LL302]\n");
  char *args = ll_strfmt("--report-unused-ignores --stdin-filename '%s' - < '%s'", disk, input);
  char *out = NULL;
  assert_int_equal(ll_test_run(args, &out, NULL), 1);
  assert_non_null(strstr(out, "warning[LL001"));
  assert_non_null(strstr(out, "x = 1  # lambda-lint: ignore[LL302]"));
  assert_null(strstr(out, "hunter2"));
  free(out);
  free(args);
  free(input);
  free(disk);
  ll_test_rmtree(dir);
  free(dir);
}

static void test_stdin_twice_is_a_usage_error(void **state) {
  char *out = NULL, *err = NULL;
  assert_int_equal(ll_test_run("- - < /dev/null", &out, &err), 2);
  assert_string_equal(err, "lambda-lint: `-` (standard input) can be given only once\n");
  assert_string_equal(out, "");
  free(out);
  free(err);
}

/* A config's text quoted in an error (an unknown key) cannot send escapes to the terminal. */
static void test_config_errors_escape_control_characters(void **state) {
  char *dir = ll_test_tmpdir();
  char *config = ll_test_write(dir, "config.yaml", "\"\\e]0;owned\\a\\e[31mred\\nline\": 1\n");
  char *args = ll_strfmt("--config '%s' '%s'", config, dir), *err = NULL;
  assert_int_equal(ll_test_run(args, NULL, &err), 2);
  assert_non_null(strstr(err, "unknown key `\\e]0;owned\\x07\\e[31mred\\nline`"));
  for (const char *c = err; *c; c++)
    if ((unsigned char)*c < 0x20 && c[1]) fail_msg("control character in stderr: %s", err);
  free(err);
  free(args);
  free(config);
  ll_test_rmtree(dir);
  free(dir);
}

/* ---- YAML alias cycles and bombs ----------------------------------------------------------------- */

/* Whether the template is refused with a message holding `why` (one line). */
static void assert_refused(const char *text, const char *why) {
  ll_project *p = ll_project_new();
  char *error = NULL;
  assert_false(ll_project_add_template(p, "template.yaml", text, strlen(text), &error));
  assert_non_null(error);
  if (!strstr(error, why) || strchr(error, '\n')) fail_msg("unexpected message: %s", error);
  assert_int_equal(ll_project_function_count(p), 0);
  free(error);
  ll_project_delete(p);
}

static const char function_head[] = "Transform: AWS::Serverless-2016-10-31\n"
                                    "Resources:\n"
                                    "  Fn:\n"
                                    "    Type: AWS::Serverless::Function\n"
                                    "    Properties: {CodeUri: ., Handler: app.handler, Runtime: python3.13}\n";

static void test_yaml_alias_cycles_are_refused(void **state) {
  char *seq = ll_strfmt("%s  Map:\n    Type: AWS::Lambda::EventSourceMapping\n"
                        "    Properties: {FunctionName: &loop [x, *loop], EventSourceArn: !GetAtt Q.Arn}\n",
                        function_head);
  assert_refused(seq, "alias cycle");
  free(seq);
  /* An anchor on an ancestor mapping. */
  assert_refused("Resources: &all\n"
                 "  Fn:\n"
                 "    Type: AWS::Serverless::Function\n"
                 "    Properties:\n"
                 "      Environment: {Variables: *all}\n",
                 "alias cycle");
  assert_refused("service: s\nprovider: &p {name: aws, more: {again: *p}}\nfunctions: {}\n", "alias cycle");
  /* Deep nesting is refused before any walk. */
  char *deep = ll_malloc(2 * 5000 + 64);
  strcpy(deep, "Resources: ");
  size_t n = strlen(deep);
  for (int i = 0; i < 5000; i++) deep[n++] = '[';
  for (int i = 0; i < 5000; i++) deep[n++] = ']';
  deep[n] = '\0';
  assert_refused(deep, "nested more than 1000 levels");
  free(deep);
  /* Aliases that share nodes without a cycle are fine. */
  const char *shared = "Globals:\n  Function: &defaults {Runtime: python3.13, Timeout: 10}\n"
                       "Transform: AWS::Serverless-2016-10-31\n"
                       "Resources:\n"
                       "  A: {Type: AWS::Serverless::Function, Properties: {<<: *defaults, CodeUri: ., Handler: a.h}}\n"
                       "  B: {Type: AWS::Serverless::Function, Properties: {<<: *defaults, CodeUri: ., Handler: b.h}}\n";
  ll_project *p = ll_project_new();
  char *error = NULL;
  assert_true(ll_project_add_template(p, "template.yaml", shared, strlen(shared), &error));
  assert_int_equal(ll_project_function_count(p), 2);
  ll_project_delete(p);
}

/* "Billion laughs" (9 levels of 10 aliases: 10^9 nodes once expanded) in a FunctionName that the
 * wiring walks: refused at once, one line, and the rest of the run goes on. */
static void test_yaml_alias_bomb_is_refused(void **state) {
  char *dir = ll_test_tmpdir();
  char *bomb = ll_strfmt("%s  Map:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n"
                         "      EventSourceArn: !GetAtt Q.Arn\n      FunctionName:\n"
                         "        - &a [x, x, x, x, x, x, x, x, x, x]\n",
                         function_head);
  for (char level = 'b'; level <= 'j'; level++) {
    char *more = ll_strfmt("%s        - &%c [*%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c]\n", bomb, level,
                           level - 1, level - 1, level - 1, level - 1, level - 1, level - 1, level - 1,
                           level - 1, level - 1, level - 1);
    free(bomb);
    bomb = more;
  }
  char *tpl = ll_test_write(dir, "template.yaml", bomb);
  free(ll_test_write(dir, "app.py", flagged));
  char *args = ll_strfmt("'%s'", dir), *out = NULL, *err = NULL;
  assert_int_equal(ll_test_run(args, &out, &err), 2);
  char *want = ll_strfmt("lambda-lint: %s: template not read: its YAML aliases expand to more than 4000000 "
                         "nodes\n", tpl);
  assert_string_equal(err, want);
  assert_non_null(strstr(out, "LL302")); /* the code is still analysed */
  free(want);
  free(out);
  free(err);
  free(args);
  free(tpl);
  free(bomb);
  ll_test_rmtree(dir);
  free(dir);
}

#ifdef LL_HAVE_LIBCLANG

/* ---- compile_commands.json ------------------------------------------------------------------ */

/* A handler whose client exists only when FOO is defined: a finding tells whether a database's
 * -DFOO was used. */
static const char foo_handler[] = "using namespace aws::lambda_runtime;\n"
                                  "static invocation_response handle(invocation_request const &req) {\n"
                                  "#ifdef FOO\n"
                                  "  Aws::S3::S3Client client;\n"
                                  "#endif\n"
                                  "  return invocation_response::success(\"ok\", \"text/plain\");\n"
                                  "}\n"
                                  "int main() { run_handler(handle); }\n";

static char *database(const char *dir, const char *file, const char *flags) {
  return ll_strfmt("[{\"directory\": \"%s\", \"file\": \"%s\", \"command\": \"c++ %s -c %s\"}]\n", dir, file,
                   flags, file);
}

static void test_compile_database_flags_write_nothing(void **state) {
  char *tmp = ll_test_tmpdir();
  char *proj = ll_strfmt("%s/proj", tmp);
  free(ll_test_write(proj, "app.cpp", foo_handler));
  free(ll_test_write(tmp, "rsp", "-MJ out-from-rsp.json -DFOO\n"));
  char *flags = ll_strfmt("-DFOO -MJ %s/out.json @%s/rsp -o %s/x.o -Xclang -load -Xclang %s/x.so "
                          "-fplugin=%s/p.so -fpass-plugin=%s/q.so --serialize-diagnostics %s/d -save-temps "
                          "-ftime-trace -ftime-trace-granularity=0 -MD -MF %s/deps.d -Wp,-MD,%s/wp.d "
                          "-fcrash-diagnostics-dir=%s -fmodules -fmodules-cache-path=%s/mc "
                          "-fproc-stat-report=%s/stat.csv",
                          tmp, tmp, tmp, tmp, tmp, tmp, tmp, tmp, tmp, tmp, tmp, tmp);
  char *db = database(proj, "app.cpp", flags);
  free(ll_test_write(proj, "compile_commands.json", db));
  char *before = list_tree(tmp);
  char *args = ll_strfmt("'%s'", proj), *out = NULL;
  assert_int_equal(ll_test_run(args, &out, NULL), 1);
  assert_non_null(strstr(out, "app.cpp:4:3: warning[LL302")); /* the database's -DFOO was used */
  char *after = list_tree(tmp);
  assert_string_equal(before, after);
  free(after);
  free(out);
  free(args);
  free(before);
  free(db);
  free(flags);
  ll_test_rmtree(tmp);
  free(proj);
  free(tmp);
}

/* A database in a folder above the analysed one (a planted /tmp/compile_commands.json) is not
 * used; one inside it, one named with --compile-commands and one named by the config are. */
static void test_compile_database_above_the_root_is_not_used(void **state) {
  char *tmp = ll_test_tmpdir();
  char *proj = ll_strfmt("%s/proj", tmp);
  free(ll_test_write(proj, "src/app.cpp", foo_handler));
  char *db = database(proj, "src/app.cpp", "-DFOO");
  free(ll_test_write(tmp, "compile_commands.json", db));
  char *args = ll_strfmt("'%s'", proj), *out = NULL;
  assert_int_equal(ll_test_run(args, &out, NULL), 0); /* above the root: not used */
  free(out);
  free(args);
  args = ll_strfmt("'%s/src'", proj);
  assert_int_equal(ll_test_run(args, &out, NULL), 0);
  free(out);
  free(args);

  args = ll_strfmt("--compile-commands '%s/compile_commands.json' '%s'", tmp, proj);
  assert_int_equal(ll_test_run(args, &out, NULL), 1);
  assert_non_null(strstr(out, "app.cpp:4:3: warning[LL302"));
  free(out);
  free(args);

  char *config = ll_strfmt("compile-commands: ../compile_commands.json\n");
  free(ll_test_write(proj, ".lambda-lint.yaml", config));
  args = ll_strfmt("'%s'", proj);
  assert_int_equal(ll_test_run(args, &out, NULL), 1);
  free(out);
  char *conf = ll_strfmt("%s/.lambda-lint.yaml", proj);
  unlink(conf);
  free(conf);
  free(config);

  free(ll_test_write(proj, "build/compile_commands.json", db)); /* inside the root: used */
  assert_int_equal(ll_test_run(args, &out, NULL), 1);
  free(out);
  free(args);

  char *err = NULL;
  args = ll_strfmt("--compile-commands '%s/missing.json' '%s'", tmp, proj);
  assert_int_equal(ll_test_run(args, &out, &err), 2);
  assert_non_null(strstr(err, "missing.json: not a compile_commands.json file"));
  free(out);
  free(err);
  free(args);
  free(db);
  ll_test_rmtree(tmp);
  free(proj);
  free(tmp);
}

static char *filtered(const char *const *args, size_t n) {
  ll_argv out = {0};
  ll_clang_filter_args(args, n, &out);
  char *text = ll_strdup("");
  for (size_t i = 0; i < out.count; i++) {
    char *more = ll_strfmt("%s%s%s", text, i ? " " : "", out.items[i]);
    free(text);
    text = more;
  }
  ll_argv_free(&out);
  return text;
}

static void test_allowlist(void **state) {
  static const char *const args[] = {
      "-Iinclude", "-I", "other", "-isystem", "/usr/x", "-iquote", "q", "-idirafter", "a", "-DX=1", "-D", "Y",
      "-UZ", "-std=c++17", "-x", "c++", "-Wall", "-Wno-unused", "-Wl,-rpath,/x", "-Wp,-MD,/tmp/d",
      "-Wa,--x", "-fno-exceptions", "-fvisibility=hidden", "-fplugin=/x.so", "-fplugin-arg-x-y",
      "-fpass-plugin=/y.so", "-fprofile-generate", "-fprofile-instr-use=/p", "-fcoverage-mapping",
      "-fdebug-prefix-map=/a=/b", "-fmodules-cache-path=/m", "-fcrash-diagnostics-dir=/c", "-ftime-trace",
      "-ftime-trace-granularity=1", "-fsave-optimization-record", "-fproc-stat-report=s.csv",
      "-fsanitize-ignorelist=list.txt", "-m64", "-march=armv8.2-a", "-mllvm", "-fwhatever",
      "-O2", "-g", "-gdwarf-4", "-gen-reproducer", "-gsplit-dwarf", "-pthread", "--target=aarch64-linux-gnu",
      "-nostdinc", "-nostdinc++", "@/tmp/rsp", "-MJ", "/tmp/j", "-MD", "-MF", "/tmp/f", "-o", "/tmp/o",
      "-Xclang", "-load", "-Xclang", "x.so", "-include", "/etc/passwd", "-imacros", "m.h",
      "--serialize-diagnostics", "/tmp/d", "-save-temps", "-save-temps=obj", "-B", "/bin", "-B/bin",
      "--sysroot=/s", "--sysroot", "/s", "-c", "app.cpp", "-x", "c++; rm", "-fms-compatibility-version=19.00",
      "-fmessage-length=out.txt", "-fsanitize=address,undefined"};
  char *kept = filtered(args, sizeof args / sizeof *args);
  assert_string_equal(kept,
                      "-Iinclude -I other -isystem /usr/x -iquote q -idirafter a -DX=1 -D Y -UZ -std=c++17 -x "
                      "c++ -Wall -Wno-unused -fno-exceptions -fvisibility=hidden -m64 -march=armv8.2-a -O2 -g "
                      "-gdwarf-4 -pthread --target=aarch64-linux-gnu -nostdinc -nostdinc++ "
                      "-fms-compatibility-version=19.00 -fsanitize=address,undefined");
  free(kept);
}

/* The database's own `command` is split as a shell would: quotes and backslashes. */
static void test_database_command_is_split_like_a_shell(void **state) {
  char *tmp = ll_test_tmpdir();
  char *file = ll_strfmt("%s/a b.c", tmp);
  char *json = ll_strfmt("[{\"directory\": \"%s\", \"file\": \"a b.c\", \"command\": "
                         "\"cc '-DA=x y' \\\"-DB=\\\\\\\"q\\\\\\\"\\\" -DC=1\\\\ 2 -o out.o '@rsp' 'a b.c'\"}]",
                         tmp);
  char *db = ll_test_write(tmp, "compile_commands.json", json);
  ll_argv out = {0};
  assert_true(ll_compile_db_flags(db, file, &out));
  assert_int_equal(out.count, 5);
  assert_string_equal(out.items[0], "-working-directory");
  assert_string_equal(out.items[1], tmp);
  assert_string_equal(out.items[2], "-DA=x y");
  assert_string_equal(out.items[3], "-DB=\"q\"");
  assert_string_equal(out.items[4], "-DC=1 2");
  ll_argv_free(&out);
  free(db);
  free(json);
  free(file);
  ll_test_rmtree(tmp);
  free(tmp);
}

/* ---- C/C++ nested past what libclang's parse thread survives ------------------------------------ */

/* `n` copies of `unit` between `head` and `tail` (malloc'd). */
static char *repeated(const char *head, const char *unit, int n, const char *tail) {
  size_t u = strlen(unit), h = strlen(head);
  char *out = ll_malloc(h + u * (size_t)n + strlen(tail) + 1);
  memcpy(out, head, h);
  for (int i = 0; i < n; i++) memcpy(out + h + u * (size_t)i, unit, u);
  strcpy(out + h + u * (size_t)n, tail);
  return out;
}

static void test_nesting_bound(void **state) {
  static const struct {
    const char *head, *unit, *tail;
  } chains[] = {
      {"int f(int x) {\n\n  return ", "!", "x; }\n"},
      {"int f(int x) {\n\n  return ", "x ? 1 : ", "0; }\n"},
      {"int f(int x) {\n\n  int a; ", "a = ", "x; return a; }\n"},
      {"int f(int x) {\n\n  return ", "- ", "x; }\n"},
      {"int f(int x) {\n\n  return ", "(int)", "x; }\n"},
      {"void f(int x) {\n\n  ", "if (x) ", "x++; }\n"},
      {"void f(int x) {\n\n  ", "for (;;) ", "x++; }\n"},
      {"void f(int x) {\n\n  if (x) { x++; }", " else if (x) { x++; }", " }\n"},
      {"void f(void) {\n\n", "{", ""},
  };
  for (size_t i = 0; i < sizeof chains / sizeof *chains; i++) {
    char *deep = repeated(chains[i].head, chains[i].unit, 10000, chains[i].tail);
    assert_int_equal(ll_c_nesting_over(deep, strlen(deep), LL_C_NESTING_LIMIT), 3);
    free(deep);
    char *fine = repeated(chains[i].head, chains[i].unit, 200, chains[i].tail);
    assert_int_equal(ll_c_nesting_over(fine, strlen(fine), LL_C_NESTING_LIMIT), 0);
    free(fine);
  }
  /* Long but flat code is not deep: statements, initializers, comments and strings reset nothing. */
  char *flat = repeated("int t[] = {", "-1, ", 10000, "0};\nvoid f(int x) { /* !!!! */ g(\"????\"); }\n");
  assert_int_equal(ll_c_nesting_over(flat, strlen(flat), LL_C_NESTING_LIMIT), 0);
  free(flat);
  flat = repeated("void f(int x) {\n", "  x = -x; if (!x) { x++; } else { x--; }\n", 10000, "}\n");
  assert_int_equal(ll_c_nesting_over(flat, strlen(flat), LL_C_NESTING_LIMIT), 0);
  free(flat);
}

/* A C++ handler that builds its S3 client per invocation: LL302 on its line 2. */
#define CPP_HANDLER                                                                                 \
  "static invocation_response handle(invocation_request const &req) {\n"                           \
  "  Aws::S3::S3Client client;\n"                                                                 \
  "  return invocation_response::success(\"ok\", \"text/plain\");\n"                               \
  "}\n"                                                                                          \
  "int main() { run_handler(handle); }\n"

/* `name` holding `text` (and an empty FIFO named `fifo`, unless NULL) next to a C++ handler, analysed
 * with --jobs 1: the run exits 2 and still reports the handler. Its stderr; *path: the file's path. */
static char *beside_a_handler(const char *name, const char *text, const char *fifo, char **path) {
  char *dir = ll_test_tmpdir();
  *path = ll_test_write(dir, name, text);
  char *fifo_path = fifo ? ll_strfmt("%s/%s", dir, fifo) : NULL;
  if (fifo_path) assert_int_equal(mkfifo(fifo_path, 0644), 0);
  free(ll_test_write(dir, "handler/app.cpp", CPP_HANDLER));
  char *args = ll_strfmt("--jobs 1 '%s'", dir), *out = NULL, *err = NULL;
  assert_int_equal(ll_test_run(args, &out, &err), 2); /* not 124: ll_test_run's `timeout` did not fire */
  assert_non_null(strstr(out, "app.cpp:2:3: warning[LL302"));
  free(out);
  free(args);
  free(fifo_path);
  ll_test_rmtree(dir);
  free(dir);
  return err;
}

/* The run gives exactly the one error line `problem` (after "lambda-lint: PATH: ") for `name`. */
static void refused_next_to_a_handler(const char *name, const char *text, const char *problem) {
  char *path = NULL;
  char *err = beside_a_handler(name, text, NULL, &path);
  char *want = ll_strfmt("lambda-lint: %s: %s\n", path, problem);
  assert_string_equal(err, want);
  free(want);
  free(err);
  free(path);
}

/* What no byte scan before the parse catches (issue 13): a `__has_include` or `_Pragma` assembled by
 * token pasting opens the FIFO it names, and libclang blocks on it. The parse runs in a child process:
 * the file is one error line, the handler beside it is analysed, and the run ends. */
static void pasted_directive_on_a_fifo(const char *timeout, const char *text, const char *problem) {
  if (timeout) setenv("LAMBDA_LINT_CLANG_TIMEOUT", timeout, 1);
  char *path = NULL;
  char *err = beside_a_handler("pasted.cpp", text, "fifo.h", &path);
  unsetenv("LAMBDA_LINT_CLANG_TIMEOUT");
  char *want = ll_strfmt("lambda-lint: %s: %s\n", path, problem);
  assert_string_equal(err, want);
  free(want);
  free(err);
  free(path);
}

/* The deadline (LAMBDA_LINT_CLANG_TIMEOUT, 1 s here, before the 5 idle seconds below). */
static void test_pasted_has_include_of_a_fifo_times_out(void **state) {
  pasted_directive_on_a_fifo("1",
                             "#define CAT(a, b) a##b\n"
                             "#if CAT(__has_, include)(\"fifo.h\")\n"
                             "#endif\n",
                             "libclang did not finish within 1 s: not analysed");
}

/* A child that uses no CPU for 5 s is blocked: stopped then, without waiting out the deadline. */
static void test_pasted_pragma_on_a_fifo_is_stopped_when_idle(void **state) {
  pasted_directive_on_a_fifo(NULL,
                             "#define CAT(a, b) a##b\n"
                             "CAT(_Pra, gma)(\"GCC dependency \\\"fifo.h\\\"\")\n",
                             "libclang waited 5 s without working (on a FIFO or device a header names?): "
                             "not analysed");
}

/* A comma chain inside a statement expression escapes the operator bound (a `;` inside `({…})` ends
 * the count) and overflowed libclang's parse thread: SIGSEGV, the whole run lost. In the child it
 * is one error line (a crash; under AddressSanitizer, the child's failed exit). */
static void test_libclang_crash_costs_one_file(void **state) {
  char *chain = repeated("int a;\nint f() { return ({ a", ", a", 200000, "; }); }\n");
  char *path = NULL;
  char *err = beside_a_handler("chain.c", chain, NULL, &path);
  char *crashed = ll_strfmt("lambda-lint: %s: libclang crashed or ran out of memory on this file (signal ", path);
  char *failed = ll_strfmt("lambda-lint: %s: libclang's process failed on this file (exit ", path);
  if (strncmp(err, crashed, strlen(crashed)) && strncmp(err, failed, strlen(failed))) fail_msg("stderr: %s", err);
  assert_non_null(strstr(err, "): not analysed\n"));
  assert_ptr_equal(strchr(err, '\n') + 1, err + strlen(err)); /* one line */
  free(crashed);
  free(failed);
  free(err);
  free(path);
  free(chain);
}

/* A file nested 10 000 deep once ended the run inside libclang (SIGSEGV); now it is one error line
 * and the other files are analysed. */
static void test_deep_c_file_does_not_end_the_run(void **state) {
  char *deep = repeated("void f(int x) {\n", "if (x) ", 10000, "x++; }\n");
  refused_next_to_a_handler("deep.c", deep, "nested more than 512 levels deep at line 2: not analysed");
  free(deep);
}

/* Headers that are a FIFO, a symlink to /dev/zero, or reached through a regular header: libclang
 * once blocked on the FIFO for good and read /dev/zero until the machine ran out of memory. They
 * are read as empty now, and the handler that includes them is still analysed. */
static void test_special_headers_are_not_opened(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "app/inc/nested.h", "#pragma once\n#include \"../deeper/pipe2.h\"\n"));
  char *pipe1 = ll_strfmt("%s/app/pipe.h", dir), *pipe2 = ll_strfmt("%s/app/deeper/pipe2.h", dir);
  char *zero = ll_strfmt("%s/app/zero.h", dir), *deeper = ll_strfmt("%s/app/deeper", dir);
  assert_int_equal(mkdir(deeper, 0755), 0);
  assert_int_equal(mkfifo(pipe1, 0644), 0);
  assert_int_equal(mkfifo(pipe2, 0644), 0);
  assert_int_equal(symlink("/dev/zero", zero), 0);
  free(ll_test_write(dir, "app/handler.cpp",
                     "#include \"pipe.h\"\n"
                     "#include <zero.h>\n"
                     "#include \"inc/nested.h\"\n"
                     "using namespace aws::lambda_runtime;\n"
                     CPP_HANDLER));
  char *args = ll_strfmt("'%s/app/handler.cpp'", dir), *out = NULL;
  assert_int_equal(ll_test_run(args, &out, NULL), 1);
  assert_non_null(strstr(out, "handler.cpp:6:3: warning[LL302"));
  free(out);
  free(args);
  free(pipe1);
  free(pipe2);
  free(zero);
  free(deeper);
  ll_test_rmtree(dir);
  free(dir);
}

/* Files named through macros (issue 13): `#include H` with H from the file, from a project header,
 * or from a -D of the compile database, `__has_include`, `#pragma GCC dependency`, `_Pragma`, and
 * directives hidden by backslash-newlines, `\r` or a comment before `#`. Each once made libclang
 * block on the FIFO (or read /dev/zero); now the handler is analysed and a note names the first. */
static void test_files_named_through_macros_are_not_opened(void **state) {
  char *dir = ll_test_tmpdir();
  char *pipe = ll_strfmt("%s/app/pipe.h", dir), *zero = ll_strfmt("%s/app/zero.h", dir);
  free(ll_test_write(dir, "app/inc/computed.h", "#pragma once\n#define PIPE \"../pipe.h\"\n#include PIPE\n"));
  assert_int_equal(mkfifo(pipe, 0644), 0);
  assert_int_equal(symlink("/dev/zero", zero), 0);
  char *db = ll_strfmt("[{\"directory\": \"%s/app\", \"file\": \"%s/app/handler.cpp\", "
                       "\"arguments\": [\"c++\", \"-DFROM_DB=\\\"/dev/zero\\\"\", \"-c\", \"handler.cpp\"]}]",
                       dir, dir);
  free(ll_test_write(dir, "app/compile_commands.json", db));
  free(ll_test_write(dir, "app/handler.cpp",
                     "#define H \"pipe.h\"\n"
                     "#include H\n"
                     "#define Z <zero.h>\n"
                     "#include Z\n"
                     "#include FROM_DB\n"
                     "#include \"inc/computed.h\"\n"
                     "#define S(x) #x\n"
                     "#define P(x) _Pragma(S(x))\n"
                     "P(GCC dependency \"pipe.h\")\n"
                     "#if __has_include(H)\n#endif\n"
                     "#if __has_include(\"pipe.h\")\n#endif\n"
                     "#pragma GCC dependency \"pipe.h\"\n"
                     "_Pragma(\"GCC dependency \\\"zero.h\\\"\")\n"
                     "#inc\\\nlude \"pipe.h\"\n"
                     "int v;\r#include \"zero.h\"\n"
                     "/* a\n */ #include \"pipe.h\"\n"
                     "using namespace aws::lambda_runtime;\n"
                     CPP_HANDLER));
  char *args = ll_strfmt("--verbose '%s/app/handler.cpp'", dir), *out = NULL, *err = NULL;
  assert_int_equal(ll_test_run(args, &out, &err), 1);
  assert_non_null(strstr(out, "handler.cpp:24:3: warning[LL302")); /* clang counts the \r as a line */
  if (!strstr(err, "handler.cpp: line 2: a file named through a macro")) fail_msg("no note in: %s", err);
  free(out);
  free(err);
  free(args);
  free(db);
  free(pipe);
  free(zero);
  ll_test_rmtree(dir);
  free(dir);
}

/* The rewritten text keeps every byte offset and line, blanks only the computed directives (and
 * the operators whose operand only the preprocessor knows), and keeps literal ones as they are. */
static void test_computed_directives_are_blanked_in_place(void **state) {
  static const char src[] = "#include <stdio.h>\n"
                            "#define H \"x.h\"\n"
                            "# /* c */ include H /* d\n"
                            "*/ int a;\n"
                            "#if defined(__has_include) && __has_include(H)\n"
                            "#endif\n"
                            "int b;\n";
  ll_argv args = {0};
  ll_clang_inputs in;
  ll_clang_prepare_inputs("/nonexistent/main.c", src, sizeof src - 1, &args, &in);
  assert_non_null(in.main_text);
  assert_int_equal(strlen(in.main_text), sizeof src - 1);
  assert_int_equal(in.first_blanked, 3);
  assert_int_equal(in.blanked, 2);
  assert_string_equal(in.main_text, "#include <stdio.h>\n"
                                    "#define H \"x.h\"\n"
                                    "  /*   */           /*  \n"
                                    "*/       \n" /* the comment does not end the directive */
                                    "#if defined(__has_include) && 0            (H)\n"
                                    "#endif\n"
                                    "int b;\n");
  ll_clang_inputs_free(&in);
  /* A NUL byte is a blank to clang: the search goes on past it. */
  static const char nul[] = "int a;\0\n#if __has_include(H)\n#endif\n";
  ll_clang_prepare_inputs("/nonexistent/main.c", nul, sizeof nul - 1, &args, &in);
  assert_int_equal(in.blanked, 1);
  ll_clang_inputs_free(&in);
}

/* ---- macro bombs ---------------------------------------------------------------------------- */

static uint64_t expansion_of_bytes(const char *text, size_t len, const char *flag) {
  ll_macro_table *t = ll_macros_new();
  if (flag) ll_macros_add_flag(t, flag);
  ll_macros_add_text(t, text, len);
  uint64_t written = 0, n = ll_macros_expansion(t, &written);
  ll_macros_free(t);
  return n;
}

static uint64_t expansion_of(const char *text, const char *flag) { return expansion_of_bytes(text, strlen(text), flag); }

/* A chain of `levels` macros, each `fan` uses of the next, then one use of the first. */
static char *object_bomb(int levels, int fan) {
  char *text = ll_strdup("");
  for (int i = 0; i < levels; i++) {
    char *uses = ll_strdup("");
    for (int j = 0; j < fan; j++) {
      char *more = ll_strfmt(i + 1 < levels ? "%s M%d" : "%s x", uses, i + 1);
      free(uses);
      uses = more;
    }
    char *more = ll_strfmt("%s#define M%d%s\n", text, i, uses);
    free(uses);
    free(text);
    text = more;
  }
  char *out = ll_strfmt("%sint v[] = {M0};\n", text);
  free(text);
  return out;
}

static void test_macro_expansion_estimate(void **state) {
  char *bomb = object_bomb(12, 4);
  assert_true(expansion_of(bomb, NULL) >= 16777216);
  free(bomb);
  /* Arguments copied by a function-like macro multiply when calls nest, also through a macro that
   * ends in one, and through a -D. */
  assert_true(expansion_of("#define F(x) x x x x\nint v[] = {F(F(F(F(F(F(F(F(F(F(F(F(1))))))))))))};\n", NULL) >=
              16777216);
  assert_true(expansion_of("#define F(x) x x x x\n#define G F\nint v[] = {G(G(G(G(G(G(G(G(G(G(1))))))))))};\n",
                           NULL) >= 1048576);
  assert_true(expansion_of("int v[] = {F(F(F(F(F(F(F(F(F(F(1))))))))))};\n", "F(x)=x x x x") >= 1048576);
  assert_true(expansion_of("#define V(...) __VA_ARGS__ __VA_ARGS__\nint v[] = {V(V(V(V(V(V(V(V(V(V(1))))))))))};\n",
                           NULL) >= 1024);
  /* A cycle back to the top: weighed first from its middle (where the top's expansion stops at the
   * middle), the top still counts in full where it is used alone. */
  char *cycle = object_bomb(12, 4), *m11 = strstr(cycle, "#define M11") + 11;
  *strstr(cycle, "int v[]") = '\0'; /* M5 is used first */
  char *used = ll_strfmt("%.*s M0%s%s", (int)(m11 - cycle), cycle, m11, "int w[] = {M5, M0};\n");
  assert_true(expansion_of(used, NULL) >= 16777216);
  free(used);
  free(cycle);
  /* Self-reference is not expanded again; ordinary macros stay near the written size. */
  assert_true(expansion_of("#define A A A\n#define B(x) B(x) x\nint v[] = {A, B(1)};\n", NULL) < 20);
  assert_true(expansion_of("#define MAX(a, b) ((a) > (b) ? (a) : (b))\n#define N 10\n"
                           "int f(int x) { return MAX(x, N) + MAX(MAX(x, 1), 2); }\n",
                           NULL) < 100);
  /* NUL bytes are white space to clang (fuzz_clang found them hiding a directive from the estimate) */
  static const char nul_before_hash[] = "\0\0#define F(x) x x x x\nint v[] = {F(F(F(F(F(F(F(F(F(F(1))))))))))};\n";
  assert_true(expansion_of_bytes(nul_before_hash, sizeof nul_before_hash - 1, NULL) >= 1048576);
  assert_true(ll_macros_budget(10) == LL_CLANG_MAX_EXPANSION);
  assert_true(ll_macros_budget(3000000) == 6000000);
}

/* The bomb of issue 13 once made libclang allocate 6.4 GB; now the file is refused before
 * parsing (one line), and the other files are analysed. The bomb here is 4^10 tokens (400 MB). */
static void test_macro_bomb_is_not_parsed(void **state) {
  char *bomb = object_bomb(10, 4);
  refused_next_to_a_handler("bomb.c", bomb,
                            "macros expand to about 1048584 tokens, over the budget of 1000000: not analysed");
  free(bomb);
}

/* A 70 000-operator expression once ended the run: clang's semantic analysis recursed once per
 * operator of the left-deep tree and overflowed its parse thread (SIGSEGV inside libclang). */
static void test_operator_bound(void **state) {
  static const char *const units[] = {"x + ", "x && ", "x << ", "x * ", "x, ", "x->y."};
  for (size_t i = 0; i < sizeof units / sizeof *units; i++) {
    bool operators = false;
    char *long_chain = repeated("int f(int x) {\n\n  return (", units[i], 10000, "x); }\n");
    assert_int_equal(ll_c_bounds_over(long_chain, strlen(long_chain), LL_C_NESTING_LIMIT, LL_C_OPERATOR_LIMIT,
                                      &operators), 3);
    assert_true(operators);
    free(long_chain);
    char *fine = repeated("int f(int x) {\n\n  return (", units[i], 2000, "x); }\n");
    assert_int_equal(ll_c_bounds_over(fine, strlen(fine), LL_C_NESTING_LIMIT, LL_C_OPERATOR_LIMIT, &operators), 0);
    free(fine);
  }
  /* A statement expression or a lambda inside the chain does not restart it. */
  char *split = repeated("int f(int x) {\n\n  return x", " + ({ x + 1; }) + [] { return 1; }()", 5000, "; }\n");
  assert_int_equal(ll_c_bounds_over(split, strlen(split), LL_C_NESTING_LIMIT, LL_C_OPERATOR_LIMIT, NULL), 3);
  free(split);
  /* Long but separate: initializer and enum lists, statements, many definitions at file scope. */
  static const struct {
    const char *head, *unit, *tail;
  } flat[] = {
      {"int t[] = {", "-1 + 2, ", "0};\n"},
      {"struct P { int a, b; } t[] = {", "{1 << 2, -3}, ", "{0, 0}};\n"},
      {"enum E {", "A = 1 << 3, B = A * 2, ", "Z};\n"},
      {"void f(int x) {\n", "  x = x * 2 + 1;\n", "}\n"},
      {"", "void A::f(int *x) const { *x = *x + 1; }\n", ""},
      {"namespace n {\n", "int g(int x) { return x + 1; }\n", "}\n"},
  };
  for (size_t i = 0; i < sizeof flat / sizeof *flat; i++) {
    char *text = repeated(flat[i].head, flat[i].unit, 20000, flat[i].tail);
    assert_int_equal(ll_c_bounds_over(text, strlen(text), LL_C_NESTING_LIMIT, LL_C_OPERATOR_LIMIT, NULL), 0);
    free(text);
  }
}

static void test_long_expression_does_not_end_the_run(void **state) {
  char *chain = repeated("int f(int a) {\n  return a", " + a", 70000, "; }\n");
  refused_next_to_a_handler("chain.c", chain, "an expression at line 2 has more than 8192 operators: not analysed");
  free(chain);
}

/* Writes `levels` unguarded headers h0.inc … that each include the next twice (`guard`: each with
 * an include guard instead, `extra` added inside it), and app/main.c including h0.inc. */
static void write_include_chain(const char *dir, int levels, bool guard, const char *extra) {
  for (int i = 0; i <= levels; i++) {
    char *name = ll_strfmt("app/h%d.inc", i);
    char *body = i < levels ? ll_strfmt("#include \"h%d.inc\"\n#include \"h%d.inc\"\nint v%d;\n", i + 1, i + 1, i)
                            : ll_strfmt("int leaf;\n");
    char *text = guard ? ll_strfmt("// header %d\n#ifndef H%d\n#define H%d\n%s%s#endif\n", i, i, i, body, extra)
                       : ll_strdup(body);
    free(ll_test_write(dir, name, text));
    free(text);
    free(body);
    free(name);
  }
  free(ll_test_write(dir, "app/main.c", "#include \"h0.inc\"\nint main(void) { return 0; }\n"));
}

/* The include estimate of app/main.c under `dir`. */
static uint64_t included_by_main(const char *dir, uint64_t *budget) {
  char *file = ll_strfmt("%s/app/main.c", dir);
  ll_argv args = {0};
  ll_clang_inputs in;
  const char *text = "#include \"h0.inc\"\nint main(void) { return 0; }\n";
  ll_clang_prepare_inputs(file, text, strlen(text), &args, &in);
  uint64_t included = in.included;
  *budget = in.included_budget;
  ll_clang_inputs_free(&in);
  free(file);
  return included;
}

static void test_include_estimate(void **state) {
  char *dir = ll_test_tmpdir();
  uint64_t budget = 0;
  write_include_chain(dir, 30, false, "");
  assert_true(included_by_main(dir, &budget) >= (uint64_t)1 << 40);
  assert_true(budget == LL_CLANG_MAX_INCLUDED);
  /* Guarded, each header counts once: about its size plus one weight per #include. */
  write_include_chain(dir, 30, true, "");
  assert_true(included_by_main(dir, &budget) < 100000);
  /* …unless a file undefines the guard (one header undefining all), or the guard's #endif is not
   * the last directive. */
  char *undefs = ll_strdup("");
  for (int i = 0; i <= 30; i++) {
    char *more = ll_strfmt("%s#undef H%d\n", undefs, i);
    free(undefs);
    undefs = more;
  }
  write_include_chain(dir, 30, true, "");
  free(ll_test_write(dir, "app/h30.inc", undefs));
  free(undefs);
  assert_true(included_by_main(dir, &budget) >= (uint64_t)1 << 30);
  write_include_chain(dir, 30, true, "#endif\n#if 1\n");
  assert_true(included_by_main(dir, &budget) >= (uint64_t)1 << 30);
  /* `#pragma once` counts at file level, not inside an `#if 0`. */
  free(ll_test_write(dir, "app/h0.inc", "#pragma once\n#include \"h0.inc\"\n#include \"h0.inc\"\n"));
  assert_true(included_by_main(dir, &budget) < 100000);
  free(ll_test_write(dir, "app/h0.inc", "#if 0\n#pragma once\n#endif\n#include \"h0.inc\"\n#include \"h0.inc\"\n"));
  assert_true(included_by_main(dir, &budget) >= (uint64_t)1 << 40);
  /* Unguarded self-inclusion, once a level: clang's 200 levels of 1 KB. */
  free(ll_test_write(dir, "app/h0.inc", "#include \"h0.inc\"\n"));
  uint64_t self = included_by_main(dir, &budget);
  assert_true(self > 200 * 1024 && self < 300 * 1024);
  ll_test_rmtree(dir);
  free(dir);
}

/* Unguarded headers that each include the next twice, 20 levels: libclang read a million
 * headers (30 levels: hours). Now the file is refused before parsing, and the handler next to it
 * is analysed. */
static void test_include_bomb_is_not_parsed(void **state) {
  char *dir = ll_test_tmpdir();
  write_include_chain(dir, 20, false, "");
  free(ll_test_write(dir, "handler/app.cpp", CPP_HANDLER));
  char *cmd = ll_strfmt("cd '%s' && timeout 60 '%s' --jobs 1 '%s' >'%s/out' 2>'%s/err'; echo $? >'%s/rc'",
                        LL_SOURCE_DIR, LL_BINARY, dir, dir, dir, dir);
  assert_int_equal(system(cmd), 0);
  char *rc_path = ll_strfmt("%s/rc", dir), *out_path = ll_strfmt("%s/out", dir), *err_path = ll_strfmt("%s/err", dir);
  char *rc = ll_test_read(rc_path), *out = ll_test_read(out_path), *err = ll_test_read(err_path);
  assert_string_equal(rc, "2\n");
  char *want = ll_strfmt("lambda-lint: %s/app/main.c: headers included over and over make about 2104 MB to read, "
                         "over the budget of 64 MB: not analysed\n",
                         dir);
  assert_string_equal(err, want);
  assert_non_null(strstr(out, "app.cpp:2:3: warning[LL302"));
  free(want);
  free(rc);
  free(out);
  free(err);
  free(rc_path);
  free(out_path);
  free(err_path);
  free(cmd);
  ll_test_rmtree(dir);
  free(dir);
}

#endif

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_output_through_a_symlink_to_a_device),
      cmocka_unit_test(test_output_into_a_fifo),
      cmocka_unit_test(test_output_keeps_the_mode),
      cmocka_unit_test(test_code_outside_the_root_is_not_read),
      cmocka_unit_test(test_stdin_snippet_comes_from_stdin),
      cmocka_unit_test(test_stdin_twice_is_a_usage_error),
      cmocka_unit_test(test_config_errors_escape_control_characters),
      cmocka_unit_test(test_yaml_alias_cycles_are_refused),
      cmocka_unit_test(test_yaml_alias_bomb_is_refused),
#ifdef LL_HAVE_LIBCLANG
      cmocka_unit_test(test_allowlist),
      cmocka_unit_test(test_database_command_is_split_like_a_shell),
      cmocka_unit_test(test_compile_database_flags_write_nothing),
      cmocka_unit_test(test_compile_database_above_the_root_is_not_used),
      cmocka_unit_test(test_nesting_bound),
      cmocka_unit_test(test_deep_c_file_does_not_end_the_run),
      cmocka_unit_test(test_pasted_has_include_of_a_fifo_times_out),
      cmocka_unit_test(test_pasted_pragma_on_a_fifo_is_stopped_when_idle),
      cmocka_unit_test(test_libclang_crash_costs_one_file),
      cmocka_unit_test(test_special_headers_are_not_opened),
      cmocka_unit_test(test_files_named_through_macros_are_not_opened),
      cmocka_unit_test(test_computed_directives_are_blanked_in_place),
      cmocka_unit_test(test_macro_expansion_estimate),
      cmocka_unit_test(test_macro_bomb_is_not_parsed),
      cmocka_unit_test(test_operator_bound),
      cmocka_unit_test(test_long_expression_does_not_end_the_run),
      cmocka_unit_test(test_include_estimate),
      cmocka_unit_test(test_include_bomb_is_not_parsed),
#endif
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
