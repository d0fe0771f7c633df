#include "discover/discover.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/escape.h"
#include "base/strmap.h"
#include "frontend/frontend.h"

static const char *const skipped_dirs[] = {
    ".git", ".hg", ".svn", "node_modules", ".venv", "venv", "build", "dist", ".aws-sam", "cdk.out",
    "site-packages", "__pycache__", ".tox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".serverless",
    ".terraform", ".terragrunt-cache", /* downloaded Terraform modules and providers */
    ".lambda-lint-cache",              /* lambda-lint's own result cache */
    NULL};

int ll_discover_skips_dir(const char *name) {
  for (size_t i = 0; skipped_dirs[i]; i++)
    if (strcmp(name, skipped_dirs[i]) == 0) return 1;
  return 0;
}

static void add_error(ll_discovery *out, const char *path, const char *message) {
  struct ll_discovery_error e = {.path = ll_strdup(path), .message = ll_strdup(message)};
  LL_PUSH(out->errors, out->n_errors, out->cap_errors, e);
}

/* The largest file read whole to tell whether it is a template (--max-file-size's default). */
#define TEMPLATE_SNIFF_MAX (10 * 1024 * 1024)

/* Whether a file's first bytes hold a CloudFormation section or type name. */
static bool cloudformation_words(const char *head, size_t n) {
  static const char *const words[] = {"Resources", "AWS::", "Parameters", "Mappings", "Conditions", NULL};
  for (size_t i = 0; words[i]; i++)
    if (memmem(head, n, words[i], strlen(words[i]))) return true;
  return false;
}

/* Whether `path` is a deployment template: by name, else by the first bytes of the file. */
static bool is_template(const ll_template_sniffer *sniffer, const char *path) {
  if (!sniffer || !sniffer->candidate(path)) return false;
  if (sniffer->detect(path, NULL, 0)) return true; /* by name alone */
  /* O_NONBLOCK and a regular-file check: a FIFO named *.yaml must not stop the walk. */
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return false;
  }
  char head[8192];
  ssize_t got = read(fd, head, sizeof head);
  size_t n = got > 0 ? (size_t)got : 0;
  bool found = sniffer->detect(path, head, n);
  /* A CloudFormation template may declare its first function far down (a CDK-synthesized one, after
   * pages of parameters and mappings): when the head speaks CloudFormation, look at the whole file. */
  if (!found && n == sizeof head && (cloudformation_words(head, n)) &&
      st.st_size <= TEMPLATE_SNIFF_MAX) {
    char *all = ll_malloc((size_t)st.st_size + 1);
    memcpy(all, head, n);
    size_t total = n;
    while (total < (size_t)st.st_size && (got = read(fd, all + total, (size_t)st.st_size - total)) > 0) total += (size_t)got;
    found = sniffer->detect(path, all, total);
    free(all);
  }
  close(fd);
  return found;
}

static void push_file(ll_discovery *out, char *path, char *real, size_t arg) {
  size_t n = out->n_files;
  LL_PUSH(out->reals, n, out->cap_reals, real);
  n = out->n_files;
  LL_PUSH(out->file_args, n, out->cap_file_args, arg);
  LL_PUSH(out->files, out->n_files, out->cap_files, path);
}

static void push_template(ll_discovery *out, char *path, size_t arg) {
  size_t n = out->n_templates;
  LL_PUSH(out->template_args, n, out->cap_template_args, arg);
  LL_PUSH(out->templates, out->n_templates, out->cap_templates, path);
}

/* Files a front-end handles go to `files`, templates to `templates`; the rest is dropped (false).
 * `real` (owned, may be NULL) is the file's resolved path; `arg`, the command-line path walked. */
static bool add_file(ll_discovery *out, char *path, char *real, size_t arg) {
  if (ll_frontend_for_path(path)) {
    push_file(out, path, real, arg);
    return true;
  }
  free(real);
  if (!is_template(out->sniffer, path)) return false;
  push_template(out, path, arg);
  return true;
}

