/* test_template.c — the template reader: SAM, CloudFormation (YAML and JSON), serverless.yml. */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "lambdalint/project.h"

/* ---- helpers ------------------------------------------------------------------------------- */

static ll_project *load(const char *path, const char *text) {
  ll_project *p = ll_project_new();
  char *error = NULL;
  bool ok = ll_project_add_template(p, path, text, strlen(text), &error);
  if (!ok) fprintf(stderr, "unexpected error: %s\n", error);
  assert_true(ok);
  assert_null(error);
  return p;
}

static const ll_tpl_function *function_named(const ll_project *p, const char *name) {
  for (size_t i = 0; i < ll_project_function_count(p); i++)
    if (strcmp(ll_project_function(p, i)->resource, name) == 0) return ll_project_function(p, i);
  fail_msg("no function %s", name);
  return NULL;
}

static void assert_value(const ll_tpl_value *v, const char *text, uint32_t line, uint32_t column) {
  assert_true(v->present);
  if (text) assert_string_equal(v->text, text);
  else assert_null(v->text);
  assert_int_equal(v->line, line);
  assert_int_equal(v->column, column);
}

static const ll_tpl_env_var *env_named(const ll_tpl_function *fn, const char *name) {
  for (uint32_t i = 0; i < fn->n_env; i++)
    if (strcmp(fn->env[i].name, name) == 0) return &fn->env[i];
  return NULL;
}

/* A scratch directory with files, removed at the end of the test. */
static char scratch[64];

