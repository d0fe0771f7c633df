/* tf_read.c — *.tf (tree-sitter HCL) and *.tf.json (libyaml) into the tree of tf_read.h. */
#include "template/tf_read.h"

#include <string.h>
#include <tree_sitter/api.h>
#include <yaml.h>

#include "base/alloc.h"
#include "frontend/tsutil.h"

const TSLanguage *tree_sitter_hcl(void);

/* Beyond this nesting (blocks in blocks, expressions in expressions) a file is refused: a real
 * configuration nests a handful of levels, and every walk of what is kept stays bounded. */
enum { LL_HCL_MAX_DEPTH = 64 };
/* *.tf.json goes through libyaml, which also accepts YAML aliases: a file of aliases to aliases
 * would expand exponentially. The conversion stops after this many values. */
enum { LL_HCL_MAX_JSON_VALUES = 1 << 20 };

typedef struct {
  ll_arena *arena;
  const char *src;
  const char *file;
  bool too_deep;
  size_t json_values; /* converted so far */
} ll_hcl_reader;

static const char *node_text(ll_hcl_reader *r, TSNode n) {
  uint32_t start = ts_node_start_byte(n), end = ts_node_end_byte(n);
  return ll_arena_strndup(r->arena, r->src + start, end - start);
}

static void set_position(ll_hcl_expr *e, TSNode n) {
  TSPoint p = ts_node_start_point(n);
  e->line = p.row + 1;
  e->column = p.column + 1;
}

/* The text of a string_lit / quoted_template made only of literal chunks; NULL when it holds an
 * escape (kept unknown rather than decoded half-way). */
static const char *string_text(ll_hcl_reader *r, TSNode lit) {
  TSNode chunk = ts_node_named_child(lit, 1);
  if (ts_node_named_child_count(lit) < 3 || !ll_ts_is(chunk, "template_literal")) return "";
  const char *text = node_text(r, chunk);
  return strchr(text, '\\') ? NULL : text;
}

static ll_hcl_expr read_expr(ll_hcl_reader *r, TSNode node, int depth);

/* variable_expr followed by get_attr siblings: "a.b.c", up to the first index or splat. */
static ll_hcl_expr read_traversal(ll_hcl_reader *r, TSNode expression) {
  ll_hcl_expr e = {.kind = LL_HCL_REF};
  set_position(&e, expression);
  uint32_t n = ts_node_named_child_count(expression);
  size_t len = 0;
  for (uint32_t i = 0; i < n; i++) {
    TSNode part = ts_node_named_child(expression, i);
    TSNode name = ts_node_named_child(part, 0);
    if (i > 0 && !ll_ts_is(part, "get_attr")) break;
    len += ts_node_end_byte(name) - ts_node_start_byte(name) + 1;
  }
  char *text = ll_arena_alloc(r->arena, len + 1), *out = text;
  for (uint32_t i = 0; i < n; i++) {
    TSNode part = ts_node_named_child(expression, i);
    if (i > 0 && !ll_ts_is(part, "get_attr")) break;
    TSNode name = ts_node_named_child(part, 0);
    uint32_t start = ts_node_start_byte(name), end = ts_node_end_byte(name);
    if (i > 0) *out++ = '.';
    memcpy(out, r->src + start, end - start);
    out += end - start;
  }
  *out = '\0';
  e.text = text;
  return e;
}

/* The capacities of an expression's items and keys while it is being built. */
typedef struct {
  size_t items, keys;
} ll_hcl_caps;

static void push_item(ll_hcl_reader *r, ll_hcl_expr *e, ll_hcl_caps *cap, const char *key, ll_hcl_expr item) {
  size_t n = e->n_items;
  if (e->kind == LL_HCL_OBJECT) LL_ARENA_PUSH(r->arena, e->keys, n, cap->keys, key);
  LL_ARENA_PUSH(r->arena, e->items, e->n_items, cap->items, item);
}

