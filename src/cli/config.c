#include "cli/config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <yaml.h>

#include "base/alloc.h"
#include "base/glob.h"
#include "base/path.h"

/* ---- reading -------------------------------------------------------------------------------- */

typedef struct {
  yaml_document_t *doc;
  const char *path;
  ll_rule_lookup lookup;
  char *error; /* the first problem found */
} reader;

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void fail(reader *r, const yaml_node_t *node, const char *fmt, ...) {
  if (r->error) return;
  va_list args;
  va_start(args, fmt);
  char *msg = ll_vstrfmt(fmt, args);
  va_end(args);
  r->error = ll_strfmt("%s:%zu: %s", r->path, node ? node->start_mark.line + 1 : 1, msg);
  free(msg);
}

static yaml_node_t *node_at(reader *r, int index) { return yaml_document_get_node(r->doc, index); }

static const char *scalar(const yaml_node_t *node) {
  return node && node->type == YAML_SCALAR_NODE ? (const char *)node->data.scalar.value : NULL;
}

static const char *read_string(reader *r, const yaml_node_t *node, const char *what) {
  const char *s = scalar(node);
  if (!s || !*s) fail(r, node, "%s must be a non-empty string", what);
  return s;
}

/* Calls `each` for every string of a sequence (or for a single string). */
typedef void (*item_fn)(reader *r, const yaml_node_t *node, const char *value, void *out);

static void for_each_string(reader *r, const yaml_node_t *node, const char *key, item_fn each,
                            void *out) {
  if (node->type == YAML_SCALAR_NODE) {
    const char *s = read_string(r, node, key);
    if (s) each(r, node, s, out);
    return;
  }
  if (node->type != YAML_SEQUENCE_NODE) {
    fail(r, node, "`%s` must be a list of strings", key);
    return;
  }
  for (yaml_node_item_t *it = node->data.sequence.items.start; it < node->data.sequence.items.top; it++) {
    const yaml_node_t *item = node_at(r, *it);
    const char *s = read_string(r, item, key);
    if (s && !r->error) each(r, item, s, out);
  }
}

typedef struct {
  char ***items;
  size_t *count;
  size_t cap;
} string_list;

static void add_string(reader *r, const yaml_node_t *node, const char *value, void *out) {
  string_list *list = out;
  LL_PUSH(*list->items, *list->count, list->cap, ll_strdup(value));
}

static const ll_rule *find_rule(reader *r, const yaml_node_t *node, const char *value) {
  const ll_rule *rule = r->lookup(value);
  if (!rule) fail(r, node, "unknown rule `%s` (see lambda-lint --list-rules)", value);
  return rule;
}

/* select / ignore take what the command line takes: IDs, names, ID prefixes ("LL3") and ALL. */
static void add_rule_name(reader *r, const yaml_node_t *node, const char *value, void *out) {
  if (!r->lookup(value) && !ll_rule_token_known(value)) fail(r, node, "unknown rule `%s` (see lambda-lint --list-rules)", value);
  else add_string(r, node, value, out);
}

static void read_strings(reader *r, const yaml_node_t *node, const char *key, char ***items,
                         size_t *count, bool rules) {
  string_list list = {items, count, *count};
  for_each_string(r, node, key, rules ? add_rule_name : add_string, &list);
}

typedef struct {
  ll_path_rules *entry;
  size_t cap;
} rule_list;

static void add_rule(reader *r, const yaml_node_t *node, const char *value, void *out) {
  rule_list *list = out;
  const ll_rule *rule = find_rule(r, node, value);
  if (rule) LL_PUSH(list->entry->rules, list->entry->n_rules, list->cap, rule);
}

/* ---- the keys ------------------------------------------------------------------------------- */

/* YAML allows a key twice and the later one would silently win: an error instead. */
static bool keys_unique(reader *r, const yaml_node_t *mapping) {
  for (yaml_node_pair_t *p = mapping->data.mapping.pairs.start; p < mapping->data.mapping.pairs.top; p++) {
    const yaml_node_t *key = node_at(r, p->key);
    const char *name = scalar(key);
    for (yaml_node_pair_t *q = mapping->data.mapping.pairs.start; name && q < p; q++) {
      const yaml_node_t *earlier = node_at(r, q->key);
      if (scalar(earlier) && strcmp(scalar(earlier), name) == 0) {
        fail(r, key, "duplicate key `%s` (first at line %zu)", name, earlier->start_mark.line + 1);
        return false;
      }
    }
  }
  return true;
}

static bool expect_mapping(reader *r, const yaml_node_t *node, const char *key) {
  if (node->type == YAML_MAPPING_NODE) return true;
  fail(r, node, "`%s` must be a mapping", key);
  return false;
}

