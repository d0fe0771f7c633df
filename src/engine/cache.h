/* cache.h — the result cache: a unit whose inputs are unchanged reuses the findings, errors and
 * notes a previous run stored for it.
 *
 * An entry is one file `<key>.llc` in the cache folder, named by the unit's key (the binary, the
 * options and config that change findings, the unit's roots and templates: ll_hasher). It holds
 * the canonical path and content hash of every file the unit read, checked before the entry is
 * used, and the unit's results. Entries are written to a temporary file and renamed, so a reader
 * (another process too) sees a whole entry or none; a corrupt, truncated or foreign entry fails its
 * checks and is rebuilt. The folder is bounded in size: the least recently used entries go first.
 * Nothing is followed through a symbolic link. */
#ifndef LL_CACHE_H
#define LL_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "engine/results.h"

/* A 128-bit content hash (not cryptographic: it detects change, it does not resist forgery). */
typedef struct {
  uint64_t lo, hi;
} ll_hash;

typedef struct {
  uint64_t a, b, pending;
  size_t length, n_pending;
} ll_hasher;

void ll_hasher_init(ll_hasher *self);
void ll_hasher_add(ll_hasher *self, const void *bytes, size_t len);
/* Adds a string and its terminator (so that "ab","c" and "a","bc" differ); NULL is distinct. */
void ll_hasher_add_str(ll_hasher *self, const char *s);
void ll_hasher_add_u64(ll_hasher *self, uint64_t v);
void ll_hasher_add_hash(ll_hasher *self, ll_hash h);
/* Adds a file's contents, or that it is not there (or not a regular file). */
void ll_hasher_add_file(ll_hasher *self, const char *path);
/* Adds the names in a folder, sorted (what is beside a file: LICENSE, *.dist-info, vendor/), but
 * not the cache folder `cache` (its path, or NULL) nor any .lambda-lint-cache. */
void ll_hasher_add_listing(ll_hasher *self, const char *folder, const char *cache);
ll_hash ll_hasher_finish(const ll_hasher *self);
ll_hash ll_hash_bytes(const void *bytes, size_t len);
bool ll_hash_equal(ll_hash a, ll_hash b);

/* Entries beyond this many bytes in all are evicted, oldest use first. */
#define LL_CACHE_MAX_BYTES ((uint64_t)256 << 20)
#define LL_CACHE_FOLDER ".lambda-lint-cache"

/* The entry format's version: bump it whenever what an entry holds changes. */
#define LL_CACHE_FORMAT 2

/* One decoded entry: what the unit read (canonical paths with content hashes) and its results. */
typedef struct {
  char **dep_reals;
  ll_hash *dep_hashes;
  size_t n_deps;
  ll_results *results;
} ll_cache_entry;

void ll_cache_entry_free(ll_cache_entry *self);

/* Encodes an entry (malloc'd bytes, length in *len). */
char *ll_cache_entry_encode(ll_hash key, const char *const *dep_reals, const ll_hash *dep_hashes,
                            size_t n_deps, const ll_results *results, size_t *len);
/* Decodes `len` bytes stored under `key`: false (and *out cleared) unless the magic, version,
 * key, length and checksum match and every field is well formed. */
bool ll_cache_entry_decode(const char *bytes, size_t len, ll_hash key, ll_cache_entry *out);

typedef struct ll_cache ll_cache;

/* Opens (creating it and a .gitignore and CACHEDIR.TAG in it) the cache folder `dir`. NULL when
 * it cannot be used (not creatable, not a folder, a symbolic link): the run goes on uncached. */
ll_cache *ll_cache_open(const char *dir);
/* The cache folder's path (it may not exist yet). */
const char *ll_cache_path(const ll_cache *self);
/* Evicts beyond LL_CACHE_MAX_BYTES (when this run stored anything) and frees. Accepts NULL. */
void ll_cache_close(ll_cache *self);
/* The entry stored under `key`, or false. Thread-safe. */
bool ll_cache_load(ll_cache *self, ll_hash key, ll_cache_entry *out);
/* Stores an entry under `key` (atomically; failures are silent). Thread-safe. */
void ll_cache_store(ll_cache *self, ll_hash key, const char *const *dep_reals, const ll_hash *dep_hashes,
                    size_t n_deps, const ll_results *results);
/* Evicts entries, oldest use first, until at most `max_bytes` remain (tests use small caps). */
void ll_cache_evict(ll_cache *self, uint64_t max_bytes);

/* The default cache folder for a run over `path` (a file or folder): LL_CACHE_FOLDER in the
 * nearest folder at or above it that holds .lambda-lint.yaml or .git, else in the folder itself
 * (a file's folder). Malloc'd; NULL when `path` does not exist. */
char *ll_cache_default_dir(const char *path);

#endif
