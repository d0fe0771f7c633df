/* cache.c — the result cache (cache.h): entries, their format, the folder. */
#include "engine/cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/path.h"
#include "base/wire.h"

/* ---- the hash ------------------------------------------------------------------------------ */

#define MUL_A 0x9E3779B97F4A7C15ull
#define MUL_B 0xC2B2AE3D27D4EB4Full

static uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

/* The murmur3 finaliser: every input bit reaches every output bit. */
static uint64_t avalanche(uint64_t x) {
  x ^= x >> 33;
  x *= 0xFF51AFD7ED558CCDull;
  x ^= x >> 33;
  x *= 0xC4CEB9FE1A85EC53ull;
  return x ^ (x >> 33);
}

static void mix(ll_hasher *self, uint64_t w) {
  self->a = rotl((self->a ^ w) * MUL_A, 31);
  self->b = rotl(self->b + w, 27) * MUL_B + 0x52DCE729;
}

void ll_hasher_init(ll_hasher *self) { *self = (ll_hasher){.a = 0x243F6A8885A308D3ull, .b = 0x13198A2E03707344ull}; }

void ll_hasher_add(ll_hasher *self, const void *bytes, size_t len) {
  const unsigned char *p = bytes;
  self->length += len;
  while (len && self->n_pending) {
    self->pending |= (uint64_t)*p++ << (8 * self->n_pending);
    len--;
    if (++self->n_pending == 8) {
      mix(self, self->pending);
      self->pending = 0;
      self->n_pending = 0;
    }
  }
  for (; len >= 8; p += 8, len -= 8) {
    uint64_t w = 0;
    for (int i = 7; i >= 0; i--) w = (w << 8) | p[i]; /* little-endian on every host */
    mix(self, w);
  }
  for (; len; len--) self->pending |= (uint64_t)*p++ << (8 * self->n_pending++);
}

void ll_hasher_add_str(ll_hasher *self, const char *s) {
  if (!s) ll_hasher_add(self, "\xff\xfe", 2);
  else ll_hasher_add(self, s, strlen(s) + 1);
}

void ll_hasher_add_u64(ll_hasher *self, uint64_t v) {
  unsigned char b[8];
  for (int i = 0; i < 8; i++) b[i] = (unsigned char)(v >> (8 * i));
  ll_hasher_add(self, b, 8);
}

void ll_hasher_add_hash(ll_hasher *self, ll_hash h) {
  ll_hasher_add_u64(self, h.lo);
  ll_hasher_add_u64(self, h.hi);
}

void ll_hasher_add_file(ll_hasher *self, const char *path) {
  int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    if (fd >= 0) close(fd);
    ll_hasher_add_str(self, "(none)");
    return;
  }
  char chunk[16384];
  ll_hasher_add_u64(self, (uint64_t)st.st_size);
  for (ssize_t n; (n = read(fd, chunk, sizeof chunk)) > 0;) ll_hasher_add(self, chunk, (size_t)n);
  close(fd);
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

void ll_hasher_add_listing(ll_hasher *self, const char *folder, const char *cache) {
  size_t n_folder = strlen(folder);
  const char *cache_name = cache && !strncmp(cache, folder, n_folder) && cache[n_folder] == '/' &&
                                   !strchr(cache + n_folder + 1, '/') ? cache + n_folder + 1 : NULL;
  DIR *d = opendir(folder);
  if (!d) {
    ll_hasher_add_str(self, "(no folder)");
    return;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  for (struct dirent *e; (e = readdir(d));)
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") && strcmp(e->d_name, LL_CACHE_FOLDER) &&
        (!cache_name || strcmp(e->d_name, cache_name)))
      LL_PUSH(names, n, cap, ll_strdup(e->d_name));
  closedir(d);
  if (n) qsort(names, n, sizeof(char *), by_name);
  ll_hasher_add_u64(self, n);
  for (size_t i = 0; i < n; i++) {
    ll_hasher_add_str(self, names[i]);
    free(names[i]);
  }
  free(names);
}