static ll_hcl_expr read_template(ll_hcl_reader *r, TSNode tpl, int depth) {
  ll_hcl_expr e = {.kind = LL_HCL_TEMPLATE};
  set_position(&e, tpl);
  ll_hcl_caps cap = {0, 0};
  uint32_t n = ts_node_named_child_count(tpl);
  for (uint32_t i = 0; i < n; i++) {
    TSNode part = ts_node_named_child(tpl, i);
    ll_hcl_expr item = {.kind = LL_HCL_OTHER};
    if (ll_ts_is(part, "quoted_template_start") || ll_ts_is(part, "quoted_template_end")) continue;
    if (ll_ts_is(part, "template_literal")) {
      item.kind = LL_HCL_LITERAL;
      item.text = node_text(r, part);
      if (strchr(item.text, '\\')) item.kind = LL_HCL_OTHER;
    } else if (ll_ts_is(part, "template_interpolation") && ts_node_named_child_count(part) == 3) {
      item = read_expr(r, ts_node_named_child(part, 1), depth + 1);
    }
    if (item.kind != LL_HCL_LITERAL && item.kind != LL_HCL_REF) return (ll_hcl_expr){.kind = LL_HCL_OTHER};
    push_item(r, &e, &cap, NULL, item);
  }
  return e;
}

static const char *object_key(ll_hcl_reader *r, TSNode key) {
  TSNode k = ts_node_named_child(key, 0);
  if (ts_node_named_child_count(key) == 1 && ll_ts_is(k, "variable_expr")) return node_text(r, k);
  if (ll_ts_is(k, "literal_value") && ll_ts_is(ts_node_named_child(k, 0), "string_lit"))
    return string_text(r, ts_node_named_child(k, 0));
  return NULL;
}

static ll_hcl_expr read_collection(ll_hcl_reader *r, TSNode coll, int depth) {
  bool object = ll_ts_is(coll, "object");
  ll_hcl_expr e = {.kind = object ? LL_HCL_OBJECT : LL_HCL_TUPLE};
  set_position(&e, coll);
  ll_hcl_caps cap = {0, 0};
  uint32_t n = ts_node_named_child_count(coll);
  for (uint32_t i = 0; i < n; i++) {
    TSNode c = ts_node_named_child(coll, i);
    if (object && ll_ts_is(c, "object_elem"))
      push_item(r, &e, &cap, object_key(r, ll_ts_field(c, "key")), read_expr(r, ll_ts_field(c, "val"), depth + 1));
    else if (!object && ll_ts_is(c, "expression"))
      push_item(r, &e, &cap, NULL, read_expr(r, c, depth + 1));
    else if (!ll_ts_is(c, "tuple_start") && !ll_ts_is(c, "tuple_end") && !ll_ts_is(c, "object_start") &&
             !ll_ts_is(c, "object_end") && !ll_ts_is(c, "comment"))
      return (ll_hcl_expr){.kind = LL_HCL_OTHER}; /* a for expression */
  }
  return e;
}

static ll_hcl_expr read_literal(ll_hcl_reader *r, TSNode lit) {
  ll_hcl_expr e = {.kind = LL_HCL_LITERAL};
  set_position(&e, lit);
  TSNode v = ts_node_named_child(lit, 0);
  if (ll_ts_is(v, "string_lit")) e.text = string_text(r, v);
  else if (ll_ts_is(v, "numeric_lit") || ll_ts_is(v, "bool_lit")) e.text = node_text(r, v);
  if (!e.text) e.kind = LL_HCL_OTHER; /* null, an escaped string */
  return e;
}

static ll_hcl_expr read_expr(ll_hcl_reader *r, TSNode node, int depth) {
  ll_hcl_expr other = {.kind = LL_HCL_OTHER};
  set_position(&other, node);
  if (depth > LL_HCL_MAX_DEPTH) {
    r->too_deep = true;
    return other;
  }
  TSNode first = ts_node_named_child(node, 0);
  uint32_t n = 0; /* comments aside */
  for (uint32_t i = 0; i < ts_node_named_child_count(node); i++) n += !ll_ts_is(ts_node_named_child(node, i), "comment");
  if (ll_ts_is(first, "variable_expr")) return read_traversal(r, node);
  if (n != 1) return other;
  if (ll_ts_is(first, "expression")) return read_expr(r, first, depth + 1); /* ( expression ) */
  if (ll_ts_is(first, "literal_value")) return read_literal(r, first);
  if (ll_ts_is(first, "template_expr") && ll_ts_is(ts_node_named_child(first, 0), "quoted_template"))
    return read_template(r, ts_node_named_child(first, 0), depth);
  if (ll_ts_is(first, "collection_value")) return read_collection(r, ts_node_named_child(first, 0), depth);
  return other;
}

