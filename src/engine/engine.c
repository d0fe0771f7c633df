/*
 * engine.c — the analysis pipeline.
 *
 *   discover ─► scan every file (read, binary / encoding check, "may hold a handler?" byte scan)
 *            ─► group the handler files by folder into units
 *            ─► per unit, on a worker thread: lower the handler files and, on demand, the modules
 *               they import (transitively), link them, run the rules, free the unit's arenas
 *            ─► merge, sort, dedupe.
 *
 * Files that hold no handler and that no handler imports are never parsed: on real trees most
 * files are not Lambda code. With --no-prescan every file is a unit root (same findings, slower).
 * Only one unit's IR is alive per worker, so memory stays flat however large the tree.
 */
#include "engine/engine.h"
#include "engine/configs.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/alloc.h"
#include "cli/config.h"
#include "base/date.h"
#include "discover/discover.h"
#include "engine/cache.h"
#include "engine/findings.h"
#include "engine/shared.h"
#include "engine/stacks.h"
#include "engine/vendored.h"
#include "frontend/frontend.h"
#include "base/keep.h"
#include "base/path.h"
#include "base/readfile.h"
#include "lambdalint/project.h"
#include "base/strmap.h"
#include "template/code_index.h"
#include "template/deploy.h"
#include "template/sniff.h"

/* A unit holds up to UNIT_ROOTS handler files (neighbours in discovery order, so they mostly share
 * their imports, which are lowered once per unit) and at most MAX_UNIT_MODULES modules in all.
 * Runs with few roots use smaller units, so that there are about MIN_UNITS of them to share out
 * among the workers (the unit size depends on the roots alone: output never depends on --jobs). */
enum { UNIT_ROOTS = 16, MIN_UNITS = 16, MAX_UNIT_MODULES = 4096 };

/* Scanned files keep their bytes for the unit that lowers them, roots up to KEPT_ROOT_BYTES in
 * all and other files (lowered only if a handler imports them) up to KEPT_OTHER_BYTES; past that
 * they are read again when needed. Together they bound the memory of huge trees. */
#define KEPT_ROOT_BYTES ((size_t)10 << 20)
#define KEPT_OTHER_BYTES ((size_t)6 << 20)

/* Imported modules lent from unit to unit (shared.h) stand for at most this much source in all:
 * their IR is several times that, and it is held until the run ends. */
#define SHARED_SOURCE_BYTES ((size_t)2 << 20)

typedef struct {
  const char *path; /* as discovered (borrowed from the discovery) */
  char *real;       /* resolved path, for import resolution */
  const char *folder; /* the analysed folder it was found in (run.arg_roots), or NULL */
  const ll_frontend *frontend;
  char *error;      /* a problem found while scanning it, or NULL */
  bool error_is_note; /* `error` is a note: the file was left out on purpose, not an input error */
  bool unreadable;  /* nothing to analyse */
  bool root;        /* may hold a handler: analysed as a unit root */
  bool linked_only; /* a root only to serve the handlers of files it links with by symbol (C/C++) */
  _Atomic(const char *) bytes; /* its contents kept from the scan (in run.keep), or NULL */
  size_t len;
  ll_suppressions *suppressions; /* its inline suppressions, parsed during the scan; NULL: none */
  _Atomic unsigned char vendored; /* input_vendored's answer: 0 not asked yet, 1 no, 2 yes */
  _Atomic(ll_shared_module *) spare; /* lowered once, free for the next unit that imports it */
} input;

typedef struct {
  const ll_options *options;
  ll_config_set *configs; /* each file's nearest .lambda-lint.yaml */
  input *inputs;
  size_t n_inputs;
  ll_file_index by_real;
  size_t *roots; /* input indices of the roots, grouped by folder */
  size_t n_roots;
  size_t *unit_first; /* unit u is roots[unit_first[u] .. unit_first[u + 1]) */
  size_t n_units;
  ll_results **unit_results;
  atomic_size_t next, done, kept_root_bytes, kept_other_bytes, shared_bytes;
  ll_keep *keep; /* the bytes kept from the scan */
  struct timespec started;
  char *stdin_bytes; /* standard input can be read once: kept from the scan for its unit */
  size_t stdin_len;
  char **arg_roots;    /* per command-line path: the canonical folder it names or holds; NULL for - */
  size_t n_arg_roots;
  ll_project *project; /* the templates of the run */
  ll_stacks stacks;    /* its deployable units and the inputs that are their code */
  int *unit_group;     /* per unit: the group (ll_stacks_group) whose functions it deploys, or -1 */
  size_t **unit_loaded; /* per unit: the inputs it lowered (units that share one are merged) */
  size_t *n_unit_loaded;
  size_t *todo;        /* the units the next PHASE_UNITS analyses (NULL: all) */
  size_t n_todo;
  ll_cache *cache;     /* the result cache, or NULL */
  ll_hash key;         /* what every unit's cache key starts from (run_key) */
  ll_hash *fn_keys;    /* per template function: its templates' contents (function_keys) */
  ll_hash *hashes;     /* per input: its contents' hash, when the run uses the cache */
  struct folder_memo *folders; /* what unit_context read per folder, once per run (with the cache) */
  ll_folder_facts *folder_facts; /* what the third-party tests read per folder (vendored.h) */
  atomic_size_t cache_reused, cache_units;
  int32_t today;
  /* Go: a package is imported by path, and its files are the .go files of a folder; inputs by
   * their folder's name (chained through go_next), for loading the packages a handler imports. */
  ll_strmap go_folders;
  char **go_folder_names;
  size_t n_go_folder_names, cap_go_folder_names;
  size_t *go_heads; /* per folder name (the map's value): its first input */
  size_t *go_next;  /* next input with the same folder name, or SIZE_MAX */
  char **overlay_reals; /* per options->overlays[i]: its real path (ll_path_real) */
} run;

static bool looks_binary(const char *bytes, size_t len) {
  size_t n = len < 8192 ? len : 8192;
  return memchr(bytes, '\0', n) != NULL;
}

static const char *shown_name(const run *r, const char *path) {
  if (strcmp(path, "-") != 0) return path;
  return r->options->stdin_filename ? r->options->stdin_filename : "<stdin>";
}

/* The overlay of the file whose real path is `real`, or NULL. */
static const ll_overlay *overlay_for(const run *r, const char *real) {
  for (size_t i = 0; real && i < r->options->n_overlays; i++)
    if (r->overlay_reals[i] && !strcmp(r->overlay_reals[i], real)) return &r->options->overlays[i];
  return NULL;
}

/* An overlay's bytes, as reading the file would give them (with the same size limit). */
static char *overlay_bytes(const run *r, const ll_overlay *o, size_t *len, char **error) {
  if (o->len > r->options->max_file_size) {
    *error = ll_strfmt("file too large (%zu bytes; --max-file-size is %zu)", o->len, r->options->max_file_size);
    return NULL;
  }
  *len = o->len;
  *error = NULL;
  return ll_strndup(o->bytes ? o->bytes : "", o->len);
}

static char *input_bytes(const run *r, const input *in, size_t *len, char **error) {
  const ll_overlay *overlay = overlay_for(r, in->real);
  if (overlay) return overlay_bytes(r, overlay, len, error);
  if (strcmp(in->path, "-") == 0) {
    *len = r->stdin_len;
    *error = NULL;
    return ll_strndup(r->stdin_bytes ? r->stdin_bytes : "", r->stdin_len);
  }
  return ll_read_file_limited(in->path, r->options->max_file_size, len, error);
}

/* ---- the scan --------------------------------------------------------------------------- */

/* The stem of a file name: "src/app.py" → "app" (pointer into `path`, length in *n). */
static const char *stem(const char *path, size_t len, size_t *n) {
  const char *start = path;
  for (size_t i = 0; i < len; i++)
    if (path[i] == '/') start = path + i + 1;
  const char *end = path + len;
  for (const char *c = end; c > start; c--)
    if (c[-1] == '.') {
      end = c - 1;
      break;
    }
  *n = (size_t)(end - start);
  return start;
}

/* Whether a --handler spec may name a function of this file (the linker decides for sure). */
static bool named_by_cli(const ll_options *o, const char *path) {
  size_t file_n = 0;
  const char *file_stem = stem(path, strlen(path), &file_n);
  for (size_t i = 0; i < o->n_handlers; i++) {
    const char *spec = o->handlers[i];
    const char *colon = strrchr(spec, ':');
    const char *dot = strrchr(spec, '.');
    size_t n = 0;
    const char *want = NULL;
    if (colon) {
      want = stem(spec, (size_t)(colon - spec), &n);
    } else if (dot) {
      want = spec;
      for (const char *c = spec; c < dot; c++)
        if (*c == '.' || *c == '/') want = c + 1;
      n = (size_t)(dot - want);
    }
    if (want && n == file_n && !strncmp(want, file_stem, n)) return true;
  }
  return false;
}

/* Whether another `len` bytes of scanned files may be kept in memory for their units. */
static bool keep_bytes(run *r, bool root, size_t len) {
  atomic_size_t *kept = root ? &r->kept_root_bytes : &r->kept_other_bytes;
  size_t before = atomic_fetch_add(kept, len);
  if (before + len <= (root ? KEPT_ROOT_BYTES : KEPT_OTHER_BYTES)) return true;
  atomic_fetch_sub(kept, len);
  return false;
}

/* Whether `path` is one of the PATHs of the command line (not found by walking a folder). */
static bool named_path(const ll_options *o, const char *path) {
  for (size_t i = 0; i < o->n_paths; i++)
    if (!strcmp(o->paths[i], path)) return true;
  return false;
}

/* Whether the input is third-party code by its folders (vendored.h). Asked once per input: the
 * units that import it share the answer, which costs a folder listing per level. */
