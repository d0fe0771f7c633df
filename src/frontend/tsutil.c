#include "frontend/tsutil.h"

#include <stdint.h>
#include <time.h>

#include "base/alloc.h"

/* A small per-thread cache: (language, field-name literal) → field id. Callers pass string
 * literals, so the pointer identifies the name. */
typedef struct {
  const TSLanguage *language;
  const char *name;
  TSFieldId id;
} field_slot;

static _Thread_local field_slot field_cache[128];

/* And a per-thread memo of field lookups: the lowering asks for the same field of the same node
 * several times (`f.x` as callee, receiver, mutation target), and each answer costs a walk over
 * the node's children. An entry holds for the tree it was made in: every parse starts a new
 * generation, so a tree at a freed one's address never sees its entries. */
typedef struct {
  const void *id;
  const TSTree *tree;
  uint32_t start, generation;
  TSFieldId field;
  TSNode child;
} field_memo;

enum { FIELD_MEMO_SIZE = 512 };
static _Thread_local field_memo field_memos[FIELD_MEMO_SIZE];
static _Thread_local uint32_t tree_generation = 1;

TSNode ll_ts_field(TSNode node, const char *field) {
  if (ts_node_is_null(node)) return node;
  const TSLanguage *language = ts_tree_language(node.tree);
  field_slot *slot = &field_cache[((uintptr_t)field >> 3) & 127];
  if (slot->name != field || slot->language != language) {
    slot->language = language;
    slot->name = field;
    slot->id = ts_language_field_id_for_name(language, field, (uint32_t)strlen(field));
  }
  if (!slot->id) return (TSNode){0};
  uintptr_t key = ((uintptr_t)node.id >> 4) * 31 + slot->id;
  field_memo *memo = &field_memos[key & (FIELD_MEMO_SIZE - 1)];
  if (memo->id == node.id && memo->tree == node.tree && memo->start == node.context[0] &&
      memo->field == slot->id && memo->generation == tree_generation)
    return memo->child;
  TSNode child = ts_node_child_by_field_id(node, slot->id);
  *memo = (field_memo){node.id, node.tree, node.context[0], tree_generation, slot->id, child};
  return child;
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
static _Thread_local bool thread_over_budget;

/* The parse budget: CPU time of this thread (not wall time, so a loaded machine does not cut
 * parses short), a base plus an allowance per MB, far above what well-formed code needs (a bare
 * parse runs at ~7 MB/s) and far below what error recovery on a large malformed file can take
 * (minutes). The parser asks about every hundred operations. */
#if defined(__SANITIZE_ADDRESS__) || defined(LL_SANITIZED_BUILD)
#define PARSE_BUDGET_SCALE 10ull /* ASan and a Debug build parse several times slower */
#else
#define PARSE_BUDGET_SCALE 1ull
#endif
#define PARSE_BUDGET_BASE_NS (PARSE_BUDGET_SCALE * 3ull * 1000 * 1000 * 1000)
#define PARSE_BUDGET_PER_MB_NS (PARSE_BUDGET_SCALE * 1ull * 1000 * 1000 * 1000)

typedef struct {
  const char *source;
  uint32_t len;
  uint64_t budget_ns;   /* thread CPU time */
  uint64_t deadline_ns; /* set at the first look at the clock; 0: not yet */
  bool stopped;
  unsigned calls; /* of over_budget: the clock is a system call, read on every 16th (most files
                     are parsed before the first: they read no clock) */
} parse_input;

static uint64_t thread_cpu_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec;
}

static const char *read_source(void *payload, uint32_t byte, TSPoint point, uint32_t *bytes_read) {
  (void)point;
  const parse_input *in = payload;
  *bytes_read = byte < in->len ? in->len - byte : 0;
  return in->source + (byte < in->len ? byte : in->len);
}

static bool over_budget(TSParseState *state) {
  parse_input *in = state->payload;
  if (++in->calls % 16) return false;
  uint64_t now = thread_cpu_ns();
  if (!in->deadline_ns) in->deadline_ns = now + in->budget_ns; /* ~1 600 operations in: no matter */
  return in->stopped = now > in->deadline_ns;
}

