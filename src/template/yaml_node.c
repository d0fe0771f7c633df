/* yaml_node.c — reading libyaml document nodes the way templates use them. */
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "template/template.h"

yaml_node_t *ll_tpl_node(ll_tpl_doc *d, int index) { return yaml_document_get_node(&d->doc, index); }
static yaml_node_t *node_at(ll_tpl_doc *d, int index) { return ll_tpl_node(d, index); }

uint32_t ll_tpl_line(const yaml_node_t *node) { return node ? (uint32_t)node->start_mark.line + 1 : 0; }
uint32_t ll_tpl_column(const yaml_node_t *node) {
  return node ? (uint32_t)node->start_mark.column + 1 : 0;
}

bool ll_tpl_is_tagged(const yaml_node_t *node) {
  /* Untagged nodes carry libyaml's default "tag:yaml.org,2002:…"; the short intrinsic function
   * tags (!Ref, !Sub, …) are local tags starting with '!'. */
  return node && node->tag && node->tag[0] == '!';
}

static bool has_tag(const yaml_node_t *node, const char *tag) {
  return node && node->tag && strcmp((const char *)node->tag, tag) == 0;
}

static const char *scalar_text(const yaml_node_t *node) {
  return node && node->type == YAML_SCALAR_NODE ? (const char *)node->data.scalar.value : NULL;
}

const char *ll_tpl_scalar(ll_tpl_doc *d, yaml_node_t *node) {
  (void)d;
  return ll_tpl_is_tagged(node) ? NULL : scalar_text(node);
}

static yaml_node_t *get_direct(ll_tpl_doc *d, yaml_node_t *map, const char *key, yaml_node_t **key_node) {
  for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
    yaml_node_t *k = node_at(d, p->key);
    const char *text = scalar_text(k);
    if (text && strcmp(text, key) == 0) {
      if (key_node) *key_node = k;
      return node_at(d, p->value);
    }
  }
  return NULL;
}

/* Looks `key` up in `map`, then in what its YAML merge key (`<<: *defaults`, `<<: [*a, *b]`,
 * common in serverless.yml) brings in; `depth` bounds recursive anchors. */
static yaml_node_t *get_merged(ll_tpl_doc *d, yaml_node_t *map, const char *key,
                               yaml_node_t **key_node, int depth) {
  if (!map || map->type != YAML_MAPPING_NODE || depth > 8) return NULL;
  yaml_node_t *value = get_direct(d, map, key, key_node);
  yaml_node_t *merge = value ? NULL : get_direct(d, map, "<<", NULL);
  if (merge && merge->type == YAML_MAPPING_NODE) return get_merged(d, merge, key, key_node, depth + 1);
  LL_TPL_EACH_ITEM(merge, i) {
    value = get_merged(d, node_at(d, *i), key, key_node, depth + 1);
    if (value) break;
  }
  return value;
}

yaml_node_t *ll_tpl_get(ll_tpl_doc *d, yaml_node_t *map, const char *key, yaml_node_t **key_node) {
  return get_merged(d, map, key, key_node, 0);
}

ll_tpl_value ll_tpl_value_of(ll_tpl_doc *d, const yaml_node_t *key, yaml_node_t *value) {
  ll_tpl_value out = {0};
  if (!value) return out;
  out.present = true;
  out.line = ll_tpl_line(key ? key : value);
  out.column = ll_tpl_column(key ? key : value);
  const char *text = ll_tpl_scalar(d, value);
  /* "${self:custom.x}" / "${env:X}" are serverless variables: their value is not known here. */
  if (text && !strstr(text, "${")) out.text = ll_arena_strdup(d->arena, text);
  return out;
}

/* The first item of a sequence node, or NULL. */
static yaml_node_t *first_item(ll_tpl_doc *d, yaml_node_t *seq) {
  if (!seq || seq->type != YAML_SEQUENCE_NODE || seq->data.sequence.items.start == seq->data.sequence.items.top)
    return NULL;
  return node_at(d, *seq->data.sequence.items.start);
}

/* "X.Arn" → "X" (a copy in the arena when it is cut). */
static const char *logical_id_of(ll_tpl_doc *d, const char *text) {
  if (!text) return NULL;
  const char *dot = strchr(text, '.');
  return dot ? ll_arena_strndup(d->arena, text, (size_t)(dot - text)) : text;
}

const char *ll_tpl_ref_target(ll_tpl_doc *d, yaml_node_t *node) {
  if (!node) return NULL;
  if (has_tag(node, "!Ref") || has_tag(node, "!GetAtt")) {
    if (node->type == YAML_SCALAR_NODE) return logical_id_of(d, scalar_text(node));
    return scalar_text(first_item(d, node));
  }
  yaml_node_t *ref = ll_tpl_get(d, node, "Ref", NULL);
  if (ref) return scalar_text(ref);
  yaml_node_t *att = ll_tpl_get(d, node, "Fn::GetAtt", NULL);
  if (att && att->type == YAML_SCALAR_NODE) return logical_id_of(d, scalar_text(att));
  if (att) return scalar_text(first_item(d, att));
  return NULL;
}

/* Whether `text` holds "${<id>}" or "${<id>.Attr}". */
static bool substitutes(const char *text, const char *id) {
  size_t n = strlen(id);
  for (const char *p = strstr(text, "${"); p; p = strstr(p + 2, "${")) {
    if (strncmp(p + 2, id, n) == 0 && (p[2 + n] == '}' || p[2 + n] == '.')) return true;
  }
  return false;
}

