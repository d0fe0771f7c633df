/*
 * project.h — deployment facts read from templates (SAM, CloudFormation, serverless.yml,
 * Terraform).
 *
 * An `ll_project` owns everything it read: the functions' facts, their strings and positions live
 * as long as the project and are freed by ll_project_delete(). Rules receive it read-only through
 * `ll_rule.check_project`.
 *
 *   ll_project *p = ll_project_new();
 *   char *err = NULL;
 *   if (!ll_project_load_file(p, "template.yaml", &err)) { report(err); free(err); }
 *   for (size_t i = 0; i < ll_project_function_count(p); i++) use(ll_project_function(p, i));
 *   ll_project_delete(p);
 *
 * Lines and columns are 1-based; 0 means "not in the template".
 */
#ifndef LAMBDALINT_PROJECT_H
#define LAMBDALINT_PROJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lambdalint/rule.h"

typedef enum {
  LL_TEMPLATE_SAM,            /* Transform: AWS::Serverless-2016-10-31 */
  LL_TEMPLATE_CLOUDFORMATION, /* plain CloudFormation */
  LL_TEMPLATE_SERVERLESS,     /* serverless.yml (Serverless Framework) */
  LL_TEMPLATE_TERRAFORM       /* a Terraform module's *.tf / *.tf.json */
} ll_template_kind;

/* One property of a function as written in the template. */
typedef struct {
  bool present;          /* the property is set (on the function, in Globals or in provider) */
  const char *text;      /* its plain scalar value; NULL when absent or when it is an intrinsic
                            function (!Ref, {"Fn::If": …}), a variable or a mapping/list */
  uint32_t line, column; /* where the property's key is */
  bool inherited;        /* set by Globals.Function (SAM) or provider (serverless) */
  const char *path;      /* the file line/column are in when it is not the function's template
                            (a Terraform module argument, written in the calling module); NULL */
} ll_tpl_value;

/* One entry of Environment.Variables. */
typedef struct {
  const char *name;
  ll_tpl_value value; /* line/column of the variable's key */
} ll_tpl_env_var;

typedef enum {
  LL_EVENT_SOURCE_OTHER,
  LL_EVENT_SOURCE_API,      /* API Gateway REST API: SAM `Api`, serverless `http`, CFN ApiGateway::Method */
  LL_EVENT_SOURCE_HTTP_API, /* API Gateway HTTP API: SAM `HttpApi`, serverless `httpApi`, ApiGatewayV2 */
  LL_EVENT_SOURCE_SQS,      /* SAM `SQS`, serverless `sqs`, CFN Lambda::EventSourceMapping on a queue */
  LL_EVENT_SOURCE_WEBSOCKET /* API Gateway WebSocket API: serverless `websocket`, an ApiGatewayV2
                               integration of an API with ProtocolType WEBSOCKET */
} ll_event_source_kind;

typedef struct {
  ll_event_source_kind kind;
  const char *type;      /* as written: "Api", "HttpApi", "SQS", "http", "sqs", "Schedule", … */
  const char *name;      /* the event's key (SAM), or NULL */
  uint32_t line, column; /* where the event is declared */
  /* SQS only: the queue, when it is an AWS::SQS::Queue of the same template. */
  const char *queue;                     /* its logical id, or NULL */
  uint32_t queue_line, queue_column;     /* its resource key */
  ll_tpl_value queue_visibility_timeout; /* absent: the AWS default of 30 s applies */
} ll_tpl_event;

typedef struct {
  const char *template_path;
  ll_template_kind kind;
  const char *resource;  /* logical id (SAM/CFN), function key (serverless), resource or module
                            address (Terraform: "aws_lambda_function.orders", "module.orders") */
  const char *unit;      /* the deployable unit it belongs to: its template (SAM, CloudFormation,
                            a cdk.out stack), its serverless.yml, its Terraform root module's
                            folder. Rules that compare functions (LL601) stay within one unit. */
  uint32_t line, column; /* the resource's key */

  ll_tpl_value handler, runtime, code_uri, memory_size, timeout, reserved_concurrency,
      architecture, ephemeral_storage, package_type;
  ll_tpl_value snap_start; /* SnapStart.ApplyOn (SAM/CFN: "PublishedVersions"), serverless `snapStart` */
  const ll_tpl_value *layers;
  uint32_t n_layers;
  const ll_tpl_env_var *env;
  uint32_t n_env;
  const ll_tpl_event *events;
  uint32_t n_events;

  /* Resolved from the code location and the handler. */
  const char *code_dir;         /* directory of the code, joined with the template's; or NULL */
  const char *source_path;      /* the handler's source file when it exists; or NULL */
  const char *source_realpath;  /* its canonical path (to match analysed modules); or NULL */
  const char *code_realpath;    /* code_dir's canonical path; or NULL */
  const char *handler_function; /* the handler's function name ("lambda_handler"); or NULL */
  bool code_is_file; /* Terraform: the package is one file (archive_file source_file), not code_dir */
} ll_tpl_function;

typedef struct ll_project ll_project;

/* A new, empty project. The caller frees it with ll_project_delete(). */
ll_project *ll_project_new(void);
/* Frees the project and everything it read. Accepts NULL. */
void ll_project_delete(ll_project *self);

/* Reads one template from `bytes` (YAML or JSON) as if it were the file `path` (relative code
 * locations are resolved against its directory). On failure returns false and sets *error to a
 * one-line message the caller frees with free(); the project is left as it was. */