static bool input_vendored(const run *r, input *in) {
  unsigned char known = atomic_load(&in->vendored);
  if (!known) {
    const char *const *paths = (const char *const *)r->options->paths;
    known = ll_path_is_vendored(shown_name(r, in->path), paths, r->options->n_paths, r->folder_facts) ? 2 : 1;
    atomic_store(&in->vendored, known);
  }
  return known == 2;
}

static void scan_input(run *r, input *in) {
  const char *name = shown_name(r, in->path);
  in->frontend = ll_frontend_for_path(name);
  if (!in->frontend && !strcmp(in->path, "-")) in->frontend = ll_frontend_for_language(LL_LANG_PYTHON);
  if (!in->frontend) {
    const char *unavailable = ll_frontend_unavailable(name); /* C/C++ in a build without libclang */
    /* a YAML, JSON or Terraform file named on the command line (a pre-commit hook passes every
     * candidate) that is not a deployment template: nothing to check, not an error */
    in->error_is_note = !unavailable && ll_template_candidate(name);
    in->error = ll_strdup(unavailable ? unavailable
                          : in->error_is_note ? "not a deployment template (no Lambda function or other resource lambda-lint checks), skipped"
                                              : "not a source file lambda-lint can analyse (unknown extension)");
    in->unreadable = true;
    return;
  }
  if (!in->real && strcmp(in->path, "-") != 0) { /* discovery resolves walked files; a symlink or an odd path here */
    char *real = realpath(in->path, NULL);
    in->real = real ? real : ll_strdup(in->path);
    /* a walked symbolic link out of the analysed folder: what it names was not given to read */
    if (real && in->folder && !ll_path_inside(real, in->folder) && !named_path(r->options, in->path)) {
      in->error = ll_strdup("skipped: a symbolic link that leads out of the analysed folder");
      in->error_is_note = true;
      in->unreadable = true;
      return;
    }
  }
  size_t len = 0;
  const ll_overlay *overlay = overlay_for(r, in->real);
  char *bytes = overlay ? overlay_bytes(r, overlay, &len, &in->error)
                        : ll_read_file_limited(in->path, r->options->max_file_size, &len, &in->error);
  if (!bytes) {
    in->unreadable = true;
    return;
  }
  if (r->cache) r->hashes[in - r->inputs] = ll_hash_bytes(bytes, len);
  if (looks_binary(bytes, len)) {
    in->error = ll_strdup("binary file (contains NUL bytes), skipped");
    in->unreadable = true;
  } else {
    if (ll_suppressions_mentioned(bytes, len))
      in->suppressions = ll_suppressions_parse(bytes, len, ll_comment_style_for_path(name));
    if (in->frontend->encoding_problem) in->error = in->frontend->encoding_problem(bytes, len);
    bool named = named_by_cli(r->options, name);
    in->root = !in->frontend->may_hold_handler || in->frontend->may_hold_handler(bytes, len, r->options) || named;
    /* --no-prescan parses every file, but third-party code only as the prescan does (vendored.h):
     * the same modules meet in units, so the same findings */
    if (!in->root && r->options->no_prescan) in->root = !input_vendored(r, in);
    in->linked_only = in->root && !r->options->no_prescan && !named && in->frontend->registers_handler &&
                      !in->frontend->registers_handler(bytes, len);
  }
  if (!strcmp(in->path, "-")) {
    r->stdin_bytes = bytes;
    r->stdin_len = len;
    in->real = ll_strdup(name);
    return;
  }
  if (!in->unreadable && len > 0 && keep_bytes(r, in->root, len)) {
    in->len = len; /* the unit that lowers it first takes these: most files are read once */
    atomic_store(&in->bytes, ll_keep_add(r->keep, bytes, len));
  }
  free(bytes);
}

/* ---- units ------------------------------------------------------------------------------- */

/* Files that link by symbol serve the handlers of their language's files; a run without any has
 * nothing for them to serve, so they are not parsed (findings unchanged: no handler, no finding). */
static void drop_unserved_linked_roots(run *r) {
  for (size_t i = 0; i < r->n_inputs; i++) {
    const input *in = &r->inputs[i];
    if (in->root && !in->unreadable && !in->linked_only && in->frontend && in->frontend->registers_handler) return;
  }
  for (size_t i = 0; i < r->n_inputs; i++)
    if (r->inputs[i].linked_only) r->inputs[i].root = false;
}

static bool same_folder(const char *a, const char *b) {
  const char *sa = strrchr(a, '/'), *sb = strrchr(b, '/');
  size_t na = sa ? (size_t)(sa - a) : 0, nb = sb ? (size_t)(sb - b) : 0;
  return na == nb && strncmp(a, b, na) == 0;
}

static void plan_stacks(run *r) {
  const char **reals = ll_calloc(r->n_inputs + 1, sizeof(char *));
  for (size_t i = 0; i < r->n_inputs; i++)
    if (!r->inputs[i].unreadable) reals[i] = r->inputs[i].real;
  ll_stacks_plan(&r->stacks, r->project, reals, r->n_inputs);
  free(reals);
}

static bool is_root(const run *r, size_t i) {
  return !r->inputs[i].unreadable && (r->inputs[i].root || r->stacks.input_named[i]);
}

/* Units follow the deployable units first: a group of template functions (ll_stacks) and the roots
 * that are its code make one unit, in the order of their first root. The other roots follow in
 * discovery order (folders walked in name order), at least per_unit to a unit, and a folder's roots
 * never split across units (C and C++ files of a folder link through their global symbols, not
 * imports). The plan depends on the inputs alone: output never depends on --jobs. */
static void plan_units(run *r) {
  r->roots = ll_calloc(r->n_inputs + 1, sizeof(size_t));
  r->unit_first = ll_calloc(r->n_inputs + 2, sizeof(size_t));
  r->unit_group = ll_calloc(r->n_inputs + 1, sizeof(int));
  size_t n_fn = r->stacks.n_functions;
  int *unit_of = ll_calloc(n_fn + 1, sizeof(int)); /* per group: its unit, or -1 */
  for (size_t f = 0; f < n_fn; f++) unit_of[f] = -1;
  size_t n_ordinary = 0;
  for (size_t i = 0; i < r->n_inputs; i++) {
    if (!is_root(r, i)) continue;
    if (r->stacks.input_group[i] < 0) {
      n_ordinary++;
      continue;
    }
    size_t g = ll_stacks_group(&r->stacks, (size_t)r->stacks.input_group[i]);
    if (unit_of[g] < 0) {
      unit_of[g] = (int)r->n_units;
      r->unit_group[r->n_units++] = (int)g;
    }
    r->unit_first[unit_of[g] + 1]++; /* counts, summed below */
  }
  for (size_t u = 0; u < r->n_units; u++) r->unit_first[u + 1] += r->unit_first[u];
  size_t *fill = ll_calloc(r->n_units + 1, sizeof(size_t));
  for (size_t i = 0; i < r->n_inputs; i++) {
    if (!is_root(r, i) || r->stacks.input_group[i] < 0) continue;
    int u = unit_of[ll_stacks_group(&r->stacks, (size_t)r->stacks.input_group[i])];
    r->roots[r->unit_first[u] + fill[u]++] = i;
  }
  free(fill);
  free(unit_of);
  r->n_roots = r->unit_first[r->n_units];
  size_t per_unit = n_ordinary / MIN_UNITS;
  per_unit = per_unit < 1 ? 1 : per_unit > UNIT_ROOTS ? UNIT_ROOTS : per_unit;
  size_t in_unit = 0, first_ordinary = r->n_roots;
  for (size_t i = 0; i < r->n_inputs; i++) {
    if (!is_root(r, i) || r->stacks.input_group[i] >= 0) continue;
    bool full = in_unit >= per_unit && !same_folder(r->inputs[r->roots[r->n_roots - 1]].path, r->inputs[i].path);
    if (r->n_roots == first_ordinary || full) {
      r->unit_group[r->n_units] = -1;
      r->unit_first[r->n_units++] = r->n_roots;
      in_unit = 0;
    }
    r->roots[r->n_roots++] = i;
    in_unit++;
  }
  r->unit_first[r->n_units] = r->n_roots;
}

/* The modules of one unit: its roots and what they import, transitively. */
typedef struct {
  ll_module **modules;
  const char **reals;
  size_t *inputs;
  ll_shared_module **lent; /* per module: what it was lent by (given back at the end), or NULL */
  size_t n, cap;
  ll_strmap loaded; /* real path → 1 */
  size_t n_roots;    /* the unit's own roots, which are always loaded */
  size_t *tried;     /* every input it loaded or tried to: what its results depend on */
  size_t n_tried, cap_tried;
  size_t dropped;    /* imported modules past MAX_UNIT_MODULES, reported, never silent */
  const char *first_dropped;
  bool importing;    /* past the roots: loading what they import */
} unit;

static void unit_push(unit *u, ll_module *m, const char *real, size_t input_index, ll_shared_module *lent) {
  if (u->n == u->cap) {
    u->cap = u->cap ? u->cap * 2 : 16;
    u->modules = ll_realloc(u->modules, u->cap * sizeof(*u->modules));
    u->reals = ll_realloc(u->reals, u->cap * sizeof(*u->reals));
    u->inputs = ll_realloc(u->inputs, u->cap * sizeof(*u->inputs));
    u->lent = ll_realloc(u->lent, u->cap * sizeof(*u->lent));
  }
  u->modules[u->n] = m;
  u->reals[u->n] = real;
  u->inputs[u->n] = input_index;
  u->lent[u->n] = lent;
  u->n++;
}

/* Whether an imported module is worth lending to the next unit that imports it: Python (the
 * engine sets no fields of its modules but those shared.h restores) from outside the folders of
 * the unit's roots — a layer, a shared library — which other units' handlers are likely to import
 * too; a handler's own helpers beside it are imported by its unit alone. */