/* A folder entry: its name and the type readdir reported (DT_UNKNOWN on some file systems). */
typedef struct {
  char *name;
  unsigned char type;
} entry;

static int by_name(const void *a, const void *b) {
  return strcmp(((const entry *)a)->name, ((const entry *)b)->name);
}

static void tell_listener(const ll_folder_listener *listener, const char *dir, const entry *names, size_t n) {
  const char **name_of = ll_calloc(n + 1, sizeof(char *));
  unsigned char *type_of = ll_calloc(n + 1, 1);
  for (size_t i = 0; i < n; i++) {
    name_of[i] = names[i].name;
    type_of[i] = names[i].type;
  }
  listener->folder(listener->ctx, dir, name_of, type_of, n);
  free(name_of);
  free(type_of);
}

/* The entry's type as st_mode, from readdir when it said, else from lstat. */
static bool entry_stat(const entry *e, const char *path, struct stat *st) {
  switch (e->type) {
  case DT_DIR: st->st_mode = S_IFDIR; return true;
  case DT_REG: st->st_mode = S_IFREG; return true;
  case DT_LNK: st->st_mode = S_IFLNK; return true;
  case DT_UNKNOWN: return lstat(path, st) == 0;
  default: st->st_mode = 0; return true; /* FIFOs, sockets, devices: skipped */
  }
}

/* dir/name; "." + name is name itself: paths read the same whether or not the folder was given. */
static char *join(const char *dir, const char *name) {
  if (strcmp(dir, ".") == 0) return ll_strdup(name);
  size_t n = strlen(dir);
  return ll_strfmt("%s%s%s", dir, n && dir[n - 1] == '/' ? "" : "/", name);
}

/* Walks a folder with an explicit stack of pending folders (no recursion: trees can be deep).
 * Symlinked folders are not followed, so a symlink loop cannot trap the walk. */
static void walk_dir(ll_discovery *out, const char *root, const char *root_real, size_t arg) {
  size_t root_len = strlen(root);
  char **stack = NULL;
  size_t n_stack = 0, cap_stack = 0;
  LL_PUSH(stack, n_stack, cap_stack, ll_strdup(root));
  while (n_stack) {
    char *dir = stack[--n_stack];
    DIR *d = opendir(dir);
    if (!d) {
      add_error(out, dir, strerror(errno));
      free(dir);
      continue;
    }
    entry *names = NULL;
    size_t n_names = 0, cap_names = 0;
    for (struct dirent *e; (e = readdir(d));) {
      if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
      entry item = {ll_strdup(e->d_name), e->d_type};
      LL_PUSH(names, n_names, cap_names, item);
    }
    closedir(d);
    if (n_names) qsort(names, n_names, sizeof(*names), by_name);
    if (out->listener) tell_listener(out->listener, dir, names, n_names);
    size_t first_subdir = n_stack;
    for (size_t i = 0; i < n_names; i++) {
      char *path = join(dir, names[i].name);
      struct stat st;
      if (!entry_stat(&names[i], path, &st)) {
        add_error(out, path, strerror(errno));
        free(path);
      } else if (S_ISDIR(st.st_mode) && !ll_discover_skips_dir(names[i].name)) {
        LL_PUSH(stack, n_stack, cap_stack, path);
      } else if (!(S_ISREG(st.st_mode) || S_ISLNK(st.st_mode))) {
        free(path);
      } else {
        /* Folders below the root are never symlinks (they are not followed): the real path is
         * the root's real path plus the rest, with no syscall per file. */
        bool dot = strcmp(root, ".") == 0; /* then path has no "./" to skip */
        char *real = S_ISLNK(st.st_mode) || !root_real ? NULL
                     : dot                             ? ll_concat(root_real, "/", path)
                                                       : ll_concat(root_real, path + root_len, NULL);
        if (!add_file(out, path, real, arg)) free(path);
      }
      free(names[i].name);
    }
    free(names);
    /* Visit subfolders in name order: they were pushed in order, so reverse them. */
    for (size_t a = first_subdir, b = n_stack; b > a + 1; a++, b--) {
      char *t = stack[a];
      stack[a] = stack[b - 1];
      stack[b - 1] = t;
    }
    free(dir);
  }
  free(stack);
}

