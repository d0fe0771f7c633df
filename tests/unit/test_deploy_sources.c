/* test_deploy_sources.c — Terraform and CDK (cdk.out) as deployment sources, one deployable unit
 * at a time (LL601), LL501's three dates, and hostile deployment inputs: everything through the
 * real binary on scratch folders, or through the project API. */
#include <sys/stat.h>

#include "base/alloc.h"
#include "lambdalint/project.h"
#include "testutil.h"

static char *dir;

static int setup(void **state) {
  (void)state;
  dir = ll_test_tmpdir();
  return 0;
}

static int teardown(void **state) {
  (void)state;
  ll_test_rmtree(dir);
  free(dir);
  return 0;
}

static void put(const char *rel, const char *text) { free(ll_test_write(dir, rel, text)); }

/* Runs the binary on the scratch folder with `args` first; stdout and stderr in *out / *err. */
static int lint(const char *args, char **out, char **err) {
  char *cmd = ll_strfmt("--as-of 2026-06-01 %s '%s'", args, dir);
  int rc = ll_test_run(cmd, out, err);
  if (getenv("LL_TEST_VERBOSE")) fprintf(stderr, "%s -> %d\n%s%s", cmd, rc, out && *out ? *out : "", err && *err ? *err : "");
  free(cmd);
  return rc;
}

static int occurrences(const char *text, const char *part) {
  int n = 0;
  for (const char *p = text; (p = strstr(p, part)); p += strlen(part)) n++;
  return n;
}

/* A handler file of `bytes` bytes at least, identical wherever it is written. */
static const char shared_py[] =
    "import os\n\nTABLE = os.environ.get('TABLE_NAME', 'orders')\n\n\ndef put(item):\n"
    "    return {'table': TABLE, 'item': item}\n";
static const char app_py[] = "import db\n\n\ndef handler(event, context):\n    return db.put(event)\n";

/* ---- Terraform: values ---------------------------------------------------------------------- */

static const ll_tpl_function *find(const ll_project *p, const char *resource) {
  for (size_t i = 0; i < ll_project_function_count(p); i++)
    if (strcmp(ll_project_function(p, i)->resource, resource) == 0) return ll_project_function(p, i);
  return NULL;
}

static ll_project *load(const char *const *files, size_t n) {
  ll_project *p = ll_project_new();
  for (size_t i = 0; i < n; i++) {
    char *path = ll_strfmt("%s/%s", dir, files[i]), *error = NULL;
    ll_project_load_file_in(p, path, dir, &error);
    free(error);
    free(path);
  }
  ll_project_finish(p);
  return p;
}

static void terraform_values_are_resolved_or_unknown(void **state) {
  (void)state;
  put("src/a/app.py", app_py);
  put("main.tf",
      "variable \"mem\" { default = 512 }\n"
      "variable \"rt\" {}\n"
      "locals {\n  dir = \"${path.module}/src\"\n  a = local.b\n  b = local.a\n}\n"
      "data \"archive_file\" \"a\" {\n  source_dir = \"${local.dir}/a\"\n  output_path = \"a.zip\"\n}\n"
      "resource \"aws_lambda_function\" \"a\" {\n"
      "  filename = data.archive_file.a.output_path\n"
      "  handler = \"app.handler\"\n"
      "  runtime = var.rt\n"
      "  memory_size = var.mem\n"
      "  timeout = local.a\n"
      "  reserved_concurrent_executions = max(1, 2)\n"
      "  architectures = [\"arm64\"]\n"
      "  environment {\n    variables = { STAGE = \"prod\", N = var.mem }\n  }\n"
      "}\n");
  const char *files[] = {"main.tf"};
  ll_project *p = load(files, 1);
  const ll_tpl_function *fn = find(p, "aws_lambda_function.a");
  assert_non_null(fn);
  assert_int_equal(fn->kind, LL_TEMPLATE_TERRAFORM);
  assert_string_equal(fn->memory_size.text, "512");
  assert_int_equal(fn->memory_size.line, 16);
  assert_true(fn->runtime.present);
  assert_null(fn->runtime.text);  /* a variable without a default */
  assert_true(fn->timeout.present);
  assert_null(fn->timeout.text);  /* locals in a cycle */
  assert_null(fn->reserved_concurrency.text); /* a function call */
  assert_string_equal(fn->architecture.text, "arm64");
  assert_int_equal(fn->n_env, 2);
  assert_string_equal(fn->env[1].value.text, "512");
  assert_non_null(fn->source_path);
  assert_non_null(strstr(fn->source_path, "src/a/app.py"));
  assert_string_equal(fn->handler_function, "handler");
  assert_string_equal(fn->unit, dir);
  ll_project_delete(p);
}