static void read_body(ll_hcl_reader *r, TSNode body, ll_hcl_body *into, int depth);

static void read_block(ll_hcl_reader *r, TSNode node, ll_hcl_body *into, int depth) {
  ll_hcl_block b = {.file = r->file, .body = ll_arena_alloc(r->arena, sizeof(ll_hcl_body))};
  memset(b.body, 0, sizeof(*b.body));
  TSPoint p = ts_node_start_point(node);
  b.line = p.row + 1;
  b.column = p.column + 1;
  size_t cap = 0;
  uint32_t n = ts_node_named_child_count(node);
  for (uint32_t i = 0; i < n; i++) {
    TSNode c = ts_node_named_child(node, i);
    if (i == 0) b.type = node_text(r, c);
    else if (ll_ts_is(c, "identifier")) LL_ARENA_PUSH(r->arena, b.labels, b.n_labels, cap, node_text(r, c));
    else if (ll_ts_is(c, "string_lit")) {
      const char *label = string_text(r, c);
      LL_ARENA_PUSH(r->arena, b.labels, b.n_labels, cap, label ? label : "");
    } else if (ll_ts_is(c, "body")) read_body(r, c, b.body, depth + 1);
  }
  if (b.type) LL_ARENA_PUSH(r->arena, into->blocks, into->n_blocks, into->cap_blocks, b);
}

static void read_body(ll_hcl_reader *r, TSNode body, ll_hcl_body *into, int depth) {
  if (depth > LL_HCL_MAX_DEPTH) {
    r->too_deep = true;
    return;
  }
  uint32_t n = ts_node_named_child_count(body);
  for (uint32_t i = 0; i < n; i++) {
    TSNode c = ts_node_named_child(body, i);
    if (ll_ts_is(c, "block")) {
      read_block(r, c, into, depth);
    } else if (ll_ts_is(c, "attribute")) {
      TSNode name = ts_node_named_child(c, 0);
      TSPoint p = ts_node_start_point(name);
      ll_hcl_attr a = {.name = node_text(r, name), .line = p.row + 1, .column = p.column + 1};
      a.value = read_expr(r, ts_node_named_child(c, 1), depth + 1);
      LL_ARENA_PUSH(r->arena, into->attrs, into->n_attrs, into->cap_attrs, a);
    }
  }
}

/* The first ERROR or MISSING node, depth first. */
static bool first_error(TSNode root, TSPoint *at) {
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  bool found = false;
  for (bool more = true; more && !found;) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    if (ts_node_is_error(n) || ts_node_is_missing(n)) {
      *at = ts_node_start_point(n);
      found = true;
    } else if (ts_node_has_error(n) && ts_tree_cursor_goto_first_child(&cursor)) {
      continue;
    } else {
      while (!ts_tree_cursor_goto_next_sibling(&cursor))
        if (!ts_tree_cursor_goto_parent(&cursor)) {
          more = false;
          break;
        }
    }
  }
  ts_tree_cursor_delete(&cursor);
  return found;
}