static bool worth_sharing(const run *r, const unit *u, const input *in) {
  if (!u->importing || in->frontend->language != LL_LANG_PYTHON || !strcmp(in->path, "-")) return false;
  for (size_t i = 0; i < u->n_roots && i < u->n; i++) {
    const char *root = u->reals[i], *slash = strrchr(root, '/');
    size_t dir = slash ? (size_t)(slash - root) : 0;
    if (!strncmp(in->real, root, dir) && in->real[dir] == '/') return false;
  }
  return atomic_load(&r->shared_bytes) < SHARED_SOURCE_BYTES;
}

/* Gives a lent module back for the next unit (or lets it go when another copy was given back
 * first). */
static void give_back(run *r, input *in, ll_shared_module *lent) {
  ll_shared_module *old = atomic_exchange(&in->spare, lent);
  if (!old) return;
  atomic_fetch_sub(&r->shared_bytes, ll_shared_module_size(old));
  ll_shared_module_delete(old);
}

/* Loads input `input_index` into the unit: from the bytes kept from the scan if no other unit has
 * taken them yet (a module that several units import is read again by all but the first). */
static void unit_load(const run *r, unit *u, size_t input_index, ll_results *out) {
  input *in = &r->inputs[input_index];
  if (in->unreadable || ll_strmap_get(&u->loaded, in->real) >= 0) return;
  LL_PUSH(u->tried, u->n_tried, u->cap_tried, input_index); /* its folder decides, so it counts */
  /* An import into third-party code copied into the tree is not followed (vendored.h). */
  if (u->importing && !r->stacks.input_named[input_index] && input_vendored(r, in)) {
    ll_strmap_put(&u->loaded, in->real, 1);
    return;
  }
  /* The bound keeps one unit's memory flat; a unit's own roots are never left out. */
  if (u->n >= u->n_roots && u->n >= MAX_UNIT_MODULES) {
    if (!u->dropped++) u->first_dropped = shown_name(r, in->path);
    ll_strmap_put(&u->loaded, in->real, 1);
    return;
  }
  ll_strmap_put(&u->loaded, in->real, 1);
  const char *name = shown_name(r, in->path);
  bool sharing = worth_sharing(r, u, in);
  ll_shared_module *lent = sharing ? atomic_exchange(&in->spare, NULL) : NULL;
  if (lent) { /* lowered by another unit: reported as if lowered here */
    const char *lent_problem = NULL;
    ll_module *m = ll_shared_module_lend(lent, &lent_problem);
    if (lent_problem) ll_results_add_error(out, name, lent_problem);
    if (m->skipped) ll_results_add_note(out, name, m->skipped);
    m->runbook_script = r->stacks.input_runbook[input_index];
    unit_push(u, m, in->real, input_index, lent);
    return;
  }
  size_t len = 0;
  char *error = NULL, *read = NULL;
  const char *bytes = atomic_exchange(&in->bytes, NULL);
  if (bytes) len = in->len;
  else bytes = read = input_bytes(r, in, &len, &error);
  if (!bytes) { /* it vanished or changed since the scan */
    ll_results_add_error(out, name, error);
    free(error);
    return;
  }
  char *problem = NULL;
  ll_lower_env env = {.root = in->folder, .compile_commands = r->options->compile_commands};
  ll_module *m = in->frontend->lower(name, bytes, len, &env, &problem);
  if (read) free(read);
  else ll_keep_release(r->keep, bytes);
  if (m && sharing) {
    lent = ll_shared_module_new(m, problem);
    atomic_fetch_add((atomic_size_t *)&r->shared_bytes, ll_shared_module_size(lent));
  }
  if (problem) {
    ll_results_add_error(out, name, problem);
    free(problem);
  }
  if (m && m->skipped) ll_results_add_note(out, name, m->skipped);
  if (m) m->runbook_script = r->stacks.input_runbook[input_index];
  if (m) unit_push(u, m, in->real, input_index, lent);
}

/* ---- Go packages -------------------------------------------------------------------------- */

/* The last element of the folder of `path` ("a/b/store/x.go" → "store", its length in *n). */
static const char *folder_name(const char *path, size_t *n) {
  const char *slash = strrchr(path, '/');
  if (!slash) return *n = 0, path;
  const char *start = slash;
  while (start > path && start[-1] != '/') start--;
  *n = (size_t)(slash - start);
  return start;
}

static void index_go_folders(run *r) {
  ll_strmap_init(&r->go_folders);
  bool any_go = false; /* the chains are only walked from a Go folder name: none, no arrays */
  for (size_t i = 0; i < r->n_inputs && !any_go; i++)
    any_go = r->inputs[i].frontend && r->inputs[i].frontend->language == LL_LANG_GO;
  if (!any_go) return;
  r->go_next = ll_malloc((r->n_inputs + 1) * sizeof(size_t));
  r->go_heads = ll_malloc((r->n_inputs + 1) * sizeof(size_t));
  for (size_t i = r->n_inputs; i-- > 0;) {
    r->go_next[i] = SIZE_MAX;
    const input *in = &r->inputs[i];
    if (!in->frontend || in->frontend->language != LL_LANG_GO || in->unreadable) continue;
    size_t n = 0;
    const char *name = folder_name(in->real, &n);
    char *key = ll_strndup(name, n);
    int slot = ll_strmap_get(&r->go_folders, key);
    if (slot >= 0) {
      free(key);
      r->go_next[i] = r->go_heads[slot];
    } else {
      slot = (int)r->n_go_folder_names;
      LL_PUSH(r->go_folder_names, r->n_go_folder_names, r->cap_go_folder_names, key);
      ll_strmap_put(&r->go_folders, key, slot);
    }
    r->go_heads[slot] = i;
  }
}

static void free_go_folders(run *r) {
  ll_strmap_free(&r->go_folders);
  for (size_t i = 0; i < r->n_go_folder_names; i++) free(r->go_folder_names[i]);
  free(r->go_folder_names);
  free(r->go_next);
  free(r->go_heads);
}

/* Whether the folder of `real` is the package at import path `import`: it ends with the path's last
 * element, and with its last two when the path has three or more ("example.com/app/store" is a
 * folder ".../app/store"). */
static bool go_folder_is(const char *real, const char *import) {
  const char *slash = strrchr(real, '/');
  if (!slash) return false;
  size_t folder_len = (size_t)(slash - real);
  int elements = 1;
  for (const char *c = import; *c; c++) elements += *c == '/';
  const char *tail = import + strlen(import);
  for (int k = 0; k < (elements >= 3 ? 2 : 1); k++) {
    if (tail > import) tail--;
    while (tail > import && tail[-1] != '/') tail--;
  }
  size_t tail_len = strlen(tail);
  return folder_len > tail_len && real[folder_len - tail_len - 1] == '/' &&
         !strncmp(real + folder_len - tail_len, tail, tail_len);
}

/* Whether a Go module hands a function to the Lambda runtime (`lambda.Start(h.Handle)`): the
 * handler may live in a package it imports, so its imports are followed even with no handler here. */
static bool go_starts_lambda(const ll_module *m) {
  for (uint32_t f = 0; m->language == LL_LANG_GO && f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++)
      if (m->functions[f].events[e].kind == LL_EV_CALL && m->functions[f].events[e].as.call.callback &&
          !strncmp(m->functions[f].events[e].as.call.callee, "github.com/aws/aws-lambda-go/", 29))
        return true;
  return false;
}

/* The folder of the package at import path `import` of the same go.mod as module `m` (whose file is
 * `real`): that go.mod's folder + the path's rest ("example.com/app" + "/store"); NULL when `m` has no
 * go.mod or the path is another module's. Malloc'd. */
static char *go_module_folder(const ll_module *m, const char *real, const char *import) {
  const char *mod = m->module_path, *pkg = m->package_path;
  size_t n = mod ? strlen(mod) : 0;
  if (!mod || !pkg || strncmp(import, mod, n) || (import[n] && import[n] != '/') || strncmp(pkg, mod, n)) return NULL;
  const char *slash = strrchr(real, '/');
  size_t dir = slash ? (size_t)(slash - real) : 0;
  for (const char *c = pkg + n; *c; c++) /* up from the importer's folder to the go.mod's */
    if (*c == '/') while (dir > 0 && real[--dir] != '/') {}
  return ll_strfmt("%.*s%s", (int)dir, real, import + n);
}

/* Loads the files of folder `folder` (its name chained in go_folders); how many there were. */
static size_t load_go_folder(const run *r, unit *u, const char *folder, ll_results *out) {
  size_t n = 0, len = strlen(folder);
  const char *name = strrchr(folder, '/');
  int slot = name ? ll_strmap_get(&r->go_folders, name + 1) : -1;
  for (size_t j = slot >= 0 ? r->go_heads[slot] : SIZE_MAX; j != SIZE_MAX; j = r->go_next[j]) {
    const char *real = r->inputs[j].real, *end = strrchr(real, '/');
    if (end && (size_t)(end - real) == len && !strncmp(real, folder, len)) unit_load(r, u, j, out), n++;
  }
  return n;
}

/* The files of the run's packages a Go module imports by path: by its go.mod when the path is of
 * the same module (the module's root package too), else by the folder's name. */
