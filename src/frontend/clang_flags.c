/* clang_flags.c — reading compile_commands.json ourselves (libclang's reader expands @response
 * files and looks in folders we did not choose) and keeping only the flags of an allowlist. */
#define _XOPEN_SOURCE 700 /* realpath */

#include "frontend/clang_flags.h"

#include <jansson.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "base/readfile.h"
#include "base/path.h"

void ll_argv_push(ll_argv *self, const char *arg) { LL_PUSH(self->items, self->count, self->cap, ll_strdup(arg)); }

void ll_argv_free(ll_argv *self) {
  for (size_t i = 0; i < self->count; i++) free(self->items[i]);
  free(self->items);
  *self = (ll_argv){0};
}

/* ---- the allowlist ---------------------------------------------------------------------------- */

/* Flags kept with their value as the next argument (or joined: -Iinclude, -DX=1). */
static const char *const kept_with_value[] = {"-I", "-isystem", "-iquote", "-idirafter", "-D", "-U", NULL};

/* Dropped flags whose value is the next argument: the value goes with them, so that it is never
 * read as a flag of its own (`-Xclang -load`, `-mllvm -…`). Other dropped flags take no value, or
 * a value that is not a flag (dropped as an input file). */
static const char *const dropped_with_value[] = {
    "-o", "-MF", "-MT", "-MQ", "-MJ", "-Xclang", "-Xpreprocessor", "-Xassembler", "-Xlinker",
    "-Xanalyzer", "-Xopenmp-target", "-Xcuda-fatbinary", "-Xcuda-ptxas", "-Xarch_host",
    "-Xarch_device", "-mllvm", "-include", "-imacros", "-include-pch", "-iprefix", "-iwithprefix",
    "-iwithprefixbefore", "-isysroot", "-ivfsoverlay", "-iframework", "-cxx-isystem", "-arch",
    "-target", "--serialize-diagnostics", "-serialize-diagnostics", "-dependency-file",
    "-dependency-dot", "-B", "-L", "-F", "-T", "-u", "-z", "-e", "--sysroot", "-main-file-name",
    "--param", "--output", "-working-directory", "-resource-dir", "-gcc-toolchain", NULL};

/* -f flags (after "no-") that name files, load code, or make the parse write something. */
static const char *const dropped_f_prefixes[] = {
    "plugin", "pass-plugin", "load", "profile", "cs-profile", "coverage", "test-coverage",
    "debug-prefix-map", "file-prefix-map", "macro-prefix-map", "debug-compilation-dir", "module",
    "implicit-module", "prebuilt-module", "crash-diagnostics", "time-trace", "save-optimization-record",
    "optimization-record", "proc-stat-report", "stack-usage", "dump", "pch", "build-session", "embed",
    "xray", "sanitize-coverage", "sanitize-blacklist", "sanitize-ignorelist", "use-ld", "thinlto",
    "memory-profile", "instrument", "rewrite", "basic-block", "cas", "depscan", "apinotes", NULL};

static bool in_list(const char *const *list, const char *arg) {
  for (size_t i = 0; list[i]; i++)
    if (strcmp(list[i], arg) == 0) return true;
  return false;
}

static bool starts_with(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

/* Whether every byte of `s` (non-empty) is a letter, a digit or one of `extra`. */
static bool plain_word(const char *s, const char *extra) {
  if (!*s) return false;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || strchr(extra, *s)))
      return false;
  return true;
}

/* A `-f` value that cannot name a file: a word (`hidden`, `address,undefined`) or a version. */
static bool harmless_f_value(const char *value) {
  return plain_word(value, "_,+-") || (plain_word(value, ".") && strspn(value, "0123456789.") == strlen(value));
}