/* A local module called twice: its functions come from the calls, with their arguments; the
 * module folder alone is not a root module. */
static void terraform_local_modules_take_their_arguments(void **state) {
  (void)state;
  put("fn/one/app.py", app_py);
  put("fn/two/app.py", app_py);
  put("modules/fn/main.tf",
      "variable \"src\" {}\nvariable \"rt\" { default = \"python3.8\" }\n"
      "data \"archive_file\" \"z\" {\n  source_dir = var.src\n  output_path = \"z.zip\"\n}\n"
      "resource \"aws_lambda_function\" \"this\" {\n  filename = data.archive_file.z.output_path\n"
      "  handler = \"app.handler\"\n  runtime = var.rt\n}\n");
  put("main.tf",
      "module \"one\" {\n  source = \"./modules/fn\"\n  src = \"fn/one\"\n  rt = \"python3.13\"\n}\n"
      "module \"two\" {\n  source = \"./modules/fn\"\n  src = \"${path.module}/fn/two\"\n}\n"
      "module \"self\" {\n  source = \"./\"\n}\n");
  const char *files[] = {"main.tf", "modules/fn/main.tf"};
  ll_project *p = load(files, 2);
  const ll_tpl_function *one = find(p, "module.one.aws_lambda_function.this");
  const ll_tpl_function *two = find(p, "module.two.aws_lambda_function.this");
  assert_non_null(one);
  assert_non_null(two);
  assert_null(find(p, "aws_lambda_function.this")); /* the module folder read alone */
  assert_string_equal(one->runtime.text, "python3.13");
  assert_int_equal(one->runtime.line, 4); /* at the caller's argument, in the caller's file */
  assert_non_null(one->runtime.path);
  assert_non_null(strstr(one->runtime.path, "/main.tf"));
  assert_null(strstr(one->runtime.path, "modules/"));
  assert_string_equal(two->runtime.text, "python3.8");
  assert_null(two->runtime.path); /* the module's default: at the module's attribute */
  assert_int_equal(two->runtime.line, 10);
  assert_non_null(one->source_path);
  assert_non_null(strstr(two->source_path, "fn/two/app.py"));
  assert_string_equal(one->unit, two->unit);
  ll_project_delete(p);
}

static void terraform_lambda_module_and_wiring(void **state) {
  (void)state;
  put("src/app.py", app_py);
  put("main.tf",
      "module \"api\" {\n  source = \"terraform-aws-modules/lambda/aws\"\n  handler = \"app.handler\"\n"
      "  runtime = \"python3.12\"\n  timeout = 40\n  source_path = \"src\"\n"
      "  environment_variables = { A = \"1\" }\n}\n"
      "resource \"aws_api_gateway_integration\" \"i\" {\n  uri = module.api.lambda_function_invoke_arn\n}\n"
      "resource \"aws_sqs_queue\" \"q\" {\n  visibility_timeout_seconds = 100\n}\n"
      "resource \"aws_lambda_event_source_mapping\" \"m\" {\n  event_source_arn = aws_sqs_queue.q.arn\n"
      "  function_name = module.api.lambda_function_name\n}\n"
      "module \"off\" {\n  source = \"terraform-aws-modules/lambda/aws\"\n  create_function = false\n}\n");
  const char *files[] = {"main.tf"};
  ll_project *p = load(files, 1);
  assert_int_equal(ll_project_function_count(p), 1);
  const ll_tpl_function *fn = find(p, "module.api");
  assert_non_null(fn);
  assert_non_null(fn->source_path);
  assert_int_equal(fn->n_env, 1);
  assert_int_equal(fn->n_events, 2);
  assert_int_equal(fn->events[0].kind, LL_EVENT_SOURCE_API);
  assert_int_equal(fn->events[1].kind, LL_EVENT_SOURCE_SQS);
  assert_string_equal(fn->events[1].queue, "aws_sqs_queue.q");
  assert_string_equal(fn->events[1].queue_visibility_timeout.text, "100");
  assert_int_equal(fn->events[1].queue_line, 12);
  ll_project_delete(p);
}