static void load_go_imports(const run *r, unit *u, const ll_module *m, const char *real, ll_results *out) {
  for (uint32_t i = 0; i < m->n_imports; i++) {
    const char *path = m->imports[i].module;
    char *folder = path ? go_module_folder(m, real, path) : NULL;
    size_t found = folder ? load_go_folder(r, u, folder, out) : 0;
    free(folder);
    if (found) continue;
    if (!path || !strchr(path, '/')) continue; /* the standard library: "context", "net/http" too */
    int slot = ll_strmap_get(&r->go_folders, strrchr(path, '/') + 1);
    size_t heads = slot >= 0 ? r->go_heads[slot] : SIZE_MAX, loaded = 0;
    for (size_t j = heads; j != SIZE_MAX; j = r->go_next[j])
      if (go_folder_is(r->inputs[j].real, path)) unit_load(r, u, j, out), loaded++;
    /* A checkout folder named unlike the module (`git clone … my-copy`): the one folder of the run
     * with the import path's last element, when there is only one. */
    bool one_folder = heads != SIZE_MAX;
    for (size_t j = heads; j != SIZE_MAX && one_folder; j = r->go_next[j])
      one_folder = same_folder(r->inputs[j].real, r->inputs[heads].real);
    for (size_t j = heads; !loaded && one_folder && j != SIZE_MAX; j = r->go_next[j]) unit_load(r, u, j, out);
  }
}

/* ---- Rust crates ------------------------------------------------------------------------- */

/* Loads the file of `src` + module path `mod` ("a::b" → src/a/b.rs or src/a/b/mod.rs); false when
 * neither is an input of the run. */
static bool load_rust_file(const run *r, unit *u, const char *src, const char *mod, size_t n, ll_results *out) {
  char *rel = ll_strndup(mod, n);
  for (char *c = rel; (c = strstr(c, "::")) != NULL;) memmove(c, c + 1, strlen(c)), *c = '/';
  bool found = false;
  for (int form = 0; form < 2 && !found; form++) {
    char *path = ll_strfmt(form ? "%s/%s/mod.rs" : "%s/%s.rs", src, rel);
    int target = ll_strmap_get(&r->by_real.files, path);
    if (target >= 0) {
      unit_load(r, u, (size_t)target, out);
      found = true;
    }
    free(path);
  }
  free(rel);
  return found;
}

/* The files of its crate a Rust module names (`mod a;`, `use crate::a::b::f`, `super::x`): the front-end
 * qualifies them as "crate[…]::a::b::f"; the crate's src/ folder is the importer's. The longest
 * prefix of the path that is a file is loaded (the rest names items in it). */
static void load_rust_modules(const run *r, unit *u, const ll_module *m, const char *real, ll_results *out) {
  const char *src_at = NULL;
  for (const char *p = strstr(real, "/src/"); p; p = strstr(p + 1, "/src/")) src_at = p;
  if (!src_at) return;
  char *src = ll_strndup(real, (size_t)(src_at - real) + 4);
  for (uint32_t i = 0; i < m->n_imports; i++) {
    const char *q = m->imports[i].module;
    const char *inner = q && !strncmp(q, "crate[", 6) ? strstr(q, "]::") : NULL;
    if (!inner) continue;
    inner += 3;
    for (size_t n = strlen(inner); n > 0;) {
      if (load_rust_file(r, u, src, inner, n, out)) break;
      const char *cut = NULL;
      for (const char *p = strstr(inner, "::"); p && (size_t)(p - inner) < n; p = strstr(p + 2, "::")) cut = p;
      n = cut ? (size_t)(cut - inner) : 0;
    }
  }
  free(src);
}

/* Lowers a unit's roots, then, breadth first, every module of the run that a handler module
 * imports (and what those import): only modules with Lambda evidence pull others in. */
static void unit_fill(const run *r, size_t first, size_t end, unit *u, ll_results *out) {
  u->n_roots = end - first;
  for (size_t i = first; i < end; i++) unit_load(r, u, r->roots[i], out);
  u->importing = true;
  size_t n_roots = u->n;
  /* Rust: a crate's root and module files (lib.rs, a/mod.rs) name its modules but hold no handler;
   * when a Rust root of the unit has one, every Rust root's modules are loaded */
  bool rust_lambda = false, *has_handler = ll_calloc(n_roots + 1, sizeof(bool));
  for (size_t i = 0; i < n_roots; i++) { /* each root's handlers, marked once */
    has_handler[i] = ll_module_mark_handlers(u->modules[i], r->options) > 0;
    rust_lambda |= has_handler[i] && u->modules[i]->language == LL_LANG_RUST;
  }
  for (size_t done = 0; done < u->n; done++) {
    ll_module *m = u->modules[done];
    /* a file a template names holds a handler whatever its function is called */
    if (done < n_roots && !has_handler[done] && !ll_module_builds_adapter(m) &&
        !go_starts_lambda(m) && !r->stacks.input_named[u->inputs[done]] &&
        !(rust_lambda && m->language == LL_LANG_RUST))
      continue;
    if (m->language == LL_LANG_GO) {
      load_go_imports(r, u, m, u->reals[done], out);
      continue;
    }
    if (m->language == LL_LANG_RUST) load_rust_modules(r, u, m, u->reals[done], out);
    for (uint32_t i = 0; i < m->n_imports; i++) {
      int target = ll_resolve_import(&r->by_real, u->reals[done], &m->imports[i]);
      if (target >= 0) unit_load(r, u, (size_t)target, out);
    }
  }
  free(has_handler);
  if (u->dropped) {
    char *message = ll_strfmt("its handlers import more than %d modules: %zu imported modules were not "
                              "analysed with them", MAX_UNIT_MODULES, u->dropped);
    ll_results_add_error(out, u->first_dropped, message);
    free(message);
  }
}

/* Records which --handler specs named a function of the unit (a spec that names none is a warning). */
static void note_specs_used(const ll_options *o, const unit *u, ll_results *out) {
  for (size_t s = 0; s < o->n_handlers; s++) {
    bool used = false;
    for (size_t i = 0; i < u->n && !used; i++)
      for (uint32_t f = 1; f < u->modules[i]->n_functions && !used; f++)
        used = u->modules[i]->functions[f].handler == LL_HANDLER_CLI &&
               ll_handler_spec_names(o->handlers[s], u->modules[i], &u->modules[i]->functions[f]);
    if (used) LL_PUSH(out->specs_used, out->n_specs_used, out->cap_specs_used, s);
  }
}

/* A warning for each --handler spec that no unit used. */
static void warn_unused_specs(const ll_options *o, ll_results *results) {
  for (size_t s = 0; s < o->n_handlers; s++) {
    bool used = false;
    for (size_t i = 0; i < results->n_specs_used && !used; i++) used = results->specs_used[i] == s;
    if (used) continue;
    char *message = ll_strfmt("`%s` names no function in the files analysed (give MODULE.FUNCTION, "
                              "path/to/module.FUNCTION or path/file.py:FUNCTION)", o->handlers[s]);
    ll_results_add_warning(results, "--handler", message);
    free(message);
  }
}

/* The functions of the unit's deployable units, or NULL for a unit of code no template names. */
static ll_project *unit_view(const run *r, size_t index) {
  if (r->unit_group[index] < 0) return NULL;
  size_t n = 0;
  size_t *fns = ll_stacks_functions(&r->stacks, (size_t)r->unit_group[index], &n);
  ll_project *view = ll_project_view_new(r->project, fns, n);
  free(fns);
  return view;
}

/* ---- the result cache ---------------------------------------------------------------------- */

/* What every unit's key shares: the binary (its version, and its size and time, which change with
 * every build), the options and config that change findings, and the run's file list (which
 * decides how imports resolve). */
static ll_hash run_key(const run *r) {
  const ll_options *o = r->options;
  ll_hasher h;
  ll_hasher_init(&h);
  ll_hasher_add_str(&h, "lambda-lint " LL_VERSION);
  struct stat st;
  if (stat("/proc/self/exe", &st) == 0) {
    ll_hasher_add_u64(&h, (uint64_t)st.st_size);
    ll_hasher_add_u64(&h, (uint64_t)st.st_mtim.tv_sec);
    ll_hasher_add_u64(&h, (uint64_t)st.st_mtim.tv_nsec);
    ll_hasher_add_u64(&h, (uint64_t)st.st_ino);
  }
  size_t n_rules = 0;
  const ll_rule *const *rules = ll_rules_all(&n_rules);
  for (size_t i = 0; i < n_rules; i++) {
    ll_hasher_add_str(&h, rules[i]->id);
    ll_hasher_add_u64(&h, ll_rule_enabled(rules[i], o));
  }
  const char *const *lists[] = {o->paths, o->handlers, o->context_names, o->event_names};
  size_t counts[] = {o->n_paths, o->n_handlers, o->n_context_names, o->n_event_names};
  for (size_t l = 0; l < 4; l++) {
    ll_hasher_add_u64(&h, counts[l]);
    for (size_t i = 0; i < counts[l]; i++) ll_hasher_add_str(&h, lists[l][i]);
  }
  ll_hasher_add_str(&h, o->cdk_out);
  ll_hasher_add_str(&h, o->compile_commands);
  ll_hasher_add_u64(&h, o->no_prescan);
  ll_hasher_add_u64(&h, o->max_file_size);
  ll_hasher_add_u64(&h, (uint64_t)(int64_t)r->today);
  char *cwd = ll_path_cwd();
  ll_hasher_add_str(&h, cwd);
  free(cwd);
  if (o->config) { /* its file holds every setting; one built in memory is hashed by its fields */
    const ll_config *c = o->config;
    ll_hasher_add_str(&h, c->path);
    ll_hasher_add_str(&h, c->root);
    size_t len = 0;
    char *error = NULL, *bytes = c->path ? ll_read_file(c->path, &len, &error) : NULL;
    ll_hasher_add_hash(&h, ll_hash_bytes(bytes ? bytes : "", len));
    free(bytes);
    free(error);
    for (size_t i = 0; i < c->n_handlers; i++) ll_hasher_add_str(&h, c->handlers[i]);
    for (size_t i = 0; i < c->n_heavy_modules; i++) ll_hasher_add_str(&h, c->heavy_modules[i]);
    for (size_t i = 0; i < c->n_severities; i++) {
      ll_hasher_add_str(&h, c->severities[i].rule ? c->severities[i].rule->id : NULL);
      ll_hasher_add_u64(&h, c->severities[i].severity);
    }
    ll_hasher_add_str(&h, ll_config_option(c, "compile-commands"));
  }
  for (size_t i = 0; i < r->n_inputs; i++) {
    ll_hasher_add_str(&h, r->inputs[i].path);
    ll_hasher_add_str(&h, r->inputs[i].real);
    ll_hasher_add_u64(&h, r->inputs[i].unreadable);
  }
  return ll_hasher_finish(&h);
}