static void read_severities(reader *r, const yaml_node_t *node, ll_config *cfg) {
  if (!expect_mapping(r, node, "severity") || !keys_unique(r, node)) return;
  size_t cap = 0;
  for (yaml_node_pair_t *p = node->data.mapping.pairs.start; p < node->data.mapping.pairs.top && !r->error; p++) {
    const yaml_node_t *key = node_at(r, p->key), *value = node_at(r, p->value);
    const char *id = read_string(r, key, "a rule");
    const ll_rule *rule = id ? find_rule(r, key, id) : NULL;
    const char *level = read_string(r, value, "a severity");
    ll_severity severity = LL_SEVERITY_WARNING;
    if (rule && level && !ll_severity_parse(level, &severity))
      fail(r, value, "unknown severity `%s` (use error, warning or info)", level);
    if (r->error) return;
    ll_severity_override o = {rule, severity};
    LL_PUSH(cfg->severities, cfg->n_severities, cap, o);
  }
}

static void read_per_file_ignores(reader *r, const yaml_node_t *node, ll_config *cfg) {
  if (!expect_mapping(r, node, "per-file-ignores") || !keys_unique(r, node)) return;
  size_t cap = 0;
  for (yaml_node_pair_t *p = node->data.mapping.pairs.start; p < node->data.mapping.pairs.top && !r->error; p++) {
    const char *pattern = read_string(r, node_at(r, p->key), "a glob");
    if (!pattern) return;
    ll_path_rules entry = {.pattern = ll_strdup(pattern)};
    LL_PUSH(cfg->per_file_ignores, cfg->n_per_file_ignores, cap, entry);
    rule_list list = {&cfg->per_file_ignores[cfg->n_per_file_ignores - 1], 0};
    for_each_string(r, node_at(r, p->value), "per-file-ignores", add_rule, &list);
  }
}

/* Keys that set a command-line option (named like it; the command line wins). FLAG takes true or
 * false; LIST a list or a comma-separated string; PATH a path relative to the config's folder. */
typedef enum { SETTING_FLAG, SETTING_VALUE, SETTING_LIST, SETTING_PATH } setting_kind;

static const struct {
  const char *key;
  setting_kind kind;
} option_keys[] = {
    {"format", SETTING_VALUE},       {"statistics", SETTING_FLAG},   {"fail-on", SETTING_VALUE},
    {"exit-zero", SETTING_FLAG},     {"baseline", SETTING_PATH},     {"report-unused-ignores", SETTING_FLAG},
    {"event-names", SETTING_LIST},   {"context-names", SETTING_LIST}, {"compile-commands", SETTING_PATH},
    {"max-file-size", SETTING_VALUE}, {"jobs", SETTING_VALUE},        {"no-prescan", SETTING_FLAG},
    {"verbose", SETTING_FLAG},       {"as-of", SETTING_VALUE},       {"cdk-out", SETTING_PATH},
    {"no-cache", SETTING_FLAG},      {"cache-dir", SETTING_PATH},    {"fix", SETTING_FLAG},
    {"unsafe-fixes", SETTING_FLAG},  {"quiet", SETTING_FLAG},
};

static void add_setting(ll_config *cfg, const char *key, char *value, const yaml_node_t *node) {
  ll_config_setting setting = {ll_strdup(key), value, node->start_mark.line + 1};
  LL_PUSH(cfg->settings, cfg->n_settings, cfg->cap_settings, setting);
}

static void join_item(reader *r, const yaml_node_t *node, const char *value, void *out) {
  (void)r;
  (void)node;
  char **joined = out;
  char *next = *joined ? ll_strfmt("%s,%s", *joined, value) : ll_strdup(value);
  free(*joined);
  *joined = next;
}

static bool read_setting(reader *r, const char *key, const yaml_node_t *node, ll_config *cfg) {
  size_t i = 0;
  while (i < sizeof option_keys / sizeof *option_keys && strcmp(option_keys[i].key, key)) i++;
  if (i == sizeof option_keys / sizeof *option_keys) return false;
  char *value = NULL;
  if (option_keys[i].kind == SETTING_LIST) {
    for_each_string(r, node, key, join_item, &value);
  } else {
    const char *text = read_string(r, node, key);
    if (text && option_keys[i].kind == SETTING_FLAG && strcmp(text, "true") && strcmp(text, "false"))
      fail(r, node, "`%s` takes true or false, not `%s`", key, text);
    else if (text && option_keys[i].kind == SETTING_PATH) value = ll_path_absolute(text, cfg->root);
    else if (text && !(option_keys[i].kind == SETTING_FLAG && !strcmp(text, "false"))) value = ll_strdup(text);
  }
  if (value && !r->error) add_setting(cfg, key, value, node);
  else free(value);
  return true;
}