ll_hash ll_hasher_finish(const ll_hasher *self) {
  ll_hasher h = *self;
  mix(&h, h.pending ^ ((uint64_t)h.n_pending << 56));
  mix(&h, (uint64_t)h.length);
  return (ll_hash){avalanche(h.a ^ rotl(h.b, 17)), avalanche(h.b + h.a * MUL_B)};
}

ll_hash ll_hash_bytes(const void *bytes, size_t len) {
  ll_hasher h;
  ll_hasher_init(&h);
  ll_hasher_add(&h, bytes, len);
  return ll_hasher_finish(&h);
}

bool ll_hash_equal(ll_hash a, ll_hash b) { return a.lo == b.lo && a.hi == b.hi; }

/* ---- the entry format ---------------------------------------------------------------------- */

/* "LLCACHE1", u32 format, u32 0, key (16), u64 payload length, payload checksum (16), payload.
 * Integers and strings as base/wire.h writes them.
 * Bump the format whenever the payload changes. */
#define MAGIC "LLCACHE1"
enum { FORMAT = LL_CACHE_FORMAT, HEADER = 8 + 4 + 4 + 16 + 8 + 16 };
#define MAX_ENTRY ((size_t)64 << 20)

/* Every field of ll_finding is stored below: a new field must be added to put_finding and
 * get_finding (and FORMAT bumped) before this holds again. */
_Static_assert(sizeof(void *) != 8 || sizeof(ll_finding) == 96,
               "ll_finding changed: store its new fields in src/engine/cache.c and bump LL_CACHE_FORMAT");

static void put_hash(ll_wire *b, ll_hash h) {
  ll_wire_put_u64(b, h.lo);
  ll_wire_put_u64(b, h.hi);
}

static void put_finding(ll_wire *b, const ll_finding *f) {
  ll_wire_put_str(b, f->path);
  ll_wire_put_u32(b, f->line);
  ll_wire_put_u32(b, f->column);
  ll_wire_put_u32(b, f->end_line);
  ll_wire_put_u32(b, f->end_column);
  ll_wire_put_str(b, f->rule ? f->rule->id : NULL);
  ll_wire_put_u32(b, (uint32_t)f->severity);
  ll_wire_put_str(b, f->message);
  ll_wire_put_str(b, f->source_line);
  ll_wire_put_u32(b, f->source_first_column);
  ll_wire_put_u32(b, f->source_cut_end);
  ll_wire_put_u64(b, f->line_digest);
  ll_wire_put_str(b, f->fingerprint);
  ll_wire_put_u32(b, (uint32_t)f->suppressed);
  ll_wire_put_u32(b, f->fix != NULL);
  if (!f->fix) return;
  ll_wire_put_u32(b, f->fix->unsafe);
  ll_wire_put_str(b, f->fix->title);
  ll_wire_put_u64(b, f->fix->n_edits);
  for (size_t i = 0; i < f->fix->n_edits; i++) {
    const ll_edit *e = &f->fix->edits[i];
    const uint32_t numbers[] = {e->start, e->end, e->line, e->column, e->end_line, e->end_column};
    for (size_t k = 0; k < sizeof numbers / sizeof *numbers; k++) ll_wire_put_u32(b, numbers[k]);
    ll_wire_put_str(b, e->text);
  }
}

static void put_messages(ll_wire *b, const ll_error *items, size_t n) {
  ll_wire_put_u64(b, n);
  for (size_t i = 0; i < n; i++) {
    ll_wire_put_str(b, items[i].path);
    ll_wire_put_str(b, items[i].message);
  }
}

