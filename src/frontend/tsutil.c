#include "frontend/tsutil.h"

#include <stdint.h>

#include "alloc.h"

/* A small per-thread cache: (language, field-name literal) → field id. Callers pass string
 * literals, so the pointer identifies the name. */
typedef struct {
  const TSLanguage *language;
  const char *name;
  TSFieldId id;
} field_slot;

static _Thread_local field_slot field_cache[128];

TSNode ll_ts_field(TSNode node, const char *field) {
  const TSLanguage *language = ts_tree_language(node.tree);
  field_slot *slot = &field_cache[((uintptr_t)field >> 3) & 127];
  if (slot->name != field || slot->language != language) {
    slot->language = language;
    slot->name = field;
    slot->id = ts_language_field_id_for_name(language, field, (uint32_t)strlen(field));
  }
  return slot->id ? ts_node_child_by_field_id(node, slot->id) : (TSNode){0};
}

char *ll_ts_text(ll_builder *b, TSNode node) {
  return ll_builder_text(b, ts_node_start_byte(node), ts_node_end_byte(node));
}

bool ll_ts_text_is(const ll_builder *b, TSNode node, const char *text) {
  uint32_t start = ts_node_start_byte(node), end = ts_node_end_byte(node);
  size_t n = strlen(text);
  return end - start == n && memcmp(ll_builder_source(b) + start, text, n) == 0;
}

ll_span ll_ts_span(const ll_builder *b, TSNode node) {
  return ll_builder_span(b, ts_node_start_byte(node), ts_node_end_byte(node));
}

/* One parser per thread, kept between files (a parser owns buffers worth reusing). */
static _Thread_local TSParser *thread_parser;

TSTree *ll_ts_parse(const TSLanguage *language, const char *source, size_t len) {
  if (!thread_parser) thread_parser = ts_parser_new();
  if (ts_parser_language(thread_parser) != language && !ts_parser_set_language(thread_parser, language))
    return NULL;
  TSTree *tree = ts_parser_parse_string(thread_parser, NULL, source, (uint32_t)len);
  ts_parser_reset(thread_parser);
  return tree;
}

void ll_ts_release_parser(void) {
  if (thread_parser) ts_parser_delete(thread_parser);
  thread_parser = NULL;
}

char *ll_ts_syntax_problem(const ll_builder *b, TSNode root) {
  if (!ts_node_has_error(root)) return NULL;
  /* Walk down to the first ERROR or MISSING node, iteratively (trees can be very deep). */
  TSNode node = root;
  for (;;) {
    if (ts_node_is_missing(node) || ll_ts_is(node, "ERROR")) break;
    uint32_t n = ts_node_child_count(node);
    TSNode next = {0};
    bool found = false;
    for (uint32_t i = 0; i < n; i++) {
      TSNode child = ts_node_child(node, i);
      if (ts_node_has_error(child) || ts_node_is_missing(child) || ll_ts_is(child, "ERROR")) {
        next = child;
        found = true;
        break;
      }
    }
    if (!found) break;
    node = next;
  }
  ll_span at = ll_ts_span(b, node);
  return ll_strfmt("syntax error at line %u, column %u (analysed as far as it parses)", at.line,
                   at.column);
}

