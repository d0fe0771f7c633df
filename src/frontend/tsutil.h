/* tsutil.h — small tree-sitter conveniences shared by the tree-sitter front-ends. */
#ifndef LL_TSUTIL_H
#define LL_TSUTIL_H

#include <stdbool.h>
#include <string.h>
#include <tree_sitter/api.h>

#include "frontend/lower.h"

static inline bool ll_ts_is(TSNode node, const char *type) {
  if (ts_node_is_null(node)) return false;
  const char *actual = ts_node_type(node);
  return actual[0] == type[0] && strcmp(actual, type) == 0;
}

/* The child in `field`. Field names are looked up once per name and language, then cached. */
TSNode ll_ts_field(TSNode node, const char *field);

/* The node's source text, copied into the module's arena. */
char *ll_ts_text(ll_builder *b, TSNode node);
/* Whether the node's source text equals `text`. */
bool ll_ts_text_is(const ll_builder *b, TSNode node, const char *text);
ll_span ll_ts_span(const ll_builder *b, TSNode node);
/* Parses with `language`; NULL when the parser cannot be set up (an ABI mismatch) or when the parse
 * ran past its budget (error recovery on a large malformed file: ll_ts_parse_over_budget()). */
TSTree *ll_ts_parse(const TSLanguage *language, const char *source, size_t len);
/* Whether this thread's last ll_ts_parse stopped at its budget. */
bool ll_ts_parse_over_budget(void);
/* Frees this thread's parser (ll_ts_parse keeps one per thread); a thread calls it before it ends. */
void ll_ts_release_parser(void);
/* A one-line description of the first syntax error in `root` ("syntax error at line 3, column 7"),
 * malloc'd; NULL when the tree has none. */
char *ll_ts_syntax_problem(const ll_builder *b, TSNode root);

#endif