char *ll_cache_entry_encode(ll_hash key, const char *const *dep_reals, const ll_hash *dep_hashes,
                            size_t n_deps, const ll_results *results, size_t *len) {
  ll_wire payload = {0};
  ll_wire_put_u64(&payload, n_deps);
  for (size_t i = 0; i < n_deps; i++) {
    ll_wire_put_str(&payload, dep_reals[i]);
    put_hash(&payload, dep_hashes[i]);
  }
  ll_wire_put_u64(&payload, results->n_findings);
  for (size_t i = 0; i < results->n_findings; i++) put_finding(&payload, &results->findings[i]);
  put_messages(&payload, results->errors, results->n_errors);
  put_messages(&payload, results->notes, results->n_notes);
  ll_wire_put_u64(&payload, results->n_specs_used); /* the --handler specs the unit used */
  for (size_t i = 0; i < results->n_specs_used; i++) ll_wire_put_u64(&payload, results->specs_used[i]);
  ll_wire out = {0};
  ll_wire_put(&out, MAGIC, 8);
  ll_wire_put_u32(&out, FORMAT);
  ll_wire_put_u32(&out, 0);
  put_hash(&out, key);
  ll_wire_put_u64(&out, payload.n);
  put_hash(&out, ll_hash_bytes(payload.bytes, payload.n));
  ll_wire_put(&out, payload.bytes ? payload.bytes : "", payload.n);
  free(payload.bytes);
  *len = out.n;
  return out.bytes;
}

static ll_hash get_hash(ll_wire_reader *r) {
  ll_hash h;
  h.lo = ll_wire_get_u64(r);
  h.hi = ll_wire_get_u64(r);
  return h;
}

/* A string (malloc'd); *present false for a stored NULL. On a bad length the reader fails. */
static char *get_str(ll_wire_reader *r, bool *present) {
  uint32_t n = 0;
  const char *s = ll_wire_get_bytes(r, &n);
  *present = s != NULL;
  return s ? ll_strndup(s, n) : NULL;
}

/* A string that must be there. */
static char *get_text(ll_wire_reader *r) {
  bool present = false;
  char *s = get_str(r, &present);
  if (!present) r->ok = false;
  return s;
}

static bool get_finding(ll_wire_reader *r, ll_finding *f) {
  bool present = false;
  f->path = get_text(r);
  f->line = ll_wire_get_u32(r);
  f->column = ll_wire_get_u32(r);
  f->end_line = ll_wire_get_u32(r);
  f->end_column = ll_wire_get_u32(r);
  char *id = get_text(r);
  f->rule = id ? ll_rule_find(id) : NULL;
  if (!f->rule || strcmp(f->rule->id, id) != 0) r->ok = false; /* a rule this binary lacks */
  free(id);
  uint32_t severity = ll_wire_get_u32(r);
  if (severity > LL_SEVERITY_ERROR) r->ok = false;
  f->severity = (ll_severity)severity;
  f->message = get_text(r);
  f->source_line = get_str(r, &present);
  f->source_first_column = ll_wire_get_u32(r);
  uint32_t cut = ll_wire_get_u32(r);
  if (cut > 1) r->ok = false;
  f->source_cut_end = cut == 1;
  f->line_digest = ll_wire_get_u64(r);
  f->fingerprint = get_str(r, &present);
  uint32_t suppressed = ll_wire_get_u32(r), has_fix = ll_wire_get_u32(r);
  if (suppressed > LL_SUPPRESSED_BY_BASELINE || has_fix > 1) r->ok = false;
  f->suppressed = (ll_suppression_kind)suppressed;
  if (!r->ok || !has_fix) return r->ok;
  f->fix = ll_calloc(1, sizeof *f->fix);
  uint32_t unsafe = ll_wire_get_u32(r);
  if (unsafe > 1) r->ok = false;
  f->fix->unsafe = unsafe == 1;
  f->fix->title = get_text(r);
  size_t n = ll_wire_get_count(r, 28);
  f->fix->edits = ll_calloc(n + 1, sizeof *f->fix->edits);
  for (size_t i = 0; i < n && r->ok; i++) {
    ll_edit *e = &f->fix->edits[i];
    uint32_t *numbers[] = {&e->start, &e->end, &e->line, &e->column, &e->end_line, &e->end_column};
    for (size_t k = 0; k < sizeof numbers / sizeof *numbers; k++) *numbers[k] = ll_wire_get_u32(r);
    e->text = get_text(r);
    f->fix->n_edits = i + 1;
  }
  return r->ok;
}