static bool kept_f_flag(const char *arg) {
  const char *name = arg + 2;
  if (starts_with(name, "no-")) name += 3;
  for (size_t i = 0; dropped_f_prefixes[i]; i++)
    if (starts_with(name, dropped_f_prefixes[i])) return false;
  const char *eq = strchr(name, '=');
  return *name && (!eq || harmless_f_value(eq + 1));
}

static bool kept_g_flag(const char *arg) {
  const char *rest = arg + 2;
  if (starts_with(rest, "gdb")) rest += 3;
  else if (starts_with(rest, "dwarf")) rest += strlen(rest[5] == '-' ? "dwarf-" : "dwarf");
  return strspn(rest, "0123456789") == strlen(rest);
}

/* Whether a flag that stands alone (or carries its value joined) is kept. */
static bool kept_alone(const char *arg) {
  static const char *const exact[] = {"-pthread", "-nostdinc", "-nostdinc++", "-nostdlibinc", "-ansi",
                                      "-pedantic", "-pedantic-errors", "-w", NULL};
  static const char *const optimisation[] = {"-O", "-O0", "-O1", "-O2", "-O3", "-O4", "-Os", "-Oz", "-Og",
                                             "-Ofast", NULL};
  if (in_list(exact, arg) || in_list(optimisation, arg)) return true;
  for (size_t i = 0; kept_with_value[i]; i++) /* joined: -Iinclude, -DNAME=1, -isystem/usr/x */
    if (starts_with(arg, kept_with_value[i]) && arg[strlen(kept_with_value[i])]) return true;
  if (starts_with(arg, "-std=")) return plain_word(arg + 5, "+");
  if (starts_with(arg, "--target=")) return plain_word(arg + 9, "_.-");
  if (starts_with(arg, "-x")) return plain_word(arg + 2, "+-");
  if (starts_with(arg, "-W")) return !strchr(arg, ',') && !strchr(arg, '/'); /* not -Wl, -Wp, -Wa */
  if (starts_with(arg, "-f")) return kept_f_flag(arg);
  if (starts_with(arg, "-m")) return !strchr(arg, '/'); /* -march=, -m64, -mavx2 (-mllvm is dropped above) */
  if (starts_with(arg, "-g")) return kept_g_flag(arg);
  return false;
}

void ll_clang_filter_args(const char *const *args, size_t n, ll_argv *out) {
  for (size_t i = 0; i < n; i++) {
    const char *arg = args[i];
    const char *next = i + 1 < n ? args[i + 1] : NULL;
    if (in_list(kept_with_value, arg) || strcmp(arg, "-x") == 0) {
      /* A value that looks like a flag or a response file is a broken or crafted line: dropped. */
      bool ok = next && next[0] != '-' && next[0] != '@' && (strcmp(arg, "-x") != 0 || plain_word(next, "+-"));
      if (ok) {
        ll_argv_push(out, arg);
        ll_argv_push(out, next);
      }
      i++;
    } else if (in_list(dropped_with_value, arg)) {
      i++;
    } else if (arg[0] == '-' && kept_alone(arg)) {
      ll_argv_push(out, arg);
    }
  }
}

/* ---- finding the database ----------------------------------------------------------------------- */

static bool regular_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

char *ll_compile_db_find(const char *file, const char *root) {
  if (!root || file[0] != '/' || !ll_path_inside(file, root)) return NULL;
  char *dir = ll_path_parent(file);
  char *found = NULL;
  for (;;) {
    const char *const candidates[] = {"/compile_commands.json", "/build/compile_commands.json"};
    for (size_t i = 0; i < 2 && !found; i++) {
      char *db = ll_concat(strcmp(dir, "/") ? dir : "", candidates[i], NULL);
      if (regular_file(db)) found = db;
      else free(db);
    }
    char *up = ll_path_parent(dir);
    bool stop = found || strcmp(up, dir) == 0 || !ll_path_inside(up, root);
    free(dir);
    dir = up;
    if (stop) break;
  }
  free(dir);
  return found;
}

/* ---- reading the database --------------------------------------------------------------------- */

