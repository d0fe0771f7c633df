/* test_cli.c — the command line end to end: exit codes, formats, rule selection, bad input. */
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/alloc.h"
#include "testutil.h"

static const char flagged[] = "import boto3\n"
                              "def lambda_handler(event, context):\n"
                              "    return boto3.client('s3').list_buckets()\n";
static const char clean[] = "import boto3\n"
                            "s3 = boto3.client('s3')\n"
                            "def lambda_handler(event, context):\n"
                            "    return s3.list_buckets()\n";

static size_t count_lines(const char *s) {
  size_t n = 0;
  for (; *s; s++) n += *s == '\n';
  return n;
}

static int run_in(const char *dir, const char *args, char **out, char **err) {
  char *cmdline = ll_strfmt("%s '%s'", args, dir);
  int code = ll_test_run(cmdline, out, err);
  free(cmdline);
  return code;
}

static void test_exit_codes_and_text_format(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "ok/app.py", clean));
  char *out = NULL, *err = NULL;
  char *ok = ll_strfmt("%s/ok", dir);
  assert_int_equal(run_in(ok, "", &out, &err), 0);
  assert_non_null(strstr(out, "No findings in 1 file"));
  assert_string_equal(err, "");
  free(out);
  free(err);
  free(ll_test_write(dir, "bad/app.py", flagged));
  char *bad = ll_strfmt("%s/bad", dir);
  assert_int_equal(run_in(bad, "", &out, &err), 1);
  assert_non_null(strstr(out, "app.py:3:12: warning[LL302 client-per-invocation]"));
  assert_non_null(strstr(out, "    3 |     return boto3.client('s3').list_buckets()"));
  assert_non_null(strstr(out, "           ^^^^^^^^^^^^^^^^^^"));
  assert_non_null(strstr(out, "= help:"));
  assert_null(strstr(out, "\033[")); /* not a terminal: no colour */
  free(out);
  free(err);
  free(ok);
  free(bad);
  free(dir);
}

static void test_json_format(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "app.py", flagged));
  char *out = NULL;
  assert_int_equal(run_in(dir, "--format json", &out, NULL), 1);
  assert_non_null(strstr(out, "\"rule\": \"LL302\""));
  assert_non_null(strstr(out, "\"line\": 3"));
  assert_non_null(strstr(out, "\"column\": 12"));
  assert_non_null(strstr(out, "\"name\": \"client-per-invocation\""));
  assert_non_null(strstr(out, "\"errors\": []"));
  free(out);
  free(dir);
}

static void test_select_and_ignore(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "app.py", flagged));
  char *out = NULL;
  assert_int_equal(run_in(dir, "--ignore LL302", &out, NULL), 0);
  free(out);
  assert_int_equal(run_in(dir, "--select client-per-invocation", &out, NULL), 1);
  free(out);
  assert_int_equal(run_in(dir, "--select LL1", &out, NULL), 0);
  free(out);
  char *err = NULL;
  assert_int_equal(run_in(dir, "--select LL999", &out, &err), 2);
  assert_non_null(strstr(err, "unknown rule 'LL999'"));
  free(out);
  free(err);
  free(dir);
}

/* Runs lambda-lint on `source` given on standard input as src/app.py. */
static int run_on_stdin(const char *dir, const char *source, char **out) {
  char *file = ll_test_write(dir, "in.py", source);
  char *args = ll_strfmt("--stdin-filename src/app.py - < '%s'", file);
  int status = ll_test_run(args, out, NULL);
  free(args);
  free(file);
  return status;
}

static void test_stdin(void **state) {
  char *dir = ll_test_tmpdir();
  char *out = NULL;
  assert_int_equal(run_on_stdin(dir, flagged, &out), 1);
  assert_non_null(strstr(out, "src/app.py:3:12"));
  free(out);
  /* Suppressions work on standard input too (they are read from the bytes already read). */
  assert_int_equal(run_on_stdin(dir, "import boto3\n"
                                     "def lambda_handler(event, context):\n"
                                     "    return boto3.client('s3').list_buckets()  # LAMBDA-LINT: ignore[LL302]\n",
                                &out),
                   0);
  assert_null(strstr(out, "LL302"));
  free(out);
  ll_test_rmtree(dir);
  free(dir);
}