static ll_hash file_hash(const char *path, bool *ok) {
  size_t len = 0;
  char *error = NULL, *bytes = ll_read_file(path, &len, &error);
  ll_hash h = ll_hash_bytes(bytes ? bytes : "", len);
  *ok = bytes != NULL;
  free(bytes);
  free(error);
  return h;
}

/* Per template function, the contents of its template (a Terraform function's: of every template
 * of the run, since its module's settings may come from any of them). */
static void function_keys(run *r, const ll_discovery *found) {
  size_t n = ll_project_function_count(r->project);
  r->fn_keys = ll_calloc(n + 1, sizeof(ll_hash));
  ll_hasher all;
  ll_hasher_init(&all);
  for (size_t i = 0; i < found->n_templates; i++) {
    bool ok = false;
    ll_hasher_add_str(&all, found->templates[i]);
    ll_hasher_add_hash(&all, file_hash(found->templates[i], &ok));
  }
  ll_hash everything = ll_hasher_finish(&all);
  ll_strmap seen;
  ll_strmap_init(&seen);
  for (size_t f = 0; f < n; f++) {
    const ll_tpl_function *fn = ll_project_function(r->project, f);
    int before = fn->template_path ? ll_strmap_get(&seen, fn->template_path) : -1;
    bool ok = false;
    if (before >= 0) r->fn_keys[f] = r->fn_keys[before];
    else if (fn->kind != LL_TEMPLATE_TERRAFORM && fn->template_path)
      r->fn_keys[f] = file_hash(fn->template_path, &ok);
    if (before < 0 && !ok) r->fn_keys[f] = everything;
    if (before < 0 && fn->template_path) ll_strmap_put(&seen, fn->template_path, (int)f);
  }
  ll_strmap_free(&seen);
}

/* A unit's key: the run's, its roots, and its template functions with their templates. The
 * contents of the files the unit reads are checked against the entry's list when it is loaded
 * (LL601 compares the unit's modules under the functions' code folders: nothing else). */
static ll_hash unit_key(const run *r, size_t index) {
  ll_hasher h;
  ll_hasher_init(&h);
  ll_hasher_add_hash(&h, r->key);
  for (size_t k = r->unit_first[index]; k < r->unit_first[index + 1]; k++) {
    ll_hasher_add_str(&h, r->inputs[r->roots[k]].path);
    ll_hasher_add_str(&h, r->inputs[r->roots[k]].real);
    ll_hasher_add_u64(&h, r->stacks.input_runbook[r->roots[k]]); /* what the unit's runbooks say of it */
  }
  if (r->unit_group[index] >= 0) {
    size_t n = 0;
    size_t *fns = ll_stacks_functions(&r->stacks, (size_t)r->unit_group[index], &n);
    for (size_t i = 0; i < n; i++) {
      ll_hasher_add_u64(&h, fns[i]);
      ll_hasher_add_hash(&h, r->fn_keys[fns[i]]);
    }
    free(fns);
  }
  return ll_hasher_finish(&h);
}

/* Keeps what unit `index` read, for merge_shared_units(); with no template function nothing merges. */
static void keep_loaded(const run *r, size_t index, size_t *inputs, size_t n) {
  if (!r->stacks.n_functions) {
    free(inputs);
    return;
  }
  r->unit_loaded[index] = inputs;
  r->n_unit_loaded[index] = n;
}