static void get_messages(ll_wire_reader *r, ll_results *out, bool notes) {
  size_t n = ll_wire_get_count(r, 8);
  for (size_t i = 0; i < n && r->ok; i++) {
    char *path = get_text(r), *message = get_text(r);
    if (r->ok && notes) ll_results_add_note(out, path, message);
    else if (r->ok) ll_results_add_error(out, path, message);
    free(path);
    free(message);
  }
}

void ll_cache_entry_free(ll_cache_entry *self) {
  for (size_t i = 0; i < self->n_deps; i++) free(self->dep_reals[i]);
  free(self->dep_reals);
  free(self->dep_hashes);
  ll_results_delete(self->results);
  *self = (ll_cache_entry){0};
}

bool ll_cache_entry_decode(const char *bytes, size_t len, ll_hash key, ll_cache_entry *out) {
  *out = (ll_cache_entry){0};
  ll_wire_reader r = {(const unsigned char *)bytes, len, true};
  if (len < HEADER || memcmp(bytes, MAGIC, 8) != 0) return false;
  r.p += 8;
  r.left -= 8;
  if (ll_wire_get_u32(&r) != FORMAT || ll_wire_get_u32(&r) != 0 || !ll_hash_equal(get_hash(&r), key)) return false;
  uint64_t payload = ll_wire_get_u64(&r);
  ll_hash checksum = get_hash(&r);
  if (!r.ok || payload != r.left || !ll_hash_equal(checksum, ll_hash_bytes(r.p, r.left))) return false;
  out->results = ll_results_new();
  size_t n_deps = ll_wire_get_count(&r, 20);
  out->dep_reals = ll_calloc(n_deps + 1, sizeof(char *));
  out->dep_hashes = ll_calloc(n_deps + 1, sizeof(ll_hash));
  for (size_t i = 0; i < n_deps && r.ok; i++) {
    out->dep_reals[i] = get_text(&r);
    out->dep_hashes[i] = get_hash(&r);
    out->n_deps = i + 1;
  }
  size_t n_findings = ll_wire_get_count(&r, 64);
  for (size_t i = 0; i < n_findings && r.ok; i++) {
    ll_finding f = {0};
    bool good = get_finding(&r, &f);
    ll_results *res = out->results;
    LL_PUSH(res->findings, res->n_findings, res->cap_findings, f); /* freed with the results */
    if (!good) break;
  }
  get_messages(&r, out->results, false);
  get_messages(&r, out->results, true);
  size_t n_specs = ll_wire_get_count(&r, 8);
  for (size_t i = 0; i < n_specs && r.ok; i++) {
    size_t spec = (size_t)ll_wire_get_u64(&r);
    ll_results *res = out->results;
    LL_PUSH(res->specs_used, res->n_specs_used, res->cap_specs_used, spec);
  }
  if (!r.ok || r.left != 0) {
    ll_cache_entry_free(out);
    return false;
  }
  return true;
}

/* ---- the folder ---------------------------------------------------------------------------- */

struct ll_cache {
  char *path;
  int dir; /* the cache folder, opened without following a link; -1 until it exists */
  pthread_mutex_t creating;
  atomic_bool stored;
  atomic_uint counter; /* for temporary names */
};

static void entry_name(ll_hash key, char name[64]) {
  snprintf(name, 64, "%016llx%016llx.llc", (unsigned long long)key.hi, (unsigned long long)key.lo);
}