/* Splits a shell-style command line (quotes and backslashes as a POSIX shell reads them, which is
 * how CMake, Bear and Meson write `command`). */
static void split_command(const char *cmd, ll_argv *out) {
  size_t len = strlen(cmd);
  char *word = ll_malloc(len + 1);
  const char *c = cmd;
  for (;;) {
    while (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r') c++;
    if (!*c) break;
    size_t n = 0;
    char quote = 0;
    for (; *c && (quote || !(*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r')); c++) {
      if (quote == '\'') {
        if (*c == '\'') quote = 0;
        else word[n++] = *c;
      } else if (*c == '\\' && c[1] && (quote != '"' || strchr("\"\\$`", c[1]))) {
        word[n++] = *++c;
      } else if (*c == quote) {
        quote = 0;
      } else if (!quote && (*c == '\'' || *c == '"')) {
        quote = *c;
      } else {
        word[n++] = *c;
      }
    }
    word[n] = '\0';
    ll_argv_push(out, word);
  }
  free(word);
}

/* The entry's file as an absolute normalised path. */
static char *entry_file(json_t *entry) {
  const char *dir = json_string_value(json_object_get(entry, "directory"));
  const char *file = json_string_value(json_object_get(entry, "file"));
  return file && dir && dir[0] == '/' ? ll_path_absolute(file, dir) : NULL;
}

static bool same_file(const char *listed, const char *file) {
  if (strcmp(listed, file) == 0) return true;
  const char *a = strrchr(listed, '/'), *b = strrchr(file, '/');
  if (!a || !b || strcmp(a, b) != 0) return false; /* realpath only for names that match */
  char real[PATH_MAX];
  return realpath(listed, real) && strcmp(real, file) == 0;
}

/* How many leading bytes of the folders of `a` and `b` are the same whole path segments. */
static size_t shared_folder(const char *a, const char *b) {
  size_t n = 0;
  for (size_t i = 0; a[i] && a[i] == b[i]; i++)
    if (a[i] == '/') n = i + 1;
  return n;
}

/* The entry for `file`, or the one in the nearest folder. */
static json_t *entry_for(json_t *db, const char *file) {
  json_t *best = NULL;
  size_t best_shared = 0, i;
  json_t *entry;
  json_array_foreach(db, i, entry) {
    char *listed = entry_file(entry);
    if (!listed) continue;
    bool same = same_file(listed, file);
    size_t shared = shared_folder(listed, file);
    free(listed);
    if (same) return entry;
    if (shared > best_shared) {
      best = entry;
      best_shared = shared;
    }
  }
  return best;
}

bool ll_compile_db_flags(const char *db_file, const char *file, ll_argv *out) {
  size_t len = 0;
  char *error = NULL;
  char *bytes = ll_read_file(db_file, &len, &error); /* regular files only: never waits on a FIFO */
  free(error);
  json_t *db = bytes ? json_loadb(bytes, len, 0, NULL) : NULL;
  free(bytes);
  json_t *entry = json_is_array(db) ? entry_for(db, file) : NULL;
  if (entry) {
    ll_argv words = {0};
    json_t *arguments = json_object_get(entry, "arguments");
    size_t i;
    json_t *arg;
    if (json_is_array(arguments)) {
      json_array_foreach(arguments, i, arg) ll_argv_push(&words, json_is_string(arg) ? json_string_value(arg) : "");
    } else if (json_is_string(json_object_get(entry, "command"))) {
      split_command(json_string_value(json_object_get(entry, "command")), &words);
    }
    ll_argv_push(out, "-working-directory");
    ll_argv_push(out, json_string_value(json_object_get(entry, "directory")));
    if (words.count > 1) ll_clang_filter_args((const char *const *)words.items + 1, words.count - 1, out);
    ll_argv_free(&words);
  }
  json_decref(db);
  return entry != NULL;
}