static void test_explain_and_list_rules(void **state) {
  char *out = NULL;
  assert_int_equal(ll_test_run("--explain LL302", &out, NULL), 0);
  assert_non_null(strstr(out, "LL302 client-per-invocation"));
  assert_non_null(strstr(out, "Why this is a problem on Lambda"));
  assert_non_null(strstr(out, "Example (flagged):"));
  assert_non_null(strstr(out, "Fix:"));
  free(out);
  assert_int_equal(ll_test_run("--explain LL000", &out, NULL), 2);
  free(out);
  assert_int_equal(ll_test_run("--list-rules", &out, NULL), 0);
  assert_non_null(strstr(out, "LL101"));
  assert_non_null(strstr(out, "LL302  client-per-invocation"));
  assert_non_null(strstr(out, "warning"));
  free(out);
  assert_int_equal(ll_test_run("--version", &out, NULL), 0);
  assert_non_null(strstr(out, "lambda-lint " LL_VERSION));
  free(out);
  assert_int_equal(ll_test_run("--no-such-option", &out, NULL), 2);
  free(out);
}

/* Every kind of bad input: a one-line message naming it on stderr, the good file still
 * analysed and reported, exit code 2. */
static void test_bad_input_does_not_stop_the_run(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "good.py", flagged));
  char *bin = ll_strfmt("%s/binary.py", dir);
  FILE *f = fopen(bin, "wb");
  fwrite("import os\n\0\0\x01", 1, 13, f);
  fclose(f);
  free(ll_test_write(dir, "latin1.py", "# caf\xe9\nimport os\n"));
  free(ll_test_write(dir, "broken.py", "def lambda_handler(event, context:\n    return (\n"));
  char *subdir = ll_strfmt("%s/x.py", dir);
  assert_int_equal(mkdir(subdir, 0755), 0);
  char *empty = ll_strfmt("%s/empty", dir);
  assert_int_equal(mkdir(empty, 0755), 0);
  char *args = ll_strfmt("'%s' '%s/missing.py' '%s' '%s'", dir, dir, empty, subdir);
  char *out = NULL, *err = NULL;
  assert_int_equal(ll_test_run(args, &out, &err), 2);
  assert_non_null(strstr(out, "good.py:3:12: warning[LL302"));
  assert_non_null(strstr(err, "binary.py: binary file"));
  assert_non_null(strstr(err, "latin1.py: invalid UTF-8 at line 1"));
  assert_non_null(strstr(err, "broken.py: syntax error at line 1"));
  assert_non_null(strstr(err, "missing.py: no such file or directory"));
  assert_non_null(strstr(err, "empty: no source files found"));
  assert_int_equal(count_lines(err), 6); /* the five above and x.py: no source files found */
  free(out);
  free(err);
  free(args);
  free(bin);
  free(subdir);
  free(empty);
  free(dir);
}

static void test_file_given_directly_is_analysed(void **state) {
  char *dir = ll_test_tmpdir();
  char *path = ll_test_write(dir, "one.py", flagged);
  char *args = ll_strfmt("'%s'", path);
  char *out = NULL;
  assert_int_equal(ll_test_run(args, &out, NULL), 1);
  assert_non_null(strstr(out, "1 finding"));
  free(out);
  free(args);
  free(path);
  free(dir);
}

/* Minified and bundled JavaScript is not analysed, never a finding, never an error (exit 0): a
 * note says which file and why (a count in text output, each file with --verbose, JSON, SARIF). */
static void test_skipped_bundles_are_noted(void **state) {
  char *dir = ll_test_tmpdir();
  static const char bundled[] = "exports.handler = async () => { const s3 = new S3Client({}); return 1; };\n";
  free(ll_test_write(dir, "app.min.js", bundled));
  char *mapped = ll_strfmt("%s//# sourceMappingURL=index.js.map\n", bundled);
  free(ll_test_write(dir, "index.js", mapped));
  free(ll_test_write(dir, "ok.js", "exports.handler = async () => 1;\n"));
  char *out = NULL, *err = NULL;
  assert_int_equal(run_in(dir, "", &out, &err), 0);
  assert_non_null(strstr(err, "note: 2 files left out or not fully parsed (minified or bundled output, not a template, a test file that does not parse); --verbose lists them"));
  free(out);
  free(err);
  assert_int_equal(run_in(dir, "--verbose", &out, &err), 0);
  assert_non_null(strstr(err, "app.min.js: skipped: minified file (.min.js)"));
  assert_non_null(strstr(err, "index.js: skipped: bundled output (ends with a sourceMappingURL comment)"));
  assert_null(strstr(err, "ok.js"));
  free(out);
  free(err);
  assert_int_equal(run_in(dir, "--format json", &out, &err), 0);
  assert_non_null(strstr(out, "\"errors\": []"));
  char *notes = strstr(out, "\"notes\": [");
  assert_non_null(notes);
  assert_non_null(strstr(notes, "app.min.js\""));
  assert_non_null(strstr(notes, "skipped: minified file"));
  assert_string_equal(err, ""); /* the note is in the report, not on stderr */
  free(out);
  free(err);
  assert_int_equal(run_in(dir, "--format sarif", &out, NULL), 0);
  assert_non_null(strstr(out, "\"level\": \"note\""));
  assert_non_null(strstr(out, "skipped: bundled output"));
  free(out);
  free(mapped);
  ll_test_rmtree(dir);
  free(dir);
}