/* Creates `name` in the cache folder with `text` unless something by that name is there. */
static void write_once(int dir, const char *name, const char *text) {
  int fd = openat(dir, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return;
  ssize_t n = write(fd, text, strlen(text));
  (void)n;
  close(fd);
}

const char *ll_cache_path(const ll_cache *self) { return self->path; }

/* The canonical path a folder that does not exist yet will have: its parent's, and its name. */
static char *canonical_to_be(const char *dir) {
  char *cwd = ll_path_cwd(), *abs = ll_path_absolute(dir, cwd ? cwd : "/");
  char *parent = ll_path_parent(abs), *real_parent = realpath(parent, NULL);
  const char *name = strrchr(abs, '/');
  char *out = real_parent ? ll_strfmt("%s%s", strcmp(real_parent, "/") ? real_parent : "", name) : ll_strdup(abs);
  free(cwd);
  free(abs);
  free(parent);
  free(real_parent);
  return out;
}

static int open_folder(const char *path) { return open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC); }

/* A folder that does not exist yet is created with the first entry: a run with nothing to store
 * (C/C++ only, no handler) writes nothing. */
ll_cache *ll_cache_open(const char *dir) {
  if (!dir || !*dir) return NULL;
  char *real = realpath(dir, NULL); /* canonical, like the folders it is compared with */
  int fd = open_folder(dir);
  if (fd < 0 && errno != ENOENT) return free(real), NULL; /* a link, a file, no permission */
  ll_cache *self = ll_calloc(1, sizeof(*self));
  self->path = real ? real : canonical_to_be(dir);
  self->dir = fd;
  pthread_mutex_init(&self->creating, NULL);
  return self;
}

/* The folder, created (with a .gitignore and a CACHEDIR.TAG) if need be; false when it cannot be. */
static bool ensure_folder(ll_cache *self) {
  pthread_mutex_lock(&self->creating);
  if (self->dir < 0 && (mkdir(self->path, 0755) == 0 || errno == EEXIST)) {
    self->dir = open_folder(self->path);
    if (self->dir >= 0) {
      write_once(self->dir, ".gitignore", "# Created by lambda-lint: its result cache, safe to delete.\n*\n");
      write_once(self->dir, "CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n"
                                            "# This file is a cache directory tag created by lambda-lint.\n");
    }
  }
  bool ok = self->dir >= 0;
  pthread_mutex_unlock(&self->creating);
  return ok;
}

/* The whole of a regular file in the cache folder (malloc'd), or NULL. */
static char *read_entry(int dir, const char *name, size_t *len) {
  int fd = openat(dir, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return NULL;
  struct stat st;
  char *bytes = NULL;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && (size_t)st.st_size <= MAX_ENTRY) {
    size_t want = (size_t)st.st_size, got = 0;
    bytes = ll_malloc(want);
    for (ssize_t n; got < want && (n = read(fd, bytes + got, want - got)) > 0;) got += (size_t)n;
    if (got != want) { /* changed under us: another run rewrote it */
      free(bytes);
      bytes = NULL;
    }
    *len = got;
  }
  close(fd);
  return bytes;
}

bool ll_cache_load(ll_cache *self, ll_hash key, ll_cache_entry *out) {
  *out = (ll_cache_entry){0};
  if (!self) return false;
  pthread_mutex_lock(&self->creating);
  int dir = self->dir;
  pthread_mutex_unlock(&self->creating);
  if (dir < 0) return false;
  char name[64];
  entry_name(key, name);
  size_t len = 0;
  char *bytes = read_entry(dir, name, &len);
  bool ok = bytes && ll_cache_entry_decode(bytes, len, key, out);
  free(bytes);
  if (ok) utimensat(dir, name, NULL, AT_SYMLINK_NOFOLLOW); /* used now: evicted last */
  return ok;
}

void ll_cache_store(ll_cache *self, ll_hash key, const char *const *dep_reals, const ll_hash *dep_hashes,
                    size_t n_deps, const ll_results *results) {
  if (!self || !ensure_folder(self)) return;
  size_t len = 0;
  char *bytes = ll_cache_entry_encode(key, dep_reals, dep_hashes, n_deps, results, &len);
  char name[64], temp[96];
  entry_name(key, name);
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  snprintf(temp, sizeof(temp), ".tmp-%ld-%u-%ld.part", (long)getpid(), atomic_fetch_add(&self->counter, 1),
           (long)now.tv_nsec);
  int fd = openat(self->dir, temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd >= 0) {
    size_t done = 0;
    for (ssize_t n; done < len && (n = write(fd, bytes + done, len - done)) > 0;) done += (size_t)n;
    bool ok = close(fd) == 0 && done == len;
    if (ok && renameat(self->dir, temp, self->dir, name) == 0) atomic_store(&self->stored, true);
    else unlinkat(self->dir, temp, 0);
  }
  free(bytes);
}

