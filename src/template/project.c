/* project.c — the project: loading templates into deployment facts, and asking about them. */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/readfile.h"
#include "base/strmap.h"
#include "template/template.h"
#include "template/sniff.h"

ll_project *ll_project_new(void) {
  ll_project *self = ll_calloc(1, sizeof(ll_project));
  self->arena = ll_arena_new();
  return self;
}

void ll_project_delete(ll_project *self) {
  if (!self) return;
  ll_arena_delete(self->arena);
  free(self->functions);
  free(self->tf_dirs);
  ll_strmap_free(&self->real_dirs);
  free(self);
}

void ll_project_set_max_file_size(ll_project *self, size_t max_size) { self->max_file_size = max_size; }

const char *const *ll_project_layer_dirs(const ll_project *self, const char *const **scopes, size_t *count) {
  *count = self ? self->n_layer_dirs : 0;
  *scopes = self ? self->layer_scopes : NULL;
  return self ? self->layer_dirs : NULL;
}

size_t ll_project_function_count(const ll_project *self) { return self ? self->n_functions : 0; }

const ll_tpl_function *ll_project_function(const ll_project *self, size_t index) {
  return self && index < self->n_functions ? self->functions[index] : NULL;
}

/* ---- building ---------------------------------------------------------------------------- */

ll_tpl_function *ll_tpl_function_add_at(ll_tpl_doc *d, uint32_t line, uint32_t column, const char *name) {
  ll_tpl_function *fn = ll_arena_alloc(d->arena, sizeof(ll_tpl_function));
  memset(fn, 0, sizeof(*fn));
  fn->template_path = d->path;
  fn->unit = d->unit ? d->unit : d->path;
  fn->kind = d->kind;
  fn->resource = ll_arena_strdup(d->arena, name);
  fn->line = line;
  fn->column = column;
  LL_PUSH(d->project->functions, d->project->n_functions, d->project->cap_functions, fn);
  return fn;
}

ll_tpl_function *ll_tpl_function_add(ll_tpl_doc *d, const yaml_node_t *key, const char *name) {
  return ll_tpl_function_add_at(d, ll_tpl_line(key), ll_tpl_column(key), name);
}

void ll_tpl_add_event(ll_tpl_doc *d, ll_tpl_function *fn, const ll_tpl_event *event) {
  ll_tpl_append(d->arena, (const void **)&fn->events, &fn->n_events, event, sizeof(*event));
}

void ll_tpl_link_queue(ll_tpl_doc *d, yaml_node_t *resources, yaml_node_t *queue_ref,
                       ll_tpl_event *event) {
  const char *id = ll_tpl_ref_target(d, queue_ref);
  yaml_node_t *key = NULL;
  yaml_node_t *queue = id ? ll_tpl_get(d, resources, id, &key) : NULL;
  const char *type = ll_tpl_scalar(d, ll_tpl_get(d, queue, "Type", NULL));
  if (!type || strcmp(type, "AWS::SQS::Queue") != 0) return;
  event->queue = ll_arena_strdup(d->arena, id);
  event->queue_line = ll_tpl_line(key);
  event->queue_column = ll_tpl_column(key);
  yaml_node_t *vt_key = NULL;
  yaml_node_t *vt = ll_tpl_get(d, ll_tpl_get(d, queue, "Properties", NULL), "VisibilityTimeout", &vt_key);
  event->queue_visibility_timeout = ll_tpl_value_of(d, vt_key, vt);
}

