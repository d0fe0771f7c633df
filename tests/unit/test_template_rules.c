/* test_template_rules.c — the template-only rules (LL501–LL504, LL508, LL601) on small templates,
 * each run through ll_analyze() on a scratch folder with only that rule selected. */
#include "base/alloc.h"
#include "base/date.h"
#include "testutil.h"

#define AS_OF "2026-01-15"

/* The scratch folder of the current test (created by run() or by the test itself). */
static char *scratch;

static void scratch_reset(void) {
  if (scratch) {
    char *cmd = ll_strfmt("rm -rf '%s'", scratch);
    assert_int_equal(system(cmd), 0);
    free(cmd);
    free(scratch);
  }
  scratch = ll_test_tmpdir();
}

static void write_file(const char *rel, const char *text) { free(ll_test_write(scratch, rel, text)); }

/* Runs rule `id` over the scratch folder after writing the template `name`; returns what it reported,
 * one "line:column:severity:message" a line (a static buffer). */
static const char *run_in_scratch(const char *id, const char *name, const char *text) {
  static char log[8192];
  write_file(name, text);
  const char *paths[] = {scratch};
  const char *select[] = {id};
  ll_options o;
  ll_options_init(&o);
  o.paths = paths;
  o.n_paths = 1;
  o.select = select;
  o.n_select = 1;
  o.as_of = AS_OF;
  ll_results *results = ll_analyze(&o);
  size_t n = 0, used = 0;
  const ll_finding *f = ll_results_findings(results, &n);
  log[0] = '\0';
  for (size_t i = 0; i < n; i++)
    used += (size_t)snprintf(log + used, sizeof log - used, "%u:%u:%s:%s\n", f[i].line, f[i].column,
                             ll_severity_name(f[i].severity), f[i].message);
  if (getenv("LL_TEST_VERBOSE")) fputs(log, stderr);
  ll_results_delete(results);
  return log;
}

static const char *run(const char *id, const char *name, const char *text) {
  scratch_reset();
  return run_in_scratch(id, name, text);
}

/* Whether the log has a finding at line:column with `severity` whose message contains `part`. */
static bool has(const char *log, uint32_t line, uint32_t column, const char *severity, const char *part) {
  char prefix[64];
  snprintf(prefix, sizeof prefix, "%u:%u:%s:", line, column, severity);
  for (const char *l = log; *l; l = strchr(l, '\n') + 1) {
    const char *end = strchr(l, '\n');
    if (strncmp(l, prefix, strlen(prefix)) != 0) continue;
    const char *found = strstr(l, part);
    if (found && found < end) return true;
  }
  return false;
}

static int count(const char *log) {
  int n = 0;
  for (const char *c = log; *c; c++) n += *c == '\n';
  return n;
}

/* ---- dates ------------------------------------------------------------------------------------ */

static void dates(void **state) {
  (void)state;
  int32_t d = 0;
  assert_int_equal(ll_date_days(1970, 1, 1), 0);
  assert_true(ll_date_parse("2024-02-29", &d));
  char back[11];
  ll_date_format(d, back);
  assert_string_equal(back, "2024-02-29");
  assert_false(ll_date_parse("2023-02-29", &d));
  assert_false(ll_date_parse("2024-13-01", &d));
  assert_false(ll_date_parse("20240101", &d));
  assert_false(ll_date_parse("2024-01-01x", &d));
}

/* ---- LL501 ------------------------------------------------------------------------------------ */

static const char runtimes_tpl[] =
    "Transform: AWS::Serverless-2016-10-31\n"                                          /* 1 */
    "Globals:\n"                                                                       /* 2 */
    "  Function:\n"                                                                    /* 3 */
    "    Runtime: python3.8\n"                                                         /* 4 */
    "Resources:\n"                                                                     /* 5 */
    "  A: {Type: AWS::Serverless::Function, Properties: {Handler: a.h}}\n"             /* 6 */
    "  B: {Type: AWS::Serverless::Function, Properties: {Handler: b.h}}\n"             /* 7 */
    "  C: {Type: AWS::Serverless::Function, Properties: {Runtime: nodejs20.x}}\n"      /* 8 */
    "  D: {Type: AWS::Serverless::Function, Properties: {Runtime: python3.13}}\n"      /* 9 */
    "  E: {Type: AWS::Lambda::Function, Properties: {Runtime: !Ref Rt}}\n"             /* 10 */
    "  F: {Type: AWS::Lambda::Function, Properties: {Runtime: python9.9}}\n";          /* 11 */