/* --project: the project is analysed (a helper's client is per invocation because a handler in
 * another file calls it; a template names the handler), but only the given files are reported. */
static void test_project_reports_only_the_given_files(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "app/db.py", "import boto3\n\ndef table():\n    return boto3.resource('dynamodb').Table('t')\n"));
  free(ll_test_write(dir, "app/handler.py", "from db import table\n\ndef lambda_handler(event, context):\n"
                                            "    return table().get_item(Key={'id': event['id']})\n"));
  free(ll_test_write(dir, "app/other.py", flagged));
  free(ll_test_write(dir, "template.yaml", "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n"
                                           "    Type: AWS::Serverless::Function\n    Properties:\n"
                                           "      CodeUri: app/\n      Handler: handler.lambda_handler\n"
                                           "      Runtime: python3.12\n      MemorySize: 99999\n"));
  char *out = NULL, *err = NULL;
  char *alone = ll_strfmt("'%s/app/db.py'", dir); /* alone, db.py has no Lambda evidence */
  assert_int_equal(ll_test_run(alone, &out, NULL), 0);
  free(out);
  char *args = ll_strfmt("--project '%s' '%s/app/db.py'", dir, dir);
  assert_int_equal(ll_test_run(args, &out, &err), 1);
  assert_non_null(strstr(out, "app/db.py:4:12: warning[LL302"));
  assert_null(strstr(out, "other.py")); /* analysed, not reported */
  assert_null(strstr(out, "LL502"));
  free(out);
  free(err);
  free(args);
  args = ll_strfmt("--project '%s' '%s/template.yaml'", dir, dir);
  assert_int_equal(ll_test_run(args, &out, NULL), 1);
  assert_non_null(strstr(out, "template.yaml:9:7: error[LL502"));
  assert_null(strstr(out, "LL302"));
  free(out);
  free(args);
  args = ll_strfmt("--project '%s' '%s/app/handler.py'", dir, dir);
  assert_int_equal(ll_test_run(args, &out, NULL), 0);
  free(out);
  free(args);
  args = ll_strfmt("--project '%s/nowhere' '%s/app/db.py'", dir, dir);
  assert_int_equal(ll_test_run(args, NULL, &err), 2);
  assert_non_null(strstr(err, "--project wants a folder"));
  free(err);
  free(args);
  free(alone);
  ll_test_rmtree(dir);
  free(dir);
}

/* --fail-on and --exit-zero, on the command line and in the config; the command line wins. */
static void test_exit_policy(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "app.py", flagged)); /* one warning (LL302) */
  char *out = NULL, *err = NULL;
  assert_int_equal(run_in(dir, "--fail-on error", &out, NULL), 0);
  assert_non_null(strstr(out, "LL302")); /* still reported */
  free(out);
  assert_int_equal(run_in(dir, "--fail-on info", NULL, NULL), 1);
  assert_int_equal(run_in(dir, "--exit-zero", NULL, NULL), 0);
  assert_int_equal(run_in(dir, "--fail-on bogus", NULL, &err), 2);
  assert_non_null(strstr(err, "--fail-on takes error, warning or info"));
  free(err);
  free(ll_test_write(dir, ".lambda-lint.yaml", "fail-on: error\n"));
  assert_int_equal(run_in(dir, "", NULL, NULL), 0);
  assert_int_equal(run_in(dir, "--fail-on warning", NULL, NULL), 1);
  free(ll_test_write(dir, ".lambda-lint.yaml", "exit-zero: true\n"));
  assert_int_equal(run_in(dir, "", NULL, NULL), 0);
  free(ll_test_write(dir, ".lambda-lint.yaml", "exit-zero: maybe\n"));
  assert_int_equal(run_in(dir, "", NULL, &err), 2);
  assert_non_null(strstr(err, "`exit-zero` takes true or false"));
  free(err);
  /* info findings (LL103 here) no longer fail by default */
  free(ll_test_write(dir, ".lambda-lint.yaml", "select: [LL103]\n"));
  free(ll_test_write(dir, "app.py", "import threading\nlock = threading.Lock()\n"
                                    "def lambda_handler(event, context):\n    with lock:\n        return 1\n"));
  assert_int_equal(run_in(dir, "", &out, NULL), 0);
  assert_non_null(strstr(out, "info[LL103"));
  free(out);
  assert_int_equal(run_in(dir, "--fail-on info", NULL, NULL), 1);
  ll_test_rmtree(dir);
  free(dir);
}