bool ll_tpl_mentions(ll_tpl_doc *d, yaml_node_t *node, const char *logical_id) {
  if (!node) return false;
  const char *target = ll_tpl_ref_target(d, node);
  if (target && strcmp(target, logical_id) == 0) return true;
  switch (node->type) {
  case YAML_SCALAR_NODE:
    return substitutes(scalar_text(node), logical_id);
  case YAML_SEQUENCE_NODE:
    for (yaml_node_item_t *i = node->data.sequence.items.start; i < node->data.sequence.items.top; i++)
      if (ll_tpl_mentions(d, node_at(d, *i), logical_id)) return true;
    return false;
  case YAML_MAPPING_NODE:
    for (yaml_node_pair_t *p = node->data.mapping.pairs.start; p < node->data.mapping.pairs.top; p++)
      if (ll_tpl_mentions(d, node_at(d, p->value), logical_id)) return true;
    return false;
  default:
    return false;
  }
}

void ll_tpl_append(ll_arena *arena, const void **items, uint32_t *count, const void *item,
                   size_t size) {
  uint32_t n = *count;
  if ((n & (n - 1)) == 0) { /* 0 or a power of two: full */
    unsigned char *grown = ll_arena_alloc(arena, size * (n ? 2 * (size_t)n : 1));
    if (n) memcpy(grown, *items, size * n);
    *items = grown;
  }
  memcpy((unsigned char *)*items + size * n, item, size);
  *count = n + 1;
}

/* ---- the shape of the document -------------------------------------------------------------- */

/* An alias may name an anchor on one of its own ancestors (`&loop [x, *loop]`): libyaml then
 * builds a cycle, and every walk of the document would recurse forever. Aliases may also repeat a
 * node so often (`&a [*b, *b, …]` nested: "billion laughs", `<<: [*m, *m, …]`) that a walk takes
 * forever without one. Templates are shallow trees of modest size: these bounds are far above
 * any real one. */
enum { LL_TPL_MAX_DEPTH = 1000 };
#define LL_TPL_MAX_EXPANDED ((uint64_t)4000000)

typedef struct {
  int node;         /* libyaml node index */
  size_t next;      /* its next child to visit */
  uint64_t size;    /* nodes seen below it so far, aliases expanded */
} ll_tpl_frame;

/* The `i`th child (keys and values of a mapping, items of a sequence), or 0 past the last. */
static int child_at(const yaml_node_t *node, size_t i) {
  if (node->type == YAML_SEQUENCE_NODE) {
    size_t n = (size_t)(node->data.sequence.items.top - node->data.sequence.items.start);
    return i < n ? node->data.sequence.items.start[i] : 0;
  }
  if (node->type == YAML_MAPPING_NODE) {
    size_t n = (size_t)(node->data.mapping.pairs.top - node->data.mapping.pairs.start);
    if (i >= 2 * n) return 0;
    const yaml_node_pair_t *pair = &node->data.mapping.pairs.start[i / 2];
    return i % 2 ? pair->value : pair->key;
  }
  return 0;
}

char *ll_tpl_check_shape(ll_tpl_doc *d) {
  size_t n_nodes = (size_t)(d->doc.nodes.top - d->doc.nodes.start);
  if (!n_nodes) return NULL;
  /* Depth-first, with a stack of our own (a deep document must not overflow the C stack): a node
   * met again while it is still on the stack closes a cycle. */
  unsigned char *state = ll_calloc(n_nodes + 1, 1); /* 0 not seen, 1 on the stack, 2 done */
  uint64_t *size = ll_calloc(n_nodes + 1, sizeof(uint64_t));
  ll_tpl_frame *stack = ll_calloc(LL_TPL_MAX_DEPTH + 1, sizeof(ll_tpl_frame));
  size_t depth = 0;
  char *error = NULL;
  stack[depth++] = (ll_tpl_frame){.node = 1};
  state[1] = 1;
  while (depth && !error) {
    ll_tpl_frame *top = &stack[depth - 1];
    int child = child_at(ll_tpl_node(d, top->node), top->next++);
    if (child < 1 || (size_t)child > n_nodes) {
      if (child) continue; /* not a node of this document: libyaml never makes one */
      uint64_t total = top->size + 1;
      size[top->node] = total;
      state[top->node] = 2;
      if (--depth) {
        stack[depth - 1].size += total;
        if (stack[depth - 1].size > LL_TPL_MAX_EXPANDED) stack[depth - 1].size = LL_TPL_MAX_EXPANDED + 1;
      }
    } else if (state[child] == 1) {
      error = ll_strfmt("template not read: a YAML alias in the node at line %u refers back to the node "
                        "holding it, at line %u (an alias cycle)",
                        ll_tpl_line(ll_tpl_node(d, top->node)), ll_tpl_line(ll_tpl_node(d, child)));
    } else if (state[child] == 2) {
      top->size += size[child];
      if (top->size > LL_TPL_MAX_EXPANDED) top->size = LL_TPL_MAX_EXPANDED + 1;
    } else if (depth == LL_TPL_MAX_DEPTH) {
      error = ll_strfmt("template not read: nested more than %d levels deep (line %u)", LL_TPL_MAX_DEPTH,
                        ll_tpl_line(ll_tpl_node(d, child)));
    } else {
      state[child] = 1;
      stack[depth++] = (ll_tpl_frame){.node = child};
    }
  }
  if (!error && size[1] > LL_TPL_MAX_EXPANDED)
    error = ll_strfmt("template not read: its YAML aliases expand to more than %llu nodes",
                      (unsigned long long)LL_TPL_MAX_EXPANDED);
  free(stack);
  free(size);
  free(state);
  return error;
}