static void ll501_past_is_error_soon_is_warning(void **state) {
  (void)state;
  const char *log = run("LL501", "template.yaml", runtimes_tpl);
  assert_int_equal(count(log), 2);
  assert_true(has(log, 4, 5, "error", "python3.8 was deprecated on 2024-10-14"));
  assert_true(has(log, 4, 5, "error", "move to python3.14"));
  assert_true(has(log, 8, 53, "warning", "nodejs20.x is deprecated on 2026-04-30 (in 105 days)"));
}

/* ---- LL502 ------------------------------------------------------------------------------------ */

static void ll502_limits(void **state) {
  (void)state;
  static const char tpl[] =
      "Resources:\n"                                                                                   /* 1 */
      "  A:\n"                                                                                         /* 2 */
      "    Type: AWS::Lambda::Function\n"                                                              /* 3 */
      "    Properties:\n"                                                                              /* 4 */
      "      MemorySize: 64\n"                                                                         /* 5 */
      "      Timeout: 901\n"                                                                           /* 6 */
      "      EphemeralStorage: {Size: 20480}\n"                                                        /* 7 */
      "  B: {Type: AWS::Lambda::Function, Properties: {MemorySize: 10240, Timeout: 900}}\n"            /* 8 */
      "  C: {Type: AWS::Lambda::Function, Properties: {MemorySize: !Ref Mem, Timeout: 0}}\n"           /* 9 */
      "  D: {Type: AWS::Lambda::Function, Properties: {Timeout: -5, MemorySize: 99999999999999999999}}\n";
  const char *log = run("LL502", "template.yaml", tpl);
  assert_int_equal(count(log), 6);
  assert_true(has(log, 10, 49, "error", "Timeout -5 s"));
  assert_true(has(log, 10, 62, "error", "MemorySize 99999999999999999999 MB"));
  assert_true(has(log, 5, 7, "error", "MemorySize 64 MB of function A is outside Lambda's 128–10240 MB"));
  assert_true(has(log, 6, 7, "error", "Timeout 901 s"));
  assert_true(has(log, 7, 26, "error", "EphemeralStorage 20480 MB"));
  assert_true(has(log, 9, 71, "error", "Timeout 0 s"));
}

/* ---- LL503 ------------------------------------------------------------------------------------ */

static void ll503_api_timeouts(void **state) {
  (void)state;
  static const char tpl[] =
      "Transform: AWS::Serverless-2016-10-31\n"                                                         /* 1 */
      "Resources:\n"                                                                                    /* 2 */
      "  Rest:\n"                                                                                       /* 3 */
      "    Type: AWS::Serverless::Function\n"                                                           /* 4 */
      "    Properties:\n"                                                                               /* 5 */
      "      Timeout: 30\n"                                                                             /* 6 */
      "      Events: {Get: {Type: Api}}\n"                                                              /* 7 */
      "  Http:\n"                                                                                       /* 8 */
      "    Type: AWS::Serverless::Function\n"                                                           /* 9 */
      "    Properties: {Timeout: 30, Events: {Get: {Type: HttpApi}}}\n"                                 /* 10 */
      "  Worker: {Type: AWS::Serverless::Function, Properties: {Timeout: 300, Events: {S: {Type: Schedule}}}}\n"
      "  Short: {Type: AWS::Serverless::Function, Properties: {Events: {Get: {Type: Api}}}}\n";
  const char *log = run("LL503", "template.yaml", tpl);
  assert_int_equal(count(log), 1);
  assert_true(has(log, 6, 7, "warning", "Timeout 30 s of function Rest is longer than the 29 s integration timeout of API Gateway's REST API"));
}