void ll_tpl_add_env(ll_tpl_doc *d, ll_tpl_function *fn, yaml_node_t *vars, bool inherited) {
  /* A later variable of the same name replaces the earlier one (a function's own over Globals).
   * Indexed: a template may hold tens of thousands of variables. */
  ll_strmap seen;
  ll_strmap_init(&seen);
  for (uint32_t i = 0; i < fn->n_env; i++) ll_strmap_put(&seen, fn->env[i].name, (int)i);
  LL_TPL_EACH_PAIR(vars, p) {
    yaml_node_t *key = ll_tpl_node(d, p->key);
    const char *name = ll_tpl_scalar(d, key);
    if (!name) continue;
    yaml_node_t *value = ll_tpl_node(d, p->value);
    int earlier = ll_strmap_get(&seen, name);
    const char *ref = ll_tpl_ref_target(d, value);
    if (ref && !strcmp(ref, "AWS::NoValue")) { /* CloudFormation removes the key, a Globals one too */
      if (earlier >= 0) ((ll_tpl_env_var *)fn->env)[earlier].name = NULL;
      continue;
    }
    ll_tpl_env_var var = {ll_arena_strdup(d->arena, name), ll_tpl_value_of(d, key, value)};
    var.value.inherited = inherited;
    if (earlier >= 0) {
      ((ll_tpl_env_var *)fn->env)[earlier] = var;
      continue;
    }
    ll_tpl_append(d->arena, (const void **)&fn->env, &fn->n_env, &var, sizeof(var));
    ll_strmap_put(&seen, var.name, (int)fn->n_env - 1);
  }
  ll_strmap_free(&seen);
  uint32_t kept = 0;
  for (uint32_t i = 0; i < fn->n_env; i++)
    if (fn->env[i].name) ((ll_tpl_env_var *)fn->env)[kept++] = fn->env[i];
  fn->n_env = kept;
}

void ll_tpl_add_layers(ll_tpl_doc *d, ll_tpl_function *fn, yaml_node_t *layers, bool inherited) {
  LL_TPL_EACH_ITEM(layers, i) {
    yaml_node_t *item = ll_tpl_node(d, *i);
    ll_tpl_value layer = ll_tpl_value_of(d, item, item);
    layer.inherited = inherited;
    ll_tpl_append(d->arena, (const void **)&fn->layers, &fn->n_layers, &layer, sizeof(layer));
  }
}

/* ---- loading ------------------------------------------------------------------------------- */

static const char *dir_of(ll_arena *arena, const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash) return ".";
  if (slash == path) return "/";
  return ll_arena_strndup(arena, path, (size_t)(slash - path));
}

static bool has_key(ll_tpl_doc *d, yaml_node_t *root, const char *key) {
  return ll_tpl_get(d, root, key, NULL) != NULL;
}

static bool is_serverless(ll_tpl_doc *d, yaml_node_t *root, const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  if (strncmp(base, "serverless.", 11) == 0) return true;
  return has_key(d, root, "service") && has_key(d, root, "provider") && !has_key(d, root, "Resources");
}

static bool is_sam(ll_tpl_doc *d, yaml_node_t *root) {
  yaml_node_t *transform = ll_tpl_get(d, root, "Transform", NULL);
  const char *text = ll_tpl_scalar(d, transform);
  if (text) return strncmp(text, "AWS::Serverless", 15) == 0;
  LL_TPL_EACH_ITEM(transform, i) {
    const char *item = ll_tpl_scalar(d, ll_tpl_node(d, *i));
    if (item && strncmp(item, "AWS::Serverless", 15) == 0) return true;
  }
  return false;
}

static char *parse_error(const yaml_parser_t *parser) {
  const char *problem = parser->problem ? parser->problem : "malformed YAML/JSON";
  size_t line = parser->problem_mark.line + 1, column = parser->problem_mark.column + 1;
  if (parser->context)
    return ll_strfmt("cannot parse template: %s at line %zu, column %zu (%s started at line %zu, "
                     "column %zu)",
                     problem, line, column, parser->context, parser->context_mark.line + 1,
                     parser->context_mark.column + 1);
  return ll_strfmt("cannot parse template: %s at line %zu, column %zu", problem, line, column);
}

static bool parse(ll_tpl_doc *d, const char *bytes, size_t len, char **error) {
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) {
    *error = ll_strdup("cannot parse template: out of memory");
    return false;
  }
  yaml_parser_set_input_string(&parser, (const unsigned char *)bytes, len);
  bool ok = yaml_parser_load(&parser, &d->doc);
  if (!ok) *error = parse_error(&parser);
  yaml_parser_delete(&parser);
  if (ok && (*error = ll_tpl_check_shape(d))) { /* cycles and alias bombs: walks would not end */
    yaml_document_delete(&d->doc);
    ok = false;
  }
  return ok;
}

