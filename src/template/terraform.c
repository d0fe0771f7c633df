/* terraform.c — Terraform modules as deployment sources: aws_lambda_function and the
 * terraform-aws-modules/lambda/aws module, their code through data "archive_file", SQS event
 * source mappings and API Gateway integrations; local modules instantiated with their arguments.
 *
 * Values are resolved only when they are certain: literals, `var.x` with a default or a module
 * argument, `local.x`, `path.module`/`path.root`, and string templates made of those. Anything
 * else (a function call, a conditional, a resource attribute) is unknown and rules skip it.
 * Nothing is executed: no terraform, no provider, no remote module.
 *
 * Which folders are root modules: every folder holding *.tf that no other folder of the run calls
 * as a local module (`source = "./modules/x"`). A called folder is read only through its callers,
 * with their arguments: read alone, its variables' defaults would stand in for what the caller
 * passes. Each root module is one deployable unit (ll_tpl_function.unit). */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/escape.h"
#include "base/path.h"
#include "base/readfile.h"
#include "template/template.h"
#include "template/tf_read.h"

enum {
  LL_TF_MAX_EVAL = 16,      /* references followed for one value: a cycle of locals ends here */
  LL_TF_MAX_MODULES = 8,    /* module calls nested in module calls */
  LL_TF_MAX_FILE = 16 << 20 /* a configuration file larger than this is not read */
};

/* The *.tf files of one folder read so far (ll_project.tf_dirs). */
struct ll_tf_dir {
  const char *dir;  /* as discovery named it */
  const char *real; /* canonical */
  const char *root; /* canonical analysed folder holding it */
  ll_hcl_body body;
  bool called; /* another folder of the run calls it as a module */
};

/* One instance of a module: a root module, or a local module called with arguments. */
typedef struct ll_tf_module ll_tf_module;
struct ll_tf_module {
  ll_tpl_doc *d;
  const ll_hcl_body *body;
  const char *rel;           /* the module's folder relative to the root module's (path.module) */
  const char *address;       /* "" for the root, "module.x." for a call */
  const ll_tf_module *caller;
  const ll_hcl_body *call;   /* the module block's body: the arguments */
  const char *call_file;     /* the file the module block is written in */
  int depth;
  size_t first_function;     /* this instance's functions in the project */
};

/* ---- evaluating ----------------------------------------------------------------------------- */

static const ll_hcl_block *block_labelled(const ll_hcl_body *body, const char *type, const char *l0,
                                          const char *l1) {
  for (size_t i = 0; body && i < body->n_blocks; i++) {
    const ll_hcl_block *b = &body->blocks[i];
    if (strcmp(b->type, type) != 0 || b->n_labels < (l1 ? 2u : 1u)) continue;
    if (strcmp(b->labels[0], l0) == 0 && (!l1 || strcmp(b->labels[1], l1) == 0)) return b;
  }
  return NULL;
}

static const ll_hcl_attr *local_named(const ll_hcl_body *body, const char *name) {
  for (size_t i = 0; body && i < body->n_blocks; i++) {
    if (strcmp(body->blocks[i].type, "locals") != 0) continue;
    const ll_hcl_attr *a = ll_hcl_attr_named(body->blocks[i].body, name);
    if (a) return a;
  }
  return NULL;
}

/* Whether `text` is `prefix` followed by a name and nothing else; the name through *name. */
static bool ref_of(const char *text, const char *prefix, const char **name) {
  size_t n = strlen(prefix);
  if (strncmp(text, prefix, n) != 0 || !text[n] || strchr(text + n, '.')) return false;
  *name = text + n;
  return true;
}

/* Follows var.x (the call's argument, else the variable's default) and local.x to the
 * expression they stand for, and the module it is evaluated in; NULL when unknown. */