static void read_fix_timeout(reader *r, const yaml_node_t *node, ll_config *cfg) {
  const char *value = read_string(r, node, "`fix-timeout-seconds`");
  if (!value) return;
  char *end = NULL;
  long seconds = strtol(value, &end, 10);
  if (!*value || *end || seconds < 1 || seconds > 900) {
    fail(r, node, "`fix-timeout-seconds` takes a whole number of seconds from 1 to 900, not `%s`", value);
    return;
  }
  free(cfg->fix_timeout[0]);
  cfg->fix_timeout[0] = ll_strfmt("%ld", seconds);
}

static void read_key(reader *r, const char *key, const yaml_node_t *key_node,
                     const yaml_node_t *value, ll_config *cfg) {
  if (strcmp(key, "select") == 0) read_strings(r, value, key, &cfg->select, &cfg->n_select, true);
  else if (strcmp(key, "ignore") == 0) read_strings(r, value, key, &cfg->ignore, &cfg->n_ignore, true);
  else if (strcmp(key, "exclude") == 0) read_strings(r, value, key, &cfg->exclude, &cfg->n_exclude, false);
  else if (strcmp(key, "handlers") == 0) read_strings(r, value, key, &cfg->handlers, &cfg->n_handlers, false);
  else if (strcmp(key, "heavy-modules") == 0)
    read_strings(r, value, key, &cfg->heavy_modules, &cfg->n_heavy_modules, false);
  else if (strcmp(key, "severity") == 0) read_severities(r, value, cfg);
  else if (strcmp(key, "per-file-ignores") == 0) read_per_file_ignores(r, value, cfg);
  else if (strcmp(key, "fix-timeout-seconds") == 0) read_fix_timeout(r, value, cfg);
  else if (!read_setting(r, key, value, cfg))
    fail(r, key_node, "unknown key `%s` (expected select, ignore, severity, exclude, handlers, "
                      "heavy-modules, per-file-ignores, or an option's name such as fail-on or jobs: "
                      "see the README's config section)", key);
}

static void read_document(reader *r, ll_config *cfg) {
  const yaml_node_t *root = yaml_document_get_root_node(r->doc);
  if (!root) return; /* an empty file: defaults */
  if (root->type == YAML_SCALAR_NODE && !*scalar(root)) return;
  if (root->type != YAML_MAPPING_NODE) {
    fail(r, root, "the config must be a mapping of keys (select, ignore, exclude, …)");
    return;
  }
  if (!keys_unique(r, root)) return;
  for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top && !r->error; p++) {
    const yaml_node_t *key = node_at(r, p->key);
    const char *name = read_string(r, key, "a key");
    if (name) read_key(r, name, key, node_at(r, p->value), cfg);
  }
}

/* Appends a NULL after the `n` items, for callers that want a NULL-terminated list. */
static void terminate(char ***items, size_t n) {
  *items = ll_realloc(*items, (n + 1) * sizeof **items);
  (*items)[n] = NULL;
}

static char *yaml_problem(const char *path, const yaml_parser_t *parser) {
  size_t line = parser->problem_mark.line + 1;
  if (parser->context)
    return ll_strfmt("%s:%zu: invalid YAML: %s %s", path, line, parser->problem, parser->context);
  return ll_strfmt("%s:%zu: invalid YAML: %s", path, line, parser->problem ? parser->problem : "error");
}

ll_config *ll_config_load(const char *path, ll_rule_lookup lookup, char **error) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    *error = ll_strfmt("%s: cannot read the config: %s", path, strerror(errno));
    return NULL;
  }
  yaml_parser_t parser;
  yaml_document_t doc;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_file(&parser, f);
  bool loaded = yaml_parser_load(&parser, &doc);
  ll_config *cfg = ll_calloc(1, sizeof *cfg);
  char *cwd = ll_path_cwd();
  cfg->path = ll_strdup(path);
  char *abs = ll_path_absolute(path, cwd);
  cfg->root = ll_path_parent(abs);
  free(abs);
  free(cwd);
  reader r = {.doc = &doc, .path = path, .lookup = lookup};
  if (!loaded) r.error = yaml_problem(path, &parser);
  else read_document(&r, cfg);
  if (loaded) yaml_document_delete(&doc);
  yaml_parser_delete(&parser);
  fclose(f);
  terminate(&cfg->handlers, cfg->n_handlers);
  terminate(&cfg->heavy_modules, cfg->n_heavy_modules);
  if (r.error) {
    *error = r.error;
    ll_config_delete(cfg);
    return NULL;
  }
  return cfg;
}

static void free_strings(char **items, size_t count) {
  for (size_t i = 0; i < count; i++) free(items[i]);
  free(items);
}

