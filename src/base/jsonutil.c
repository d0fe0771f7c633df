#include "base/jsonutil.h"

#include <stdint.h>
#include <string.h>

#include "base/alloc.h"

/* Length of the valid UTF-8 sequence at s (1–4), or 0 when it is invalid. */
static size_t utf8_sequence(const unsigned char *s) {
  if (s[0] < 0x80) return 1;
  size_t n = s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 && s[0] < 0xE0 ? 2 : 0;
  if (n == 0) return 0;
  for (size_t i = 1; i < n; i++)
    if ((s[i] & 0xC0) != 0x80) return 0;
  uint32_t cp = s[0] & (0x7F >> n);
  for (size_t i = 1; i < n; i++) cp = (cp << 6) | (s[i] & 0x3F);
  static const uint32_t min_for_length[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < min_for_length[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

json_t *ll_json_text(const char *s) {
  if (!s) return json_null();
  size_t len = strlen(s);
  char *clean = ll_malloc(len * 3 + 1);
  size_t out = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p;) {
    size_t n = utf8_sequence(p);
    if (n == 0) {
      memcpy(clean + out, "\xEF\xBF\xBD", 3);
      out += 3;
      p++;
      continue;
    }
    memcpy(clean + out, p, n);
    out += n;
    p += n;
  }
  json_t *str = json_stringn(clean, out);
  free(clean);
  return str;
}

void ll_json_set_text(json_t *obj, const char *key, const char *s) {
  if (s && *s) json_object_set_new(obj, key, ll_json_text(s));
}

bool ll_json_write(const json_t *root, FILE *out) {
  if (json_dumpf(root, out, JSON_INDENT(2)) != 0) return false;
  return fputc('\n', out) != EOF;
}