static const ll_hcl_expr *deref(const ll_tf_module **m, const ll_hcl_expr *e, int budget) {
  const char *name = NULL;
  for (; e && e->kind == LL_HCL_REF && budget > 0; budget--) {
    if (ref_of(e->text, "var.", &name)) {
      const ll_hcl_attr *arg = (*m)->call ? ll_hcl_attr_named((*m)->call, name) : NULL;
      if (arg) {
        e = &arg->value;
        *m = (*m)->caller;
        continue;
      }
      const ll_hcl_block *v = block_labelled((*m)->body, "variable", name, NULL);
      const ll_hcl_attr *def = v ? ll_hcl_attr_named(v->body, "default") : NULL;
      e = def ? &def->value : NULL;
    } else if (ref_of(e->text, "local.", &name)) {
      const ll_hcl_attr *l = local_named((*m)->body, name);
      e = l ? &l->value : NULL;
    } else {
      return e; /* path.module, a resource attribute: the caller decides */
    }
  }
  return budget > 0 ? e : NULL;
}

static char *eval_in(const ll_tf_module *m, const ll_hcl_expr *e, int budget);

static char *eval_ref(const ll_tf_module *m, const ll_hcl_expr *e) {
  if (strcmp(e->text, "path.module") == 0) return ll_strdup(m->rel);
  if (strcmp(e->text, "path.root") == 0 || strcmp(e->text, "path.cwd") == 0) return ll_strdup(".");
  return NULL;
}

/* The value of `e` as a string (malloc'd), or NULL when it is not certain. */
static char *eval_in(const ll_tf_module *m, const ll_hcl_expr *e, int budget) {
  if (budget <= 0) return NULL;
  e = deref(&m, e, budget);
  if (!e) return NULL;
  if (e->kind == LL_HCL_LITERAL) return ll_strdup(e->text);
  if (e->kind == LL_HCL_REF) return eval_ref(m, e);
  if (e->kind != LL_HCL_TEMPLATE) return NULL;
  char *out = ll_strdup("");
  for (size_t i = 0; out && i < e->n_items; i++) {
    char *part = eval_in(m, &e->items[i], budget - 1);
    char *joined = part ? ll_strfmt("%s%s", out, part) : NULL;
    free(part);
    free(out);
    out = joined;
  }
  return out;
}

/* The property `attr` of a function as an ll_tpl_value: present, its text when certain, at the
 * attribute. */
static ll_tpl_value value_of(const ll_tf_module *m, const ll_hcl_attr *attr) {
  ll_tpl_value v = {0};
  if (!attr) return v;
  v.present = true;
  v.line = attr->line;
  v.column = attr->column;
  /* var.x passed by a module call: reported at the argument, where the caller writes it */
  const ll_hcl_expr *e = &attr->value;
  const char *name = NULL;
  for (int hops = 0; hops < LL_TF_MAX_MODULES && e->kind == LL_HCL_REF && ref_of(e->text, "var.", &name); hops++) {
    const ll_hcl_attr *arg = m->call ? ll_hcl_attr_named(m->call, name) : NULL;
    if (!arg) break;
    v.line = arg->line;
    v.column = arg->column;
    v.path = m->call_file;
    e = &arg->value;
    m = m->caller;
  }
  char *text = eval_in(m, e, LL_TF_MAX_EVAL);
  v.text = text ? ll_arena_strdup(m->d->arena, text) : NULL;
  free(text);
  return v;
}

static ll_tpl_value prop(const ll_tf_module *m, const ll_hcl_body *body, const char *name) {
  return value_of(m, ll_hcl_attr_named(body, name));
}

/* architectures = ["arm64"]: the first item, at the attribute. */
static ll_tpl_value first_item(const ll_tf_module *m, const ll_hcl_body *body, const char *name) {
  const ll_hcl_attr *a = ll_hcl_attr_named(body, name);
  const ll_tf_module *in = m;
  const ll_hcl_expr *list = a ? deref(&in, &a->value, LL_TF_MAX_EVAL) : NULL;
  ll_tpl_value v = value_of(m, a);
  v.text = NULL;
  if (list && list->kind == LL_HCL_TUPLE && list->n_items > 0) {
    char *text = eval_in(in, &list->items[0], LL_TF_MAX_EVAL);
    v.text = text ? ll_arena_strdup(m->d->arena, text) : NULL;
    free(text);
  }
  return v;
}

