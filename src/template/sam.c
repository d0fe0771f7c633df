/* sam.c — AWS SAM and CloudFormation templates: functions, Globals, events and their wiring. */
#include <stddef.h>
#include <string.h>

#include "template/template.h"

/* A scalar property of a function, by its SAM and its CloudFormation key. */
typedef struct {
  const char *sam_key;
  const char *cfn_key;
  size_t offset; /* of the ll_tpl_value in ll_tpl_function */
} ll_prop_spec;

static const ll_prop_spec scalar_props[] = {
    {"Handler", "Handler", offsetof(ll_tpl_function, handler)},
    {"Runtime", "Runtime", offsetof(ll_tpl_function, runtime)},
    {"CodeUri", "Code", offsetof(ll_tpl_function, code_uri)},
    {"MemorySize", "MemorySize", offsetof(ll_tpl_function, memory_size)},
    {"Timeout", "Timeout", offsetof(ll_tpl_function, timeout)},
    {"ReservedConcurrentExecutions", "ReservedConcurrentExecutions",
     offsetof(ll_tpl_function, reserved_concurrency)},
    {"PackageType", "PackageType", offsetof(ll_tpl_function, package_type)},
};

/* Where a function's properties come from: its own Properties, then (SAM) Globals.Function. */
typedef struct {
  yaml_node_t *props;
  yaml_node_t *globals; /* NULL for AWS::Lambda::Function */
} ll_prop_sources;

/* The value of property `key` and its key node; *inherited when it comes from Globals. */
static yaml_node_t *lookup(ll_tpl_doc *d, const ll_prop_sources *src, const char *key,
                           yaml_node_t **key_node, bool *inherited) {
  yaml_node_t *value = ll_tpl_get(d, src->props, key, key_node);
  *inherited = !value && src->globals;
  return value ? value : ll_tpl_get(d, src->globals, key, key_node);
}

static ll_tpl_value read_prop(ll_tpl_doc *d, const ll_prop_sources *src, const char *key) {
  yaml_node_t *key_node = NULL;
  bool inherited = false;
  yaml_node_t *value = lookup(d, src, key, &key_node, &inherited);
  ll_tpl_value out = ll_tpl_value_of(d, key_node, value);
  out.inherited = inherited && out.present;
  return out;
}

/* Architectures: [arm64] → the first item, reported where the list's key is. */
static ll_tpl_value read_architecture(ll_tpl_doc *d, const ll_prop_sources *src) {
  yaml_node_t *key = NULL;
  bool inherited = false;
  yaml_node_t *value = lookup(d, src, "Architectures", &key, &inherited);
  LL_TPL_EACH_ITEM(value, i) {
    value = ll_tpl_node(d, *i);
    break;
  }
  ll_tpl_value out = ll_tpl_value_of(d, key, value);
  out.inherited = inherited && out.present;
  return out;
}

/* A property of a mapping property, at its own key: EphemeralStorage: {Size: 512} → the Size,
 * SnapStart: {ApplyOn: PublishedVersions} → the ApplyOn. */
static ll_tpl_value read_member(ll_tpl_doc *d, const ll_prop_sources *src, const char *outer, const char *inner) {
  yaml_node_t *key = NULL;
  bool inherited = false;
  yaml_node_t *mapping = lookup(d, src, outer, &key, &inherited);
  yaml_node_t *member_key = NULL;
  yaml_node_t *member = ll_tpl_get(d, mapping, inner, &member_key);
  ll_tpl_value out = member ? ll_tpl_value_of(d, member_key, member) : ll_tpl_value_of(d, key, mapping);
  out.inherited = inherited && out.present;
  return out;
}

/* InlineCode (SAM) and Code: {ZipFile: …} (CloudFormation) hold the code itself: no location. */
static void read_code(ll_tpl_doc *d, const ll_prop_sources *src, ll_tpl_function *fn, bool sam) {
  yaml_node_t *key = NULL;
  yaml_node_t *inline_code = ll_tpl_get(d, src->props, "InlineCode", &key);
  if (sam && inline_code) {
    fn->code_uri = ll_tpl_value_of(d, key, inline_code);
    fn->code_uri.text = NULL;
  }
}

