/* suppression.c — LL001's fix: delete an unused suppression comment (fix.h). */
#include <string.h>

#include "fix/fix.h"

/* The byte offset where line `line` (1-based) starts, or `len` past the end. */
static size_t line_start(const char *s, size_t len, uint32_t line) {
  size_t at = 0;
  for (uint32_t l = 1; l < line && at < len; at++)
    if (s[at] == '\n') l++;
  return at;
}

ll_fix *ll_fix_remove_suppression(const char *source, size_t len, uint32_t line, uint32_t column) {
  if (!source || !line || !column) return NULL;
  size_t start = line_start(source, len, line), end = start;
  while (end < len && source[end] != '\n' && source[end] != '\r') end++;
  size_t at = start;
  for (uint32_t col = 1; at < end && col < column; col++)
    for (at++; at < end && ((unsigned char)source[at] & 0xC0) == 0x80; at++) {}
  if (at >= end || (source[at] != '#' && source[at] != '/')) return NULL;
  size_t stop = end; /* a line comment runs to the end of the line, a block comment to its `*` `/` */
  if (at + 1 < end && source[at] == '/' && source[at + 1] == '*') {
    const char *close = NULL;
    for (size_t i = at + 2; i + 1 < end && !close; i++)
      if (source[i] == '*' && source[i + 1] == '/') close = source + i;
    if (!close) return NULL;
    stop = (size_t)(close - source) + 2;
  }
  bool alone = true;
  for (size_t i = start; i < at && alone; i++) alone = source[i] == ' ' || source[i] == '\t';
  bool code_after = false;
  for (size_t i = stop; i < end && !code_after; i++) code_after = source[i] != ' ' && source[i] != '\t';
  ll_rule_edit edit = {(uint32_t)at, (uint32_t)stop, ""};
  if (alone && !code_after) { /* the comment is the line: the line goes */
    edit.start = (uint32_t)start;
    edit.end = (uint32_t)(end < len && source[end] == '\r' ? end + 1 : end);
    if (edit.end < len && source[edit.end] == '\n') edit.end++;
  } else if (code_after) { /* a block comment before code: the comment and the blanks after it */
    while (edit.end < end && (source[edit.end] == ' ' || source[edit.end] == '\t')) edit.end++;
  } else { /* code, then the comment: the comment and the blanks before it */
    while (edit.start > start && (source[edit.start - 1] == ' ' || source[edit.start - 1] == '\t')) edit.start--;
    edit.end = (uint32_t)end;
  }
  return ll_fix_new(false, "Remove the unused suppression", source, len, &edit, 1);
}