/* Every run option has a config key of the same name; the command line wins; a command-line
 * --select replaces the config's select and ignore; --show-config prints what is in effect. */
static void test_config_keys_and_show_config(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "app.py", flagged));
  free(ll_test_write(dir, ".lambda-lint.yaml", "ignore: [LL302]\nformat: json\njobs: 3\n"));
  char *out = NULL, *err = NULL;
  assert_int_equal(run_in(dir, "", &out, NULL), 0); /* LL302 ignored; json from the config */
  assert_non_null(strstr(out, "\"findings\": []"));
  free(out);
  assert_int_equal(run_in(dir, "--select LL3 --format concise", &out, NULL), 1);
  assert_non_null(strstr(out, "app.py:3:"));
  assert_null(strstr(out, "\"findings\""));
  free(out);
  /* --quiet: the findings and nothing else */
  assert_int_equal(run_in(dir, "--select LL3 --format concise --quiet", &out, NULL), 1);
  assert_int_equal(count_lines(out), 1);
  assert_null(strstr(out, "finding (0 error"));
  free(out);
  assert_int_equal(run_in(dir, "--show-config --jobs 2", &out, NULL), 0);
  assert_non_null(strstr(out, ".lambda-lint.yaml"));
  assert_non_null(strstr(out, "format: json\n"));
  assert_non_null(strstr(out, "jobs: 2 "));
  assert_non_null(strstr(out, "  LL301: warning\n"));
  assert_null(strstr(out, "  LL302:"));
  free(out);
  free(ll_test_write(dir, ".lambda-lint.yaml", "jobs: 0\n"));
  assert_int_equal(run_in(dir, "", NULL, &err), 2);
  assert_non_null(strstr(err, ".lambda-lint.yaml:1: invalid `jobs` in the config"));
  free(err);
  assert_int_equal(run_in(dir, "--jobs 1", NULL, NULL), 1); /* the command line wins */
  /* a handler entry that names nothing is a warning (not an error: the exit code follows findings) */
  free(ll_test_write(dir, ".lambda-lint.yaml", "handlers: [api.nope]\n"));
  assert_int_equal(run_in(dir, "--handler app.lambda_handler --jobs 2", NULL, &err), 1);
  assert_non_null(strstr(err, "lambda-lint: warning: --handler: `api.nope` names no function"));
  assert_null(strstr(err, "`app.lambda_handler`"));
  free(err);
  assert_int_equal(run_in(dir, "--format json", &out, NULL), 1);
  assert_non_null(strstr(out, "\"warnings\": [\n    {\n      \"path\": \"--handler\""));
  free(out);
  ll_test_rmtree(dir);
  free(dir);
}

/* Carets by display width: a wide character before the span takes two columns, an emoji in it two
 * carets; tabs are repeated; a span that goes on to the next line is underlined to the line's end.
 * The help line speaks the file's language. */