/* A WebSocket API (an ApiGatewayV2 integration of a WEBSOCKET API) gives up after 29 s, not 30. */
static void ll503_websocket_is_29_s(void **state) {
  (void)state;
  static const char tpl[] =
      "Transform: AWS::Serverless-2016-10-31\n"                                                 /* 1 */
      "Resources:\n"                                                                            /* 2 */
      "  Ws: {Type: AWS::ApiGatewayV2::Api, Properties: {ProtocolType: WEBSOCKET}}\n"           /* 3 */
      "  Http: {Type: AWS::ApiGatewayV2::Api, Properties: {ProtocolType: HTTP}}\n"              /* 4 */
      "  OnMessage: {Type: AWS::Serverless::Function, Properties: {Timeout: 30}}\n"             /* 5 */
      "  OnGet: {Type: AWS::Serverless::Function, Properties: {Timeout: 30}}\n"                 /* 6 */
      "  WsInt:\n"                                                                              /* 7 */
      "    Type: AWS::ApiGatewayV2::Integration\n"                                              /* 8 */
      "    Properties: {ApiId: !Ref Ws, IntegrationUri: !Sub 'arn:${OnMessage.Arn}/invocations'}\n"
      "  HttpInt:\n"                                                                            /* 10 */
      "    Type: AWS::ApiGatewayV2::Integration\n"                                              /* 11 */
      "    Properties: {ApiId: !Ref Http, IntegrationUri: !GetAtt OnGet.Arn}\n";                /* 12 */
  const char *log = run("LL503", "template.yaml", tpl);
  assert_int_equal(count(log), 1);
  assert_true(has(log, 5, 61, "warning", "Timeout 30 s of function OnMessage is longer than the 29 s integration "
                                         "timeout of API Gateway's WebSocket API"));
}

/* A Slack Bolt lazy listener acknowledges at once and re-invokes its own function asynchronously:
 * the long Timeout is for that invocation (the rule's own fix). An ordinary handler still counts. */
static void ll503_self_invoking_function(void **state) {
  (void)state;
  scratch_reset();
  write_file("bot/app.py",
             "from slack_bolt import App\n"
             "from slack_bolt.adapter.aws_lambda import SlackRequestHandler\n\n"
             "app = App(process_before_response=True)\n\n\n"
             "def ack_now(body, ack):\n    ack()\n\n\n"
             "def run_report(respond, body):\n    respond(\"done\")\n\n\n"
             "app.command(\"/report\")(ack=ack_now, lazy=[run_report])\n\n\n"
             "def handler(event, context):\n"
             "    return SlackRequestHandler(app=app).handle(event, context)\n");
  write_file("self/app.py",
             "import json\nimport os\n\nimport boto3\n\nlam = boto3.client(\"lambda\")\n\n\n"
             "def handler(event, context):\n"
             "    if event.get(\"async\"):\n        return work(event)\n"
             "    lam.invoke(FunctionName=context.function_name, InvocationType=\"Event\",\n"
             "               Payload=json.dumps({\"async\": True}))\n"
             "    return {\"statusCode\": 202}\n\n\n"
             "def work(event):\n    return event\n");
  write_file("plain/app.py", "def handler(event, context):\n    return {\"statusCode\": 200}\n");
  /* Hands the work to another function: its own Timeout still meets the API's 29 s. */
  write_file("handoff/app.py",
             "import os\n\nimport boto3\n\nlam = boto3.client(\"lambda\")\n\n\n"
             "def handler(event, context):\n"
             "    print(\"running\", context.function_name)\n"
             "    lam.invoke(FunctionName=os.environ[\"WORKER\"], InvocationType=\"Event\")\n"
             "    return {\"statusCode\": 202}\n");
  static const char tpl[] =
      "Transform: AWS::Serverless-2016-10-31\n"                                                  /* 1 */
      "Globals: {Function: {Runtime: python3.12, Handler: app.handler}}\n"                       /* 2 */
      "Resources:\n"                                                                             /* 3 */
      "  Bot: {Type: AWS::Serverless::Function, Properties: {CodeUri: bot, Timeout: 60, Events: {E: {Type: Api}}}}\n"
      "  Self: {Type: AWS::Serverless::Function, Properties: {CodeUri: self, Timeout: 60, Events: {E: {Type: Api}}}}\n"
      "  Plain: {Type: AWS::Serverless::Function, Properties: {CodeUri: plain, Timeout: 60, Events: {E: {Type: Api}}}}\n"
      "  Handoff: {Type: AWS::Serverless::Function, Properties: {CodeUri: handoff, Timeout: 60, Events: {E: {Type: Api}}}}\n";
  const char *log = run_in_scratch("LL503", "template.yaml", tpl);
  assert_int_equal(count(log), 2);
  assert_true(has(log, 6, 73, "warning", "Timeout 60 s of function Plain"));
  assert_true(has(log, 7, 77, "warning", "Timeout 60 s of function Handoff"));
}