static void read_root(ll_tpl_doc *d, yaml_node_t *root) {
  if (!root || root->type != YAML_MAPPING_NODE) return;
  if (is_serverless(d, root, d->path)) {
    d->kind = LL_TEMPLATE_SERVERLESS;
    ll_tpl_read_serverless(d, root);
  } else if (has_key(d, root, "schemaVersion") && has_key(d, root, "mainSteps")) {
    ll_tpl_read_ssm_automation(d, root);
  } else if (has_key(d, root, "Resources")) {
    d->kind = is_sam(d, root) ? LL_TEMPLATE_SAM : LL_TEMPLATE_CLOUDFORMATION;
    ll_tpl_read_cloudformation(d, root);
  }
  for (size_t i = d->first_function; i < d->project->n_functions; i++)
    ll_tpl_resolve(d, d->project->functions[i]);
}

static bool add_template(ll_project *self, const char *path, const char *root, const char *unit,
                         const char *bytes, size_t len, char **error) {
  ll_tpl_doc d = {.project = self, .arena = self->arena, .first_function = self->n_functions};
  d.unit = unit ? ll_arena_strdup(self->arena, unit) : NULL;
  d.path = ll_arena_strdup(self->arena, path);
  d.dir = dir_of(self->arena, d.path);
  char *real = realpath(root ? root : d.dir, NULL);
  d.root = real ? ll_arena_strdup(self->arena, real) : NULL;
  free(real);
  if (!parse(&d, bytes, len, error)) return false;
  read_root(&d, yaml_document_get_root_node(&d.doc));
  yaml_document_delete(&d.doc);
  return true;
}

static bool ends_with(const char *s, const char *suffix);

static bool is_terraform(const char *path) { return ends_with(path, ".tf") || ends_with(path, ".tf.json"); }

bool ll_project_add_template(ll_project *self, const char *path, const char *bytes, size_t len,
                             char **error) {
  if (is_terraform(path)) return ll_tpl_load_terraform(self, path, NULL, bytes, len, error);
  return add_template(self, path, NULL, NULL, bytes, len, error);
}

bool ll_project_load_file_in(ll_project *self, const char *path, const char *root, char **error) {
  size_t len = 0;
  /* The same checks as for code: a regular file (a template name on a FIFO or /dev/zero would
   * block or never end) within --max-file-size. */
  char *bytes = ll_read_file_limited(path, self->max_file_size, &len, error);
  if (!bytes) return false;
  bool ok = is_terraform(path) ? ll_tpl_load_terraform(self, path, root, bytes, len, error)
                               : add_template(self, path, root, NULL, bytes, len, error);
  free(bytes);
  return ok;
}

bool ll_tpl_load_in_unit(ll_project *self, const char *path, const char *root, const char *unit, char **error) {
  size_t len = 0;
  char *bytes = ll_read_file_limited(path, self->max_file_size, &len, error);
  if (!bytes) return false;
  bool ok = add_template(self, path, root, unit, bytes, len, error);
  free(bytes);
  return ok;
}

bool ll_project_load_file(ll_project *self, const char *path, char **error) {
  return ll_project_load_file_in(self, path, NULL, error);
}

void ll_project_finish(ll_project *self) {
  if (!self || self->finished) return;
  self->finished = true;
  ll_tpl_finish_terraform(self);
}

/* ---- asking -------------------------------------------------------------------------------- */

bool ll_tpl_value_uint(const ll_tpl_value *value, uint32_t *out) {
  if (!value || !value->text || !*value->text) return false;
  char *end = NULL;
  errno = 0;
  unsigned long n = strtoul(value->text, &end, 10);
  if (errno || *end || value->text[0] == '-' || n > UINT32_MAX) return false;
  *out = (uint32_t)n;
  return true;
}

bool ll_tpl_value_int(const ll_tpl_value *value, int64_t *out) {
  if (!value || !value->text || !*value->text) return false;
  char *end = NULL;
  errno = 0;
  long long n = strtoll(value->text, &end, 10);
  if (*end) return false; /* ERANGE saturates at LLONG_MIN / LLONG_MAX: still out of any range */
  *out = (int64_t)n;
  return true;
}