static void terraform_json(void **state) {
  (void)state;
  put("src/app.py", app_py);
  put("main.tf.json",
      "{\"variable\": {\"rt\": {\"default\": \"python3.8\"}},\n"
      " \"resource\": {\"aws_lambda_function\": {\"f\": {\n"
      "   \"handler\": \"app.handler\",\n   \"runtime\": \"${var.rt}\",\n   \"memory_size\": 20000,\n"
      "   \"environment\": {\"variables\": {\"AWS_REGION\": \"x\"}}}}}}\n");
  char *out = NULL;
  assert_int_equal(lint("--select LL501,LL502,LL508", &out, NULL), 1);
  assert_non_null(strstr(out, "main.tf.json:4:4: error[LL501"));
  assert_non_null(strstr(out, "main.tf.json:5:4: error[LL502"));
  assert_non_null(strstr(out, "main.tf.json:6:48: error[LL508"));
  free(out);
}

/* ---- one deployable unit at a time ------------------------------------------------------------ */

static const char sam_two[] =
    "Transform: AWS::Serverless-2016-10-31\nResources:\n"
    "  A: {Type: AWS::Serverless::Function, Properties: {CodeUri: a/, Handler: app.handler, Runtime: python3.12}}\n"
    "  B: {Type: AWS::Serverless::Function, Properties: {CodeUri: b/, Handler: app.handler, Runtime: python3.12}}\n";
static const char sam_one[] =
    "Transform: AWS::Serverless-2016-10-31\nResources:\n"
    "  A: {Type: AWS::Serverless::Function, Properties: {CodeUri: a/, Handler: app.handler, Runtime: python3.12}}\n";

static void samples_monorepo_is_not_joined_across_apps(void **state) {
  (void)state;
  /* two independent sample apps with identical code: nothing to share between them */
  put("sample-one/template.yaml", sam_one);
  put("sample-one/a/app.py", app_py);
  put("sample-one/a/db.py", shared_py);
  put("sample-two/template.yaml", sam_one);
  put("sample-two/a/app.py", app_py);
  put("sample-two/a/db.py", shared_py);
  char *out = NULL;
  assert_int_equal(lint("--fail-on info --select LL601", &out, NULL), 0);
  free(out);
  /* one template's two functions sharing copied code still do */
  put("sample-three/template.yaml", sam_two);
  put("sample-three/a/app.py", app_py);
  put("sample-three/a/db.py", shared_py);
  put("sample-three/b/app.py", app_py);
  put("sample-three/b/db.py", shared_py);
  assert_int_equal(lint("--fail-on info --select LL601", &out, NULL), 1);
  assert_int_equal(occurrences(out, "[LL601"), 1);
  assert_non_null(strstr(out, "sample-three/template.yaml:4:"));
  free(out);
}

static void terraform_root_modules_are_units(void **state) {
  (void)state;
  static const char tf[] =
      "data \"archive_file\" \"a\" {\n  source_dir = \"a\"\n  output_path = \"a.zip\"\n}\n"
      "resource \"aws_lambda_function\" \"a\" {\n  filename = data.archive_file.a.output_path\n"
      "  handler = \"app.handler\"\n  runtime = \"python3.12\"\n}\n";
  put("svc1/main.tf", tf);
  put("svc1/a/db.py", shared_py);
  put("svc2/main.tf", tf);
  put("svc2/a/db.py", shared_py);
  char *out = NULL;
  assert_int_equal(lint("--fail-on info --select LL601", &out, NULL), 0);
  assert_int_equal(occurrences(out, "[LL601"), 0);
  free(out);
}