/* ---- functions ------------------------------------------------------------------------------ */

static ll_tpl_function *add_function(const ll_tf_module *m, const ll_hcl_block *b, const char *name) {
  char *address = ll_strfmt("%s%s", m->address, name);
  ll_tpl_function *fn = ll_tpl_function_add_at(m->d, b->line, b->column, address);
  free(address);
  fn->template_path = b->file;
  return fn;
}

/* Environment variables from an object (environment { variables = {…} }, environment_variables). */
static void add_env(const ll_tf_module *m, ll_tpl_function *fn, const ll_hcl_attr *vars) {
  const ll_tf_module *in = m;
  const ll_hcl_expr *obj = vars ? deref(&in, &vars->value, LL_TF_MAX_EVAL) : NULL;
  for (size_t i = 0; obj && obj->kind == LL_HCL_OBJECT && i < obj->n_items; i++) {
    if (!obj->keys[i]) continue;
    ll_tpl_env_var var = {ll_arena_strdup(m->d->arena, obj->keys[i]), {0}};
    var.value.present = true;
    char *text = eval_in(in, &obj->items[i], LL_TF_MAX_EVAL);
    var.value.text = text ? ll_arena_strdup(m->d->arena, text) : NULL;
    free(text);
    /* at the item when it is written in the function's own file, else at the attribute */
    bool here = in == m && obj == &vars->value;
    var.value.line = here ? obj->items[i].line : vars->line;
    var.value.column = here ? obj->items[i].column : vars->column;
    ll_tpl_append(m->d->arena, (const void **)&fn->env, &fn->n_env, &var, sizeof(var));
  }
}

static void add_layers(const ll_tf_module *m, ll_tpl_function *fn, const ll_hcl_attr *layers) {
  const ll_tf_module *in = m;
  const ll_hcl_expr *list = layers ? deref(&in, &layers->value, LL_TF_MAX_EVAL) : NULL;
  for (size_t i = 0; list && list->kind == LL_HCL_TUPLE && i < list->n_items; i++) {
    ll_tpl_value layer = value_of(m, layers);
    char *text = eval_in(in, &list->items[i], LL_TF_MAX_EVAL);
    layer.text = text ? ll_arena_strdup(m->d->arena, text) : NULL;
    free(text);
    ll_tpl_append(m->d->arena, (const void **)&fn->layers, &fn->n_layers, &layer, sizeof(layer));
  }
}

/* The reference an attribute holds, followed through variables and locals ("data.archive_file.z.
 * output_path"), or NULL. */
static const char *ref_target(const ll_tf_module **m, const ll_hcl_attr *attr) {
  const ll_hcl_expr *e = attr ? deref(m, &attr->value, LL_TF_MAX_EVAL) : NULL;
  return e && e->kind == LL_HCL_REF ? e->text : NULL;
}

/* "data.archive_file.z.output_path" → the archive_file block z of `m`. */
static const ll_hcl_block *archive_named(const ll_tf_module *m, const char *ref) {
  const char *prefix = "data.archive_file.";
  if (!ref || strncmp(ref, prefix, strlen(prefix)) != 0) return NULL;
  const char *name = ref + strlen(prefix);
  const char *dot = strchr(name, '.');
  char *label = dot ? ll_strndup(name, (size_t)(dot - name)) : ll_strdup(name);
  const ll_hcl_block *b = block_labelled(m->body, "data", "archive_file", label);
  free(label);
  return b;
}

/* s3_key = aws_s3_object.x.key whose source is an archive_file's output. */
static const ll_hcl_block *archive_via_s3(const ll_tf_module **m, const char *ref) {
  static const char *const types[] = {"aws_s3_object.", "aws_s3_bucket_object.", NULL};
  for (const char *const *t = types; ref && *t; t++) {
    if (strncmp(ref, *t, strlen(*t)) != 0) continue;
    const char *name = ref + strlen(*t);
    const char *dot = strchr(name, '.');
    char *label = dot ? ll_strndup(name, (size_t)(dot - name)) : ll_strdup(name);
    char *type = ll_strndup(*t, strlen(*t) - 1);
    const ll_hcl_block *object = block_labelled((*m)->body, "resource", type, label);
    free(label);
    free(type);
    if (object) return archive_named(*m, ref_target(m, ll_hcl_attr_named(object->body, "source")));
  }
  return NULL;
}