static int by_string(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* What rules read besides the unit's files: the folders they sit in, up to the analysed folder
 * (vendored code is told by a LICENSE, a *.dist-info or a vendor/ folder beside it), and any
 * manifest (package.json, Cargo.toml, go.mod, tsconfig.json) up to eight folders above them. Stored
 * as an entry's last dependency. */
/* Per folder ("L"/"P" + its path, as unit_context tags it): the hash of its listing and manifests.
 * Units sharing folders (a stack's services, the folders above them) read each once. Units run in
 * folder order, so the memo starts over when FOLDER_MEMO_MAX folders are in it: its memory stays
 * flat on 100 000 files. */
enum { FOLDER_MEMO_MAX = 4096 };
struct folder_memo {
  pthread_mutex_t lock;
  ll_strmap map; /* tag → index in tags/values */
  char **tags;
  ll_hash *values;
  size_t n, cap, cap_values;
};

static struct folder_memo *folder_memo_new(void) {
  struct folder_memo *m = ll_calloc(1, sizeof(*m));
  pthread_mutex_init(&m->lock, NULL);
  ll_strmap_init(&m->map);
  return m;
}

static void folder_memo_delete(struct folder_memo *m) {
  if (!m) return;
  for (size_t i = 0; i < m->n; i++) free(m->tags[i]);
  free(m->tags);
  free(m->values);
  ll_strmap_free(&m->map);
  pthread_mutex_destroy(&m->lock);
  free(m);
}

static ll_hash folder_context(const run *r, const char *tag) {
  /* files front-ends and rules read beside the code: LL303's package.json, Rust's Cargo.toml (lib
   * and workspace crates), Go's go.mod, TypeScript's tsconfig.json */
  static const char *const manifests[] = {"package.json", "Cargo.toml", "go.mod", "tsconfig.json", NULL};
  struct folder_memo *memo = r->folders;
  pthread_mutex_lock(&memo->lock);
  int at = ll_strmap_get(&memo->map, tag);
  ll_hash h = at >= 0 ? memo->values[at] : (ll_hash){0};
  pthread_mutex_unlock(&memo->lock);
  if (at >= 0) return h;
  ll_hasher hasher;
  ll_hasher_init(&hasher);
  if (tag[0] == 'L') ll_hasher_add_listing(&hasher, tag + 1, ll_cache_path(r->cache));
  for (size_t m = 0; manifests[m]; m++) {
    char *manifest = ll_strfmt("%s/%s", strcmp(tag + 1, "/") ? tag + 1 : "", manifests[m]);
    ll_hasher_add_file(&hasher, manifest);
    free(manifest);
  }
  h = ll_hasher_finish(&hasher);
  pthread_mutex_lock(&memo->lock);
  if (memo->n >= FOLDER_MEMO_MAX) {
    for (size_t i = 0; i < memo->n; i++) free(memo->tags[i]);
    memo->n = 0;
    ll_strmap_free(&memo->map);
    ll_strmap_init(&memo->map);
  }
  if (ll_strmap_get(&memo->map, tag) < 0) {
    char *key = ll_strdup(tag);
    LL_PUSH(memo->tags, memo->n, memo->cap, key);
    ll_grow((void **)&memo->values, &memo->cap_values, memo->n, sizeof(ll_hash));
    memo->values[memo->n - 1] = h;
    ll_strmap_put(&memo->map, key, (int)(memo->n - 1));
  }
  pthread_mutex_unlock(&memo->lock);
  return h;
}

static ll_hash unit_context(const run *r, const size_t *inputs, size_t n) {
  ll_strmap seen;
  ll_strmap_init(&seen);
  char **folders = NULL; /* "L" + folder: its listing and package.json; "P" + folder: package.json */
  size_t n_folders = 0, cap = 0;
  for (size_t i = 0; i < n; i++) {
    const input *in = &r->inputs[inputs[i]];
    char *dir = ll_path_parent(in->real);
    for (int up = 0; up < 8 && dir; up++) {
      bool listed = in->folder && ll_path_inside(dir, in->folder);
      char *tag = ll_strfmt("%c%s", listed ? 'L' : 'P', dir);
      if (ll_strmap_get(&seen, tag) >= 0) {
        free(tag);
      } else {
        ll_strmap_put(&seen, tag, 1);
        LL_PUSH(folders, n_folders, cap, tag);
      }
      char *parent = strcmp(dir, "/") ? ll_path_parent(dir) : NULL;
      free(dir);
      dir = parent;
    }
    free(dir);
  }
  if (n_folders) qsort(folders, n_folders, sizeof(char *), by_string);
  ll_hasher h;
  ll_hasher_init(&h);
  for (size_t i = 0; i < n_folders; i++) {
    ll_hasher_add_str(&h, folders[i]);
    ll_hasher_add_hash(&h, folder_context(r, folders[i]));
    free(folders[i]);
  }
  free(folders);
  ll_strmap_free(&seen);
  return ll_hasher_finish(&h);
}

/* The unit's results from the cache, when its entry's files are all unchanged. */
static bool unit_from_cache(const run *r, size_t index, ll_hash key, ll_results *out) {
  ll_cache_entry entry;
  if (!ll_cache_load(r->cache, key, &entry)) return false;
  size_t n = entry.n_deps ? entry.n_deps - 1 : 0; /* the last: unit_context */
  size_t *loaded = ll_calloc(n + 1, sizeof(size_t));
  bool fresh = entry.n_deps > 0 && !entry.dep_reals[n][0];
  for (size_t i = 0; i < n && fresh; i++) {
    int at = ll_strmap_get(&r->by_real.files, entry.dep_reals[i]);
    fresh = at >= 0 && !r->inputs[at].unreadable && ll_hash_equal(r->hashes[at], entry.dep_hashes[i]);
    loaded[i] = (size_t)at;
  }
  fresh = fresh && ll_hash_equal(unit_context(r, loaded, n), entry.dep_hashes[n]);
  if (fresh) {
    ll_results_absorb(out, entry.results);
    entry.results = NULL;
    keep_loaded(r, index, loaded, n);
  } else {
    free(loaded);
  }
  ll_cache_entry_free(&entry);
  return fresh;
}

static void unit_to_cache(const run *r, ll_hash key, const unit *u, const ll_results *results) {
  for (size_t i = 0; i < u->n_tried; i++) { /* libclang reads headers and compile flags: not cached */
    ll_language language = r->inputs[u->tried[i]].frontend->language;
    if (language == LL_LANG_C || language == LL_LANG_CPP) return;
  }
  const char **reals = ll_calloc(u->n_tried + 2, sizeof(char *));
  ll_hash *hashes = ll_calloc(u->n_tried + 2, sizeof(ll_hash));
  for (size_t i = 0; i < u->n_tried; i++) {
    reals[i] = r->inputs[u->tried[i]].real;
    hashes[i] = r->hashes[u->tried[i]];
  }
  reals[u->n_tried] = "";
  hashes[u->n_tried] = unit_context(r, u->tried, u->n_tried);
  ll_cache_store(r->cache, key, reals, hashes, u->n_tried + 1, results);
  free(reals);
  free(hashes);
}

/* Opens the cache for this run: not when it reads standard input or editor buffers, or was told not to. */
static ll_cache *open_cache(const ll_options *o) {
  if (!o->cache || o->n_overlays) return NULL; /* an editor's unsaved buffers are not the files */
  const char *first = NULL;
  for (size_t i = 0; i < o->n_paths; i++) {
    if (!strcmp(o->paths[i], "-")) return NULL;
    if (!first) first = o->paths[i];
  }
  char *dir = o->cache_dir ? ll_strdup(o->cache_dir) : ll_cache_default_dir(first ? first : ".");
  ll_cache *cache = ll_cache_open(dir);
  free(dir);
  return cache;
}

static void analyze_unit(const run *r, size_t index, ll_results *out) {
  ll_hash key = {0};
  if (r->cache) {
    key = unit_key(r, index);
    atomic_fetch_add((atomic_size_t *)&r->cache_units, 1);
    if (unit_from_cache(r, index, key, out)) {
      atomic_fetch_add((atomic_size_t *)&r->cache_reused, 1);
      /* its roots will not be lowered here: the bytes the scan kept for them go (a unit that imports
       * one reads it again); a warm run of 100 000 files held all 16 MB of them to the end */
      for (size_t k = r->unit_first[index]; k < r->unit_first[index + 1]; k++) {
        const char *bytes = atomic_exchange(&r->inputs[r->roots[k]].bytes, NULL);
        if (bytes) ll_keep_release(r->keep, bytes);
      }
      return;
    }
  }
  unit u = {0};
  ll_strmap_init(&u.loaded);
  unit_fill(r, r->unit_first[index], r->unit_first[index + 1], &u, out);
  /* The join with the unit's templates: they mark their handlers before the rules run, and their
   * rules see only this unit's functions and code. */
  ll_project *view = unit_view(r, index);
  const char **reals = ll_calloc(u.n + 1, sizeof(char *)); /* stdin's: resolved from its shown name */
  for (size_t i = 0; i < u.n; i++) reals[i] = strcmp(r->inputs[u.inputs[i]].path, "-") ? u.reals[i] : NULL;
  ll_code_index code_index = {0}; /* one for the join and every template rule */
  if (view) ll_code_index_init_real(&code_index, (const ll_module *const *)u.modules, reals, u.n);
  ll_deployment *deployment = view ? ll_deployment_new_indexed(view, u.modules, &code_index) : NULL;
  size_t n_layer_dirs = 0;
  const char *const *layer_scopes = NULL;
  const char *const *layer_dirs = ll_project_layer_dirs(r->project, &layer_scopes, &n_layer_dirs);
  ll_program *program =
      ll_program_new_with_layers(u.modules, u.reals, u.n, r->options, layer_dirs, layer_scopes, n_layer_dirs,
                                 (const char *const *)r->arg_roots, r->n_arg_roots);
  ll_rule_env env = {.options = r->options, .program = program, .modules = u.modules, .n_modules = u.n,
                     .reals = reals, .project = view, .deployment = deployment,
                     .code_index = view ? &code_index : NULL, .today = r->today, .results = out,
                     .folders = r->folder_facts};
  ll_run_rules(&env);
  note_specs_used(r->options, &u, out);
  ll_program_delete(program);
  ll_deployment_delete(deployment);
  if (view) ll_code_index_free(&code_index);
  ll_project_delete(view);
  free(reals);
  if (r->cache) unit_to_cache(r, key, &u, out);
  keep_loaded(r, index, u.tried, u.n_tried);
  u.tried = NULL;
  for (size_t i = 0; i < u.n; i++)
    if (u.lent[i]) give_back((run *)r, &r->inputs[u.inputs[i]], u.lent[i]);
    else ll_module_delete(u.modules[i]);
  free(u.lent);
  free(u.modules);
  free(u.reals);
  free(u.inputs);
  free(u.tried);
  ll_strmap_free(&u.loaded);
}

/* ---- code shared between deployable units ------------------------------------------------- */

static size_t find_unit(size_t *parent, size_t u) {
  while (parent[u] != u) u = parent[u] = parent[parent[u]];
  return u;
}

static int compare_size(const void *a, const void *b) {
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  return x < y ? -1 : x > y;
}

/* Units that lowered the same input, one of them deploying template functions, would join it with
 * two partial views of the templates: they become one unit, analysed again (r->todo). Code that
 * stacks share (a handler file two templates name is already one group) is rare, so this costs
 * nothing on most trees. Returns whether any units were merged. */
static bool merge_shared_units(run *r) {
  size_t n = r->n_units;
  size_t *parent = ll_calloc(n + 1, sizeof(size_t)), *owner = ll_calloc(r->n_inputs + 1, sizeof(size_t));
  for (size_t u = 0; u < n; u++) parent[u] = u;
  for (size_t i = 0; i < r->n_inputs; i++) owner[i] = SIZE_MAX;
  bool any = false;
  for (size_t u = 0; u < n; u++)
    for (size_t k = 0; k < r->n_unit_loaded[u]; k++) {
      size_t i = r->unit_loaded[u][k], o = owner[i];
      if (o == SIZE_MAX) owner[i] = u;
      else if ((r->unit_group[o] >= 0 || r->unit_group[u] >= 0) && find_unit(parent, o) != find_unit(parent, u)) {
        size_t a = find_unit(parent, o), b = find_unit(parent, u);
        parent[a > b ? a : b] = a > b ? b : a;
        any = true;
      }
    }
  free(owner);
  if (!any) return free(parent), false;
  /* The new plan: one unit per component, in the order of its first unit, its roots sorted. */
  size_t *index = ll_calloc(n + 1, sizeof(size_t)), *size = ll_calloc(n + 1, sizeof(size_t));
  size_t *first = ll_calloc(n + 2, sizeof(size_t)), *roots = ll_calloc(r->n_roots + 1, sizeof(size_t));
  int *group = ll_calloc(n + 1, sizeof(int));
  ll_results **results = ll_calloc(n + 1, sizeof(ll_results *));
  size_t **loaded = ll_calloc(n + 1, sizeof(size_t *)), *n_loaded = ll_calloc(n + 1, sizeof(size_t));
  size_t m = 0;
  r->todo = ll_calloc(n + 1, sizeof(size_t));
  size_t n_todo = 0;
  for (size_t u = 0; u < n; u++) {
    size_t c = find_unit(parent, u);
    if (c == u) group[index[u] = m++] = -1;
    size_t v = index[c];
    size[v]++;
    first[v + 1] += r->unit_first[u + 1] - r->unit_first[u];
    if (r->unit_group[u] >= 0) {
      if (group[v] >= 0) ll_stacks_join(&r->stacks, (size_t)group[v], (size_t)r->unit_group[u]);
      group[v] = r->unit_group[u];
    }
  }
  ll_stacks_flatten(&r->stacks);
  for (size_t v = 0; v < m; v++) {
    first[v + 1] += first[v];
    if (group[v] >= 0) group[v] = (int)ll_stacks_group(&r->stacks, (size_t)group[v]);
  }
  size_t *fill = ll_calloc(m + 1, sizeof(size_t));
  for (size_t u = 0; u < n; u++) {
    size_t v = index[find_unit(parent, u)];
    for (size_t k = r->unit_first[u]; k < r->unit_first[u + 1]; k++) roots[first[v] + fill[v]++] = r->roots[k];
    if (size[v] == 1) {
      results[v] = r->unit_results[u];
      loaded[v] = r->unit_loaded[u];
      n_loaded[v] = r->n_unit_loaded[u];
      continue;
    }
    ll_results_delete(r->unit_results[u]);
    free(r->unit_loaded[u]);
    if (fill[v] == first[v + 1] - first[v]) r->todo[n_todo++] = v; /* its last member */
  }
  for (size_t v = 0; v < m; v++)
    if (size[v] > 1) qsort(roots + first[v], first[v + 1] - first[v], sizeof(size_t), compare_size);
  free(fill);
  free(parent);
  free(index);
  free(size);
  free(r->roots);
  free(r->unit_first);
  free(r->unit_group);
  free(r->unit_results);
  free(r->unit_loaded);
  free(r->n_unit_loaded);
  r->roots = roots;
  r->unit_first = first;
  r->unit_group = group;
  r->unit_results = results;
  r->unit_loaded = loaded;
  r->n_unit_loaded = n_loaded;
  r->n_units = m;
  r->n_todo = n_todo;
  return true;
}

/* The template functions whose deployable unit has no analysed code: their template rules still
 * run, after the units, in a pass of their own. */
static ll_project *functions_without_code(run *r) {
  size_t n_fn = r->stacks.n_functions;
  if (!n_fn) return NULL;
  bool *covered = ll_calloc(n_fn + 1, sizeof(bool));
  for (size_t u = 0; u < r->n_units; u++)
    if (r->unit_group[u] >= 0) covered[ll_stacks_group(&r->stacks, (size_t)r->unit_group[u])] = true;
  size_t *fns = ll_calloc(n_fn + 1, sizeof(size_t)), n = 0;
  for (size_t f = 0; f < n_fn; f++)
    if (!covered[ll_stacks_group(&r->stacks, f)]) fns[n++] = f;
  ll_project *view = n ? ll_project_view_new(r->project, fns, n) : NULL;
  free(fns);
  free(covered);
  return view;
}

/* ---- workers and progress ----------------------------------------------------------------- */

static double elapsed(const run *r) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (double)(now.tv_sec - r->started.tv_sec) + (double)(now.tv_nsec - r->started.tv_nsec) / 1e9;
}