static void ll503_serverless_provider_timeout(void **state) {
  (void)state;
  static const char tpl[] =
      "service: s\n"
      "provider: {name: aws, timeout: 60}\n"
      "functions:\n"
      "  a: {handler: a.h, events: [{http: GET /}]}\n"
      "  b: {handler: b.h, events: [{httpApi: GET /b}]}\n";
  const char *log = run("LL503", "serverless.yml", tpl);
  assert_int_equal(count(log), 1); /* both inherit the same property: reported once */
  assert_true(has(log, 2, 23, "warning", "function a"));
}

/* serverless `websocket` events and Terraform integrations of a WEBSOCKET API: 29 s. */
static void ll503_websocket_serverless_and_terraform(void **state) {
  (void)state;
  static const char sls[] =
      "service: s\n"
      "provider: {name: aws}\n"
      "functions:\n"
      "  ws: {handler: a.h, timeout: 30, events: [{websocket: {route: $default}}]}\n"
      "  api: {handler: b.h, timeout: 30, events: [{httpApi: GET /b}]}\n";
  const char *log = run("LL503", "serverless.yml", sls);
  assert_int_equal(count(log), 1);
  assert_true(has(log, 4, 22, "warning", "function ws is longer than the 29 s integration timeout of API Gateway's WebSocket API"));
  static const char tf[] =
      "resource \"aws_apigatewayv2_api\" \"chat\" {\n  name = \"chat\"\n  protocol_type = \"WEBSOCKET\"\n}\n"
      "resource \"aws_lambda_function\" \"msg\" {\n  function_name = \"msg\"\n  handler = \"a.h\"\n"
      "  runtime = \"python3.12\"\n  timeout = 30\n}\n"
      "resource \"aws_apigatewayv2_integration\" \"msg\" {\n  api_id = aws_apigatewayv2_api.chat.id\n"
      "  integration_type = \"AWS_PROXY\"\n  integration_uri = aws_lambda_function.msg.invoke_arn\n}\n";
  log = run("LL503", "main.tf", tf);
  assert_int_equal(count(log), 1);
  assert_true(has(log, 9, 3, "warning", "function aws_lambda_function.msg is longer than the 29 s"));
}

/* ---- LL504 ------------------------------------------------------------------------------------ */

static void ll504_visibility(void **state) {
  (void)state;
  static const char tpl[] =
      "Transform: AWS::Serverless-2016-10-31\n"                                                         /* 1 */
      "Resources:\n"                                                                                    /* 2 */
      "  Short:\n"                                                                                      /* 3 */
      "    Type: AWS::SQS::Queue\n"                                                                     /* 4 */
      "    Properties:\n"                                                                               /* 5 */
      "      VisibilityTimeout: 60\n"                                                                   /* 6 */
      "  Default: {Type: AWS::SQS::Queue}\n"                                                            /* 7 */
      "  Long: {Type: AWS::SQS::Queue, Properties: {VisibilityTimeout: 180}}\n"                         /* 8 */
      "  A: {Type: AWS::Serverless::Function, Properties: {Timeout: 30, Events: {Q: {Type: SQS, Properties: {Queue: !GetAtt Short.Arn}}}}}\n"
      "  B: {Type: AWS::Serverless::Function, Properties: {Timeout: 10, Events: {Q: {Type: SQS, Properties: {Queue: !GetAtt Default.Arn}}}}}\n"
      "  C: {Type: AWS::Serverless::Function, Properties: {Timeout: 30, Events: {Q: {Type: SQS, Properties: {Queue: !GetAtt Long.Arn}}}}}\n"
      "  D: {Type: AWS::Serverless::Function, Properties: {Events: {Q: {Type: SQS, Properties: {Queue: !GetAtt Default.Arn}}}}}\n"
      "  E: {Type: AWS::Serverless::Function, Properties: {Timeout: 99, Events: {Q: {Type: SQS, Properties: {Queue: arn:aws:sqs:x}}}}}\n";
  const char *log = run("LL504", "template.yaml", tpl);
  assert_int_equal(count(log), 2);
  assert_true(has(log, 6, 7, "warning", "queue Short has a visibility timeout of 60 s, less than 6 × the 30 s Timeout of function A"));
  assert_true(has(log, 7, 3, "warning", "30 s (the SQS default), less than 6 × the 10 s Timeout of function B"));
}

