/* parse_only.c — the ceiling for anything that parses every file: discover the same files as
 * lambda-lint, read each, parse it with the same tree-sitter build and grammar, and walk every node
 * with a cursor. No lowering, no rules. Prints files, bytes, nodes and seconds.
 *
 *   ll-parse-only PATH...   */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <tree_sitter/api.h>

#include "discover/discover.h"
#include "engine/engine.h"
#include "base/readfile.h"

const TSLanguage *tree_sitter_python(void);

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
  ll_discover(&found, (const char *const *)argv + 1, (size_t)(argc - 1), NULL);
  TSParser *parser = ts_parser_new();
  ts_parser_set_language(parser, tree_sitter_python());
  size_t bytes = 0, nodes = 0, files = 0;
  for (size_t i = 0; i < found.n_files; i++) {
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