static uint32_t uint_or(const ll_tpl_value *value, uint32_t fallback) {
  uint32_t n = 0;
  if (!value->present) return fallback;
  return ll_tpl_value_uint(value, &n) ? n : 0;
}

uint32_t ll_tpl_function_memory_mb(const ll_tpl_function *fn) {
  return uint_or(&fn->memory_size, fn->kind == LL_TEMPLATE_SERVERLESS ? 1024 : 128);
}

uint32_t ll_tpl_function_timeout_s(const ll_tpl_function *fn) {
  return uint_or(&fn->timeout, fn->kind == LL_TEMPLATE_SERVERLESS ? 6 : 3);
}

const char *ll_tpl_value_path(const ll_tpl_function *fn, const ll_tpl_value *value) {
  bool here = value && value->present && value->line;
  return here && value->path ? value->path : fn->template_path;
}

void ll_tpl_function_position(const ll_tpl_function *fn, const ll_tpl_value *value, uint32_t *line,
                              uint32_t *column) {
  bool here = value && value->present && value->line;
  *line = here ? value->line : fn->line;
  *column = here ? value->column : fn->column;
}

const ll_tpl_function *ll_project_function_for_source(const ll_project *self,
                                                      const char *source_path, size_t *cursor) {
  char *wanted = realpath(source_path, NULL);
  const ll_tpl_function *found = NULL;
  for (; wanted && !found && self && *cursor < self->n_functions; (*cursor)++) {
    const ll_tpl_function *fn = self->functions[*cursor];
    if (fn->source_realpath && strcmp(fn->source_realpath, wanted) == 0) found = fn;
  }
  free(wanted);
  return found;
}

/* ---- detection ------------------------------------------------------------------------------ */

static const char *base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

bool ll_template_name_matches(const char *path) {
  static const char *const names[] = {"template.yaml", "template.yml", "template.json",
                                      "serverless.yml", "serverless.yaml", NULL};
  const char *base = base_name(path);
  for (const char *const *n = names; *n; n++)
    if (strcmp(base, *n) == 0) return true;
  return false;
}

/* Whether `needle` occurs in the first `len` bytes of `bytes` (which need not be NUL-terminated). */
static bool contains(const char *bytes, size_t len, const char *needle) {
  return memmem(bytes, len, needle, strlen(needle)) != NULL;
}

bool ll_template_candidate(const char *path) {
  return ll_template_name_matches(path) || ends_with(path, ".yaml") || ends_with(path, ".yml") ||
         ends_with(path, ".json") || ends_with(path, ".template") || ends_with(path, ".tf");
}

/* Whether a line of the first `len` bytes starts with `prefix` (a top-level YAML key). */
static bool starts_line(const char *bytes, size_t len, const char *prefix) {
  size_t m = strlen(prefix);
  for (size_t i = 0; i + m <= len; i++)
    if ((i == 0 || bytes[i - 1] == '\n') && memcmp(bytes + i, prefix, m) == 0) return true;
  return false;
}

bool ll_template_detect(const char *path, const char *bytes, size_t len) {
  if (ll_template_name_matches(path) || is_terraform(path)) return true;
  if (!ll_template_candidate(path) || !bytes) return false;
  size_t head = len < 8192 ? len : 8192;
  if (contains(bytes, head, "AWSTemplateFormatVersion") || contains(bytes, head, "AWS::Serverless-2016-10-31"))
    return true;
  /* CloudFormation needs neither key: a Resources section declaring a function is enough (a
   * README or a CI workflow that only names the type has no `Resources` key). Looked for in all
   * the bytes given: discovery gives the whole file when the head has a Resources key. */
  if ((contains(bytes, len, "AWS::Lambda::Function") || contains(bytes, len, "AWS::Serverless::Function")) &&
      (starts_line(bytes, len, "Resources:") || contains(bytes, len, "\"Resources\"")))
    return true;
  /* An SSM Automation runbook: read for the scripts it runs, which are not Lambda handlers. */
  return contains(bytes, head, "schemaVersion") && contains(bytes, head, "mainSteps") &&
         contains(bytes, head, "aws:executeScript");
}

const ll_template_sniffer ll_template_sniffer_all = {ll_template_candidate, ll_template_detect};