/* archive_file source_file packages one file: siblings are not copies in the package, and a
 * handler identical to another is not shared code (sam-init-style handlers look alike). */
static void terraform_single_file_packages(void **state) {
  (void)state;
  put("main.tf",
      "data \"archive_file\" \"a\" {\n  source_file = \"a/a.py\"\n  output_path = \"a.zip\"\n}\n"
      "data \"archive_file\" \"b\" {\n  source_file = \"b/b.py\"\n  output_path = \"b.zip\"\n}\n"
      "resource \"aws_lambda_function\" \"a\" {\n  filename = data.archive_file.a.output_path\n"
      "  handler = \"a.handler\"\n  runtime = \"python3.12\"\n}\n"
      "resource \"aws_lambda_function\" \"b\" {\n  filename = data.archive_file.b.output_path\n"
      "  handler = \"b.handler\"\n  runtime = \"python3.12\"\n}\n");
  put("a/a.py", app_py);
  put("b/b.py", "import json\n\n\ndef handler(event, context):\n    return json.dumps(event)\n");
  put("a/db.py", shared_py); /* not in either zip */
  put("b/db.py", shared_py);
  char *out = NULL;
  assert_int_equal(lint("--fail-on info --select LL601", &out, NULL), 0);
  free(out);
  put("b/b.py", app_py); /* now the packaged handlers are copies */
  assert_int_equal(lint("--fail-on info --select LL601", &out, NULL), 0);
  assert_int_equal(occurrences(out, "[LL601"), 0);
  free(out);
}

/* ---- CDK -------------------------------------------------------------------------------------- */

static const char cdk_stack[] =
    "{\"Resources\": {\n"
    " \"Fn\": {\"Type\": \"AWS::Lambda::Function\",\n"
    "  \"Properties\": {\"Handler\": \"index.handler\", \"Runtime\": \"nodejs16.x\", \"Timeout\": 60},\n"
    "  \"Metadata\": {\"aws:cdk:path\": \"App/Fn/Resource\", \"aws:asset:path\": \"asset.abc\",\n"
    "               \"aws:asset:property\": \"Code\"}},\n"
    " \"Cr\": {\"Type\": \"AWS::Lambda::Function\",\n"
    "  \"Properties\": {\"Handler\": \"index.handler\", \"Runtime\": \"nodejs14.x\"},\n"
    "  \"Metadata\": {\"aws:cdk:path\": \"App/Custom::S3AutoDeleteObjectsCustomResourceProvider/Handler\"}},\n"
    " \"Out\": {\"Type\": \"AWS::Lambda::Function\",\n"
    "  \"Properties\": {\"Handler\": \"index.handler\", \"Runtime\": \"nodejs22.x\"},\n"
    "  \"Metadata\": {\"aws:asset:path\": \"/etc\", \"aws:asset:property\": \"Code\"}}\n"
    "}}\n";

static void cdk_out_is_read_when_asked(void **state) {
  (void)state;
  put("cdk.out/manifest.json",
      "{\"artifacts\": {\"App\": {\"type\": \"aws:cloudformation:stack\",\n"
      "  \"properties\": {\"templateFile\": \"App.template.json\"}},\n"
      " \"Evil\": {\"type\": \"aws:cloudformation:stack\", \"properties\": {\"templateFile\": \"../../../../etc/passwd\"}},\n"
      " \"Stage\": {\"type\": \"cdk:cloud-assembly\", \"properties\": {\"directoryName\": \"/tmp\"}}}}\n");
  put("cdk.out/App.template.json", cdk_stack);
  put("cdk.out/asset.abc/index.js", "exports.handler = async () => ({ statusCode: 200 });\n");
  char *out = NULL, *err = NULL;
  assert_int_equal(lint("--select LL501", &out, NULL), 0); /* not asked: cdk.out is skipped */
  free(out);
  char *args = ll_strfmt("--select LL501 --cdk-out '%s/cdk.out'", dir);
  assert_int_equal(lint(args, &out, &err), 1);
  assert_int_equal(occurrences(out, "[LL501"), 1); /* not CDK's own custom resource provider */
  assert_non_null(strstr(out, "App.template.json:3:46: error[LL501"));
  assert_non_null(strstr(err, "is outside the analysed folder; not read"));
  assert_null(strstr(err, "root:"));
  free(out);
  free(err);
  free(args);
  /* the asset outside the analysed folder is not read: no code location for Out */
  ll_project *p = ll_project_new();
  char *cdk = ll_strfmt("%s/cdk.out", dir), *error = NULL;
  assert_true(ll_project_load_cdk_out(p, cdk, dir, &error));
  ll_project_finish(p);
  assert_int_equal(ll_project_function_count(p), 2);
  const ll_tpl_function *fn = find(p, "Fn");
  assert_non_null(fn->source_path);
  assert_string_equal(fn->unit, cdk);
  assert_null(find(p, "Out")->code_dir);
  ll_project_delete(p);
  free(cdk);
  /* a --cdk-out outside the analysed paths is an error, not read */
  assert_int_equal(ll_test_run("--select LL501 --cdk-out /tmp /dev/null", &out, &err) != 0, true);
  free(out);
  free(err);
}