static void test_carets_by_display_width(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "app.py", "import boto3\n"
                                    "def lambda_handler(event, context):\n"
                                    "\td = {\"\xe6\x97\xa5\xe6\x9c\xac\": boto3.client(\n"
                                    "\t\t\"sqs\")}\n"
                                    "\treturn d\n"));
  free(ll_test_write(dir, "main.go", "package main\n\nimport (\n\t\"github.com/aws/aws-lambda-go/lambda\"\n"
                                     "\t\"github.com/aws/aws-sdk-go-v2/config\"\n)\n\n"
                                     "func handler(ctx context.Context) error {\n"
                                     "\t_, err := config.LoadDefaultConfig(ctx)\n\treturn err\n}\n\n"
                                     "func main() { lambda.Start(handler) }\n"));
  char *out = NULL;
  assert_int_equal(run_in(dir, "--select LL302", &out, NULL), 1);
  /* `d = {"日本": ` is 11 characters but 13 columns; the call runs on to the next line: 13 carets */
  assert_non_null(strstr(out, "      | \t             ^^^^^^^^^^^^^\n"));
  assert_non_null(strstr(out, "help: create the client once at module scope, or lazily behind `if _client is None:`"));
  assert_non_null(strstr(out, "help: create the client once in `main` or `init`"));
  free(out);
  ll_test_rmtree(dir);
  free(dir);
}

/* An editor pipes its unsaved buffer: `--project DIR --stdin-filename F -` analyses the bytes as F
 * in its project (a handler only the template names), not the file on disk. */
static void test_stdin_in_project(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "template.yaml", "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n"
                                           "    Type: AWS::Serverless::Function\n    Properties:\n"
                                           "      Handler: app.main\n      Runtime: python3.12\n"));
  free(ll_test_write(dir, "app.py", "def main(event, context):\n    return 1\n"));
  char *buffer = ll_test_write(dir, "buffer.txt", "import boto3\ndef main(event, context):\n"
                                                 "    return boto3.client('s3').list_buckets()\n");
  char *args = ll_strfmt("--no-cache --format concise --project '%s' --stdin-filename '%s/app.py' - < '%s'", dir, dir,
                         buffer);
  char *out = NULL, *err = NULL;
  assert_int_equal(ll_test_run(args, &out, NULL), 1);
  assert_non_null(strstr(out, "app.py:3:12: warning[LL302"));
  free(out);
  free(args);
  args = ll_strfmt("--project '%s' - < '%s'", dir, buffer);
  assert_int_equal(ll_test_run(args, NULL, &err), 2);
  assert_non_null(strstr(err, "--project with `-` needs --stdin-filename"));
  free(err);
  free(args);
  free(buffer);
  ll_test_rmtree(dir);
  free(dir);
}

/* Each file uses its nearest config: a sub-project's ignores, severities and excludes apply to its
 * files only; the run's excludes still apply below it; a broken sub-config is an input error;
 * --config FILE means that one config for every file. */
static void test_nearest_config_per_file(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  const char *handler = "import boto3\nimport time\ndef lambda_handler(event, context):\n"
                        "    time.sleep(1)\n    return boto3.client('s3')\n";
  free(ll_test_write(dir, "app.py", handler));
  free(ll_test_write(dir, "sub/app.py", handler));
  free(ll_test_write(dir, "sub/old_app.py", handler));
  free(ll_test_write(dir, "sub/.lambda-lint.yaml", "ignore: [LL403]\nseverity: {LL302: error}\nexclude: ['old*']\n"));
  char *out = NULL, *err = NULL;
  assert_int_equal(run_in(dir, "--no-cache --format concise", &out, NULL), 1);
  char *top = ll_strfmt("%s/app.py:4:5: warning[LL403", dir); /* the top file: the run's config */
  assert_non_null(strstr(out, top));
  free(top);
  assert_null(strstr(out, "sub/app.py:4:5"));
  assert_non_null(strstr(out, "sub/app.py:5:12: error[LL302"));
  assert_null(strstr(out, "old_app.py"));
  free(out);
  free(ll_test_write(dir, ".lambda-lint.yaml", "exclude: [sub]\n"));
  assert_int_equal(run_in(dir, "--no-cache --format concise", &out, NULL), 1);
  assert_null(strstr(out, "sub/"));
  free(out);
  char *args = ll_strfmt("--no-cache --format concise --config '%s/.lambda-lint.yaml'", dir);
  free(ll_test_write(dir, ".lambda-lint.yaml", "select: [ALL]\n"));
  assert_int_equal(run_in(dir, args, &out, NULL), 1);
  assert_non_null(strstr(out, "sub/app.py:4:5: warning[LL403")); /* --config: the sub-config is not read */
  free(out);
  free(args);
  free(ll_test_write(dir, "sub/.lambda-lint.yaml", "ignore: [LL999]\n"));
  assert_int_equal(run_in(dir, "--no-cache --format concise", NULL, &err), 2);
  assert_non_null(strstr(err, "sub/.lambda-lint.yaml: line 1: unknown rule `LL999`"));
  free(err);
  ll_test_rmtree(dir);
  free(dir);
}

