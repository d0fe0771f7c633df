#include "frontend/clang_includes.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "base/readfile.h"

typedef struct {
  ll_argv quote, angle; /* folders searched for "…" (after the includer's own) and for <…> */
  ll_argv seen;         /* headers scanned or queued, by the path they were found at */
  ll_argv queue;        /* regular headers still to scan */
  ll_argv *out;
} include_search;

static bool listed(const ll_argv *list, const char *path) {
  for (size_t i = 0; i < list->count; i++)
    if (!strcmp(list->items[i], path)) return true;
  return false;
}

/* `dir` as the flags mean it: relative to -working-directory when one is given. */
static char *flag_dir(const char *dir, const char *cwd) {
  return dir[0] != '/' && cwd ? ll_strfmt("%s/%s", cwd, dir) : ll_strdup(dir);
}

static void read_flag_dirs(include_search *s, const ll_argv *args) {
  const char *cwd = NULL;
  for (size_t i = 0; i + 1 < args->count; i++)
    if (!strcmp(args->items[i], "-working-directory")) cwd = args->items[i + 1];
  static const struct {
    const char *flag;
    bool quote_only;
  } flags[] = {{"-iquote", true}, {"-I", false}, {"-isystem", false}, {"-idirafter", false}};
  for (size_t f = 0; f < sizeof flags / sizeof flags[0]; f++)
    for (size_t i = 0; i < args->count; i++) {
      const char *arg = args->items[i], *dir = NULL;
      size_t n = strlen(flags[f].flag);
      if (strncmp(arg, flags[f].flag, n) != 0) continue;
      dir = arg[n] ? arg + n : i + 1 < args->count ? args->items[++i] : NULL;
      if (!dir || !*dir) continue;
      char *path = flag_dir(dir, cwd);
      ll_argv_push(&s->quote, path);
      if (!flags[f].quote_only) ll_argv_push(&s->angle, path);
      free(path);
    }
}

/* The first candidate that exists decides, as in the preprocessor: a regular file of sane size is
 * queued for scanning, anything else is handed over as empty. */
static bool try_candidate(include_search *s, const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) return false;
  if (S_ISDIR(st.st_mode)) return false; /* the preprocessor skips folders and searches on */
  if (!S_ISREG(st.st_mode) || st.st_size > LL_CLANG_MAX_HEADER) {
    if (!listed(s->out, path)) ll_argv_push(s->out, path);
  } else if (!listed(&s->seen, path) && s->seen.count < LL_CLANG_MAX_SCANNED) {
    ll_argv_push(&s->seen, path);
    ll_argv_push(&s->queue, path);
  }
  return true;
}

static void resolve(include_search *s, const char *includer_dir, const char *name, bool quoted) {
  if (name[0] == '/') {
    try_candidate(s, name);
    return;
  }
  if (quoted && includer_dir) {
    char *path = ll_strfmt("%s/%s", includer_dir, name);
    bool found = try_candidate(s, path);
    free(path);
    if (found) return;
  }
  const ll_argv *dirs = quoted ? &s->quote : &s->angle;
  for (size_t i = 0; i < dirs->count; i++) {
    char *path = ll_strfmt("%s/%s", dirs->items[i], name);
    bool found = try_candidate(s, path);
    free(path);
    if (found) return;
  }
}

static const char *skip_blanks(const char *p, const char *end) {
  while (p < end && (*p == ' ' || *p == '\t')) p++;
  return p;
}

/* The directive keyword at p ("include", …) when it opens a file; the position after it, or NULL. */
static const char *include_keyword(const char *p, const char *end) {
  static const char *const keywords[] = {"include_next", "include", "import", "embed", NULL};
  for (size_t k = 0; keywords[k]; k++) {
    size_t n = strlen(keywords[k]);
    if ((size_t)(end - p) > n && !strncmp(p, keywords[k], n) && (p[n] == ' ' || p[n] == '\t' || p[n] == '"' || p[n] == '<'))
      return p + n;
  }
  return NULL;
}

/* Every `#include "x"` / `<x>` line of `text`; `dir` is the including file's folder. */
static void scan(include_search *s, const char *dir, const char *text, size_t len) {
  const char *end = text + len;
  for (const char *line = text; line < end;) {
    const char *next = memchr(line, '\n', (size_t)(end - line));
    const char *eol = next ? next : end;
    const char *p = skip_blanks(line, eol);
    if (p < eol && *p == '#') {
      p = include_keyword(skip_blanks(p + 1, eol), eol);
      p = p ? skip_blanks(p, eol) : NULL;
      if (p && p < eol && (*p == '"' || *p == '<')) {
        const char *close = memchr(p + 1, *p == '"' ? '"' : '>', (size_t)(eol - p - 1));
        if (close && close > p + 1) {
          char *name = ll_strndup(p + 1, (size_t)(close - p - 1));
          resolve(s, dir, name, *p == '"');
          free(name);
        }
      }
    }
    line = eol + 1;
  }
}

static char *folder_of(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? ll_strndup(path, slash == path ? 1 : (size_t)(slash - path)) : ll_strdup(".");
}

void ll_clang_special_headers(const char *file, const char *source, size_t len, const ll_argv *args,
                              ll_argv *out) {
  include_search s = {.out = out};
  read_flag_dirs(&s, args);
  char *dir = folder_of(file);
  scan(&s, dir, source, len);
  free(dir);
  for (size_t i = 0; i < s.queue.count; i++) {
    size_t n = 0;
    char *error = NULL;
    char *text = ll_read_file_limited(s.queue.items[i], LL_CLANG_MAX_HEADER, &n, &error);
    free(error);
    if (!text) continue;
    char *header_dir = folder_of(s.queue.items[i]);
    scan(&s, header_dir, text, n);
    free(header_dir);
    free(text);
  }
  ll_argv_free(&s.quote);
  ll_argv_free(&s.angle);
  ll_argv_free(&s.seen);
  ll_argv_free(&s.queue);
}