/* filename / s3_key / source_code_hash → data "archive_file" → its source_dir (or its
 * source_file): the function's code location, at the attribute that names the package. */
static void read_code(const ll_tf_module *m, const ll_hcl_body *body, ll_tpl_function *fn) {
  static const char *const keys[] = {"filename", "s3_key", "source_code_hash", NULL};
  for (const char *const *k = keys; *k && !fn->code_uri.text; k++) {
    const ll_hcl_attr *attr = ll_hcl_attr_named(body, *k);
    if (!attr) continue;
    if (!fn->code_uri.present) fn->code_uri = value_of(m, attr);
    fn->code_uri.text = NULL; /* a zip's name is not a folder */
    const ll_tf_module *in = m;
    const char *ref = ref_target(&in, attr);
    const ll_hcl_block *archive = archive_named(in, ref);
    if (!archive) archive = archive_via_s3(&in, ref);
    if (!archive) continue;
    char *dir = NULL;
    const ll_hcl_attr *src_dir = ll_hcl_attr_named(archive->body, "source_dir");
    const ll_hcl_attr *src_file = ll_hcl_attr_named(archive->body, "source_file");
    if (src_dir) dir = eval_in(in, &src_dir->value, LL_TF_MAX_EVAL);
    else if (src_file)
      dir = eval_in(in, &src_file->value, LL_TF_MAX_EVAL); /* the file: resolve.c packages it alone */
    fn->code_uri.text = dir ? ll_arena_strdup(m->d->arena, dir) : NULL;
    free(dir);
  }
}

/* The settings aws_lambda_function and the lambda module name alike. */
static void read_settings(const ll_tf_module *m, const ll_hcl_body *body, ll_tpl_function *fn) {
  fn->handler = prop(m, body, "handler");
  fn->runtime = prop(m, body, "runtime");
  fn->memory_size = prop(m, body, "memory_size");
  fn->timeout = prop(m, body, "timeout");
  fn->reserved_concurrency = prop(m, body, "reserved_concurrent_executions");
  fn->package_type = prop(m, body, "package_type");
  fn->architecture = first_item(m, body, "architectures");
}

/* count = 0 (after variables): the resource is not created. */
static bool not_created(const ll_tf_module *m, const ll_hcl_body *body) {
  ll_tpl_value count = prop(m, body, "count");
  return count.text && strcmp(count.text, "0") == 0;
}

static void read_lambda_resource(const ll_tf_module *m, const ll_hcl_block *b) {
  if (not_created(m, b->body)) return;
  char *name = ll_strfmt("aws_lambda_function.%s", b->labels[1]);
  ll_tpl_function *fn = add_function(m, b, name);
  free(name);
  const ll_hcl_body *body = b->body;
  read_settings(m, body, fn);
  const ll_hcl_block *storage = ll_hcl_block_named(body, "ephemeral_storage");
  if (storage) fn->ephemeral_storage = prop(m, storage->body, "size");
  const ll_hcl_block *env = ll_hcl_block_named(body, "environment");
  if (env) add_env(m, fn, ll_hcl_attr_named(env->body, "variables"));
  add_layers(m, fn, ll_hcl_attr_named(body, "layers"));
  read_code(m, body, fn);
}

static void link_queue(const ll_tf_module *m, const ll_tpl_function *fn, const char *ref, ll_tpl_event *event);

static const ll_hcl_expr *item_named(const ll_hcl_expr *obj, const char *key) {
  for (size_t i = 0; obj && obj->kind == LL_HCL_OBJECT && i < obj->n_items; i++)
    if (obj->keys[i] && strcmp(obj->keys[i], key) == 0) return &obj->items[i];
  return NULL;
}