/* A syntax error says why when the tree shows it; a YAML file that is not a template, named on the
 * command line, is a note, not an input error. */
static void test_syntax_errors_and_non_templates(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "app.py", "import boto3\ndef lambda_handler(event, context):\n    x = (1,\n    return x\n"));
  free(ll_test_write(dir, "api.js", "exports.handler = async (event) => {\n  return [1, 2;\n};\n"));
  free(ll_test_write(dir, "H.java", "class H implements RequestHandler<String, String> {\n"
                                    "  public String handleRequest(String a, Context c) { return a + ; }\n}\n"));
  char *err = NULL;
  assert_int_equal(run_in(dir, "--no-prescan", NULL, &err), 2);
  assert_non_null(strstr(err, "app.py: syntax error at line 3, column 5: `(` at line 3, column 9 is not closed"));
  assert_non_null(strstr(err, "api.js: syntax error at line 2, column 15: missing `]`"));
  assert_non_null(strstr(err, "H.java: syntax error at line 2, column 64: missing identifier"));
  free(err);
  ll_test_rmtree(dir);
  free(dir);
  dir = ll_test_tmpdir();
  char *yaml = ll_test_write(dir, "config.yaml", "a: [1, 2]\nb: text\n");
  char *args = ll_strfmt("--format json '%s'", yaml);
  char *out = NULL;
  assert_int_equal(ll_test_run(args, &out, NULL), 0);
  assert_non_null(strstr(out, "not a deployment template"));
  assert_non_null(strstr(out, "\"errors\": []"));
  free(out);
  free(args);
  free(yaml);
  ll_test_rmtree(dir);
  free(dir);
}

/* A finding suppressed by a comment is left out of text and JSON, and in SARIF as suppressed; the
 * baseline's are external suppressions. */
static void test_sarif_keeps_suppressed_findings(void **state) {
  (void)state;
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "app.py", "import boto3\n"
                                    "def lambda_handler(event, context):\n"
                                    "    boto3.client('sqs')  # lambda-lint: ignore[LL302]\n"
                                    "    return boto3.client('s3').list_buckets()\n"));
  char *out = NULL;
  assert_int_equal(run_in(dir, "--format json", &out, NULL), 1);
  assert_null(strstr(out, "app.py\", \"line\": 3"));
  free(out);
  assert_int_equal(run_in(dir, "--format sarif", &out, NULL), 1);
  assert_non_null(strstr(out, "\"kind\": \"inSource\""));
  assert_null(strstr(out, "\"kind\": \"external\""));
  free(out);
  char *baseline = ll_strfmt("%s/baseline.json", dir);
  char *args = ll_strfmt("--baseline '%s' --write-baseline", baseline);
  assert_int_equal(run_in(dir, args, NULL, NULL), 0);
  free(args);
  args = ll_strfmt("--baseline '%s' --format sarif", baseline);
  assert_int_equal(run_in(dir, args, &out, NULL), 0);
  assert_non_null(strstr(out, "\"kind\": \"external\""));
  assert_non_null(strstr(out, "\"executionSuccessful\": true"));
  free(out);
  free(args);
  /* the baseline's paths are relative to its folder: it matches from another working directory,
   * and it names the file as seen from there */
  char *cmd = ll_strfmt("cd '%s/..' && '%s' --baseline '%s' --format concise \"$(basename '%s')\" >/dev/null",
                        dir, LL_BINARY, baseline, dir);
  assert_int_equal(WEXITSTATUS(system(cmd)), 0);
  free(cmd);
  char *written = ll_test_read(baseline);
  assert_non_null(strstr(written, "\"version\": 2"));
  assert_non_null(strstr(written, "\"path\": \"app.py\""));
  free(written);
  /* --write-baseline still writes the report to --output */
  char *report = ll_strfmt("%s/report.json", dir);
  args = ll_strfmt("--baseline '%s' --write-baseline --format json --output '%s'", baseline, report);
  assert_int_equal(run_in(dir, args, NULL, NULL), 0);
  written = ll_test_read(report);
  assert_non_null(strstr(written, "\"LL302\""));
  free(written);
  free(args);
  free(report);
  free(baseline);
  ll_test_rmtree(dir);
  free(dir);
}