static bool read_hcl(ll_hcl_reader *r, size_t len, ll_hcl_body *into, char **error) {
  TSTree *tree = ll_ts_parse(tree_sitter_hcl(), r->src, len);
  if (!tree) {
    *error = ll_strdup(ll_ts_parse_over_budget() ? "cannot parse Terraform file: parsing ran past its time budget"
                                                 : "cannot parse Terraform file: parser set-up failed");
    return false;
  }
  TSNode root = ts_tree_root_node(tree);
  TSPoint at = {0, 0};
  bool ok = true;
  if (ts_node_has_error(root) && first_error(root, &at)) {
    *error = ll_strfmt("cannot parse Terraform file: syntax error at line %u, column %u", at.row + 1, at.column + 1);
    ok = false;
  }
  ll_hcl_body body = {0};
  for (uint32_t i = 0; ok && i < ts_node_named_child_count(root); i++) {
    TSNode top = ts_node_named_child(root, i); /* comments come first */
    if (ll_ts_is(top, "body")) read_body(r, top, &body, 0);
  }
  ts_tree_delete(tree);
  if (ok && r->too_deep) {
    *error = ll_strfmt("cannot read Terraform file: nested deeper than %d levels", LL_HCL_MAX_DEPTH);
    ok = false;
  }
  if (!ok) return false;
  for (size_t i = 0; i < body.n_attrs; i++)
    LL_ARENA_PUSH(r->arena, into->attrs, into->n_attrs, into->cap_attrs, body.attrs[i]);
  for (size_t i = 0; i < body.n_blocks; i++)
    LL_ARENA_PUSH(r->arena, into->blocks, into->n_blocks, into->cap_blocks, body.blocks[i]);
  return true;
}

/* ---- *.tf.json ------------------------------------------------------------------------------ */

typedef struct {
  ll_hcl_reader *r;
  yaml_document_t *doc;
} ll_json_reader;

static yaml_node_t *jnode(ll_json_reader *j, int index) { return yaml_document_get_node(j->doc, index); }

static const char *jscalar(ll_json_reader *j, yaml_node_t *n) {
  if (!n || n->type != YAML_SCALAR_NODE) return NULL;
  return ll_arena_strndup(j->r->arena, (const char *)n->data.scalar.value, n->data.scalar.length);
}

static void jposition(ll_hcl_expr *e, const yaml_node_t *n) {
  e->line = (uint32_t)n->start_mark.line + 1;
  e->column = (uint32_t)n->start_mark.column + 1;
}