static void read_scalars(ll_tpl_doc *d, const ll_prop_sources *src, ll_tpl_function *fn, bool sam) {
  for (size_t i = 0; i < sizeof scalar_props / sizeof scalar_props[0]; i++) {
    const ll_prop_spec *spec = &scalar_props[i];
    *(ll_tpl_value *)((char *)fn + spec->offset) = read_prop(d, src, sam ? spec->sam_key : spec->cfn_key);
  }
  fn->architecture = read_architecture(d, src);
  fn->ephemeral_storage = read_member(d, src, "EphemeralStorage", "Size");
  fn->snap_start = read_member(d, src, "SnapStart", "ApplyOn");
  read_code(d, src, fn, sam);
}

/* Environment.Variables and Layers: Globals first, then the function's own (which override). */
static void read_env_and_layers(ll_tpl_doc *d, const ll_prop_sources *src, ll_tpl_function *fn) {
  yaml_node_t *props[2] = {src->globals, src->props};
  for (int i = 0; i < 2; i++) {
    yaml_node_t *env = ll_tpl_get(d, props[i], "Environment", NULL);
    ll_tpl_add_env(d, fn, ll_tpl_get(d, env, "Variables", NULL), i == 0);
    ll_tpl_add_layers(d, fn, ll_tpl_get(d, props[i], "Layers", NULL), i == 0);
  }
}

static ll_event_source_kind event_kind(const char *type) {
  if (!type) return LL_EVENT_SOURCE_OTHER;
  if (strcmp(type, "Api") == 0) return LL_EVENT_SOURCE_API;
  if (strcmp(type, "HttpApi") == 0) return LL_EVENT_SOURCE_HTTP_API;
  if (strcmp(type, "SQS") == 0) return LL_EVENT_SOURCE_SQS;
  return LL_EVENT_SOURCE_OTHER;
}

/* SAM Events: {Name: {Type: Api|HttpApi|SQS|…, Properties: {…}}}. */
static void read_sam_events(ll_tpl_doc *d, yaml_node_t *resources, yaml_node_t *props,
                            ll_tpl_function *fn) {
  LL_TPL_EACH_PAIR(ll_tpl_get(d, props, "Events", NULL), p) {
    yaml_node_t *key = ll_tpl_node(d, p->key);
    yaml_node_t *event = ll_tpl_node(d, p->value);
    const char *type = ll_tpl_scalar(d, ll_tpl_get(d, event, "Type", NULL));
    ll_tpl_event out = {.kind = event_kind(type), .line = ll_tpl_line(key), .column = ll_tpl_column(key)};
    out.type = type ? ll_arena_strdup(d->arena, type) : NULL;
    out.name = ll_arena_strdup(d->arena, ll_tpl_scalar(d, key));
    if (out.kind == LL_EVENT_SOURCE_SQS) {
      yaml_node_t *queue = ll_tpl_get(d, ll_tpl_get(d, event, "Properties", NULL), "Queue", NULL);
      ll_tpl_link_queue(d, resources, queue, &out);
    }
    ll_tpl_add_event(d, fn, &out);
  }
}

/* CDK: Metadata {"aws:asset:path": "asset.<hash>", "aws:asset:property": "Code"} names the
 * folder the Code asset was staged from (relative to the cdk.out folder, or absolute when
 * synthesized with --no-staging). */
