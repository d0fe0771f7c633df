#include "frontend/tsutil.h"

#include "alloc.h"
#include "escape.h"

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

typedef struct {
  TSNode parent;
  uint32_t index; /* of the named child the cursor is on */
  TSTreeCursor cursor;
  bool live;
} child_cursor;

enum { N_CHILD_CURSORS = 32, FEW_CHILDREN = 16 };
static _Thread_local child_cursor child_cursors[N_CHILD_CURSORS];

static bool same_node(TSNode a, TSNode b) {
  return a.id == b.id && a.tree == b.tree && a.context[0] == b.context[0];
}

/* Moves to the next named sibling (or the first named child from the first child). */
static bool to_named(TSTreeCursor *c) {
  while (!ts_node_is_named(ts_tree_cursor_current_node(c)))
    if (!ts_tree_cursor_goto_next_sibling(c)) return false;
  return true;
}

TSNode ll_ts_named_child(TSNode node, uint32_t index) {
  if (ts_node_is_null(node) || ts_node_named_child_count(node) <= FEW_CHILDREN || index >= ts_node_named_child_count(node))
    return ts_node_named_child(node, index);
  child_cursor *s = &child_cursors[((uintptr_t)node.id / 8 + node.context[0]) % N_CHILD_CURSORS];
  if (!s->live || !same_node(s->parent, node) || s->index > index) {
    if (s->live) ts_tree_cursor_delete(&s->cursor);
    s->live = false;
    s->cursor = ts_tree_cursor_new(node);
    if (!ts_tree_cursor_goto_first_child(&s->cursor) || !to_named(&s->cursor)) {
      ts_tree_cursor_delete(&s->cursor);
      return ts_node_named_child(node, index);
    }
    s->parent = node;
    s->index = 0;
    s->live = true;
  }
  while (s->index < index) {
    if (!ts_tree_cursor_goto_next_sibling(&s->cursor) || !to_named(&s->cursor)) {
      ts_tree_cursor_delete(&s->cursor);
      s->live = false;
      return ts_node_named_child(node, index);
    }
    s->index++;
  }
  return ts_tree_cursor_current_node(&s->cursor);
}

void ll_ts_tree_delete(TSTree *tree) {
  for (size_t i = 0; i < N_CHILD_CURSORS; i++) {
    child_cursor *s = &child_cursors[i];
    if (s->live && s->parent.tree == tree) {
      ts_tree_cursor_delete(&s->cursor);
      s->live = false;
    }
  }
  ts_tree_delete(tree);
}

TSTree *ll_ts_parse(const TSLanguage *language, const char *source, size_t len) {
  TSParser *parser = ts_parser_new();
  TSTree *tree = NULL;
  if (ts_parser_set_language(parser, language))
    tree = ts_parser_parse_string(parser, NULL, source, (uint32_t)len);
  ts_parser_delete(parser);
  return tree;
}

char *ll_ts_syntax_problem(const ll_builder *b, TSNode root) {
  if (!ts_node_has_error(root)) return NULL;
  /* Walk down to the first ERROR or MISSING node, iteratively (trees can be very deep). */
  TSNode node = root;
  for (;;) {
    if (ts_node_is_missing(node) || ll_ts_is(node, "ERROR")) break;
    TSNode next = {0};
    bool found = false;
    TSTreeCursor c = ts_tree_cursor_new(node); /* ts_node_child(node, i) is O(i): walk siblings */
    if (ts_tree_cursor_goto_first_child(&c)) {
      do {
        TSNode child = ts_tree_cursor_current_node(&c);
        if (ts_node_has_error(child) || ts_node_is_missing(child) || ll_ts_is(child, "ERROR")) {
          next = child;
          found = true;
          break;
        }
      } while (ts_tree_cursor_goto_next_sibling(&c));
    }
    ts_tree_cursor_delete(&c);
    if (!found) break;
    node = next;
  }
  ll_span at = ll_ts_span(b, node);
  return ll_strfmt("syntax error at line %u, column %u (analysed as far as it parses)", at.line,
                   at.column);
}

char *ll_utf8_problem(const ll_builder *b, const char *source, size_t len) {
  const unsigned char *s = (const unsigned char *)source;
  for (size_t i = 0; i < len;) {
    size_t n = ll_utf8_sequence(s + i, len - i);
    if (!n) {
      ll_span at = ll_builder_span(b, (uint32_t)i, (uint32_t)i);
      return ll_strfmt("invalid UTF-8 at line %u, column %u (analysed as far as it decodes)", at.line,
                       at.column);
    }
    i += n;
  }
  return NULL;
}
