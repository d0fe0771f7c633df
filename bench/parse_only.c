/* parse_only.c — the ceiling for anything that parses every file: discover the same files as
 * lambda-lint, read each, parse it with the same tree-sitter build and the grammar its extension
 * names, and walk every node with a cursor. No lowering, no rules. Files of other languages are
 * skipped. Prints files, bytes, nodes and seconds.
 *
 *   ll-parse-only PATH...   */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <tree_sitter/api.h>

#include "discover/discover.h"
#include "engine/engine.h"
#include "base/readfile.h"

const TSLanguage *tree_sitter_python(void);
const TSLanguage *tree_sitter_javascript(void);
const TSLanguage *tree_sitter_typescript(void);
const TSLanguage *tree_sitter_tsx(void);
const TSLanguage *tree_sitter_go(void);
const TSLanguage *tree_sitter_java(void);
const TSLanguage *tree_sitter_rust(void);

/* The grammar each front-end picks for an extension (one line per language). */
static const struct {
  const char *extension;
  const TSLanguage *(*grammar)(void);
} grammars[] = {
    {".py", tree_sitter_python},
    {".js", tree_sitter_javascript},   {".mjs", tree_sitter_javascript},
    {".cjs", tree_sitter_javascript},  {".jsx", tree_sitter_javascript},
    {".ts", tree_sitter_typescript},   {".mts", tree_sitter_typescript},
    {".cts", tree_sitter_typescript},  {".tsx", tree_sitter_tsx},
    {".go", tree_sitter_go},
    {".java", tree_sitter_java},
    {".rs", tree_sitter_rust},
};

static const TSLanguage *grammar_for(const char *path) {
  size_t n = strlen(path);
  for (size_t i = 0; i < sizeof(grammars) / sizeof(*grammars); i++) {
    size_t m = strlen(grammars[i].extension);
    if (n >= m && strcmp(path + n - m, grammars[i].extension) == 0) return grammars[i].grammar();
  }
  return NULL;
}

static size_t walk(TSTree *tree) {
  TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree));
  size_t nodes = 1;
  for (;;) {
    if (ts_tree_cursor_goto_first_child(&cursor) || ts_tree_cursor_goto_next_sibling(&cursor)) {
      nodes++;
      continue;
    }
    bool more = false;
    while (ts_tree_cursor_goto_parent(&cursor))
      if (ts_tree_cursor_goto_next_sibling(&cursor)) {
        more = true;
        nodes++;
        break;
      }
    if (!more) break;
  }
  ts_tree_cursor_delete(&cursor);
  return nodes;
}

int main(int argc, char **argv) {
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  ll_discovery found;
  ll_discover(&found, (const char *const *)argv + 1, (size_t)(argc - 1), NULL, NULL);
  TSParser *parser = ts_parser_new();
  size_t bytes = 0, nodes = 0, files = 0;
  for (size_t i = 0; i < found.n_files; i++) {
    const TSLanguage *grammar = grammar_for(found.files[i]);
    if (!grammar) continue;
    ts_parser_set_language(parser, grammar);
    size_t len = 0;
    char *error = NULL;
    char *src = ll_read_file(found.files[i], &len, &error);
    free(error);
    if (!src) continue;
    TSTree *tree = ts_parser_parse_string(parser, NULL, src, (uint32_t)len);
    nodes += walk(tree);
    ts_tree_delete(tree);
    free(src);
    bytes += len;
    files++;
  }
  ts_parser_delete(parser);
  ll_discovery_free(&found);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  printf("files %zu bytes %zu nodes %zu seconds %.3f\n", files, bytes, nodes, s);
  return 0;
}
