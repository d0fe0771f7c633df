/* lsp_text.h — documents as the Language Server Protocol sees them: lines split at \n, \r\n or \r,
 * positions as (0-based line, UTF-16 code unit), edits as LSP TextEdits.
 *
 * lambda-lint speaks bytes (fixes, suppressions) and 1-based code-point columns (findings); the
 * protocol speaks UTF-16. Every conversion is here, so that a code action built from byte-offset
 * edits (a suppression comment today, a rule's fix tomorrow) lands where the editor expects it.
 * Text need not be valid UTF-8: an invalid byte counts as one code point (as the front-ends count). */
#ifndef LL_LSP_TEXT_H
#define LL_LSP_TEXT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "engine/suppress.h"

typedef struct {
  uint32_t line;      /* 0-based */
  uint32_t character; /* UTF-16 code units from the line's start */
} ll_lsp_position;

/* An edit of the text in bytes: [start, end) replaced by `text` (NUL-terminated, borrowed). */
typedef struct {
  size_t start, end;
  const char *text;
} ll_lsp_edit;

/* The byte offset of a protocol position; a line past the end gives the text's length, a character
 * past the line's end the line's end (the protocol says: clamp), one inside a surrogate pair the end
 * of that code point. */
size_t ll_lsp_offset(const char *text, size_t len, ll_lsp_position at);

/* The protocol position of a byte offset (clamped to the text). */
ll_lsp_position ll_lsp_position_of(const char *text, size_t len, size_t offset);

/* The byte offset of a finding's place: 1-based `line`, 1-based code-point `column` (clamped to
 * the line's end). */
size_t ll_lsp_offset_of_column(const char *text, size_t len, uint32_t line, uint32_t column);

/* {"start": {...}, "end": {...}} for bytes [start, end). A new reference. */
json_t *ll_lsp_range_json(const char *text, size_t len, size_t start, size_t end);

/* An LSP TextEdit {"range", "newText"} for a byte-offset edit of `text`. A new reference; NULL when
 * the edit does not fit the text (start > end or past its end). */
json_t *ll_lsp_text_edit(const char *text, size_t len, const ll_lsp_edit *edit);

/* Replaces [start, end) of *text (*len bytes, NUL-terminated) with `with` (n bytes). */
void ll_lsp_splice(char **text, size_t *len, size_t start, size_t end, const char *with, size_t n);

/* The edit that silences rule `id` on 1-based `line` in the comment syntax `style`: the rule joins
 * the list of a `lambda-lint: ignore[...]` comment already on the line, or `  # lambda-lint:
 * ignore[ID]` (`//` for C-like languages) is appended to the line; a line continued with a
 * backslash gets an `ignore-next-line[ID]` comment above it instead. `*owned` receives the edit's
 * text (malloc'd; the caller frees it). False when the file has no comment syntax or no such line. */
bool ll_lsp_suppression_edit(const char *text, size_t len, uint32_t line, const char *id,
                             ll_comment_style style, ll_lsp_edit *out, char **owned);

#endif
