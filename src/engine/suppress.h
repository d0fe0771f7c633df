/* suppress.h — inline suppression comments.
 *
 *   s3 = boto3.client("s3")  # lambda-lint: ignore[LL302] -- built once per cold start anyway
 *   # lambda-lint: ignore-next-line[LL302, thread-in-handler]
 *   // lambda-lint: ignore-file[LL403]        (C-like languages; in the first 10 lines)
 *   # lambda-lint: ignore                     (no list: every rule)
 *
 * `ignore` covers its own line; on a line holding nothing but the comment it also covers the next
 * line. Rules are named by ID or name; whitespace is free around every token; `-- reason` is
 * optional. A comment that starts `lambda-lint:` but does not parse is a malformed suppression:
 * it suppresses nothing and is reported by ll_suppressions_unused(). */
#ifndef LL_SUPPRESS_H
#define LL_SUPPRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LL_SUPPRESS_FILE_LINES 10

typedef enum { LL_COMMENT_NONE, LL_COMMENT_HASH, LL_COMMENT_SLASH } ll_comment_style;

/* The comment syntax of a file by its extension: `#` for Python and YAML, `//` (or a block
 * comment) for
 * JavaScript/TypeScript, Go, Rust, Java, C and C++; none for JSON. */
ll_comment_style ll_comment_style_for_path(const char *path);

typedef enum { LL_SUPPRESS_LINE, LL_SUPPRESS_NEXT_LINE, LL_SUPPRESS_FILE, LL_SUPPRESS_MALFORMED } ll_suppress_kind;

typedef struct {
  ll_suppress_kind kind;
  uint32_t line, column;      /* where the comment starts (1-based; column in code points) */
  uint32_t first, last;       /* the lines it covers (0, 0 for the whole file) */
  char **rules;               /* IDs or names as written; none means every rule */
  size_t n_rules;
  bool *used;                 /* per rule, or used[0] for a bare ignore */
  char *reason;               /* after `--`, or NULL */
  char *problem;              /* why a malformed one did not parse */
} ll_suppression;

typedef struct ll_suppressions ll_suppressions;

/* Parses every suppression comment of `source` (len bytes, need not be NUL-terminated).
 * Never NULL; free with ll_suppressions_delete() (which accepts NULL). */
ll_suppressions *ll_suppressions_parse(const char *source, size_t len, ll_comment_style style);
void ll_suppressions_delete(ll_suppressions *self);
/* A cheap test: false when `source` certainly holds no suppression comment (no `lambda-lint` in
 * any case), so most files need no parse. */
bool ll_suppressions_mentioned(const char *source, size_t len);

/* Whether a finding of rule (`id`, `name`) at `line` is suppressed; marks what matched as used. */
bool ll_suppressions_match(ll_suppressions *self, uint32_t line, const char *id, const char *name);

const ll_suppression *ll_suppressions_items(const ll_suppressions *self, size_t *count);

/* A suppression that suppressed nothing (or did not parse), for --report-unused-ignores. */
typedef struct {
  uint32_t line, column;
  const char *rule; /* the unused rule as written (borrowed from the suppressions), or NULL */
  char *message;
} ll_suppress_note;

/* The unused and malformed suppressions, in line order. Free with ll_suppress_notes_delete(). */
ll_suppress_note *ll_suppressions_unused(const ll_suppressions *self, size_t *count);
void ll_suppress_notes_delete(ll_suppress_note *notes, size_t count);

#endif