/* The module's event_source_mapping = {name = {event_source_arn = aws_sqs_queue.q.arn, …}}. */
static void read_module_mappings(const ll_tf_module *m, const ll_hcl_body *body, ll_tpl_function *fn) {
  const ll_hcl_attr *attr = ll_hcl_attr_named(body, "event_source_mapping");
  const ll_tf_module *in = m;
  const ll_hcl_expr *mappings = attr ? deref(&in, &attr->value, LL_TF_MAX_EVAL) : NULL;
  for (size_t i = 0; in == m && mappings && mappings->kind == LL_HCL_OBJECT && i < mappings->n_items; i++) {
    const ll_hcl_expr *arn = item_named(&mappings->items[i], "event_source_arn");
    if (!arn || arn->kind != LL_HCL_REF || strncmp(arn->text, "aws_sqs_queue.", 14) != 0) continue;
    ll_tpl_event event = {.kind = LL_EVENT_SOURCE_SQS, .type = "event_source_mapping", .line = mappings->items[i].line,
                          .column = mappings->items[i].column};
    event.name = mappings->keys[i] ? ll_arena_strdup(m->d->arena, mappings->keys[i]) : NULL;
    link_queue(m, fn, arn->text, &event);
    ll_tpl_add_event(m->d, fn, &event);
  }
}

/* terraform-aws-modules/lambda/aws (registry, GitHub or git source). */
static bool is_lambda_module(const char *source) {
  return source && (strstr(source, "terraform-aws-modules/lambda/aws") || strstr(source, "terraform-aws-lambda"));
}

static void read_lambda_module(const ll_tf_module *m, const ll_hcl_block *b) {
  const ll_hcl_body *body = b->body;
  ll_tpl_value create = prop(m, body, "create"), create_fn = prop(m, body, "create_function"),
               layer = prop(m, body, "create_layer");
  if ((create.text && strcmp(create.text, "false") == 0) || (create_fn.text && strcmp(create_fn.text, "false") == 0) ||
      (layer.text && strcmp(layer.text, "true") == 0))
    return;
  char *name = ll_strfmt("module.%s", b->labels[0]);
  ll_tpl_function *fn = add_function(m, b, name);
  free(name);
  read_settings(m, body, fn);
  fn->ephemeral_storage = prop(m, body, "ephemeral_storage_size");
  add_env(m, fn, ll_hcl_attr_named(body, "environment_variables"));
  add_layers(m, fn, ll_hcl_attr_named(body, "layers"));
  /* source_path: a folder or a file; a list or an object of build steps stays unknown. */
  fn->code_uri = prop(m, body, "source_path");
  ll_tpl_value existing = prop(m, body, "local_existing_package");
  if (existing.present) fn->code_uri.text = NULL;
  read_module_mappings(m, body, fn);
}

/* ---- wiring --------------------------------------------------------------------------------- */

/* The function of this instance a reference names: aws_lambda_function.x.<attr> or
 * module.x.<output> (a terraform-aws-modules/lambda call). */
static ll_tpl_function *function_for(const ll_tf_module *m, const char *ref) {
  if (!ref) return NULL;
  const char *dot = strchr(ref, '.');
  const char *second = dot ? strchr(dot + 1, '.') : NULL;
  size_t n = second ? (size_t)(second - ref) : strlen(ref);
  size_t prefix = strlen(m->address);
  ll_tpl_function *only = NULL;
  size_t inside = 0;
  for (size_t i = m->first_function; i < m->d->project->n_functions; i++) {
    ll_tpl_function *fn = m->d->project->functions[i];
    const char *own = fn->resource + (strncmp(fn->resource, m->address, prefix) == 0 ? prefix : 0);
    if (strlen(own) == n && strncmp(own, ref, n) == 0) return fn;
    /* module.x.<output> of a local module holding exactly one function: that function */
    if (strncmp(ref, "module.", 7) == 0 && strncmp(own, ref, n) == 0 && own[n] == '.') {
      only = fn;
      inside++;
    }
  }
  return inside == 1 ? only : NULL;
}