/* ---- LL508 ------------------------------------------------------------------------------------ */

static void ll508_reserved_variables(void **state) {
  (void)state;
  static const char tpl[] =
      "Transform: AWS::Serverless-2016-10-31\n"                   /* 1 */
      "Globals:\n"                                                /* 2 */
      "  Function:\n"                                             /* 3 */
      "    Environment:\n"                                        /* 4 */
      "      Variables:\n"                                        /* 5 */
      "        AWS_REGION: eu-west-1\n"                           /* 6 */
      "Resources:\n"                                              /* 7 */
      "  A:\n"                                                    /* 8 */
      "    Type: AWS::Serverless::Function\n"                     /* 9 */
      "    Properties:\n"                                         /* 10 */
      "      Environment:\n"                                      /* 11 */
      "        Variables:\n"                                      /* 12 */
      "          _HANDLER: x\n"                                   /* 13 */
      "          TZ: Europe/Paris\n"                              /* 14 */
      "          PATH: /opt/bin\n"                                /* 15 */
      "          AWS_LAMBDA_EXEC_WRAPPER: /opt/wrap\n"            /* 16 */
      "  B: {Type: AWS::Serverless::Function}\n";                 /* 17 */
  const char *log = run("LL508", "template.yaml", tpl);
  assert_int_equal(count(log), 2);
  assert_true(has(log, 6, 9, "error", "AWS_REGION is reserved"));
  assert_true(has(log, 13, 11, "error", "_HANDLER is reserved"));
}

/* Writes `dir`/`name` in the scratch folder. */
static void write_in(const char *dir, const char *name, const char *text) {
  char *rel = ll_strfmt("%s/%s", dir, name);
  write_file(rel, text);
  free(rel);
}

/* ---- LL601 ------------------------------------------------------------------------------------ */

