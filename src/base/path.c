#include "base/path.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/alloc.h"

char *ll_path_cwd(void) {
  size_t cap = 256;
  for (;;) {
    char *buf = ll_malloc(cap);
    if (getcwd(buf, cap)) return buf;
    free(buf);
    if (errno != ERANGE) return NULL;
    cap *= 2;
  }
}

/* Drops the last segment of the normalised prefix out[0..*len) (never above the root "/"). */
static void pop_segment(char *out, size_t *len) {
  while (*len > 1 && out[*len - 1] != '/') (*len)--;
  if (*len > 1) (*len)--;
}

static void push_segment(char *out, size_t *len, const char *seg, size_t n) {
  if (*len > 1) out[(*len)++] = '/';
  memcpy(out + *len, seg, n);
  *len += n;
}

/* Normalises an absolute path in place into `out` (which has room for strlen(abs) + 1). */
static void normalise(const char *abs, char *out) {
  size_t len = 1;
  out[0] = '/';
  const char *p = abs;
  while (*p) {
    while (*p == '/') p++;
    const char *seg = p;
    while (*p && *p != '/') p++;
    size_t n = (size_t)(p - seg);
    if (n == 0 || (n == 1 && seg[0] == '.')) continue;
    if (n == 2 && seg[0] == '.' && seg[1] == '.') {
      pop_segment(out, &len);
      continue;
    }
    push_segment(out, &len, seg, n);
  }
  out[len] = '\0';
}

char *ll_path_absolute(const char *path, const char *cwd) {
  char *joined = path[0] == '/' ? ll_strdup(path) : ll_strfmt("%s/%s", cwd ? cwd : "/", path);
  char *out = ll_malloc(strlen(joined) + 2);
  normalise(joined, out);
  free(joined);
  return out;
}

char *ll_path_relative(const char *path, const char *base, const char *cwd) {
  char *abs = ll_path_absolute(path, cwd);
  char *root = ll_path_absolute(base, cwd);
  size_t n = strlen(root);
  char *rel = NULL;
  if (strcmp(root, "/") == 0) {
    rel = ll_strdup(abs + 1);
  } else if (strncmp(abs, root, n) == 0 && (abs[n] == '/' || abs[n] == '\0')) {
    rel = ll_strdup(abs[n] ? abs + n + 1 : ".");
  }
  free(abs);
  free(root);
  return rel;
}

char *ll_path_display(const char *path, const char *cwd) {
  char *rel = cwd ? ll_path_relative(path, cwd, cwd) : NULL;
  return rel ? rel : ll_path_absolute(path, cwd);
}

char *ll_path_parent(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash || slash == path) return ll_strdup("/");
  return ll_strndup(path, (size_t)(slash - path));
}

bool ll_path_inside(const char *path, const char *dir) {
  size_t n = strlen(dir);
  while (n > 1 && dir[n - 1] == '/') n--;
  if (n == 1 && dir[0] == '/') return path[0] == '/';
  return strncmp(path, dir, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

char *ll_path_real(const char *path, const char *cwd) {
  char *real = realpath(path, NULL);
  if (real) return real;
  char *abs = ll_path_absolute(path, cwd);
  char *parent = ll_path_parent(abs), *real_parent = realpath(parent, NULL);
  const char *name = strrchr(abs, '/') + 1;
  char *planned = real_parent ? ll_strfmt("%s%s%s", real_parent, strcmp(real_parent, "/") ? "/" : "", name)
                              : ll_strdup(abs);
  free(real_parent);
  free(parent);
  free(abs);
  return planned;
}

bool ll_path_is_test_source(const char *path) {
  if (strstr(path, "__tests__/") || strstr(path, "__mocks__/")) return true;
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t n = strlen(base);
  if (strstr(base, ".test.") || strstr(base, ".spec.")) return true;
  bool python = n > 3 && strcmp(base + n - 3, ".py") == 0;
  return python && (strncmp(base, "test_", 5) == 0 || (n > 8 && strcmp(base + n - 8, "_test.py") == 0) ||
                    strcmp(base, "conftest.py") == 0);
}