static void link_queue(const ll_tf_module *m, const ll_tpl_function *fn, const char *ref, ll_tpl_event *event) {
  const char *prefix = "aws_sqs_queue.";
  if (!ref || strncmp(ref, prefix, strlen(prefix)) != 0) return;
  const char *name = ref + strlen(prefix);
  const char *dot = strchr(name, '.');
  char *label = dot ? ll_strndup(name, (size_t)(dot - name)) : ll_strdup(name);
  const ll_hcl_block *queue = block_labelled(m->body, "resource", "aws_sqs_queue", label);
  free(label);
  /* Positions are per file: a queue in another file than the function's is left unlinked. */
  if (!queue || strcmp(queue->file, fn->template_path) != 0) return;
  char *id = ll_strfmt("aws_sqs_queue.%s", queue->labels[1]);
  event->queue = ll_arena_strdup(m->d->arena, id);
  free(id);
  event->queue_line = queue->line;
  event->queue_column = queue->column;
  event->queue_visibility_timeout = prop(m, queue->body, "visibility_timeout_seconds");
}

/* api_id = aws_apigatewayv2_api.x.id where x has protocol_type = "WEBSOCKET". */
static bool is_websocket_api(const ll_tf_module *m, const ll_hcl_block *integration) {
  const ll_tf_module *in = m;
  const char *ref = ref_target(&in, ll_hcl_attr_named(integration->body, "api_id"));
  const char *prefix = "aws_apigatewayv2_api.";
  if (!ref || in != m || strncmp(ref, prefix, strlen(prefix)) != 0) return false;
  const char *name = ref + strlen(prefix);
  const char *dot = strchr(name, '.');
  char *label = dot ? ll_strndup(name, (size_t)(dot - name)) : ll_strdup(name);
  const ll_hcl_block *api = block_labelled(m->body, "resource", "aws_apigatewayv2_api", label);
  free(label);
  ll_tpl_value protocol = api ? prop(m, api->body, "protocol_type") : (ll_tpl_value){0};
  return protocol.text && strcmp(protocol.text, "WEBSOCKET") == 0;
}

static void wire(const ll_tf_module *m, const ll_hcl_block *b, const char *fn_key, ll_event_source_kind kind) {
  const ll_tf_module *in = m;
  ll_tpl_function *fn = function_for(m, ref_target(&in, ll_hcl_attr_named(b->body, fn_key)));
  if (!fn || in != m) return;
  if (kind == LL_EVENT_SOURCE_HTTP_API && is_websocket_api(m, b)) kind = LL_EVENT_SOURCE_WEBSOCKET;
  ll_tpl_event event = {.kind = kind, .line = b->line, .column = b->column, .type = b->labels[0]};
  event.name = ll_arena_strdup(m->d->arena, b->labels[1]);
  if (kind == LL_EVENT_SOURCE_SQS) {
    const ll_hcl_attr *arn = ll_hcl_attr_named(b->body, "event_source_arn");
    const ll_tf_module *qin = m;
    const char *ref = ref_target(&qin, arn);
    ll_tpl_value literal = value_of(m, arn);
    if (ref && strncmp(ref, "aws_sqs_queue.", 14) == 0 && qin == m) link_queue(m, fn, ref, &event);
    else if (!literal.text || !strstr(literal.text, ":sqs:")) event.kind = LL_EVENT_SOURCE_OTHER;
  }
  ll_tpl_add_event(m->d, fn, &event);
}

static void read_wiring(const ll_tf_module *m) {
  for (size_t i = 0; i < m->body->n_blocks; i++) {
    const ll_hcl_block *b = &m->body->blocks[i];
    if (strcmp(b->type, "resource") != 0 || b->n_labels != 2) continue;
    if (strcmp(b->labels[0], "aws_lambda_event_source_mapping") == 0) wire(m, b, "function_name", LL_EVENT_SOURCE_SQS);
    else if (strcmp(b->labels[0], "aws_api_gateway_integration") == 0) wire(m, b, "uri", LL_EVENT_SOURCE_API);
    else if (strcmp(b->labels[0], "aws_apigatewayv2_integration") == 0)
      wire(m, b, "integration_uri", LL_EVENT_SOURCE_HTTP_API);
  }
}