bool ll_project_add_template(ll_project *self, const char *path, const char *bytes, size_t len,
                             char **error);
/* Reads the file `path` and adds it as a template (see ll_project_add_template). */
bool ll_project_load_file(ll_project *self, const char *path, char **error);
/* The same, reading code locations (CodeUri, a handler's file, the files LL601 compares) only
 * inside the folder `root` (canonical), the analysed folder that holds the template: one outside
 * it is a one-line note on stderr and is not read. NULL `root`: the template's own folder, as for
 * ll_project_load_file() and ll_project_add_template(). */
bool ll_project_load_file_in(ll_project *self, const char *path, const char *root, char **error);

/* Templates over `max_size` bytes are refused like code files (--max-file-size); 0: the hard limit. */
void ll_project_set_max_file_size(ll_project *self, size_t max_size);

/* Reads a synthesized CDK app: the stack templates its manifest.json lists (nested cloud
 * assemblies of stages too), or every *.template.json when there is no manifest. One CDK app is
 * one deployable unit; a function's code is its `aws:asset:path` metadata (the staged asset under
 * `dir`, or the source folder when synthesized with --no-staging). Nothing outside `root` (the
 * analysed folder; NULL: `dir`) is read: a manifest naming a template or an asset outside it is
 * a one-line note on stderr. False with *error (malloc'd) when `dir` holds nothing readable;
 * templates that fail to parse are noted on stderr and skipped. */
bool ll_project_load_cdk_out(ll_project *self, const char *dir, const char *root, char **error);

/* Reads a CDK app's own source file (TypeScript/JavaScript or Python under a folder with
 * cdk.json, inside `root`): the literal settings of its Lambda function constructs. Anything else
 * (not under cdk.json, not a regular file, over 1 MB, not parsing) is ignored silently. */
void ll_project_read_cdk_source(ll_project *self, const char *path, const char *root);

/* Terraform files (*.tf, *.tf.json) loaded above are only parsed and kept by folder: which folders
 * are root modules, and so the functions, are known once every file is in. Call this after the
 * last load and before asking for functions (ll_analyze does). Further loads are not modelled. */
void ll_project_finish(ll_project *self);

size_t ll_project_function_count(const ll_project *self);
const ll_tpl_function *ll_project_function(const ll_project *self, size_t index);
/* The function whose handler resolves to the file `source_path` (compared as canonical paths),
 * starting the search at *cursor (0 at first) and advancing it; NULL when there is no more. */
const ll_tpl_function *ll_project_function_for_source(const ll_project *self,
                                                      const char *source_path, size_t *cursor);

/* Whether the file `real_path` (canonical) is a Python script an SSM Automation runbook's
 * `aws:executeScript` step runs (named in its Script text, or its Attachment's handler), below the
 * runbook's folder: Systems Manager runs it, Lambda does not. */
bool ll_project_runbook_script(const ll_project *self, const char *real_path);

/* The canonical content folders of the layers the templates declare (SAM LayerVersion ContentUri,
 * CloudFormation LayerVersion Content as a local folder, CDK source `LayerVersion` with
 * `Code.fromAsset("…")`), inside the analysed folders; *count is set to their number. (*scopes)[i]
 * is the canonical folder of the template or CDK app that declares layer i: its code is what the
 * layer serves (a monorepo's other projects do not see it). */
const char *const *ll_project_layer_dirs(const ll_project *self, const char *const **scopes, size_t *count);

/* The numeric value of a property (a plain decimal integer), false when absent or not a number. */
bool ll_tpl_value_uint(const ll_tpl_value *value, uint32_t *out);
/* The same for any decimal integer, negative or beyond 32 bits (saturating at the int64 range). */
bool ll_tpl_value_int(const ll_tpl_value *value, int64_t *out);
/* MemorySize and Timeout with the platform defaults when they are not set (128 MB and 3 s for
 * SAM/CloudFormation, 1024 MB and 6 s for the Serverless Framework); 0 when not a number. */
uint32_t ll_tpl_function_memory_mb(const ll_tpl_function *fn);
uint32_t ll_tpl_function_timeout_s(const ll_tpl_function *fn);
/* The file to report about a property in: where the value is written (ll_tpl_value.path),
 * else the function's template. */
const char *ll_tpl_value_path(const ll_tpl_function *fn, const ll_tpl_value *value);
/* Where to report about a property: the property itself, else the function's resource key. */
void ll_tpl_function_position(const ll_tpl_function *fn, const ll_tpl_value *value, uint32_t *line,
                              uint32_t *column);

/* Whether `path` is named like a template (template.yaml|yml|json, serverless.yml|yaml). */
bool ll_template_name_matches(const char *path);
/* Whether a file could be a template: by its name, a .tf (Terraform) or a
 * .yaml/.yml/.json/.template extension (whose content ll_template_detect then decides). */
bool ll_template_candidate(const char *path);
/* Whether the file looks like a template: by name (*.tf and *.tf.json are), or by its first bytes holding
 * `AWSTemplateFormatVersion`, `Transform: AWS::Serverless-2016-10-31`, or a `Resources` key with an
 * AWS::Lambda::Function / AWS::Serverless::Function (for .yaml/.yml/.json/.template). */
bool ll_template_detect(const char *path, const char *bytes, size_t len);

#endif
