#include "base/glob.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

/* Matches a `[...]` class at *pattern against c; advances *pattern past the class. */
static bool class_match(const char **pattern, char c) {
  const char *p = *pattern + 1;
  bool negate = (*p == '!' || *p == '^');
  if (negate) p++;
  bool hit = false;
  bool first = true;
  while (*p && (*p != ']' || first)) {
    char lo = *p, hi = *p;
    if (p[1] == '-' && p[2] && p[2] != ']') {
      hi = p[2];
      p += 2;
    }
    if (c >= lo && c <= hi) hit = true;
    p++;
    first = false;
  }
  if (*p != ']') { /* unterminated: a literal '[' */
    *pattern += 1;
    return c == '[';
  }
  *pattern = p + 1;
  return hit != negate;
}

static bool match_at(const char *start, const char *p, const char *s);

/* `**` as a whole segment: zero or more folders. p points just past the `**`. */
static bool match_globstar(const char *start, const char *p, const char *s) {
  if (*p == '/') p++;
  else if (*p == '\0') return true;
  for (;;) {
    if (match_at(start, p, s)) return true;
    const char *slash = strchr(s, '/');
    if (!slash) return false;
    s = slash + 1;
  }
}

static bool is_globstar(const char *start, const char *p) {
  return p[0] == '*' && p[1] == '*' && (p == start || p[-1] == '/') && (p[2] == '/' || p[2] == '\0');
}

/* Matches pattern suffix p (of the whole pattern `start`) against the path suffix s. */
static bool match_at(const char *start, const char *p, const char *s) {
  for (; *p; p++) {
    if (is_globstar(start, p)) return match_globstar(start, p + 2, s);
    switch (*p) {
    case '*':
      while (p[1] == '*') p++;
      for (const char *t = s;; t++) {
        if (match_at(start, p + 1, t)) return true;
        if (*t == '\0' || *t == '/') return false;
      }
    case '?':
      if (*s == '\0' || *s == '/') return false;
      s++;
      break;
    case '[': {
      if (*s == '\0' || *s == '/') return false;
      const char *q = p;
      if (!class_match(&q, *s)) return false;
      p = q - 1;
      s++;
      break;
    }
    case '\\':
      if (p[1]) p++;
      /* fall through */
    default:
      if (*s != *p) return false;
      s++;
    }
  }
  return *s == '\0';
}

bool ll_glob_match(const char *pattern, const char *path) { return match_at(pattern, pattern, path); }

static bool match_any_name(const char *pattern, const char *path) {
  for (const char *s = path;;) {
    const char *end = strchr(s, '/');
    size_t n = end ? (size_t)(end - s) : strlen(s);
    char *name = ll_strndup(s, n);
    bool hit = ll_glob_match(pattern, name);
    free(name);
    if (hit) return true;
    if (!end) return false;
    s = end + 1;
  }
}

static bool match_any_prefix(const char *pattern, const char *path) {
  for (const char *end = strchr(path, '/');; end = strchr(end + 1, '/')) {
    size_t n = end ? (size_t)(end - path) : strlen(path);
    char *prefix = ll_strndup(path, n);
    bool hit = ll_glob_match(pattern, prefix);
    free(prefix);
    if (hit) return true;
    if (!end) return false;
  }
}

bool ll_glob_match_tree(const char *pattern, const char *path) {
  while (pattern[0] == '.' && pattern[1] == '/') pattern += 2;
  size_t n = strlen(pattern);
  if (n > 1 && pattern[n - 1] == '/') { /* "build/": a folder; same as "build" here */
    char *trimmed = ll_strndup(pattern, n - 1);
    bool hit = ll_glob_match_tree(trimmed, path);
    free(trimmed);
    return hit;
  }
  if (pattern[0] == '/') pattern++;
  else if (!strchr(pattern, '/')) return match_any_name(pattern, path);
  return match_any_prefix(pattern, path);
}