/* ---- modules -------------------------------------------------------------------------------- */

static bool is_local_source(const char *source) {
  return source && (strncmp(source, "./", 2) == 0 || strncmp(source, "../", 3) == 0);
}

static bool is_config_name(const char *name) {
  size_t n = strlen(name);
  return name[0] != '.' && ((n > 3 && strcmp(name + n - 3, ".tf") == 0) || (n > 8 && strcmp(name + n - 8, ".tf.json") == 0));
}

static struct ll_tf_dir *dir_by_real(ll_project *p, const char *real) {
  for (size_t i = 0; real && i < p->n_tf_dirs; i++)
    if (strcmp(p->tf_dirs[i]->real, real) == 0) return p->tf_dirs[i];
  return NULL;
}

/* A called module's files: those the run loaded, else read here (a file that does not parse is
 * reported where discovery found it, and skipped here). */
static const ll_hcl_body *module_body(ll_tpl_doc *d, const char *dir, const char *real) {
  struct ll_tf_dir *known = dir_by_real(d->project, real);
  if (known) return &known->body;
  ll_hcl_body *body = ll_arena_alloc(d->arena, sizeof(ll_hcl_body));
  memset(body, 0, sizeof(*body));
  struct dirent **entries = NULL;
  int n = scandir(dir, &entries, NULL, alphasort);
  for (int i = 0; i < n; i++) {
    char *path = ll_strfmt("%s/%s", dir, entries[i]->d_name);
    char *file_real = is_config_name(entries[i]->d_name) ? realpath(path, NULL) : NULL;
    size_t len = 0;
    char *error = NULL; /* regular files only: a FIFO named x.tf is not waited on */
    char *bytes = file_real && ll_path_inside(file_real, d->root) ? ll_read_file_limited(path, LL_TF_MAX_FILE, &len, &error) : NULL;
    free(error);
    error = NULL;
    if (bytes && !ll_tf_read_file(d->arena, path, bytes, len, body, &error)) free(error);
    free(bytes);
    free(file_real);
    free(path);
    free(entries[i]);
  }
  free(entries);
  return body;
}

static void note_module_outside(ll_tpl_doc *d, const ll_hcl_block *b, const char *source) {
  char *file = ll_escape_line(b->file), *shown = ll_escape_line(source);
  fprintf(stderr, "lambda-lint: %s:%u: module source %s is outside the analysed folder; not read\n", file,
          b->line, shown);
  free(file);
  free(shown);
}

static void read_module(ll_tf_module *m);

/* terraform-aws-modules/lambda's own folder (vendored, or called by its examples as "../../"):
 * its function is read from the call, like the registry module's. */
static bool is_lambda_module_body(const ll_hcl_body *body) {
  return block_labelled(body, "resource", "aws_lambda_function", "this") &&
         block_labelled(body, "variable", "source_path", NULL) && block_labelled(body, "variable", "create_function", NULL);
}

/* module "x" { source = "./modules/lambda" … }: that folder's functions, with these arguments. */
static void call_module(const ll_tf_module *m, const ll_hcl_block *b, const char *source) {
  if (m->depth >= LL_TF_MAX_MODULES) return; /* a module calling itself ends here */
  char *rel = strcmp(m->rel, ".") == 0 ? ll_strdup(source) : ll_strfmt("%s/%s", m->rel, source);
  const char *dir = ll_tpl_join(m->d->arena, m->d->dir, rel);
  char *real = realpath(dir, NULL);
  if (!real || !m->d->root || !ll_path_inside(real, m->d->root)) {
    if (real) note_module_outside(m->d, b, source);
    free(real);
    free(rel);
    return;
  }
  char *address = ll_strfmt("%smodule.%s.", m->address, b->labels[0]);
  ll_tf_module child = {.d = m->d, .rel = ll_tpl_join(m->d->arena, ".", rel), .caller = m, .call = b->body,
                        .call_file = b->file, .depth = m->depth + 1};
  child.address = ll_arena_strdup(m->d->arena, address);
  child.body = module_body(m->d, dir, real);
  free(address);
  free(real);
  free(rel);
  if (is_lambda_module_body(child.body)) read_lambda_module(m, b); /* a vendored copy, or its examples */
  else read_module(&child);
}