typedef struct {
  char *name;
  uint64_t size;
  struct timespec used;
} file_info;

static int older_first(const void *a, const void *b) {
  const file_info *x = a, *y = b;
  if (x->used.tv_sec != y->used.tv_sec) return x->used.tv_sec < y->used.tv_sec ? -1 : 1;
  if (x->used.tv_nsec != y->used.tv_nsec) return x->used.tv_nsec < y->used.tv_nsec ? -1 : 1;
  return strcmp(x->name, y->name);
}

static bool ends_with(const char *s, const char *tail) {
  size_t n = strlen(s), m = strlen(tail);
  return n >= m && !strcmp(s + n - m, tail);
}

void ll_cache_evict(ll_cache *self, uint64_t max_bytes) {
  if (!self || self->dir < 0) return;
  int fd = dup(self->dir);
  DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
  if (!d) {
    if (fd >= 0) close(fd);
    return;
  }
  rewinddir(d);
  file_info *files = NULL;
  size_t n = 0, cap = 0;
  uint64_t total = 0;
  time_t now = time(NULL);
  for (struct dirent *e; (e = readdir(d));) {
    struct stat st;
    bool entry = ends_with(e->d_name, ".llc"), temp = !strncmp(e->d_name, ".tmp-", 5);
    if ((!entry && !temp) || fstatat(self->dir, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
      continue;
    if (temp) { /* left by a run that died while writing */
      if (now - st.st_mtime > 3600) unlinkat(self->dir, e->d_name, 0);
      continue;
    }
    file_info f = {ll_strdup(e->d_name), (uint64_t)st.st_size, st.st_mtim};
    LL_PUSH(files, n, cap, f);
    total += f.size;
  }
  closedir(d);
  if (total > max_bytes) {
    qsort(files, n, sizeof(*files), older_first);
    uint64_t target = max_bytes / 4 * 3; /* room for a while */
    for (size_t i = 0; i < n && total > target; i++)
      if (unlinkat(self->dir, files[i].name, 0) == 0) total -= files[i].size;
  }
  for (size_t i = 0; i < n; i++) free(files[i].name);
  free(files);
}

void ll_cache_close(ll_cache *self) {
  if (!self) return;
  if (atomic_load(&self->stored)) ll_cache_evict(self, LL_CACHE_MAX_BYTES);
  if (self->dir >= 0) close(self->dir);
  pthread_mutex_destroy(&self->creating);
  free(self->path);
  free(self);
}

static bool has_child(const char *dir, const char *name) {
  char *path = ll_strfmt("%s/%s", dir, name);
  struct stat st;
  bool found = lstat(path, &st) == 0;
  free(path);
  return found;
}

char *ll_cache_default_dir(const char *path) {
  char *real = realpath(path, NULL);
  if (!real) return NULL;
  struct stat st;
  if (stat(real, &st) == 0 && !S_ISDIR(st.st_mode)) {
    char *parent = ll_path_parent(real);
    free(real);
    real = parent;
  }
  for (char *at = ll_strdup(real);;) {
    if (has_child(at, ".lambda-lint.yaml") || has_child(at, ".git")) {
      free(real);
      real = at;
      break;
    }
    char *slash = strrchr(at, '/');
    if (!slash || slash == at) {
      free(at);
      break;
    }
    *slash = '\0';
  }
  char *dir = ll_strfmt("%s/%s", strcmp(real, "/") ? real : "", LL_CACHE_FOLDER);
  free(real);
  return dir;
}