static bool is_traversal(const char *s, size_t n) {
  if (n == 0 || !(s[0] == '_' || (s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'))) return false;
  for (size_t i = 0; i < n; i++)
    if (!(s[i] == '_' || s[i] == '-' || s[i] == '.' || (s[i] >= 'a' && s[i] <= 'z') ||
          (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
      return false;
  return true;
}

/* A JSON string is a template: "${var.x}" is a reference, "${path.module}/src" a template. */
static ll_hcl_expr json_string(ll_json_reader *j, yaml_node_t *n) {
  const char *s = jscalar(j, n);
  ll_hcl_expr e = {.kind = LL_HCL_LITERAL, .text = s};
  jposition(&e, n);
  if (!strstr(s, "${")) return e;
  ll_hcl_expr tpl = {.kind = LL_HCL_TEMPLATE, .line = e.line, .column = e.column};
  ll_hcl_caps cap = {0, 0};
  while (*s) {
    const char *open = strstr(s, "${");
    const char *close = open ? strchr(open, '}') : NULL;
    ll_hcl_expr part = {.kind = LL_HCL_LITERAL, .line = e.line, .column = e.column};
    if (open && !close) return (ll_hcl_expr){.kind = LL_HCL_OTHER, .line = e.line, .column = e.column};
    if (open != s) {
      size_t n_lit = open ? (size_t)(open - s) : strlen(s);
      part.text = ll_arena_strndup(j->r->arena, s, n_lit);
      s += n_lit;
    } else {
      if (!is_traversal(open + 2, (size_t)(close - open - 2)))
        return (ll_hcl_expr){.kind = LL_HCL_OTHER, .line = e.line, .column = e.column};
      part.kind = LL_HCL_REF;
      part.text = ll_arena_strndup(j->r->arena, open + 2, (size_t)(close - open - 2));
      s = close + 1;
    }
    push_item(j->r, &tpl, &cap, NULL, part);
  }
  return tpl.n_items == 1 && tpl.items[0].kind == LL_HCL_REF ? tpl.items[0] : tpl;
}

static ll_hcl_expr json_expr(ll_json_reader *j, yaml_node_t *n, int depth) {
  ll_hcl_expr e = {.kind = LL_HCL_OTHER};
  jposition(&e, n);
  if (depth > LL_HCL_MAX_DEPTH || ++j->r->json_values > LL_HCL_MAX_JSON_VALUES) {
    j->r->too_deep = true;
    return e;
  }
  ll_hcl_caps cap = {0, 0};
  if (n->type == YAML_SCALAR_NODE) {
    if (n->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE) return json_string(j, n);
    e.kind = LL_HCL_LITERAL;
    e.text = jscalar(j, n);
    if (strcmp(e.text, "null") == 0) e.kind = LL_HCL_OTHER;
  } else if (n->type == YAML_SEQUENCE_NODE) {
    e.kind = LL_HCL_TUPLE;
    for (yaml_node_item_t *i = n->data.sequence.items.start; i < n->data.sequence.items.top; i++)
      push_item(j->r, &e, &cap, NULL, json_expr(j, jnode(j, *i), depth + 1));
  } else if (n->type == YAML_MAPPING_NODE) {
    e.kind = LL_HCL_OBJECT;
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++)
      push_item(j->r, &e, &cap, jscalar(j, jnode(j, p->key)), json_expr(j, jnode(j, p->value), depth + 1));
  }
  return e;
}

static void json_body(ll_json_reader *j, yaml_node_t *map, ll_hcl_body *into, int depth);

static ll_hcl_block json_block(ll_json_reader *j, const char *type, yaml_node_t *at, const char **labels,
                               size_t n_labels) {
  ll_hcl_block b = {.type = type, .file = j->r->file, .n_labels = n_labels};
  b.labels = n_labels ? ll_arena_copy(j->r->arena, labels, n_labels, sizeof(char *)) : NULL;
  b.body = ll_arena_alloc(j->r->arena, sizeof(ll_hcl_body));
  memset(b.body, 0, sizeof(*b.body));
  b.line = (uint32_t)at->start_mark.line + 1;
  b.column = (uint32_t)at->start_mark.column + 1;
  return b;
}

/* A body: every key is an attribute; a key holding an object (or a list of objects) is a nested
 * block too, since JSON cannot tell `environment { … }` from `tags = { … }`. */
static void json_body(ll_json_reader *j, yaml_node_t *map, ll_hcl_body *into, int depth) {
  if (!map || map->type != YAML_MAPPING_NODE) return;
  if (depth > LL_HCL_MAX_DEPTH || ++j->r->json_values > LL_HCL_MAX_JSON_VALUES) {
    j->r->too_deep = true;
    return;
  }
  for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
    yaml_node_t *key = jnode(j, p->key), *value = jnode(j, p->value);
    const char *name = jscalar(j, key);
    if (!name || !value) continue;
    ll_hcl_attr a = {.name = name, .line = (uint32_t)key->start_mark.line + 1,
                     .column = (uint32_t)key->start_mark.column + 1};
    a.value = json_expr(j, value, depth + 1);
    LL_ARENA_PUSH(j->r->arena, into->attrs, into->n_attrs, into->cap_attrs, a);
    yaml_node_t *one = value;
    if (value->type == YAML_SEQUENCE_NODE && value->data.sequence.items.start < value->data.sequence.items.top)
      one = jnode(j, *value->data.sequence.items.start);
    if (one && one->type == YAML_MAPPING_NODE) {
      ll_hcl_block b = json_block(j, name, key, NULL, 0);
      json_body(j, one, b.body, depth + 1);
      LL_ARENA_PUSH(j->r->arena, into->blocks, into->n_blocks, into->cap_blocks, b);
    }
  }
}

/* {"resource": {"aws_lambda_function": {"f": {…}}}}: `n_labels` levels of names, then a body. */
static void json_labelled(ll_json_reader *j, const char *type, yaml_node_t *map, const char **labels,
                          size_t depth, size_t n_labels, ll_hcl_body *into) {
  if (!map || map->type != YAML_MAPPING_NODE) return;
  for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
    yaml_node_t *key = jnode(j, p->key), *value = jnode(j, p->value);
    labels[depth] = jscalar(j, key);
    if (!labels[depth] || !value) continue;
    if (depth + 1 < n_labels) {
      json_labelled(j, type, value, labels, depth + 1, n_labels, into);
      continue;
    }
    ll_hcl_block b = json_block(j, type, key, labels, n_labels);
    json_body(j, value, b.body, 1);
    LL_ARENA_PUSH(j->r->arena, into->blocks, into->n_blocks, into->cap_blocks, b);
  }
}

static size_t json_labels(const char *type) {
  if (strcmp(type, "resource") == 0 || strcmp(type, "data") == 0) return 2;
  if (strcmp(type, "module") == 0 || strcmp(type, "variable") == 0) return 1;
  return strcmp(type, "locals") == 0 ? 0 : 3; /* 3: not read */
}

static bool read_json(ll_hcl_reader *r, size_t len, ll_hcl_body *into, char **error) {
  yaml_parser_t parser;
  yaml_document_t doc;
  if (!yaml_parser_initialize(&parser)) {
    *error = ll_strdup("cannot parse Terraform JSON: out of memory");
    return false;
  }
  yaml_parser_set_input_string(&parser, (const unsigned char *)r->src, len);
  bool ok = yaml_parser_load(&parser, &doc);
  if (!ok)
    *error = ll_strfmt("cannot parse Terraform JSON: %s at line %zu, column %zu",
                       parser.problem ? parser.problem : "malformed JSON", parser.problem_mark.line + 1,
                       parser.problem_mark.column + 1);
  yaml_parser_delete(&parser);
  if (!ok) return false;
  ll_json_reader j = {r, &doc};
  yaml_node_t *root = yaml_document_get_root_node(&doc);
  ll_hcl_body body = {0};
  if (!root || root->type != YAML_MAPPING_NODE) {
    *error = ll_strdup("cannot read Terraform JSON: the file is not a JSON object");
    ok = false;
  }
  for (yaml_node_pair_t *p = ok ? root->data.mapping.pairs.start : NULL; p && p < root->data.mapping.pairs.top; p++) {
    const char *type = jscalar(&j, jnode(&j, p->key));
    yaml_node_t *value = jnode(&j, p->value);
    const char *labels[2];
    size_t n = type && value ? json_labels(type) : 3;
    if (n == 0) {
      ll_hcl_block b = json_block(&j, type, value, labels, 0);
      json_body(&j, value, b.body, 1);
      LL_ARENA_PUSH(r->arena, body.blocks, body.n_blocks, body.cap_blocks, b);
    } else if (n <= 2) {
      json_labelled(&j, type, value, labels, 0, n, &body);
    }
  }
  yaml_document_delete(&doc);
  if (ok && r->too_deep) {
    *error = ll_strfmt("cannot read Terraform JSON: nested deeper than %d levels or expanding past %d values",
                       LL_HCL_MAX_DEPTH, LL_HCL_MAX_JSON_VALUES);
    ok = false;
  }
  for (size_t i = 0; ok && i < body.n_blocks; i++)
    LL_ARENA_PUSH(r->arena, into->blocks, into->n_blocks, into->cap_blocks, body.blocks[i]);
  return ok;
}

bool ll_tf_read_file(ll_arena *arena, const char *path, const char *bytes, size_t len, ll_hcl_body *into,
                     char **error) {
  ll_hcl_reader r = {.arena = arena, .src = bytes, .file = ll_arena_strdup(arena, path)};
  size_t n = strlen(path);
  bool json = n >= 8 && strcmp(path + n - 8, ".tf.json") == 0;
  return json ? read_json(&r, len, into, error) : read_hcl(&r, len, into, error);
}

const ll_hcl_attr *ll_hcl_attr_named(const ll_hcl_body *body, const char *name) {
  for (size_t i = 0; body && i < body->n_attrs; i++)
    if (strcmp(body->attrs[i].name, name) == 0) return &body->attrs[i];
  return NULL;
}

const ll_hcl_block *ll_hcl_block_named(const ll_hcl_body *body, const char *type) {
  for (size_t i = 0; body && i < body->n_blocks; i++)
    if (strcmp(body->blocks[i].type, type) == 0) return &body->blocks[i];
  return NULL;
}
