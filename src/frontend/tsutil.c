#include "frontend/tsutil.h"

#include "alloc.h"

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

/* Length of the valid UTF-8 sequence at s[0..len), or 0 when it is not one. */
static size_t utf8_sequence(const unsigned char *s, size_t len) {
  if (s[0] < 0x80) return 1;
  size_t n = (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3 : (s[0] & 0xF8) == 0xF0 ? 4 : 0;
  if (!n || n > len || (n == 2 && s[0] < 0xC2) || (n == 4 && s[0] > 0xF4)) return 0;
  for (size_t i = 1; i < n; i++)
    if ((s[i] & 0xC0) != 0x80) return 0;
  if (n == 3 && ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0))) return 0;
  if (n == 4 && ((s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] >= 0x90))) return 0;
  return n;
}

char *ll_utf8_problem(const ll_builder *b, const char *source, size_t len) {
  const unsigned char *s = (const unsigned char *)source;
  for (size_t i = 0; i < len;) {
    size_t n = utf8_sequence(s + i, len - i);
    if (!n) {
      ll_span at = ll_builder_span(b, (uint32_t)i, (uint32_t)i);
      return ll_strfmt("invalid UTF-8 at line %u, column %u (analysed as far as it decodes)", at.line,
                       at.column);
    }
    i += n;
  }
  return NULL;
}