/* CDK source: read once (not again from the compiled .js beside it, not with --cdk-out), only
 * under cdk.json, deep nesting bounded. */
static void cdk_source_is_read_once(void **state) {
  (void)state;
  static const char stack[] =
      "import * as lambda from 'aws-cdk-lib/aws-lambda';\n"
      "new lambda.Function(this, 'A', {runtime: lambda.Runtime.NODEJS_16_X, handler: 'index.handler'});\n";
  put("app/cdk.json", "{}\n");
  put("app/lib/stack.ts", stack);
  put("app/lib/stack.js", stack);
  put("notapp/lib/stack.ts", stack); /* no cdk.json: not a CDK app */
  char *deep = ll_calloc(1, 64000);
  strcpy(deep, "import * as lambda from 'aws-cdk-lib/aws-lambda';\nconst x = ");
  for (int i = 0; i < 3000; i++) strcat(deep, "[");
  for (int i = 0; i < 3000; i++) strcat(deep, "]");
  strcat(deep, ";\n");
  put("app/lib/deep.ts", deep);
  free(deep);
  char *out = NULL;
  assert_int_equal(lint("--select LL501", &out, NULL), 1);
  assert_int_equal(occurrences(out, "[LL501"), 1);
  assert_non_null(strstr(out, "app/lib/stack.ts:2:33: error[LL501"));
  free(out);
}

/* ---- LL501's dates ---------------------------------------------------------------------------- */

static void ll501_says_when_lambda_blocks(void **state) {
  (void)state;
  put("template.yaml",
      "Resources:\n"
      "  A: {Type: AWS::Lambda::Function, Properties: {Runtime: nodejs18.x}}\n"
      "  B: {Type: AWS::Lambda::Function, Properties: {Runtime: java17}}\n"
      "  C: {Type: AWS::Lambda::Function, Properties: {Runtime: nodejs}}\n"
      "  D: {Type: AWS::Lambda::Function, Properties: {Runtime: dotnet9}}\n");
  char *out = NULL;
  char *args = ll_strfmt("--as-of 2027-02-15 --select LL501 '%s'", dir);
  assert_int_equal(ll_test_run(args, &out, NULL), 1);
  assert_non_null(strstr(out, "runtime nodejs18.x was deprecated on 2025-09-01: no security patches; Lambda blocks "
                              "creating functions on it since 2027-02-01, and updating them from 2027-03-03; move to nodejs24.x"));
  assert_non_null(strstr(out, "runtime nodejs was deprecated on 2016-08-30"));
  assert_non_null(strstr(out, "blocks creating (since 2016-09-30) and updating (since 2016-10-31)"));
  assert_non_null(strstr(out, "runtime java17 is deprecated on 2027-06-30 (in 135 days); Lambda blocks creating "
                              "functions on it from 2027-07-31, and updating them from 2027-08-31; plan the move to java25"));
  assert_non_null(strstr(out, "runtime dotnet9 was deprecated on 2026-11-10: no security patches; move to dotnet10"));
  free(out);
  free(args);
  args = ll_strfmt("--as-of 2027-04-01 --select LL501 '%s'", dir);
  assert_int_equal(ll_test_run(args, &out, NULL), 1);
  assert_non_null(strstr(out, "runtime nodejs18.x was deprecated on 2025-09-01: no security patches; Lambda blocks "
                              "creating (since 2027-02-01) and updating (since 2027-03-03) functions on it"));
  free(out);
  free(args);
}

