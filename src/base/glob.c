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

/* One match: the whole pattern and path, and which (pattern, path) suffix pairs are known not to
 * match. Every step of the matcher is one such pair and costs O(1) besides the pairs it tries
 * next (a `*` tries "stop here" or "take one more character", a `**` "stop here" or "skip one
 * folder"), so a match costs O(pattern × path) whatever the pattern (a config file is input too:
 * `*a*a*a…b` or runs of `**` once took exponential time). With `prefix`, the pattern may also end
 * where the path has a `/`: it then matches one of the folders the path sits in. */
typedef struct {
  const char *pattern, *path;
  size_t n_path;
  bool prefix;
  unsigned char *failed; /* bit (p * (n_path + 1) + s) */
} matcher;

static bool match_from(matcher *m, const char *p, const char *s);

/* Matches pattern suffix p against the path suffix s, remembering failures. */
static bool match_at(matcher *m, const char *p, const char *s) {
  size_t bit = (size_t)(p - m->pattern) * (m->n_path + 1) + (size_t)(s - m->path);
  if (m->failed[bit / 8] & (1u << (bit % 8))) return false;
  bool hit = match_from(m, p, s);
  if (!hit) m->failed[bit / 8] |= (unsigned char)(1u << (bit % 8));
  return hit;
}

static bool is_globstar(const char *start, const char *p) {
  return p[0] == '*' && p[1] == '*' && (p == start || p[-1] == '/') && (p[2] == '/' || p[2] == '\0');
}

/* `**` as a whole segment at p: zero folders, or one folder and `**` again. */
static bool match_globstar(matcher *m, const char *p, const char *s) {
  if (p[2] == '\0') return true;
  if (match_at(m, p + 3, s)) return true;
  const char *slash = strchr(s, '/');
  return slash && match_at(m, p, slash + 1);
}

static bool match_from(matcher *m, const char *p, const char *s) {
  for (; *p; p++) {
    if (is_globstar(m->pattern, p)) return match_globstar(m, p, s);
    switch (*p) {
    case '*':
      while (p[1] == '*') p++;
      /* p is the last `*` of the run: stop here, or take one character and stay on it */
      return match_at(m, p + 1, s) || (*s != '\0' && *s != '/' && match_at(m, p, s + 1));
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
  return *s == '\0' || (m->prefix && *s == '/');
}

static bool glob_match(const char *pattern, const char *path, bool prefix) {
  size_t n_pattern = strlen(pattern), n_path = strlen(path);
  if (n_pattern > LL_GLOB_MAX || n_path > LL_GLOB_MAX) return false; /* bounds memory and recursion */
  size_t bits = (n_pattern + 1) * (n_path + 1);
  matcher m = {pattern, path, n_path, prefix, ll_calloc(bits / 8 + 1, 1)};
  bool hit = match_at(&m, pattern, path);
  free(m.failed);
  return hit;
}

bool ll_glob_match(const char *pattern, const char *path) { return glob_match(pattern, path, false); }

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
  return glob_match(pattern, path, true); /* the path or a folder it sits in */
}
