/* serverless.c — Serverless Framework serverless.yml: provider defaults and functions.*. */
#include <stddef.h>
#include <string.h>

#include "template/template.h"

typedef struct {
  const char *key;
  size_t offset;      /* of the ll_tpl_value in ll_tpl_function */
  bool from_provider; /* provider.<key> is the default */
} ll_sls_prop;

static const ll_sls_prop props[] = {
    {"handler", offsetof(ll_tpl_function, handler), false},
    {"runtime", offsetof(ll_tpl_function, runtime), true},
    {"memorySize", offsetof(ll_tpl_function, memory_size), true},
    {"timeout", offsetof(ll_tpl_function, timeout), true},
    {"reservedConcurrency", offsetof(ll_tpl_function, reserved_concurrency), false},
    {"architecture", offsetof(ll_tpl_function, architecture), true},
    {"ephemeralStorageSize", offsetof(ll_tpl_function, ephemeral_storage), true},
    {"snapStart", offsetof(ll_tpl_function, snap_start), false},
};

static ll_tpl_value read_prop(ll_tpl_doc *d, yaml_node_t *function, yaml_node_t *provider,
                              const ll_sls_prop *spec) {
  yaml_node_t *key = NULL;
  yaml_node_t *value = ll_tpl_get(d, function, spec->key, &key);
  if (value || !spec->from_provider) return ll_tpl_value_of(d, key, value);
  ll_tpl_value out = ll_tpl_value_of(d, key, ll_tpl_get(d, provider, spec->key, &key));
  out.inherited = out.present;
  return out;
}

static ll_event_source_kind event_kind(const char *type) {
  if (strcmp(type, "http") == 0) return LL_EVENT_SOURCE_API;
  if (strcmp(type, "httpApi") == 0) return LL_EVENT_SOURCE_HTTP_API;
  if (strcmp(type, "sqs") == 0) return LL_EVENT_SOURCE_SQS;
  if (strcmp(type, "websocket") == 0) return LL_EVENT_SOURCE_WEBSOCKET;
  return LL_EVENT_SOURCE_OTHER;
}

/* events: [{http: …}, {sqs: arn | {arn: …}}, …] */
static void read_events(ll_tpl_doc *d, yaml_node_t *resources, yaml_node_t *function,
                        ll_tpl_function *fn) {
  LL_TPL_EACH_ITEM(ll_tpl_get(d, function, "events", NULL), i) {
    yaml_node_t *item = ll_tpl_node(d, *i);
    LL_TPL_EACH_PAIR(item, p) {
      yaml_node_t *key = ll_tpl_node(d, p->key);
      const char *type = ll_tpl_scalar(d, key);
      if (!type) continue;
      ll_tpl_event event = {.kind = event_kind(type), .line = ll_tpl_line(key), .column = ll_tpl_column(key)};
      event.type = ll_arena_strdup(d->arena, type);
      if (event.kind == LL_EVENT_SOURCE_SQS) {
        yaml_node_t *source = ll_tpl_node(d, p->value);
        yaml_node_t *arn = ll_tpl_get(d, source, "arn", NULL);
        ll_tpl_link_queue(d, resources, arn ? arn : source, &event);
      }
      ll_tpl_add_event(d, fn, &event);
    }
  }
}

static void read_function(ll_tpl_doc *d, yaml_node_t *provider, yaml_node_t *resources,
                          yaml_node_t *key, yaml_node_t *function) {
  ll_tpl_function *fn = ll_tpl_function_add(d, key, ll_tpl_scalar(d, key));
  for (size_t i = 0; i < sizeof props / sizeof props[0]; i++)
    *(ll_tpl_value *)((char *)fn + props[i].offset) = read_prop(d, function, provider, &props[i]);
  /* serverless-python-requirements: `module: <folder>` packages the function from that folder,
   * and its handler path is relative to it. */
  yaml_node_t *module_key = NULL;
  yaml_node_t *module = ll_tpl_get(d, function, "module", &module_key);
  if (module && ll_tpl_scalar(d, module)) fn->code_uri = ll_tpl_value_of(d, module_key, module);
  yaml_node_t *image_key = NULL;
  yaml_node_t *image = ll_tpl_get(d, function, "image", &image_key);
  if (image) {
    fn->package_type = ll_tpl_value_of(d, image_key, image);
    fn->package_type.text = "Image";
  }
  ll_tpl_add_env(d, fn, ll_tpl_get(d, provider, "environment", NULL), true);
  ll_tpl_add_env(d, fn, ll_tpl_get(d, function, "environment", NULL), false);
  ll_tpl_add_layers(d, fn, ll_tpl_get(d, provider, "layers", NULL), true);
  ll_tpl_add_layers(d, fn, ll_tpl_get(d, function, "layers", NULL), false);
  read_events(d, resources, function, fn);
}

void ll_tpl_read_serverless(ll_tpl_doc *d, yaml_node_t *root) {
  yaml_node_t *provider = ll_tpl_get(d, root, "provider", NULL);
  /* resources.Resources is plain CloudFormation (queues, API wiring). */
  yaml_node_t *resources = ll_tpl_get(d, ll_tpl_get(d, root, "resources", NULL), "Resources", NULL);
  LL_TPL_EACH_PAIR(ll_tpl_get(d, root, "functions", NULL), p) {
    yaml_node_t *key = ll_tpl_node(d, p->key);
    if (ll_tpl_scalar(d, key)) read_function(d, provider, resources, key, ll_tpl_node(d, p->value));
  }
  ll_tpl_read_wiring(d, resources);
}