static void read_asset(ll_tpl_doc *d, yaml_node_t *resource, ll_tpl_function *fn) {
  yaml_node_t *meta = ll_tpl_get(d, resource, "Metadata", NULL);
  yaml_node_t *key = NULL;
  yaml_node_t *path = ll_tpl_get(d, meta, "aws:asset:path", &key);
  const char *property = ll_tpl_scalar(d, ll_tpl_get(d, meta, "aws:asset:property", NULL));
  if (!ll_tpl_scalar(d, path) || (property && strcmp(property, "Code") != 0)) return;
  fn->code_uri = ll_tpl_value_of(d, key, path);
}

/* A function the CDK library adds on its own (custom resource providers, log retention, bucket
 * deployments and notifications): its runtime and code are aws-cdk-lib's, not the app's, and the
 * fix is upgrading the library; told apart by the construct path CDK writes in Metadata. */
static bool cdk_owned(ll_tpl_doc *d, yaml_node_t *resource) {
  static const char *const owned[] = {"Custom::", "LogRetention", "AWS679f53fac002430cb0da5b7982bd2287",
                                      "BucketNotificationsHandler", "framework-on", NULL};
  const char *path = ll_tpl_scalar(d, ll_tpl_get(d, ll_tpl_get(d, resource, "Metadata", NULL), "aws:cdk:path", NULL));
  for (const char *seg = path; seg; seg = strchr(seg, '/')) {
    seg += *seg == '/';
    for (const char *const *o = owned; *o; o++)
      if (strncmp(seg, *o, strlen(*o)) == 0) return true;
  }
  return false;
}

static void read_function(ll_tpl_doc *d, yaml_node_t *resources, yaml_node_t *key,
                          yaml_node_t *resource, yaml_node_t *globals, bool sam) {
  if (!sam && cdk_owned(d, resource)) return;
  ll_tpl_function *fn = ll_tpl_function_add(d, key, ll_tpl_scalar(d, key));
  ll_prop_sources src = {ll_tpl_get(d, resource, "Properties", NULL), sam ? globals : NULL};
  read_scalars(d, &src, fn, sam);
  if (!sam) read_asset(d, resource, fn);
  read_env_and_layers(d, &src, fn);
  if (sam) read_sam_events(d, resources, src.props, fn);
}

static const char *resource_type(ll_tpl_doc *d, yaml_node_t *resource) {
  const char *type = ll_tpl_scalar(d, ll_tpl_get(d, resource, "Type", NULL));
  return type ? type : "";
}

void ll_tpl_read_cloudformation(ll_tpl_doc *d, yaml_node_t *root) {
  yaml_node_t *resources = ll_tpl_get(d, root, "Resources", NULL);
  yaml_node_t *globals = ll_tpl_get(d, ll_tpl_get(d, root, "Globals", NULL), "Function", NULL);
  LL_TPL_EACH_PAIR(resources, p) {
    yaml_node_t *key = ll_tpl_node(d, p->key);
    yaml_node_t *resource = ll_tpl_node(d, p->value);
    const char *type = resource_type(d, resource);
    if (!ll_tpl_scalar(d, key)) continue;
    if (strcmp(type, "AWS::Serverless::Function") == 0)
      read_function(d, resources, key, resource, globals, true);
    else if (strcmp(type, "AWS::Lambda::Function") == 0)
      read_function(d, resources, key, resource, NULL, false);
    else if (strcmp(type, "AWS::Serverless::LayerVersion") == 0 || strcmp(type, "AWS::Lambda::LayerVersion") == 0) {
      /* SAM ContentUri; CloudFormation Content as a local folder (before `package` uploads it) */
      yaml_node_t *props = ll_tpl_get(d, resource, "Properties", NULL);
      const char *content = ll_tpl_scalar(d, ll_tpl_get(d, props, type[5] == 'S' ? "ContentUri" : "Content", NULL));
      ll_tpl_add_layer_dir(d, d->dir, content, d->dir); /* for the template's own functions */
    }
  }
  ll_tpl_read_wiring(d, resources);
}

/* ---- wiring resources ------------------------------------------------------------------------ */

