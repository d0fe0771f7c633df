#include "base/escape.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

size_t ll_utf8_sequence(const unsigned char *s, size_t len) {
  if (!len) return 0;
  if (s[0] < 0x80) return 1;
  size_t n = (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3 : (s[0] & 0xF8) == 0xF0 ? 4 : 0;
  if (!n || n > len || (n == 2 && s[0] < 0xC2) || (n == 4 && s[0] > 0xF4)) return 0;
  for (size_t i = 1; i < n; i++)
    if ((s[i] & 0xC0) != 0x80) return 0;
  if (n == 3 && ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0))) return 0;
  if (n == 4 && ((s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] >= 0x90))) return 0;
  return n;
}

/* A C1 control character (U+0080–U+009F, encoded C2 80–C2 9F): terminals act on these too. */
static bool is_c1(const unsigned char *s, size_t n) { return n == 2 && s[0] == 0xC2 && s[1] < 0xA0; }

static char *escape(const char *text, bool controls) {
  const unsigned char *s = (const unsigned char *)text;
  size_t len = strlen(text);
  char *out = ll_malloc(len * 4 + 1); /* at worst every byte becomes \xNN */
  size_t o = 0;
  for (size_t i = 0; i < len;) {
    size_t n = ll_utf8_sequence(s + i, len - i);
    bool control = n == 1 ? (s[i] < 0x20 || s[i] == 0x7F) : is_c1(s + i, n);
    if (n && !(controls && control)) {
      memcpy(out + o, s + i, n);
      o += n;
      i += n;
      continue;
    }
    if (!n) n = 1; /* not UTF-8: escape this one byte and resynchronise on the next */
    for (size_t k = 0; k < n; k++, i++) {
      const char *named = s[i] == '\n' ? "\\n" : s[i] == '\r' ? "\\r" : s[i] == '\t' ? "\\t"
                          : s[i] == 0x1B ? "\\e" : NULL;
      if (named) {
        memcpy(out + o, named, 2);
        o += 2;
      } else {
        o += (size_t)snprintf(out + o, 5, "\\x%02X", s[i]);
      }
    }
  }
  out[o] = '\0';
  return out;
}

char *ll_escape_line(const char *s) { return escape(s, true); }
char *ll_escape_utf8(const char *s) { return escape(s, false); }

bool ll_needs_escape(const char *s) {
  char *e = ll_escape_line(s);
  bool changed = strcmp(e, s) != 0;
  free(e);
  return changed;
}