/* On a terminal, after two seconds, a line on stderr that the next one overwrites. Only the
 * calling thread draws it, so lines never interleave. */
static void show_progress(run *r, const char *what, size_t done, size_t total, double *last) {
  if (!r->options->progress) return;
  double t = elapsed(r);
  if (t < 2.0 || t - *last < 0.1) return;
  *last = t;
  fprintf(stderr, "\r\033[Klambda-lint: %s %zu/%zu", what, done, total);
  fflush(stderr);
}

static void clear_progress(const run *r, double last) {
  if (r->options->progress && last > 0) fputs("\r\033[K", stderr);
}

typedef enum { PHASE_SCAN, PHASE_UNITS } phase;

typedef struct {
  run *r;
  phase what;
  bool draws; /* the calling thread: shows progress */
  double last;
} worker;

static void *work(void *arg) {
  worker *w = arg;
  run *r = w->r;
  /* the re-run of merged units goes through r->todo: n_todo of them, not every unit */
  size_t total = w->what == PHASE_SCAN ? r->n_inputs : r->todo ? r->n_todo : r->n_units;
  for (;;) {
    size_t i = atomic_fetch_add(&r->next, 1);
    if (i >= total) break;
    if (w->what == PHASE_SCAN) {
      scan_input(r, &r->inputs[i]);
    } else {
      if (r->todo) i = r->todo[i];
      r->unit_results[i] = ll_results_new();
      analyze_unit(r, i, r->unit_results[i]);
    }
    size_t done = atomic_fetch_add(&r->done, 1) + 1;
    if (w->draws)
      show_progress(r, w->what == PHASE_SCAN ? "scanning files" : "analysing handler folders", done, total,
                    &w->last);
  }
  ll_frontends_thread_done();
  return NULL;
}

static unsigned worker_count(const ll_options *o, size_t jobs_to_do) {
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  unsigned n = o->jobs ? o->jobs : (cpus > 0 ? (unsigned)cpus : 1);
  if (n > 256) n = 256;
  if (jobs_to_do < n) n = jobs_to_do ? (unsigned)jobs_to_do : 1;
  return n;
}

/* Runs one phase on the worker threads (the calling thread is one of them). */
static double run_phase(run *r, phase what, size_t jobs_to_do) {
  atomic_store(&r->next, 0);
  atomic_store(&r->done, 0);
  unsigned n = worker_count(r->options, jobs_to_do);
  worker *workers = ll_calloc(n, sizeof(worker));
  pthread_t *threads = ll_calloc(n, sizeof(pthread_t));
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 16u << 20); /* deep syntax trees: same stack as the main thread */
  for (unsigned i = 0; i < n; i++) workers[i] = (worker){.r = r, .what = what, .draws = i == 0};
  unsigned started = 1;
  for (unsigned i = 1; i < n; i++, started++)
    if (pthread_create(&threads[i], &attr, work, &workers[i]) != 0) break;
  work(&workers[0]);
  for (unsigned i = 1; i < started; i++) pthread_join(threads[i], NULL);
  pthread_attr_destroy(&attr);
  double last = workers[0].last;
  free(threads);
  free(workers);
  return last;
}

/* ---- the run ---------------------------------------------------------------------------- */

static void collect(run *r, ll_results *results) {
  for (size_t i = 0; i < r->n_inputs; i++)
    if (r->inputs[i].error && r->inputs[i].error_is_note)
      ll_results_add_note(results, shown_name(r, r->inputs[i].path), r->inputs[i].error);
    else if (r->inputs[i].error)
      ll_results_add_error(results, shown_name(r, r->inputs[i].path), r->inputs[i].error);
  for (size_t u = 0; u < r->n_units; u++) ll_results_absorb(results, r->unit_results[u]);
}

/* Inline suppressions (parsed during the scan) and per-file ignores, then order, fingerprints and
 * the baseline. */
static void suppress(run *r, ll_results *results) {
  const char **paths = ll_calloc(r->n_inputs + 1, sizeof(char *));
  ll_suppressions **known = ll_calloc(r->n_inputs + 1, sizeof(ll_suppressions *));
  size_t n = 0;
  for (size_t i = 0; i < r->n_inputs; i++) {
    if (r->inputs[i].unreadable) continue;
    paths[n] = shown_name(r, r->inputs[i].path);
    known[n++] = r->inputs[i].suppressions;
    r->inputs[i].suppressions = NULL;
  }
  /* LL001 snippets come from the bytes analysed: standard input's and the overlays' */
  ll_held_source *held = ll_calloc(r->options->n_overlays + 1, sizeof *held);
  size_t n_held = 0;
  if (r->stdin_bytes)
    held[n_held++] = (ll_held_source){.path = shown_name(r, "-"), .bytes = r->stdin_bytes, .len = r->stdin_len};
  for (size_t i = 0; i < r->n_inputs; i++) {
    const ll_overlay *o = strcmp(r->inputs[i].path, "-") ? overlay_for(r, r->inputs[i].real) : NULL;
    if (o && n_held <= r->options->n_overlays)
      held[n_held++] = (ll_held_source){.path = r->inputs[i].path, .bytes = o->bytes, .len = o->len};
  }
  ll_findings_suppress(results, paths, known, n, held, n_held, r->options, r->configs);
  free(held);
  free(paths);
  free(known);
  ll_results_finish(results);
  ll_findings_finish(results, r->options);
}

static void free_run(run *r) {
  ll_config_set_delete(r->configs);
  for (size_t i = 0; i < r->n_inputs; i++) {
    ll_shared_module_delete(r->inputs[i].spare);
    free(r->inputs[i].real);
    free(r->inputs[i].error);
    ll_suppressions_delete(r->inputs[i].suppressions);
  }
  free(r->inputs);
  free(r->roots);
  free_go_folders(r);
  free(r->unit_first);
  free(r->unit_results);
  free(r->unit_group);
  for (size_t u = 0; u < r->n_units; u++) free(r->unit_loaded[u]);
  free(r->unit_loaded);
  free(r->n_unit_loaded);
  ll_stacks_free(&r->stacks);
  ll_cache_close(r->cache);
  free(r->fn_keys);
  free(r->hashes);
  folder_memo_delete(r->folders);
  ll_folder_facts_delete(r->folder_facts);
  free(r->stdin_bytes);
  for (size_t i = 0; i < r->n_arg_roots; i++) free(r->arg_roots[i]);
  free(r->arg_roots);
  ll_keep_delete(r->keep);
  ll_file_index_free(&r->by_real);
  ll_project_delete(r->project);
  for (size_t i = 0; i < r->options->n_overlays; i++) free(r->overlay_reals[i]);
  free(r->overlay_reals);
}

/* The folder each command-line path names (or, for a file, the folder it is in), canonical: what a
 * file found under it may read next to it (a compile_commands.json). NULL for "-". */
static char **analysed_roots(const ll_options *o, const char *cwd) {
  char **roots = ll_calloc(o->n_paths + 1, sizeof(char *));
  for (size_t i = 0; i < o->n_paths; i++) {
    if (!strcmp(o->paths[i], "-")) continue;
    char *abs = ll_path_absolute(o->paths[i], cwd);
    struct stat st;
    char *dir = stat(abs, &st) == 0 && S_ISDIR(st.st_mode) ? ll_strdup(abs) : ll_path_parent(abs);
    roots[i] = realpath(dir, NULL);
    free(dir);
    free(abs);
  }
  return roots;
}

/* Whether canonical folder `dir` or one above it, inside `root`, holds a cdk.json. Folders already
 * answered are in `memo` (root + "\n" + folder → 0/1; its keys in `keys`): a stat per folder, not
 * a realpath and a stat per level per file, before any analysis starts. */
static bool in_cdk_app(ll_strmap *memo, char ***keys, size_t *n_keys, size_t *cap_keys, const char *dir,
                       const char *root) {
  if (!ll_path_inside(dir, root)) return false;
  char *key = ll_strfmt("%s\n%s", root, dir);
  int known = ll_strmap_get(memo, key);
  if (known >= 0) {
    free(key);
    return known;
  }
  char *json = ll_strfmt("%s/cdk.json", dir);
  struct stat st;
  bool found = stat(json, &st) == 0;
  free(json);
  if (!found && strcmp(dir, "/")) {
    char *up = ll_path_parent(dir);
    found = up && in_cdk_app(memo, keys, n_keys, cap_keys, up, root);
    free(up);
  }
  LL_PUSH(*keys, *n_keys, *cap_keys, key);
  ll_strmap_put(memo, key, found);
  return found;
}

/* A CDK app's own source (without --cdk-out, which reads the same functions synthesized):
 * TypeScript/JavaScript and Python files under a folder with cdk.json. */