/* --format concise: one line a finding; --statistics: a count per rule; the summary counts the
 * files that could not be analysed; --stdin-filename alone reads standard input. */
static void test_concise_statistics_and_stdin_name(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "a.py", flagged));
  free(ll_test_write(dir, "b.py", flagged));
  free(ll_test_write(dir, "broken.py", "def lambda_handler(event, context):\n    return (\n"));
  char *out = NULL;
  assert_int_equal(run_in(dir, "--format concise --statistics", &out, NULL), 2);
  assert_non_null(strstr(out, "a.py:3:12: warning[LL302 client-per-invocation] "));
  assert_null(strstr(out, "help:")); /* no snippet, no help line */
  assert_non_null(strstr(out, "\n     2  LL302  client-per-invocation\n"));
  assert_non_null(strstr(out, "1 file could not be analysed"));
  assert_int_equal(count_lines(out), 2 + 1 + 1 + 1 + 1 + 1); /* findings, blank, stats, blank, errors, summary */
  free(out);
  char *cmd = ll_strfmt("cat '%s/a.py' | '%s' --stdin-filename app.py --format concise", dir, LL_BINARY);
  FILE *p = popen(cmd, "r");
  char line[512] = "";
  assert_non_null(p);
  assert_non_null(fgets(line, sizeof line, p));
  assert_int_equal(WEXITSTATUS(pclose(p)), 1);
  assert_non_null(strstr(line, "app.py:3:12: warning[LL302"));
  free(cmd);
  ll_test_rmtree(dir);
  free(dir);
}

/* Every option of --help has a row in the README's option table, and every row is an option. */
static void test_help_matches_the_readme(void **state) {
  char *help = NULL;
  assert_int_equal(ll_test_run("--help", &help, NULL), 0);
  char *readme_path = ll_strfmt("%s/README.md", LL_SOURCE_DIR);
  char *readme = ll_test_read(readme_path);
  assert_non_null(readme);
  size_t in_help = 0, missing = 0;
  for (const char *p = help; (p = strstr(p, "\n  -")) != NULL; p++) {
    const char *opt = strstr(p, "--");
    if (!opt || memchr(p + 1, '\n', (size_t)(opt - p - 1))) continue;
    size_t n = strcspn(opt, " ,\n");
    char *row = ll_strfmt("`%.*s", (int)n, opt); /* as the table spells it: `--format …` */
    in_help++;
    if (!strstr(readme, row)) {
      print_error("README's option table lacks %s\n", row + 1);
      missing++;
    }
    free(row);
  }
  for (const char *p = readme; (p = strstr(p, "\n| `--")) != NULL; p++) {
    const char *opt = p + 4;
    size_t n = strcspn(opt, " `|");
    char *flag = ll_strfmt("%.*s ", (int)n, opt);
    char *flag_nl = ll_strfmt("%.*s\n", (int)n, opt);
    if (!strstr(help, flag) && !strstr(help, flag_nl)) {
      print_error("--help lacks %s, which the README documents\n", flag);
      missing++;
    }
    free(flag);
    free(flag_nl);
  }
  assert_true(in_help > 20);
  assert_int_equal(missing, 0);
  free(readme);
  free(readme_path);
  free(help);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_exit_codes_and_text_format),
      cmocka_unit_test(test_json_format),
      cmocka_unit_test(test_select_and_ignore),
      cmocka_unit_test(test_stdin),
      cmocka_unit_test(test_explain_and_list_rules),
      cmocka_unit_test(test_bad_input_does_not_stop_the_run),
      cmocka_unit_test(test_file_given_directly_is_analysed),
      cmocka_unit_test(test_skipped_bundles_are_noted),
      cmocka_unit_test(test_project_reports_only_the_given_files),
      cmocka_unit_test(test_exit_policy),
      cmocka_unit_test(test_config_keys_and_show_config),
      cmocka_unit_test(test_sarif_keeps_suppressed_findings),
      cmocka_unit_test(test_syntax_errors_and_non_templates),
      cmocka_unit_test(test_carets_by_display_width),
      cmocka_unit_test(test_stdin_in_project),
      cmocka_unit_test(test_nearest_config_per_file),
      cmocka_unit_test(test_help_matches_the_readme),
      cmocka_unit_test(test_concise_statistics_and_stdin_name),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