static void read_module(ll_tf_module *m) {
  m->first_function = m->d->project->n_functions;
  for (size_t i = 0; i < m->body->n_blocks; i++) {
    const ll_hcl_block *b = &m->body->blocks[i];
    if (strcmp(b->type, "resource") == 0 && b->n_labels == 2 && strcmp(b->labels[0], "aws_lambda_function") == 0)
      read_lambda_resource(m, b);
    if (strcmp(b->type, "module") != 0 || b->n_labels != 1) continue;
    ll_tpl_value source = prop(m, b->body, "source");
    if (is_lambda_module(source.text)) read_lambda_module(m, b);
    else if (is_local_source(source.text)) call_module(m, b, source.text);
  }
  read_wiring(m);
}

/* ---- loading -------------------------------------------------------------------------------- */

static char *parent_of(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash) return ll_strdup(".");
  return slash == path ? ll_strdup("/") : ll_strndup(path, (size_t)(slash - path));
}

bool ll_tpl_load_terraform(ll_project *p, const char *path, const char *root, const char *bytes, size_t len,
                           char **error) {
  char *dir = parent_of(path);
  char *real = realpath(dir, NULL);
  struct ll_tf_dir *tf = dir_by_real(p, real);
  if (!tf) {
    tf = ll_arena_alloc(p->arena, sizeof(*tf));
    memset(tf, 0, sizeof(*tf));
    tf->dir = ll_arena_strdup(p->arena, dir);
    tf->real = real ? ll_arena_strdup(p->arena, real) : ll_arena_strdup(p->arena, dir);
    char *root_real = realpath(root ? root : dir, NULL);
    tf->root = root_real ? ll_arena_strdup(p->arena, root_real) : NULL;
    free(root_real);
    LL_PUSH(p->tf_dirs, p->n_tf_dirs, p->cap_tf_dirs, tf);
  }
  free(real);
  free(dir);
  return ll_tf_read_file(p->arena, path, bytes, len, &tf->body, error);
}

/* Marks the folders some other folder calls as a local module. */
static void mark_called(ll_project *p) {
  for (size_t i = 0; i < p->n_tf_dirs; i++) {
    const struct ll_tf_dir *tf = p->tf_dirs[i];
    for (size_t b = 0; b < tf->body.n_blocks; b++) {
      const ll_hcl_block *blk = &tf->body.blocks[b];
      const ll_hcl_attr *source = strcmp(blk->type, "module") == 0 ? ll_hcl_attr_named(blk->body, "source") : NULL;
      if (!source || source->value.kind != LL_HCL_LITERAL || !is_local_source(source->value.text)) continue;
      char *target = ll_strfmt("%s/%s", tf->real, source->value.text);
      char *real = realpath(target, NULL);
      struct ll_tf_dir *called = dir_by_real(p, real);
      if (called && called != tf) called->called = true;
      free(real);
      free(target);
    }
  }
}

void ll_tpl_finish_terraform(ll_project *p) {
  mark_called(p);
  for (size_t i = 0; i < p->n_tf_dirs; i++) {
    struct ll_tf_dir *tf = p->tf_dirs[i];
    if (tf->called) continue;
    ll_tpl_doc d = {.project = p, .arena = p->arena, .kind = LL_TEMPLATE_TERRAFORM};
    d.path = tf->body.n_blocks ? tf->body.blocks[0].file : tf->dir;
    d.dir = tf->dir;
    d.root = tf->root;
    d.unit = tf->dir;
    d.first_function = p->n_functions;
    ll_tf_module m = {.d = &d, .body = &tf->body, .rel = ".", .address = ""};
    read_module(&m);
    for (size_t f = d.first_function; f < p->n_functions; f++) ll_tpl_resolve(&d, p->functions[f]);
  }
}