TSTree *ll_ts_parse(const TSLanguage *language, const char *source, size_t len) {
  thread_over_budget = false;
  if (!thread_parser) thread_parser = ts_parser_new();
  if (ts_parser_language(thread_parser) != language && !ts_parser_set_language(thread_parser, language))
    return NULL;
  parse_input in = {source, (uint32_t)len, PARSE_BUDGET_BASE_NS + PARSE_BUDGET_PER_MB_NS * (len >> 20), 0, false, 0};
  TSInput input = {.payload = &in, .read = read_source, .encoding = TSInputEncodingUTF8};
  TSParseOptions options = {.payload = &in, .progress_callback = over_budget};
  TSTree *tree = ts_parser_parse_with_options(thread_parser, NULL, input, options);
  thread_over_budget = !tree && in.stopped;
  tree_generation++;
  ts_parser_reset(thread_parser);
  return tree;
}

bool ll_ts_parse_over_budget(void) { return thread_over_budget; }

void ll_ts_release_parser(void) {
  if (thread_parser) ts_parser_delete(thread_parser);
  thread_parser = NULL;
}

/* A short token's text for a message, or NULL (long, empty, or holding control characters). */
static bool quotable(const char *text, uint32_t len) {
  if (len == 0 || len > 24) return false;
  for (uint32_t i = 0; i < len; i++)
    if ((unsigned char)text[i] < 0x20 || text[i] == '`' || text[i] == 0x7f) return false;
  return true;
}

/* What the first error is about, when the tree says it plainly: a token the parser had to assume
 * ("missing `)`"), a bracket the erroneous stretch opens and never closes (the commonest slip), or
 * the one token it could not place. Otherwise nothing: a guess would mislead. */
static char *describe_error(const ll_builder *b, TSNode error) {
  if (ts_node_is_missing(error)) return ll_strfmt(": missing %s%s%s", ts_node_is_named(error) ? "" : "`",
                                                   ts_node_type(error), ts_node_is_named(error) ? "" : "`");
  const char *source = ll_builder_source(b);
  enum { MAX_OPEN = 64, MAX_TOKENS = 4096 };
  TSNode open[MAX_OPEN];
  size_t n_open = 0, n_tokens = 0;
  TSNode only = {0};
  TSTreeCursor cursor = ts_tree_cursor_new(error);
  for (bool more = true; more && n_tokens < MAX_TOKENS;) {
    TSNode node = ts_tree_cursor_current_node(&cursor);
    if (ts_tree_cursor_goto_first_child(&cursor)) continue;
    n_tokens++;
    only = node;
    uint32_t start = ts_node_start_byte(node);
    if (ts_node_end_byte(node) == start + 1) {
      char c = source[start];
      if ((c == '(' || c == '[' || c == '{') && n_open < MAX_OPEN) open[n_open++] = node;
      else if ((c == ')' || c == ']' || c == '}') && n_open) n_open--;
    }
    while (!ts_tree_cursor_goto_next_sibling(&cursor))
      if (!ts_tree_cursor_goto_parent(&cursor) || ts_node_eq(ts_tree_cursor_current_node(&cursor), error)) {
        more = false;
        break;
      }
  }
  ts_tree_cursor_delete(&cursor);
  if (n_open) {
    ll_span at = ll_ts_span(b, open[n_open - 1]);
    return ll_strfmt(": `%c` at line %u, column %u is not closed", source[ts_node_start_byte(open[n_open - 1])],
                     at.line, at.column);
  }
  uint32_t start = ts_node_start_byte(only), len = ts_node_end_byte(only) - start;
  if (n_tokens == 1 && quotable(source + start, len)) return ll_strfmt(": unexpected `%.*s`", (int)len, source + start);
  return ll_strdup("");
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
  char *what = describe_error(b, node);
  char *message = ll_strfmt("syntax error at line %u, column %u%s (analysed as far as it parses)", at.line,
                            at.column, what);
  free(what);
  return message;
}