static void write_file(const char *rel, const char *text) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", scratch, rel);
  for (char *slash = strchr(path + strlen(scratch) + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
    *slash = '\0';
    mkdir(path, 0755);
    *slash = '/';
  }
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

static int make_scratch(void **state) {
  (void)state;
  strcpy(scratch, "/tmp/ll-template-XXXXXX");
  return mkdtemp(scratch) ? 0 : -1;
}

static int remove_scratch(void **state) {
  (void)state;
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", scratch);
  return system(cmd) == 0 ? 0 : -1;
}

static char *scratch_path(const char *rel) {
  static char path[512];
  snprintf(path, sizeof path, "%s/%s", scratch, rel);
  return path;
}

/* ---- SAM ------------------------------------------------------------------------------------ */

static const char sam_yaml[] =
    "AWSTemplateFormatVersion: '2010-09-09'\n"                /* 1 */
    "Transform: AWS::Serverless-2016-10-31\n"                 /* 2 */
    "Globals:\n"                                              /* 3 */
    "  Function:\n"                                           /* 4 */
    "    Runtime: python3.12\n"                               /* 5 */
    "    Timeout: 10\n"                                       /* 6 */
    "    Environment:\n"                                      /* 7 */
    "      Variables:\n"                                      /* 8 */
    "        TABLE: !Ref Orders\n"                            /* 9 */
    "        STAGE: prod\n"                                   /* 10 */
    "Resources:\n"                                            /* 11 */
    "  OrdersFunction:\n"                                     /* 12 */
    "    Type: AWS::Serverless::Function\n"                   /* 13 */
    "    Properties:\n"                                       /* 14 */
    "      CodeUri: src/orders/\n"                            /* 15 */
    "      Handler: app.lambda_handler\n"                     /* 16 */
    "      MemorySize: 4096\n"                                /* 17 */
    "      Architectures: [arm64]\n"                          /* 18 */
    "      EphemeralStorage:\n"                               /* 19 */
    "        Size: 1024\n"                                    /* 20 */
    "      Layers:\n"                                         /* 21 */
    "        - !Ref SharedLayer\n"                            /* 22 */
    "      Environment:\n"                                    /* 23 */
    "        Variables:\n"                                    /* 24 */
    "          STAGE: dev\n"                                  /* 25 */
    "          AWS_REGION: eu-west-1\n"                       /* 26 */
    "      Events:\n"                                         /* 27 */
    "        GetOrder:\n"                                     /* 28 */
    "          Type: Api\n"                                   /* 29 */
    "          Properties: {Path: /orders, Method: get}\n"    /* 30 */
    "        Queue:\n"                                        /* 31 */
    "          Type: SQS\n"                                   /* 32 */
    "          Properties:\n"                                 /* 33 */
    "            Queue: !GetAtt OrdersQueue.Arn\n"            /* 34 */
    "  OrdersQueue:\n"                                        /* 35 */
    "    Type: AWS::SQS::Queue\n"                             /* 36 */
    "    Properties:\n"                                       /* 37 */
    "      VisibilityTimeout: 30\n"                           /* 38 */
    "  Report:\n"                                             /* 39 */
    "    Type: AWS::Serverless::Function\n"                   /* 40 */
    "    Properties:\n"                                       /* 41 */
    "      Handler: !If [IsProd, a.b, c.d]\n"                 /* 42 */
    "      Runtime: !Sub '${Lang}3.12'\n";                    /* 43 */

static void sam_yaml_properties_and_globals(void **state) {
  (void)state;
  ll_project *p = load("proj/template.yaml", sam_yaml);
  assert_int_equal(ll_project_function_count(p), 2);
  const ll_tpl_function *fn = function_named(p, "OrdersFunction");
  assert_int_equal(fn->kind, LL_TEMPLATE_SAM);
  assert_string_equal(fn->template_path, "proj/template.yaml");
  assert_int_equal(fn->line, 12);
  assert_int_equal(fn->column, 3);
  assert_value(&fn->handler, "app.lambda_handler", 16, 7);
  assert_value(&fn->runtime, "python3.12", 5, 5);
  assert_true(fn->runtime.inherited);
  assert_value(&fn->timeout, "10", 6, 5);
  assert_value(&fn->memory_size, "4096", 17, 7);
  assert_false(fn->memory_size.inherited);
  assert_value(&fn->architecture, "arm64", 18, 7);
  assert_value(&fn->ephemeral_storage, "1024", 20, 9);
  assert_value(&fn->code_uri, "src/orders/", 15, 7);
  assert_false(fn->reserved_concurrency.present);
  assert_int_equal(fn->n_layers, 1);
  assert_value(&fn->layers[0], NULL, 22, 11);
  assert_int_equal(ll_tpl_function_memory_mb(fn), 4096);
  assert_int_equal(ll_tpl_function_timeout_s(fn), 10);
  ll_project_delete(p);
}

static void sam_yaml_environment_merges_globals(void **state) {
  (void)state;
  ll_project *p = load("template.yaml", sam_yaml);
  const ll_tpl_function *fn = function_named(p, "OrdersFunction");
  assert_int_equal(fn->n_env, 3);
  assert_value(&env_named(fn, "TABLE")->value, NULL, 9, 9);
  assert_true(env_named(fn, "TABLE")->value.inherited);
  assert_value(&env_named(fn, "STAGE")->value, "dev", 25, 11);
  assert_false(env_named(fn, "STAGE")->value.inherited);
  assert_value(&env_named(fn, "AWS_REGION")->value, "eu-west-1", 26, 11);
  ll_project_delete(p);
}

static void sam_yaml_events_and_queue(void **state) {
  (void)state;
  ll_project *p = load("template.yaml", sam_yaml);
  const ll_tpl_function *fn = function_named(p, "OrdersFunction");
  assert_int_equal(fn->n_events, 2);
  assert_int_equal(fn->events[0].kind, LL_EVENT_SOURCE_API);
  assert_string_equal(fn->events[0].name, "GetOrder");
  assert_int_equal(fn->events[0].line, 28);
  const ll_tpl_event *sqs = &fn->events[1];
  assert_int_equal(sqs->kind, LL_EVENT_SOURCE_SQS);
  assert_string_equal(sqs->queue, "OrdersQueue");
  assert_int_equal(sqs->queue_line, 35);
  assert_value(&sqs->queue_visibility_timeout, "30", 38, 7);
  ll_project_delete(p);
}

static void sam_yaml_intrinsics_are_not_values(void **state) {
  (void)state;
  ll_project *p = load("template.yaml", sam_yaml);
  const ll_tpl_function *fn = function_named(p, "Report");
  assert_value(&fn->handler, NULL, 42, 7);
  assert_value(&fn->runtime, NULL, 43, 7);
  assert_value(&fn->timeout, "10", 6, 5); /* from Globals */
  assert_int_equal(ll_tpl_function_memory_mb(fn), 128);
  assert_null(fn->source_path);
  ll_project_delete(p);
}

static const char sam_json[] =
    "{\n"
    "  \"AWSTemplateFormatVersion\": \"2010-09-09\",\n"
    "  \"Transform\": [\"AWS::Serverless-2016-10-31\"],\n"
    "  \"Resources\": {\n"
    "\t\"Fn\": {\n"
    "      \"Type\": \"AWS::Serverless::Function\",\n"
    "      \"Properties\": {\"Handler\":\"app.handler\", \"Runtime\": \"nodejs16.x\",\n"
    "        \"Timeout\": 60,\n"
    "        \"Events\": {\"Q\": {\"Type\": \"SQS\", \"Properties\": {\"Queue\": {\"Fn::GetAtt\": [\"Jobs\", \"Arn\"]}}}}\n"
    "      }\n"
    "    },\n"
    "    \"Jobs\": {\"Type\": \"AWS::SQS::Queue\"}\n"
    "  }\n"
    "}\n";

static void sam_json_is_read_like_yaml(void **state) {
  (void)state;
  ll_project *p = load("template.json", sam_json);
  assert_int_equal(ll_project_function_count(p), 1);
  const ll_tpl_function *fn = ll_project_function(p, 0);
  assert_int_equal(fn->kind, LL_TEMPLATE_SAM);
  assert_int_equal(fn->line, 5);
  assert_value(&fn->handler, "app.handler", 7, 22);
  assert_value(&fn->runtime, "nodejs16.x", 7, 47);
  assert_value(&fn->timeout, "60", 8, 9);
  assert_int_equal(fn->n_events, 1);
  assert_string_equal(fn->events[0].queue, "Jobs");
  assert_false(fn->events[0].queue_visibility_timeout.present);
  ll_project_delete(p);
}

/* ---- CloudFormation ---------------------------------------------------------------------------- */

static const char cfn_yaml[] =
    "AWSTemplateFormatVersion: '2010-09-09'\n"                                    /* 1 */
    "Resources:\n"                                                                /* 2 */
    "  Worker:\n"                                                                 /* 3 */
    "    Type: AWS::Lambda::Function\n"                                           /* 4 */
    "    Properties:\n"                                                           /* 5 */
    "      Runtime: python3.8\n"                                                  /* 6 */
    "      Handler: worker.main\n"                                                /* 7 */
    "      Code: src/\n"                                                          /* 8 */
    "      Timeout: 120\n"                                                        /* 9 */
    "      ReservedConcurrentExecutions: 5\n"                                     /* 10 */
    "  Mapping:\n"                                                                /* 11 */
    "    Type: AWS::Lambda::EventSourceMapping\n"                                 /* 12 */
    "    Properties:\n"                                                           /* 13 */
    "      FunctionName: !Ref Worker\n"                                           /* 14 */
    "      EventSourceArn: !GetAtt Jobs.Arn\n"                                    /* 15 */
    "  Jobs:\n"                                                                   /* 16 */
    "    Type: AWS::SQS::Queue\n"                                                 /* 17 */
    "    Properties: {VisibilityTimeout: 60}\n"                                   /* 18 */
    "  GetMethod:\n"                                                              /* 19 */
    "    Type: AWS::ApiGateway::Method\n"                                         /* 20 */
    "    Properties:\n"                                                           /* 21 */
    "      Integration:\n"                                                        /* 22 */
    "        Uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Worker.Arn}/invocations\n"
    "  Inline:\n"                                                                 /* 24 */
    "    Type: AWS::Lambda::Function\n"                                           /* 25 */
    "    Properties:\n"                                                           /* 26 */
    "      Handler: index.handler\n"                                              /* 27 */
    "      Code:\n"                                                               /* 28 */
    "        ZipFile: |\n"                                                        /* 29 */
    "          def handler(e, c): pass\n";                                        /* 30 */

static void cloudformation_function_and_wiring(void **state) {
  (void)state;
  ll_project *p = load("stack.yaml", cfn_yaml);
  assert_int_equal(ll_project_function_count(p), 2);
  const ll_tpl_function *fn = function_named(p, "Worker");
  assert_int_equal(fn->kind, LL_TEMPLATE_CLOUDFORMATION);
  assert_value(&fn->code_uri, "src/", 8, 7);
  assert_value(&fn->reserved_concurrency, "5", 10, 7);
  assert_int_equal(fn->n_events, 2);
  assert_int_equal(fn->events[0].kind, LL_EVENT_SOURCE_SQS);
  assert_int_equal(fn->events[0].line, 11);
  assert_string_equal(fn->events[0].queue, "Jobs");
  assert_value(&fn->events[0].queue_visibility_timeout, "60", 18, 18);
  assert_int_equal(fn->events[1].kind, LL_EVENT_SOURCE_API);
  assert_int_equal(fn->events[1].line, 19);
  const ll_tpl_function *inl = function_named(p, "Inline");
  assert_int_equal(inl->n_events, 0);
  assert_null(inl->code_dir);
  ll_project_delete(p);
}

/* ---- serverless.yml ------------------------------------------------------------------------- */

static const char serverless_yml[] =
    "service: orders\n"                                   /* 1 */
    "provider:\n"                                         /* 2 */
    "  name: aws\n"                                       /* 3 */
    "  runtime: python3.11\n"                             /* 4 */
    "  memorySize: 512\n"                                 /* 5 */
    "  environment:\n"                                    /* 6 */
    "    LOG_LEVEL: info\n"                               /* 7 */
    "functions:\n"                                        /* 8 */
    "  create:\n"                                         /* 9 */
    "    handler: src/handlers/orders.create\n"           /* 10 */
    "    timeout: ${self:custom.timeout}\n"               /* 11 */
    "    events:\n"                                       /* 12 */
    "      - http:\n"                                     /* 13 */
    "          path: orders\n"                            /* 14 */
    "          method: post\n"                            /* 15 */
    "      - httpApi: 'GET /orders'\n"                    /* 16 */
    "      - sqs:\n"                                      /* 17 */
    "          arn: !GetAtt Jobs.Arn\n"                   /* 18 */
    "      - schedule: rate(1 hour)\n"                    /* 19 */
    "  report:\n"                                         /* 20 */
    "    handler: report.run\n"                           /* 21 */
    "    memorySize: 128\n"                               /* 22 */
    "resources:\n"                                        /* 23 */
    "  Resources:\n"                                      /* 24 */
    "    Jobs:\n"                                         /* 25 */
    "      Type: AWS::SQS::Queue\n";                      /* 26 */

static void serverless_provider_defaults_and_events(void **state) {
  (void)state;
  ll_project *p = load("svc/serverless.yml", serverless_yml);
  assert_int_equal(ll_project_function_count(p), 2);
  const ll_tpl_function *fn = function_named(p, "create");
  assert_int_equal(fn->kind, LL_TEMPLATE_SERVERLESS);
  assert_value(&fn->handler, "src/handlers/orders.create", 10, 5);
  assert_value(&fn->runtime, "python3.11", 4, 3);
  assert_true(fn->runtime.inherited);
  assert_value(&fn->memory_size, "512", 5, 3);
  assert_value(&fn->timeout, NULL, 11, 5); /* a variable: unknown */
  assert_int_equal(ll_tpl_function_timeout_s(fn), 0);
  assert_value(&env_named(fn, "LOG_LEVEL")->value, "info", 7, 5);
  assert_int_equal(fn->n_events, 4);
  assert_int_equal(fn->events[0].kind, LL_EVENT_SOURCE_API);
  assert_int_equal(fn->events[1].kind, LL_EVENT_SOURCE_HTTP_API);
  assert_int_equal(fn->events[2].kind, LL_EVENT_SOURCE_SQS);
  assert_string_equal(fn->events[2].queue, "Jobs");
  assert_int_equal(fn->events[2].queue_line, 25);
  assert_int_equal(fn->events[3].kind, LL_EVENT_SOURCE_OTHER);
  assert_string_equal(fn->events[3].type, "schedule");
  const ll_tpl_function *report = function_named(p, "report");
  assert_int_equal(ll_tpl_function_memory_mb(report), 128);
  assert_int_equal(ll_tpl_function_timeout_s(report), 6);
  ll_project_delete(p);
}

static void serverless_merge_keys(void **state) {
  (void)state;
  static const char yml[] =
      "service: s\n"                                   /* 1 */
      "provider: {name: aws, runtime: python3.12}\n"   /* 2 */
      "x-defaults: &defaults\n"                        /* 3 */
      "  timeout: 60\n"                                /* 4 */
      "  memorySize: 2048\n"                           /* 5 */
      "functions:\n"                                   /* 6 */
      "  a:\n"                                         /* 7 */
      "    <<: *defaults\n"                            /* 8 */
      "    handler: a.h\n"                             /* 9 */
      "    memorySize: 256\n";                         /* 10 */
  ll_project *p = load("serverless.yml", yml);
  const ll_tpl_function *fn = ll_project_function(p, 0);
  assert_value(&fn->timeout, "60", 4, 3);
  assert_value(&fn->memory_size, "256", 10, 5);
  ll_project_delete(p);
}

/* ---- errors and detection ---------------------------------------------------------------------- */

static void unparsable_template_is_one_line_error(void **state) {
  (void)state;
  static const char bad[] = "Resources:\n  Fn:\n    Type: [unclosed\n  Other: 1\n";
  ll_project *p = ll_project_new();
  char *error = NULL;
  assert_false(ll_project_add_template(p, "template.yaml", bad, strlen(bad), &error));
  assert_non_null(error);
  assert_non_null(strstr(error, "cannot parse template"));
  assert_non_null(strstr(error, "line"));
  assert_null(strchr(error, '\n'));
  assert_int_equal(ll_project_function_count(p), 0);
  free(error);
  ll_project_delete(p);
}

static void missing_file_is_an_error(void **state) {
  (void)state;
  ll_project *p = ll_project_new();
  char *error = NULL;
  assert_false(ll_project_load_file(p, "/nonexistent/template.yaml", &error));
  assert_non_null(strstr(error, "cannot read"));
  free(error);
  ll_project_delete(p);
}

static void not_a_template_yields_nothing(void **state) {
  (void)state;
  ll_project *p = load("template.yaml", "just: a config\nlist: [1, 2]\n");
  assert_int_equal(ll_project_function_count(p), 0);
  ll_project_delete(p);
  p = load("template.json", "");
  assert_int_equal(ll_project_function_count(p), 0);
  ll_project_delete(p);
}

static void detection_by_name_and_content(void **state) {
  (void)state;
  assert_true(ll_template_name_matches("a/b/template.yaml"));
  assert_true(ll_template_name_matches("serverless.yml"));
  assert_false(ll_template_name_matches("a/template.yaml.bak"));
  assert_true(ll_template_detect("x/template.json", NULL, 0));
  static const char cfn[] = "AWSTemplateFormatVersion: '2010-09-09'\n";
  static const char sam[] = "Transform: AWS::Serverless-2016-10-31\n";
  static const char other[] = "name: ci\non: push\n";
  assert_true(ll_template_detect("infra/stack.yml", cfn, strlen(cfn)));
  assert_true(ll_template_detect("infra/api.yaml", sam, strlen(sam)));
  assert_false(ll_template_detect(".github/ci.yml", other, strlen(other)));
  assert_false(ll_template_detect("notes.txt", cfn, strlen(cfn)));
  /* Neither AWSTemplateFormatVersion nor Transform: Resources declaring a function is enough. */
  static const char bare[] = "Description: jobs\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n";
  static const char bare_json[] = "{\"Resources\": {\"Fn\": {\"Type\": \"AWS::Lambda::Function\"}}}";
  static const char mention[] = "steps:\n  - run: echo AWS::Lambda::Function\n";
  assert_true(ll_template_detect("deploy/jobs.yml", bare, strlen(bare)));
  assert_true(ll_template_detect("deploy/jobs.json", bare_json, strlen(bare_json)));
  assert_false(ll_template_detect(".github/workflows/ci.yml", mention, strlen(mention)));
}

static void numeric_values(void **state) {
  (void)state;
  ll_tpl_value v = {.present = true, .text = "900"};
  uint32_t n = 0;
  assert_true(ll_tpl_value_uint(&v, &n));
  assert_int_equal(n, 900);
  v.text = "-1";
  assert_false(ll_tpl_value_uint(&v, &n));
  v.text = "12MB";
  assert_false(ll_tpl_value_uint(&v, &n));
  v.text = NULL;
  assert_false(ll_tpl_value_uint(&v, &n));
}

/* ---- handler resolution and code files ------------------------------------------------------------ */

static const char shared_util[] =
    "def money(cents):\n    return f\"{cents // 100}.{cents % 100:02d}\"\n\n\n"
    "def clamp(x, lo, hi):\n    return max(lo, min(hi, x))\n";

static void handler_resolution_sam(void **state) {
  (void)state;
  write_file("sam/src/orders/app.py", "def lambda_handler(event, context):\n    return 1\n");
  write_file("sam/src/orders/util.py", shared_util);
  write_file("sam/src/users/handlers/users.py", "def get(event, context):\n    return 2\n");
  write_file("sam/src/users/util.py", shared_util);
  write_file("sam/src/users/tiny.py", "x = 1\n");
  write_file("sam/src/orders/tiny.py", "x = 1\n");
  static const char tpl[] =
      "Transform: AWS::Serverless-2016-10-31\n"
      "Globals: {Function: {Runtime: python3.12}}\n"
      "Resources:\n"
      "  Orders: {Type: AWS::Serverless::Function, Properties: {CodeUri: ./src/orders, Handler: app.lambda_handler}}\n"
      "  Users: {Type: AWS::Serverless::Function, Properties: {CodeUri: src/users/, Handler: handlers.users.get}}\n"
      "  Again: {Type: AWS::Serverless::Function, Properties: {CodeUri: src/orders, Handler: app.missing}}\n"
      "  Gone: {Type: AWS::Serverless::Function, Properties: {CodeUri: src/none, Handler: app.x}}\n";
  char path[512];
  snprintf(path, sizeof path, "%s", scratch_path("sam/template.yaml"));
  ll_project *p = load(path, tpl);
  const ll_tpl_function *orders = function_named(p, "Orders");
  assert_string_equal(orders->code_dir, scratch_path("sam/src/orders"));
  assert_string_equal(orders->source_path, scratch_path("sam/src/orders/app.py"));
  assert_string_equal(orders->handler_function, "lambda_handler");
  assert_false(orders->code_is_file);
  char *real = realpath(scratch_path("sam/src/orders"), NULL);
  assert_string_equal(orders->code_realpath, real);
  free(real);
  const ll_tpl_function *users = function_named(p, "Users");
  assert_string_equal(users->source_path, scratch_path("sam/src/users/handlers/users.py"));
  assert_string_equal(users->handler_function, "get");
  real = realpath(scratch_path("sam/src/users/handlers/users.py"), NULL);
  assert_string_equal(users->source_realpath, real);
  free(real);
  const ll_tpl_function *again = function_named(p, "Again");
  assert_string_equal(again->code_realpath, orders->code_realpath);
  assert_string_equal(again->source_path, orders->source_path); /* the file exists */
  assert_null(function_named(p, "Gone")->code_dir);
  size_t cursor = 0;
  assert_ptr_equal(ll_project_function_for_source(p, scratch_path("sam/src/orders/app.py"), &cursor), orders);
  assert_ptr_equal(ll_project_function_for_source(p, scratch_path("sam/src/orders/../orders/app.py"), &cursor), again);
  assert_null(ll_project_function_for_source(p, scratch_path("sam/src/orders/app.py"), &cursor));
  ll_project_delete(p);
}

static void handler_resolution_serverless_and_file(void **state) {
  (void)state;
  write_file("sls/src/handlers/orders.py", "def create(event, context):\n    return 1\n");
  write_file("sls/serverless.yml",
             "service: s\nprovider: {name: aws, runtime: python3.12}\n"
             "functions:\n  create:\n    handler: src/handlers/orders.create\n");
  ll_project *p = ll_project_new();
  char *error = NULL;
  assert_true(ll_project_load_file(p, scratch_path("sls/serverless.yml"), &error));
  const ll_tpl_function *fn = ll_project_function(p, 0);
  assert_string_equal(fn->source_path, scratch_path("sls/src/handlers/orders.py"));
  assert_string_equal(fn->handler_function, "create");
  ll_project_delete(p);
}

static void handler_resolution_follows_runtime(void **state) {
  (void)state;
  write_file("node/index.js", "exports.handler = async () => 1;\n");
  write_file("node/index.py", "def handler(e, c): pass\n");
  static const char tpl[] =
      "Transform: AWS::Serverless-2016-10-31\n"
      "Resources:\n"
      "  Js: {Type: AWS::Serverless::Function, Properties: {Runtime: nodejs20.x, Handler: index.handler}}\n"
      "  Java: {Type: AWS::Serverless::Function, Properties: {Runtime: java21, Handler: 'a.B::handle'}}\n";
  char path[512];
  snprintf(path, sizeof path, "%s", scratch_path("node/template.yaml"));
  ll_project *p = load(path, tpl);
  assert_string_equal(function_named(p, "Js")->source_path, scratch_path("node/index.js"));
  assert_null(function_named(p, "Java")->source_path);
  ll_project_delete(p);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(sam_yaml_properties_and_globals),
      cmocka_unit_test(sam_yaml_environment_merges_globals),
      cmocka_unit_test(sam_yaml_events_and_queue),
      cmocka_unit_test(sam_yaml_intrinsics_are_not_values),
      cmocka_unit_test(sam_json_is_read_like_yaml),
      cmocka_unit_test(cloudformation_function_and_wiring),
      cmocka_unit_test(serverless_provider_defaults_and_events),
      cmocka_unit_test(serverless_merge_keys),
      cmocka_unit_test(unparsable_template_is_one_line_error),
      cmocka_unit_test(missing_file_is_an_error),
      cmocka_unit_test(not_a_template_yields_nothing),
      cmocka_unit_test(detection_by_name_and_content),
      cmocka_unit_test(numeric_values),
      cmocka_unit_test(handler_resolution_sam),
      cmocka_unit_test(handler_resolution_serverless_and_file),
      cmocka_unit_test(handler_resolution_follows_runtime),
  };
  return cmocka_run_group_tests(tests, make_scratch, remove_scratch);
}