void ll_config_delete(ll_config *self) {
  if (!self) return;
  free(self->path);
  free(self->root);
  for (size_t i = 0; i < self->n_settings; i++) {
    free(self->settings[i].key);
    free(self->settings[i].value);
  }
  free(self->settings);
  free(self->fix_timeout[0]);
  free_strings(self->select, self->n_select);
  free_strings(self->ignore, self->n_ignore);
  free_strings(self->exclude, self->n_exclude);
  free_strings(self->handlers, self->n_handlers);
  free_strings(self->heavy_modules, self->n_heavy_modules);
  free(self->severities);
  for (size_t i = 0; i < self->n_per_file_ignores; i++) {
    free(self->per_file_ignores[i].pattern);
    free(self->per_file_ignores[i].rules);
  }
  free(self->per_file_ignores);
  free(self);
}

/* ---- finding ---------------------------------------------------------------------------------- */

static bool is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

char *ll_config_find(const char *start, const char *cwd) {
  char *dir = ll_path_absolute(!start || strcmp(start, "-") == 0 ? "." : start, cwd);
  if (!is_dir(dir)) {
    char *parent = ll_path_parent(dir);
    free(dir);
    dir = parent;
  }
  for (;;) {
    char *candidate = ll_strfmt("%s%s%s", dir, strcmp(dir, "/") == 0 ? "" : "/", LL_CONFIG_NAME);
    bool found = is_file(candidate);
    bool at_root = strcmp(dir, "/") == 0;
    if (found || at_root) {
      free(dir);
      if (found) return candidate;
      free(candidate);
      return NULL;
    }
    free(candidate);
    char *parent = ll_path_parent(dir);
    free(dir);
    dir = parent;
  }
}

/* ---- asking ----------------------------------------------------------------------------------- */

static bool matches_any(const ll_config *self, const char *path, const char *cwd,
                        const char *pattern) {
  char *rel = ll_path_relative(path, self->root, cwd);
  bool hit = rel && ll_glob_match_tree(pattern, rel);
  free(rel);
  return hit;
}

bool ll_config_excludes(const ll_config *self, const char *path, const char *cwd) {
  for (size_t i = 0; self && i < self->n_exclude; i++)
    if (matches_any(self, path, cwd, self->exclude[i])) return true;
  return false;
}

bool ll_config_ignores(const ll_config *self, const char *path, const char *cwd, const ll_rule *rule) {
  for (size_t i = 0; self && i < self->n_per_file_ignores; i++) {
    const ll_path_rules *entry = &self->per_file_ignores[i];
    for (size_t j = 0; j < entry->n_rules; j++)
      if (entry->rules[j] == rule && matches_any(self, path, cwd, entry->pattern)) return true;
  }
  return false;
}

const char *ll_config_option(const ll_config *self, const char *key) {
  const char *value = NULL; /* the last one (duplicates are errors anyway) */
  for (size_t i = 0; self && i < self->n_settings; i++)
    if (strcmp(self->settings[i].key, key) == 0) value = self->settings[i].value;
  return value;
}

ll_severity ll_config_severity(const ll_config *self, const ll_rule *rule, ll_severity fallback) {
  for (size_t i = 0; self && i < self->n_severities; i++)
    if (self->severities[i].rule == rule) return self->severities[i].severity;
  return fallback;
}

const char *const *ll_config_list(const ll_config *self, const char *key) {
  static const char *const none[] = {NULL};
  if (self && strcmp(key, "heavy-modules") == 0) return (const char *const *)self->heavy_modules;
  if (self && strcmp(key, "handlers") == 0) return (const char *const *)self->handlers;
  if (self && strcmp(key, "fix-timeout-seconds") == 0) return (const char *const *)self->fix_timeout;
  return none;
}

/* ---- --select / --ignore -------------------------------------------------------------------- */

static bool token_matches(const char *token, const ll_rule *rule) {
  if (strcasecmp(token, "ALL") == 0 || strcasecmp(token, rule->name) == 0) return true;
  return strncasecmp(token, rule->id, strlen(token)) == 0; /* "LL3" selects LL301, LL302, … */
}

bool ll_rules_listed(const char *const *tokens, size_t n, const ll_rule *rule) {
  for (size_t i = 0; i < n; i++)
    if (token_matches(tokens[i], rule)) return true;
  return false;
}

bool ll_rule_token_known(const char *token) {
  size_t n = 0;
  const ll_rule *const *rules = ll_rules_all(&n);
  for (size_t i = 0; i < n; i++)
    if (token_matches(token, rules[i])) return true;
  return strcasecmp(token, "ALL") == 0;
}

bool ll_rule_enabled(const ll_rule *rule, const ll_options *o) {
  if (o->n_select && !ll_rules_listed(o->select, o->n_select, rule)) return false;
  return !ll_rules_listed(o->ignore, o->n_ignore, rule);
}