/* A resource that connects event sources to a function named inside one of its properties. */
typedef struct {
  const char *type;
  const char *path[2]; /* the property that names the function (one or two levels deep) */
  ll_event_source_kind kind;
} ll_wiring_spec;

static const ll_wiring_spec wirings[] = {
    {"AWS::ApiGateway::Method", {"Integration", "Uri"}, LL_EVENT_SOURCE_API},
    {"AWS::ApiGatewayV2::Integration", {"IntegrationUri", NULL}, LL_EVENT_SOURCE_HTTP_API},
    {"AWS::Lambda::EventSourceMapping", {"FunctionName", NULL}, LL_EVENT_SOURCE_SQS},
};

static bool is_sqs_arn(ll_tpl_doc *d, yaml_node_t *resources, yaml_node_t *arn) {
  const char *text = ll_tpl_scalar(d, arn);
  if (text) return strstr(text, ":sqs:") != NULL;
  const char *id = ll_tpl_ref_target(d, arn);
  yaml_node_t *target = id ? ll_tpl_get(d, resources, id, NULL) : NULL;
  return target && strcmp(resource_type(d, target), "AWS::SQS::Queue") == 0;
}

/* An ApiGatewayV2 integration belongs to a WebSocket API when its ApiId names an
 * AWS::ApiGatewayV2::Api of the template with ProtocolType WEBSOCKET. */
static bool is_websocket_api(ll_tpl_doc *d, yaml_node_t *resources, yaml_node_t *api_id) {
  const char *id = ll_tpl_ref_target(d, api_id);
  yaml_node_t *api = id ? ll_tpl_get(d, resources, id, NULL) : NULL;
  const char *protocol = ll_tpl_scalar(d, ll_tpl_get(d, ll_tpl_get(d, api, "Properties", NULL), "ProtocolType", NULL));
  return protocol && strcmp(protocol, "WEBSOCKET") == 0;
}

static void wire(ll_tpl_doc *d, yaml_node_t *resources, yaml_node_t *key, yaml_node_t *resource,
                 const ll_wiring_spec *spec) {
  yaml_node_t *props = ll_tpl_get(d, resource, "Properties", NULL);
  yaml_node_t *target = ll_tpl_get(d, props, spec->path[0], NULL);
  if (spec->path[1]) target = ll_tpl_get(d, target, spec->path[1], NULL);
  ll_tpl_event event = {.kind = spec->kind, .line = ll_tpl_line(key), .column = ll_tpl_column(key)};
  event.type = spec->type;
  event.name = ll_arena_strdup(d->arena, ll_tpl_scalar(d, key));
  if (spec->kind == LL_EVENT_SOURCE_SQS) {
    yaml_node_t *arn = ll_tpl_get(d, props, "EventSourceArn", NULL);
    if (!is_sqs_arn(d, resources, arn)) event.kind = LL_EVENT_SOURCE_OTHER;
    else ll_tpl_link_queue(d, resources, arn, &event);
  }
  if (spec->kind == LL_EVENT_SOURCE_HTTP_API && is_websocket_api(d, resources, ll_tpl_get(d, props, "ApiId", NULL)))
    event.kind = LL_EVENT_SOURCE_WEBSOCKET;
  for (size_t i = d->first_function; i < d->project->n_functions; i++) {
    ll_tpl_function *fn = d->project->functions[i];
    if (ll_tpl_mentions(d, target, fn->resource)) ll_tpl_add_event(d, fn, &event);
  }
}

void ll_tpl_read_wiring(ll_tpl_doc *d, yaml_node_t *resources) {
  LL_TPL_EACH_PAIR(resources, p) {
    yaml_node_t *key = ll_tpl_node(d, p->key);
    yaml_node_t *resource = ll_tpl_node(d, p->value);
    const char *type = resource_type(d, resource);
    for (size_t i = 0; i < sizeof wirings / sizeof wirings[0]; i++)
      if (strcmp(type, wirings[i].type) == 0) wire(d, resources, key, resource, &wirings[i]);
  }
}