/* ---- handlers of compiled runtimes ------------------------------------------------------------ */

static void compiled_handlers_name_their_files(void **state) {
  (void)state;
  put("hello/main.go", "package main\n\nfunc main() {}\n");
  put("crate/src/main.rs", "fn main() {}\n");
  put("orders/src/main/java/com/shop/Orders.java", "package com.shop;\nclass Orders {}\n");
  put("node/index.mjs", "export const handler = async () => ({});\n");
  put("template.yaml",
      "Transform: AWS::Serverless-2016-10-31\nResources:\n"
      "  Go: {Type: AWS::Serverless::Function, Properties: {CodeUri: hello/, Handler: bootstrap, Runtime: provided.al2023}}\n"
      "  Rs: {Type: AWS::Serverless::Function, Properties: {CodeUri: crate/, Handler: bootstrap, Runtime: provided.al2}}\n"
      "  Jv: {Type: AWS::Serverless::Function, Properties: {CodeUri: orders/, Handler: 'com.shop.Orders::handle', Runtime: java21}}\n"
      "  Js: {Type: AWS::Serverless::Function, Properties: {CodeUri: node/, Handler: index.handler, Runtime: nodejs22.x}}\n");
  const char *files[] = {"template.yaml"};
  ll_project *p = load(files, 1);
  assert_non_null(strstr(find(p, "Go")->source_path, "hello/main.go"));
  assert_null(find(p, "Go")->handler_function);
  assert_non_null(strstr(find(p, "Rs")->source_path, "crate/src/main.rs"));
  assert_non_null(strstr(find(p, "Jv")->source_path, "orders/src/main/java/com/shop/Orders.java"));
  assert_string_equal(find(p, "Jv")->handler_function, "Orders.handle"); /* the Java front-end names methods Class.method */
  assert_non_null(strstr(find(p, "Js")->source_path, "node/index.mjs"));
  ll_project_delete(p);
}

/* ---- hostile input ---------------------------------------------------------------------------- */

static void hostile_terraform(void **state) {
  (void)state;
  put("src/app.py", app_py);
  put("good.tf",
      "resource \"aws_lambda_function\" \"f\" {\n  runtime = \"python3.8\"\n}\n");
  put("broken.tf", "resource \"aws_lambda_function\" \"g\" {\n  runtime = \n");
  put("notobject.tf.json", "[1, 2, 3]\n");
  put("badjson.tf.json", "{\"resource\": \n");
  /* YAML aliases in a .tf.json (libyaml reads it): an exponential expansion, bounded */
  put("bomb.tf.json",
      "{\"locals\": {\"a\": &a [1,1,1,1,1,1,1,1,1,1], \"b\": &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a],\n"
      " \"c\": &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b], \"d\": &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c],\n"
      " \"e\": &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d], \"f\": &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e],\n"
      " \"g\": &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f], \"h\": &h [*g,*g,*g,*g,*g,*g,*g,*g,*g,*g]}}\n");
  /* nesting past the bound */
  char *deep = ll_calloc(1, 200000);
  strcpy(deep, "locals {\n  x = ");
  for (int i = 0; i < 5000; i++) strcat(deep, "[");
  for (int i = 0; i < 5000; i++) strcat(deep, "]");
  strcat(deep, "\n}\n");
  put("deep.tf", deep);
  free(deep);
  /* many blocks: read, bounded */
  size_t cap = 4 << 20;
  char *huge = ll_calloc(1, cap);
  size_t used = 0;
  for (int i = 0; used + 200 < cap; i++)
    used += (size_t)snprintf(huge + used, cap - used, "resource \"aws_s3_bucket\" \"b%d\" {\n  bucket = \"b%d\"\n}\n", i, i);
  put("huge.tf", huge);
  free(huge);
  /* a module outside the analysed folder */
  put("mod.tf", "module \"out\" {\n  source = \"../../../../../../../../../../etc\"\n}\n");
  char *out = NULL, *err = NULL;
  assert_int_equal(lint("--select LL501", &out, &err), 2); /* files that could not be read */
  assert_non_null(strstr(out, "good.tf:2:3: error[LL501"));
  assert_non_null(strstr(err, "broken.tf: cannot parse Terraform file: syntax error at line"));
  assert_non_null(strstr(err, "notobject.tf.json: cannot read Terraform JSON: the file is not a JSON object"));
  assert_non_null(strstr(err, "badjson.tf.json: cannot parse Terraform JSON"));
  assert_non_null(strstr(err, "bomb.tf.json: cannot read Terraform JSON: nested deeper than 64 levels or expanding past"));
  assert_non_null(strstr(err, "deep.tf: cannot read Terraform file: nested deeper than"));
  assert_null(strstr(err, "huge.tf"));
  assert_non_null(strstr(err, "mod.tf:1: module source ../../../../../../../../../../etc is outside the analysed folder; not read"));
  /* each diagnostic is one line */
  for (const char *l = err; *l; l = strchr(l, '\n') + 1) {
    assert_non_null(strchr(l, '\n'));
    assert_true(strncmp(l, "lambda-lint: ", 13) == 0 || strncmp(l, "lambda-lint:", 12) == 0);
  }
  free(out);
  free(err);
}

