#include "server/lsp_text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/alloc.h"
#include "base/jsonutil.h"

/* ---- lines and code points -------------------------------------------------------------------- */

/* Where 0-based line `line` starts, or `len` when the text has fewer lines. The protocol ends lines
 * at \n, \r\n and \r; the front-ends (and so findings) at \n only (`lone_cr` false). */
static size_t line_start(const char *t, size_t len, uint32_t line, bool lone_cr) {
  size_t i = 0;
  for (uint32_t l = 0; l < line; l++) {
    while (i < len && t[i] != '\n' && !(lone_cr && t[i] == '\r')) i++;
    if (i >= len) return len;
    if (t[i] == '\r' && i + 1 < len && t[i + 1] == '\n') i++;
    i++;
  }
  return i;
}

/* Where the line starting at `start` ends, before its \n or \r\n (or any \r with `lone_cr`). */
static size_t line_end(const char *t, size_t len, size_t start, bool lone_cr) {
  size_t i = start;
  while (i < len && t[i] != '\n' && !(lone_cr && t[i] == '\r')) i++;
  if (!lone_cr && i > start && t[i - 1] == '\r') i--;
  return i;
}

static bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

/* The bytes of the code point at t[i] (a lead byte and its continuation bytes) before `end`; its
 * UTF-16 code units in *units: two for a 4-byte sequence (above U+FFFF), else one (an invalid byte
 * is one U+FFFD to an editor). */
static size_t code_point(const char *t, size_t i, size_t end, uint32_t *units) {
  size_t j = i + 1;
  while (j < end && continuation((unsigned char)t[j])) j++;
  unsigned char lead = (unsigned char)t[i];
  *units = j - i == 4 && lead >= 0xF0 && lead <= 0xF4 ? 2 : 1;
  return j - i;
}

size_t ll_lsp_offset(const char *text, size_t len, ll_lsp_position at) {
  size_t i = line_start(text, len, at.line, true);
  size_t end = line_end(text, len, i, true);
  for (uint32_t units = 0, u = 0; i < end && units < at.character; units += u) i += code_point(text, i, end, &u);
  return i;
}

ll_lsp_position ll_lsp_position_of(const char *text, size_t len, size_t offset) {
  if (offset > len) offset = len;
  ll_lsp_position at = {0, 0};
  size_t start = 0;
  for (size_t i = 0; i < offset; i++) {
    bool ends = text[i] == '\n' || (text[i] == '\r' && (i + 1 >= len || text[i + 1] != '\n'));
    if (ends) at.line++, start = i + 1;
  }
  for (size_t i = start; i < offset;) {
    uint32_t u = 0;
    i += code_point(text, i, offset, &u);
    at.character += u;
  }
  return at;
}

size_t ll_lsp_offset_of_column(const char *text, size_t len, uint32_t line, uint32_t column) {
  size_t i = line_start(text, len, line ? line - 1 : 0, false);
  size_t end = line_end(text, len, i, false);
  uint32_t u = 0;
  for (uint32_t c = 1; i < end && c < column; c++) i += code_point(text, i, end, &u);
  return i;
}

static json_t *position_json(ll_lsp_position at) {
  return json_pack("{s:I,s:I}", "line", (json_int_t)at.line, "character", (json_int_t)at.character);
}

json_t *ll_lsp_range_json(const char *text, size_t len, size_t start, size_t end) {
  json_t *range = json_object();
  json_object_set_new(range, "start", position_json(ll_lsp_position_of(text, len, start)));
  json_object_set_new(range, "end", position_json(ll_lsp_position_of(text, len, end)));
  return range;
}

json_t *ll_lsp_text_edit(const char *text, size_t len, const ll_lsp_edit *edit) {
  if (edit->start > edit->end || edit->end > len) return NULL;
  json_t *out = json_object();
  json_object_set_new(out, "range", ll_lsp_range_json(text, len, edit->start, edit->end));
  json_object_set_new(out, "newText", ll_json_text(edit->text ? edit->text : ""));
  return out;
}

void ll_lsp_splice(char **text, size_t *len, size_t start, size_t end, const char *with, size_t n) {
  if (end > *len) end = *len;
  if (start > end) start = end;
  size_t tail = *len - end, new_len = start + n + tail;
  char *out = ll_malloc(new_len + 1);
  memcpy(out, *text, start);
  if (n) memcpy(out + start, with, n);
  memcpy(out + start + n, *text + end, tail);
  out[new_len] = '\0';
  free(*text);
  *text = out;
  *len = new_len;
}

/* ---- suppression comments ------------------------------------------------------------------- */

/* In [p, end): the `]` closing an existing `lambda-lint: ignore[...]` list, or NULL. */
static const char *ignore_list_end(const char *p, const char *end) {
  static const char marker[] = "lambda-lint";
  for (; (size_t)(end - p) >= sizeof marker - 1; p++) {
    if (strncasecmp(p, marker, sizeof marker - 1)) continue;
    const char *q = p + sizeof marker - 1;
    while (q < end && (*q == ' ' || *q == '\t')) q++;
    if (q >= end || *q++ != ':') return NULL;
    while (q < end && (*q == ' ' || *q == '\t')) q++;
    if ((size_t)(end - q) < 6 || strncmp(q, "ignore", 6)) return NULL;
    q += 6;
    while (q < end && (*q == ' ' || *q == '\t')) q++;
    if (q >= end || *q != '[') return NULL;
    const char *close = memchr(q, ']', (size_t)(end - q));
    return close;
  }
  return NULL;
}

bool ll_lsp_suppression_edit(const char *text, size_t len, uint32_t line, const char *id,
                             ll_comment_style style, ll_lsp_edit *out, char **owned) {
  *owned = NULL;
  if (style == LL_COMMENT_NONE || line == 0) return false;
  size_t start = line_start(text, len, line - 1, false);
  if (start >= len && line > 1) return false;
  size_t end = line_end(text, len, start, false);
  const char *opener = style == LL_COMMENT_HASH ? "#" : "//";
  const char *close = ignore_list_end(text + start, text + end);
  size_t last = end;
  while (last > start && isspace((unsigned char)text[last - 1])) last--;
  if (close) { /* one suppression comment per line: the rule joins its list */
    *owned = ll_strfmt(", %s", id);
    *out = (ll_lsp_edit){(size_t)(close - text), (size_t)(close - text), *owned};
  } else if (last > start && text[last - 1] == '\\') { /* nothing may follow a line continuation */
    size_t indent = start;
    while (indent < end && (text[indent] == ' ' || text[indent] == '\t')) indent++;
    const char *newline = end < len && text[end] == '\r' ? "\r\n" : "\n";
    *owned = ll_strfmt("%.*s%s lambda-lint: ignore-next-line[%s]%s", (int)(indent - start), text + start, opener,
                       id, newline);
    *out = (ll_lsp_edit){start, start, *owned};
  } else {
    *owned = ll_strfmt("  %s lambda-lint: ignore[%s]", opener, id);
    *out = (ll_lsp_edit){last, end, *owned}; /* trailing blanks give way to the comment */
  }
  return true;
}