static void ll601_copies_between_code_locations(void **state) {
  (void)state;
  scratch_reset();
  static const char util[] = "import json\n\n\ndef respond(code, body):\n"
                             "    return {\"statusCode\": code, \"body\": json.dumps(body)}\n";
  static const char app[] = "from util import respond\n\n\ndef handler(event, context):\n    return respond(200, event)\n";
  static const char licence[] = "# Copyright Example Corp. All Rights Reserved.\n# SPDX-License-Identifier: MIT-0\n";
  static const char eslint[] = "module.exports = {\n  root: true,\n  extends: ['eslint:recommended'],\n  env: {node: true},\n};\n";
  static const char test[] = "from app import handler\n\n\ndef test_handler():\n    assert handler({}, None)['statusCode'] == 200\n";
  static const char unused[] = "import json\n\n\ndef never_imported(x):\n    return json.dumps({\"x\": x, \"why\": \"a copy no handler imports\"})\n";
  const char *dirs[] = {"src/a", "src/b"};
  for (int i = 0; i < 2; i++) {
    write_in(dirs[i], "util.py", util);
    write_in(dirs[i], "app.py", app);
    write_in(dirs[i], "__init__.py", licence);
    write_in(dirs[i], ".eslintrc.js", eslint);
    write_in(dirs[i], "tests/test_app.py", test);
    write_in(dirs[i], "unused.py", unused);
  }
  /* D and E: the same licence header, tests, config, unused copy and `sam init` handler, but
   * neither imports shared code: nothing to move into a layer. */
  const char *plain[] = {"src/d", "src/e"};
  for (int i = 0; i < 2; i++) {
    write_in(plain[i], "app.py", "import json\n\n\ndef handler(event, context):\n    return {\"statusCode\": 200, \"body\": json.dumps(event)}\n");
    write_in(plain[i], "__init__.py", licence);
    write_in(plain[i], "tests/test_app.py", test);
    write_in(plain[i], "unused.py", unused);
  }
  write_file("src/c/other.py", "def different(event, context):\n    return {\"statusCode\": 204, \"body\": \"\"}\n");
  /* F and G: an identical helper under 64 bytes; H and I: helpers of one length, one byte apart. */
  static const char uses_tiny[] = "from tiny import one\n\n\ndef handler(event, context):\n    return one()\n";
  write_in("src/f", "app.py", uses_tiny);
  write_in("src/g", "app.py", uses_tiny);
  write_in("src/f", "tiny.py", "def one():\n    return 1\n");
  write_in("src/g", "tiny.py", "def one():\n    return 1\n");
  write_in("src/h", "app.py", app);
  write_in("src/i", "app.py", app);
  char *near = ll_strfmt("%s", util);
  *strstr(near, "code, body") = 'C'; /* respond(Code, body): same length as A's, other bytes */
  write_in("src/h", "util.py", near);
  *strstr(near, "body)") = 'B';
  write_in("src/i", "util.py", near);
  free(near);
  static const char tpl[] =
      "Transform: AWS::Serverless-2016-10-31\n"                                              /* 1 */
      "Globals: {Function: {Handler: app.handler, Runtime: python3.12}}\n"                   /* 2 */
      "Resources:\n"                                                                         /* 3 */
      "  A: {Type: AWS::Serverless::Function, Properties: {CodeUri: src/a}}\n"               /* 4 */
      "  A2: {Type: AWS::Serverless::Function, Properties: {CodeUri: src/a/}}\n"             /* 5 */
      "  B: {Type: AWS::Serverless::Function, Properties: {CodeUri: src/b}}\n"               /* 6 */
      "  C: {Type: AWS::Serverless::Function, Properties: {CodeUri: src/c, Handler: other.different}}\n"
      "  D: {Type: AWS::Serverless::Function, Properties: {CodeUri: src/d}}\n"               /* 8 */
      "  E: {Type: AWS::Serverless::Function, Properties: {CodeUri: src/e}}\n"               /* 9 */
      "  F: {Type: AWS::Serverless::Function, Properties: {CodeUri: src/f}}\n"
      "  G: {Type: AWS::Serverless::Function, Properties: {CodeUri: src/g}}\n"
      "  H: {Type: AWS::Serverless::Function, Properties: {CodeUri: src/h}}\n"
      "  I: {Type: AWS::Serverless::Function, Properties: {CodeUri: src/i}}\n";
  const char *log = run_in_scratch("LL601", "template.yaml", tpl);
  assert_int_equal(count(log), 1);
  assert_true(has(log, 6, 53, "info", "function B's handler imports 1 module identical to one function A's"));
  assert_true(has(log, 6, 53, "info", "e.g. "));
  assert_non_null(strstr(log, "src/b/util.py"));
}

static int cleanup(void **state) {
  (void)state;
  if (!scratch) return 0;
  char *cmd = ll_strfmt("rm -rf '%s'", scratch);
  int rc = system(cmd);
  free(cmd);
  free(scratch);
  scratch = NULL;
  return rc == 0 ? 0 : -1;
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(dates),
      cmocka_unit_test(ll501_past_is_error_soon_is_warning),
      cmocka_unit_test(ll502_limits),
      cmocka_unit_test(ll503_api_timeouts),
      cmocka_unit_test(ll503_websocket_is_29_s),
      cmocka_unit_test(ll503_self_invoking_function),
      cmocka_unit_test(ll503_websocket_serverless_and_terraform),
      cmocka_unit_test(ll503_serverless_provider_timeout),
      cmocka_unit_test(ll504_visibility),
      cmocka_unit_test(ll508_reserved_variables),
      cmocka_unit_test(ll601_copies_between_code_locations),
  };
  return cmocka_run_group_tests(tests, NULL, cleanup);
}