/* FIFOs where the deployment readers look (a CDK source, a module's .tf, a stack template named by
 * a manifest): never waited on. */
static void fifos_do_not_block(void **state) {
  (void)state;
  put("app/cdk.json", "{}\n");
  put("app/lib/ok.ts", "import * as lambda from 'aws-cdk-lib/aws-lambda';\n");
  put("main.tf", "module \"m\" {\n  source = \"./mod\"\n}\n");
  put("mod/ok.txt", "\n");
  put("cdk.out/manifest.json",
      "{\"artifacts\": {\"S\": {\"type\": \"aws:cloudformation:stack\", \"properties\": {\"templateFile\": \"S.template.json\"}}}}\n");
  const char *fifos[] = {"app/lib/pipe.ts", "mod/main.tf", "cdk.out/S.template.json"};
  for (size_t i = 0; i < 3; i++) {
    char *path = ll_strfmt("%s/%s", dir, fifos[i]);
    assert_int_equal(mkfifo(path, 0600), 0);
    free(path);
  }
  char *out = NULL, *err = NULL;
  char *args = ll_strfmt("--cdk-out '%s/cdk.out'", dir);
  int rc = lint(args, &out, &err);
  assert_true(rc == 0 || rc == 2); /* not 124: nothing hung */
  free(out);
  free(err);
  assert_int_equal(lint("", &out, &err) == 124, false);
  free(args);
  free(out);
  free(err);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(terraform_values_are_resolved_or_unknown, setup, teardown),
      cmocka_unit_test_setup_teardown(terraform_local_modules_take_their_arguments, setup, teardown),
      cmocka_unit_test_setup_teardown(terraform_lambda_module_and_wiring, setup, teardown),
      cmocka_unit_test_setup_teardown(terraform_json, setup, teardown),
      cmocka_unit_test_setup_teardown(samples_monorepo_is_not_joined_across_apps, setup, teardown),
      cmocka_unit_test_setup_teardown(terraform_root_modules_are_units, setup, teardown),
      cmocka_unit_test_setup_teardown(terraform_single_file_packages, setup, teardown),
      cmocka_unit_test_setup_teardown(cdk_out_is_read_when_asked, setup, teardown),
      cmocka_unit_test_setup_teardown(cdk_source_is_read_once, setup, teardown),
      cmocka_unit_test_setup_teardown(ll501_says_when_lambda_blocks, setup, teardown),
      cmocka_unit_test_setup_teardown(compiled_handlers_name_their_files, setup, teardown),
      cmocka_unit_test_setup_teardown(hostile_terraform, setup, teardown),
      cmocka_unit_test_setup_teardown(fifos_do_not_block, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