static void load_cdk_sources(const run *r, const ll_discovery *found, ll_project *project) {
  ll_strmap memo;
  ll_strmap_init(&memo);
  char **keys = NULL;
  size_t n_keys = 0, cap_keys = 0;
  for (size_t i = 0; i < found->n_files; i++) {
    const char *path = found->files[i], *root = r->arg_roots[found->file_args[i]], *real = found->reals[i];
    size_t n = strlen(path);
    bool candidate = (n > 3 && (!strcmp(path + n - 3, ".ts") || !strcmp(path + n - 3, ".js") ||
                                !strcmp(path + n - 3, ".py")));
    if (!candidate || !root) continue;
    /* a symlinked file's app is its target's: the reader resolves it. Discovery gives a walked
     * symlink no real path, so only a file named on the command line needs the lstat. */
    struct stat st;
    bool given = !strcmp(path, r->options->paths[found->file_args[i]]);
    if (real && (!given || (lstat(path, &st) == 0 && !S_ISLNK(st.st_mode)))) {
      char *dir = ll_path_parent(real);
      bool app = dir && in_cdk_app(&memo, &keys, &n_keys, &cap_keys, dir, root);
      free(dir);
      if (!app) continue;
    }
    ll_project_read_cdk_source(project, path, root);
  }
  for (size_t i = 0; i < n_keys; i++) free(keys[i]);
  free(keys);
  ll_strmap_free(&memo);
}

/* --cdk-out DIR: read only when DIR is inside one of the analysed paths (what its manifest names
 * is then confined to that path). */
static void load_cdk_out(const run *r, ll_project *project, ll_results *results) {
  const char *dir = r->options->cdk_out;
  char *real = realpath(dir, NULL), *error = NULL;
  const char *root = NULL;
  for (size_t i = 0; real && i < r->n_arg_roots && !root; i++)
    if (r->arg_roots[i] && ll_path_inside(real, r->arg_roots[i])) root = r->arg_roots[i];
  if (!root) ll_results_add_error(results, dir, real ? "--cdk-out folder is outside the analysed paths; not read"
                                                     : "--cdk-out folder does not exist");
  else if (!ll_project_load_cdk_out(project, dir, root, &error))
    ll_results_add_error(results, dir, error);
  free(error);
  free(real);
}

/* Reads every discovered template into one project; a template that cannot be read or parsed is an
 * error for that file only. */
static ll_project *load_templates(const run *r, const ll_discovery *found, ll_results *results) {
  ll_project *project = ll_project_new();
  ll_project_set_max_file_size(project, r->options->max_file_size);
  for (size_t i = 0; i < found->n_templates; i++) {
    char *error = NULL;
    const char *root = r->arg_roots[found->template_args[i]];
    if (!ll_project_load_file_in(project, found->templates[i], root, &error))
      ll_results_add_error(results, found->templates[i], error);
    free(error);
  }
  if (r->options->cdk_out) load_cdk_out(r, project, results);
  else load_cdk_sources(r, found, project);
  ll_project_finish(project);
  return project;
}

/* Template rules run in the units; functions of deployable units with no analysed code get one
 * pass of their own. */
static void run_template_rules_alone(run *r, ll_results *results) {
  ll_project *view = functions_without_code(r);
  if (!view) return;
  ll_program *program = ll_program_new(NULL, NULL, 0, r->options);
  ll_code_index no_code;
  ll_code_index_init_real(&no_code, NULL, NULL, 0);
  ll_rule_env env = {.options = r->options, .program = program, .project = view, .code_index = &no_code,
                     .today = r->today, .results = results};
  ll_run_rules(&env);
  ll_code_index_free(&no_code);
  ll_program_delete(program);
  ll_project_delete(view);
}

/* --project: only the named files' findings, errors and notes are reported. */
static void keep_report_only(const ll_options *o, ll_results *results, const char *cwd) {
  if (!o->n_report_only) return;
  ll_strmap keep = {0};
  char **reals = ll_calloc(o->n_report_only + 1, sizeof(char *));
  for (size_t i = 0; i < o->n_report_only; i++) {
    reals[i] = ll_path_real(o->report_only[i], cwd); /* an overlay need not be on disk */
    ll_strmap_put(&keep, reals[i], 1);
  }
  ll_results_keep_files(results, &keep);
  for (size_t i = 0; i < o->n_report_only; i++) free(reals[i]);
  free(reals);
  ll_strmap_free(&keep);
}

/* Whether `path` (a path given) is an overlay of a file that is not on disk. */
static bool missing_overlay(const run *r, const char *path, const char *cwd) {
  if (!r->options->n_overlays || !strcmp(path, "-")) return false;
  struct stat st;
  if (lstat(path, &st) == 0) return false;
  char *real = ll_path_real(path, cwd);
  bool found = overlay_for(r, real) != NULL;
  free(real);
  return found;
}

/* Discovery's listings answer the folder tests (vendored.h): no folder is listed twice. */
static void seed_folder_facts(void *facts, const char *dir, const char *const *names,
                              const unsigned char *types, size_t n) {
  ll_folder_facts_seed(facts, dir, names, types, n);
}

ll_results *ll_analyze(const ll_options *o) {
  ll_results *results = ll_results_new();
  run r = {.options = o, .today = ll_date_today(), .keep = ll_keep_new(),
           .configs = ll_config_set_new(o->config, o->nearest_configs), .folder_facts = ll_folder_facts_new()};
  ll_discovery found;
  ll_folder_listener listener = {seed_folder_facts, r.folder_facts};
  ll_discover(&found, o->paths, o->n_paths, &ll_template_sniffer_all, &listener);
  char *cwd = ll_path_cwd();
  r.overlay_reals = ll_calloc(o->n_overlays + 1, sizeof(char *));
  for (size_t i = 0; i < o->n_overlays; i++) r.overlay_reals[i] = ll_path_real(o->overlays[i].path, cwd);
  for (size_t i = 0; i < found.n_errors; i++)
    if (!missing_overlay(&r, found.errors[i].path, cwd))
      ll_results_add_error(results, found.errors[i].path, found.errors[i].message);
  if (o->as_of) ll_date_parse(o->as_of, &r.today);
  clock_gettime(CLOCK_MONOTONIC, &r.started);
  r.arg_roots = analysed_roots(o, cwd);
  r.n_arg_roots = o->n_paths;
  r.project = load_templates(&r, &found, results);
  r.inputs = ll_calloc(found.n_files + o->n_paths + 1, sizeof(input));
  for (size_t i = 0; i < found.n_files; i++)
    if (!ll_config_excludes(o->config, found.files[i], cwd) && /* the run's exclusions, then the file's own */
        !ll_config_excludes(ll_config_set_for(r.configs, found.files[i], cwd, results), found.files[i], cwd)) {
      r.inputs[r.n_inputs].path = found.files[i];
      r.inputs[r.n_inputs].folder = r.arg_roots[found.file_args[i]];
      r.inputs[r.n_inputs++].real = found.reals[i]; /* taken, not copied: 100 000 paths are megabytes */
      found.reals[i] = NULL;
    }
  for (size_t i = 0; i < o->n_paths; i++) /* a buffer not saved yet is analysed all the same */
    if (missing_overlay(&r, o->paths[i], cwd)) {
      r.inputs[r.n_inputs].path = o->paths[i];
      r.inputs[r.n_inputs].folder = r.arg_roots[i];
      r.inputs[r.n_inputs++].real = ll_path_real(o->paths[i], cwd);
    }
  r.cache = open_cache(o);
  if (r.cache) {
    r.hashes = ll_calloc(r.n_inputs + 1, sizeof(ll_hash));
    r.folders = folder_memo_new();
  }
  double last = run_phase(&r, PHASE_SCAN, r.n_inputs);
  drop_unserved_linked_roots(&r);
  ll_file_index_init(&r.by_real);
  ll_file_index_set_analysed(&r.by_real, (const char *const *)r.arg_roots, r.n_arg_roots);
  for (size_t i = 0; i < r.n_inputs; i++)
    if (r.inputs[i].real && !r.inputs[i].unreadable) ll_file_index_add(&r.by_real, r.inputs[i].real, (int)i);
  size_t n_layer_dirs = 0;
  const char *const *layer_scopes = NULL;
  const char *const *layer_dirs = ll_project_layer_dirs(r.project, &layer_scopes, &n_layer_dirs);
  for (size_t i = 0; i < n_layer_dirs; i++) ll_file_index_add_layer_dir(&r.by_real, layer_dirs[i], layer_scopes[i]);
  plan_stacks(&r);
  plan_units(&r);
  index_go_folders(&r);
  if (r.cache) {
    r.key = run_key(&r);
    function_keys(&r, &found);
  }
  r.unit_results = ll_calloc(r.n_units + 1, sizeof(ll_results *));
  r.unit_loaded = ll_calloc(r.n_units + 1, sizeof(size_t *));
  r.n_unit_loaded = ll_calloc(r.n_units + 1, sizeof(size_t));
  double last_units = run_phase(&r, PHASE_UNITS, r.n_units);
  while (merge_shared_units(&r)) {
    last_units = run_phase(&r, PHASE_UNITS, r.n_todo);
    free(r.todo);
    r.todo = NULL;
  }
  run_template_rules_alone(&r, results);
  clear_progress(&r, last > last_units ? last : last_units);
  collect(&r, results);
  warn_unused_specs(o, results);
  suppress(&r, results);
  size_t scanned = found.n_templates;
  for (size_t i = 0; i < r.n_inputs; i++) scanned += !r.inputs[i].unreadable;
  results->files_analyzed = scanned;
  results->cache_reused = atomic_load(&r.cache_reused);
  results->cache_units = atomic_load(&r.cache_units);
  keep_report_only(o, results, cwd);
  free(cwd);
  free_run(&r);
  ll_discovery_free(&found);
  ll_frontends_thread_done();
  return results;
}

void ll_options_init(ll_options *self) {
  memset(self, 0, sizeof(*self));
  self->max_file_size = LL_DEFAULT_MAX_FILE_SIZE;
}
