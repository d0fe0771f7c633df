/* vendored.c — see vendored.h. */
#include "engine/vendored.h"

#include <dirent.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "base/readfile.h"
#include "base/strmap.h"

static bool ends_with(const char *s, size_t n, const char *suffix) {
  size_t k = strlen(suffix);
  return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

/* What the folder tests need of one folder, read from one listing of it. */
typedef struct {
  bool has_init;    /* __init__.py, a regular file */
  bool has_licence; /* LICENSE, COPYING, … a regular file */
  char **installed; /* entries named *.dist-info / *.egg-info, and "<name>-requirement" for each
                       distribution a requirements.txt there names (owned), NULL-terminated, or NULL */
} folder_facts;

struct ll_folder_facts {
  pthread_mutex_t lock;
  ll_strmap by_dir; /* folder → index + 1 */
  char **dirs;      /* the map's keys (owned) */
  folder_facts *items;
  size_t n, cap, cap_dirs;
};

ll_folder_facts *ll_folder_facts_new(void) {
  ll_folder_facts *self = ll_calloc(1, sizeof *self);
  pthread_mutex_init(&self->lock, NULL);
  ll_strmap_init(&self->by_dir);
  return self;
}

static void free_installed(char **installed) {
  for (size_t i = 0; installed && installed[i]; i++) free(installed[i]);
  free(installed);
}

void ll_folder_facts_delete(ll_folder_facts *self) {
  if (!self) return;
  for (size_t i = 0; i < self->n; i++) {
    free(self->dirs[i]);
    free_installed(self->items[i].installed);
  }
  free(self->dirs);
  free(self->items);
  ll_strmap_free(&self->by_dir);
  pthread_mutex_destroy(&self->lock);
  free(self);
}

static bool in_list(const char *name, const char *const *list) {
  for (size_t i = 0; list[i]; i++)
    if (strcmp(name, list[i]) == 0) return true;
  return false;
}

/* A listed entry that is a regular file (following a symlink, as stat does). */
static bool regular_entry(const char *dir, const char *name, unsigned char type) {
  if (type == DT_REG) return true;
  if (type != DT_LNK && type != DT_UNKNOWN) return false;
  char *path = ll_strfmt("%s%s%s", dir, *dir ? "/" : "", name);
  struct stat st;
  bool ok = stat(path, &st) == 0 && S_ISREG(st.st_mode);
  free(path);
  return ok;
}

typedef struct {
  folder_facts facts;
  size_t n_installed, cap_installed;
} facts_builder;

/* The distributions a requirements.txt names, as "<name>-requirement" entries (`-` and `.` in a
 * name read as `_`, its import name's spelling): `pip install -r requirements.txt -t .` puts them
 * beside it, and a layer's `python/` folder is often committed so without its *.dist-info. Options
 * (-r, -e, --index-url), paths and URLs name nothing installed from an index. */
static void note_requirements(facts_builder *b, const char *dir) {
  char *path = ll_strfmt("%s%srequirements.txt", dir, *dir ? "/" : "");
  size_t len = 0;
  char *error = NULL, *text = ll_read_file_limited(path, 64 * 1024, &len, &error);
  free(error);
  free(path);
  for (char *line = text, *next; line && *line; line = next) {
    next = line + strcspn(line, "\n");
    if (*next) *next++ = '\0';
    line += strspn(line, " \t");
    size_t n = strspn(line, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-");
    if (!n || line[0] == '-' || line[0] == '.' || strstr(line, "://") || line[n] == '/') continue;
    char *entry = ll_strfmt("%.*s-requirement", (int)n, line);
    for (size_t i = 0; i < n; i++)
      if (entry[i] == '-' || entry[i] == '.') entry[i] = '_';
    LL_PUSH(b->facts.installed, b->n_installed, b->cap_installed, entry);
  }
  free(text);
}

static void note_entry(facts_builder *b, const char *dir, const char *name, unsigned char type) {
  static const char *const licences[] = {"LICENSE", "LICENSE.txt", "LICENSE.md", "LICENSE.rst", "LICENCE",
                                         "COPYING", "COPYING.txt", NULL};
  size_t len = strlen(name);
  if (!strcmp(name, "__init__.py")) b->facts.has_init = b->facts.has_init || regular_entry(dir, name, type);
  else if (in_list(name, licences)) b->facts.has_licence = b->facts.has_licence || regular_entry(dir, name, type);
  else if (!strcmp(name, "requirements.txt") && regular_entry(dir, name, type)) note_requirements(b, dir);
  else if (ends_with(name, len, ".dist-info") || ends_with(name, len, ".egg-info")) {
    char *copy = ll_strdup(name);
    LL_PUSH(b->facts.installed, b->n_installed, b->cap_installed, copy);
  }
}

static folder_facts built(facts_builder *b) {
  if (b->facts.installed) {
    char *end = NULL;
    LL_PUSH(b->facts.installed, b->n_installed, b->cap_installed, end);
  }
  return b->facts;
}

static folder_facts read_folder(const char *dir) {
  facts_builder b = {0};
  DIR *d = opendir(*dir ? dir : ".");
  if (!d) return b.facts;
  for (struct dirent *e; (e = readdir(d));) note_entry(&b, dir, e->d_name, e->d_type);
  closedir(d);
  return built(&b);
}

/* Keeps `facts` for `dir` unless another worker (or discovery) did first; returns what is kept. */
static folder_facts keep_facts(ll_folder_facts *self, const char *dir, folder_facts facts) {
  pthread_mutex_lock(&self->lock);
  int known = ll_strmap_get(&self->by_dir, dir);
  if (known > 0) {
    free_installed(facts.installed);
    facts = self->items[known - 1];
  } else {
    char *key = ll_strdup(dir);
    size_t n = self->n;
    LL_PUSH(self->dirs, n, self->cap_dirs, key);
    LL_PUSH(self->items, self->n, self->cap, facts);
    ll_strmap_put(&self->by_dir, key, (int)self->n);
  }
  pthread_mutex_unlock(&self->lock);
  return facts; /* `installed` stays put: the entries own it, never moved */
}

void ll_folder_facts_seed(ll_folder_facts *self, const char *dir, const char *const *names, const unsigned char *types,
                          size_t n) {
  facts_builder b = {0};
  for (size_t i = 0; i < n; i++) note_entry(&b, dir, names[i], types[i]);
  keep_facts(self, dir, built(&b));
}

static folder_facts facts_of(ll_folder_facts *self, const char *dir) {
  pthread_mutex_lock(&self->lock);
  int known = ll_strmap_get(&self->by_dir, dir);
  folder_facts facts = known > 0 ? self->items[known - 1] : (folder_facts){0};
  pthread_mutex_unlock(&self->lock);
  if (known > 0) return facts;
  return keep_facts(self, dir, read_folder(dir)); /* read outside the lock: a listing waits on the disk */
}

/* `parent/name-1.2.dist-info` or `.egg-info` beside `parent/name`: a `pip install -t` copy. */
static bool installed_beside(ll_folder_facts *memo, const char *parent, const char *name, size_t n) {
  folder_facts facts = facts_of(memo, parent);
  for (size_t i = 0; facts.installed && facts.installed[i]; i++) {
    const char *entry = facts.installed[i];
    if (strlen(entry) > n + 1 && strncasecmp(entry, name, n) == 0 && entry[n] == '-') return true;
  }
  return false;
}

static bool generated_file(const ll_module *m) {
  static const char *const suffixes[] = {"_pb2.py", "_pb2_grpc.py", ".pb.cc", ".pb.h", ".pb.go", ".pb.c", NULL};
  static const char *const markers[] = {"Generated by the protocol buffer compiler", "Autogenerated by Thrift",
                                        "DO NOT EDIT", "@generated", NULL};
  size_t n = strlen(m->path);
  for (size_t i = 0; suffixes[i]; i++)
    if (ends_with(m->path, n, suffixes[i])) return true;
  for (uint32_t line = 1; line <= 5; line++) {
    size_t len = 0;
    const char *text = ll_module_line(m, line, &len);
    if (!text) break;
    for (size_t i = 0; markers[i]; i++)
      if (memmem(text, len, markers[i], strlen(markers[i]))) return true;
  }
  return false;
}

static bool defines_handler(const ll_module *m) {
  for (uint32_t f = 1; f < m->n_functions; f++)
    if (m->functions[f].handler) return true;
  return false;
}

/* How much of `path` is the analysed root it lies under (a prefix ending at a '/'; 0 for a relative
 * path when "." is analysed), or -1 when it lies under none (a file named on its own). */
static long root_length(const char *path, const char *const *roots, size_t n_roots) {
  long best = -1;
  bool relative = path[0] != '/' && strncmp(path, "../", 3) != 0;
  for (size_t i = 0; i < n_roots; i++) {
    size_t k = strlen(roots[i]);
    while (k > 1 && roots[i][k - 1] == '/') k--;
    if ((k == 1 && roots[i][0] == '.') || (k == 2 && !strncmp(roots[i], "./", 2))) {
      if (relative && best < 0) best = 0;
      continue;
    }
    if (strncmp(path, roots[i], k) == 0 && path[k] == '/' && (long)k > best) best = (long)k;
  }
  return best;
}

bool ll_module_is_vendored(const ll_module *m, const char *const *roots, size_t n_roots, ll_folder_facts *memo) {
  if (!m->path || defines_handler(m)) return false;
  return generated_file(m) || ll_path_is_vendored(m->path, roots, n_roots, memo);
}

static bool path_is_vendored(const char *path, const char *const *roots, size_t n_roots, ll_folder_facts *memo);

bool ll_path_is_vendored(const char *path, const char *const *roots, size_t n_roots, ll_folder_facts *memo) {
  if (memo) return path_is_vendored(path, roots, n_roots, memo);
  ll_folder_facts *once = ll_folder_facts_new();
  bool vendored = path_is_vendored(path, roots, n_roots, once);
  ll_folder_facts_delete(once);
  return vendored;
}

static bool path_is_vendored(const char *path, const char *const *roots, size_t n_roots, ll_folder_facts *memo) {
  static const char *const vendor_dirs[] = {"third_party", "third-party", "thirdparty", "vendor", "vendored",
                                            "_vendor", NULL};
  static const char *const lib_dirs[] = {"lib", "libs", "deps", "external", "extern", "contrib", NULL};
  long found = root_length(path, roots, n_roots);
  if (found < 0) return false; /* folders outside the analysed paths are not looked at */
  size_t root = found ? (size_t)found + 1 : 0; /* past the '/' */
  char *dir = ll_strdup(path);
  char *slash = strrchr(dir, '/');
  bool vendored = false;
  if (slash && (size_t)(slash - dir) >= root) { /* `six.py` beside `six-1.16.0.dist-info` */
    const char *file = slash + 1, *dot = strrchr(file, '.');
    *slash = '\0';
    vendored = installed_beside(memo, dir, file, dot ? (size_t)(dot - file) : strlen(file));
    *slash = '/';
  }
  /* each folder from the file's up to (not including) the root */
  for (; !vendored && slash && (size_t)(slash - dir) > root; slash = strrchr(dir, '/')) {
    *slash = '\0';
    char *name = strrchr(dir, '/');
    name = name ? name + 1 : dir;
    vendored = in_list(name, vendor_dirs);
    if (vendored) continue;
    size_t parent_len = name > dir ? (size_t)(name - dir) - 1 : 0, root_len = root ? root - 1 : 0;
    char *parent = ll_strndup(dir, parent_len);
    const char *parent_name = strrchr(parent, '/');
    parent_name = parent_name ? parent_name + 1 : parent;
    /* a Python package, or a folder of a `lib/<pkg>` layout inside the analysed path, with a
     * licence of its own */
    folder_facts facts = facts_of(memo, dir);
    bool package = facts.has_init;
    bool in_lib = parent_len > root_len && in_list(parent_name, lib_dirs);
    vendored = ((package || in_lib) && facts.has_licence) || (package && installed_beside(memo, parent, name, strlen(name)));
    free(parent);
  }
  free(dir);
  return vendored;
}