/* Overlapping paths (`. src`, `f ./f`, absolute and relative) name some files twice: each is
 * analysed once, under the name it was first found by (two names would mean two findings and two
 * code-scanning alerts for one line). */
static void drop_repeats(ll_discovery *out) {
  ll_strmap seen;
  ll_strmap_init(&seen);
  size_t kept = 0;
  for (size_t i = 0; i < out->n_files; i++) {
    const char *real = out->reals[i];
    if (real && ll_strmap_get(&seen, real) >= 0) {
      free(out->files[i]);
      free(out->reals[i]);
      continue;
    }
    if (real) ll_strmap_put(&seen, real, 1);
    out->files[kept] = out->files[i];
    out->file_args[kept] = out->file_args[i];
    out->reals[kept++] = out->reals[i];
  }
  out->n_files = kept;
  size_t n_templates = out->n_templates;
  char **template_reals = ll_calloc(n_templates + 1, sizeof(char *)); /* the map's keys */
  kept = 0;
  for (size_t i = 0; i < n_templates; i++) {
    char *real = realpath(out->templates[i], NULL);
    if (real && ll_strmap_get(&seen, real) >= 0) {
      free(real);
      free(out->templates[i]);
      continue;
    }
    if (real) ll_strmap_put(&seen, real, 1);
    template_reals[i] = real;
    out->template_args[kept] = out->template_args[i];
    out->templates[kept++] = out->templates[i];
  }
  out->n_templates = kept;
  ll_strmap_free(&seen);
  for (size_t i = 0; i < n_templates; i++) free(template_reals[i]);
  free(template_reals);
}

void ll_discover(ll_discovery *out, const char *const *paths, size_t n_paths,
                 const ll_template_sniffer *templates, const ll_folder_listener *listener) {
  memset(out, 0, sizeof(*out));
  out->sniffer = templates;
  out->listener = listener;
  for (size_t i = 0; i < n_paths; i++) {
    const char *path = paths[i];
    if (strcmp(path, "-") == 0) {
      bool again = false; /* stdin can be read once: a second "-" is the same input */
      for (size_t f = 0; f < out->n_files && !again; f++) again = strcmp(out->files[f], "-") == 0;
      if (!again) push_file(out, ll_strdup(path), NULL, i);
      continue;
    }
    struct stat st;
    if (stat(path, &st) != 0) {
      add_error(out, path, errno == ENOENT ? "no such file or directory" : strerror(errno));
    } else if (S_ISDIR(st.st_mode)) {
      size_t before = out->n_files + out->n_templates;
      char *real = realpath(path, NULL);
      size_t n = strlen(path);
      if (real && n > 1 && path[n - 1] == '/') { /* "dir/" walks as "dir/x.py": keep the slash */
        char *slashed = ll_concat(real, "/", NULL);
        free(real);
        real = slashed;
      }
      walk_dir(out, path, real, i);
      free(real);
      if (out->n_files + out->n_templates == before) {
        char *shown = ll_escape_line(path);
        fprintf(stderr, "lambda-lint: %s: no source files found\n", shown);
        free(shown);
      }
    } else if (!ll_frontend_for_path(path) && is_template(out->sniffer, path)) {
      push_template(out, ll_strdup(path), i);
    } else {
      push_file(out, ll_strdup(path), realpath(path, NULL), i);
    }
  }
  drop_repeats(out);
}

void ll_discovery_free(ll_discovery *self) {
  for (size_t i = 0; i < self->n_files; i++) {
    free(self->files[i]);
    free(self->reals[i]);
  }
  free(self->reals);
  free(self->file_args);
  for (size_t i = 0; i < self->n_templates; i++) free(self->templates[i]);
  free(self->templates);
  free(self->template_args);
  for (size_t i = 0; i < self->n_errors; i++) {
    free(self->errors[i].path);
    free(self->errors[i].message);
  }
  free(self->files);
  free(self->errors);
  memset(self, 0, sizeof(*self));
}
