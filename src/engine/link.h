/* link.h — joins the modules of a run into one program: which functions are handlers, the call
 * graph across modules (sibling imports), what handlers reach, and which modules have Lambda
 * evidence. Rules ask through rule.h; this is the engine's side. */
#ifndef LL_LINK_H
#define LL_LINK_H

#include "lambdalint/lambdalint.h"
#include "base/strmap.h"

typedef struct ll_program ll_program;

/* Links `modules` (borrowed; each gets its `id`; `real_paths` are their resolved file paths, for
 * import resolution). Marks handlers per the options' --handler list, then the conventions. */
ll_program *ll_program_new(ll_module *const *modules, const char *const *real_paths, size_t n_modules,
                           const ll_options *options);
/* The same, with the layer folders the templates declare (canonical): imports resolve into them;
 * and the analysed folders (canonical, borrowed), which bound the folder names that make a layer
 * (ll_file_index_set_analysed). */
ll_program *ll_program_new_with_layers(ll_module *const *modules, const char *const *real_paths, size_t n_modules,
                                       const ll_options *options, const char *const *layer_dirs,
                                       const char *const *layer_scopes, size_t n_layer_dirs,
                                       const char *const *analysed, size_t n_analysed);
void ll_program_delete(ll_program *self);

/* Marks the handlers of one module (--handler, then the conventions); returns how many. */
size_t ll_module_mark_handlers(ll_module *module, const ll_options *options);
/* Whether a --handler spec ("app.handler", "src/handlers/orders.create", "path/app.py:handler")
 * names this function of this module. */
bool ll_handler_spec_names(const char *spec, const ll_module *module, const ll_function *fn);

/* Whether the module binds a web-framework Lambda adapter at module level (`handler =
 * Mangum(app)`): an entry point whose app's routes run on every invocation. */
bool ll_module_builds_adapter(const ll_module *module);

bool ll_program_reachable(const ll_program *self, const ll_module *module, int fn);
bool ll_program_eagerly_reached(const ll_program *self, const ll_module *module, int fn);
bool ll_program_always_reached(const ll_program *self, const ll_module *module, int fn);
bool ll_program_deadline_read(const ll_program *self, const ll_module *module, int fn);
size_t ll_program_handler_count(const ll_program *self);
/* Calls `each` for `fn` of `m` and every function it reaches through calls (across modules),
 * until `each` returns true; returns whether it did. */
bool ll_program_visit_from(const ll_program *self, const ll_module *m, int fn,
                           bool (*each)(const ll_module *module, int fn, void *user), void *user);
/* Calls `each` once for every function reached (itself included) from any function for which
 * `from` says true: one walk, linear in the program however many functions `from` picks. */
void ll_program_visit_from_each(const ll_program *self, bool (*from)(const ll_module *m, int fn, void *user),
                                void (*each)(const ll_module *module, int fn, void *user), void *user);

/* Whether (event, context) parameter names fit a convention-named handler: the options' names, or
 * the defaults (`event`, `_event`, `evt`, `e`, `request`, `req`, `payload`, `data`, `message`,
 * `msg`, `_` / `context`, `_context`, `ctx`, `_ctx`, `lambda_context`, `_`). */
/* Whether a function name fits the Python handler convention (with the parameter test above):
 * `handler`, `*_handler`, `handle`, `handle_*`, `main`, `lambda_main` (`lambda_handler` takes any
 * two parameters). */
bool ll_handler_name_ok(const char *name, size_t n);

bool ll_handler_params_ok(const ll_options *options, const char *event, size_t event_len,
                          const char *context, size_t context_len);

/* A set of files by real path, and the names an absolute import could start with (file stems and
 * folder names), so that `import json` is dismissed without probing every folder above. */
typedef struct {
  ll_strmap files; /* real path (borrowed) → index */
  ll_strmap names; /* stem or folder name (owned) → 1 */
  char **owned;
  size_t n_owned, cap_owned;
  /* Lambda layer folders of Python files (`layers/x/python`, `source/lib`): the runtime puts a
   * layer's content on the path, so a function's absolute import may name a file there. */
  char **layer_roots;
  size_t n_layer_roots, cap_layer_roots;
  /* per layer root: the folder whose modules it serves (owned): the project that holds it — the
   * parent of the folder named like a layer, the template or CDK app that declares it — not every
   * project of a monorepo */
  char **layer_scopes;
  size_t cap_layer_scopes;
  const char *const *analysed; /* canonical analysed folders (borrowed), or NULL: see set_analysed */
  size_t n_analysed;
} ll_file_index;

void ll_file_index_init(ll_file_index *self);
/* The analysed folders (canonical, borrowed; NULL entries skipped): a folder is taken for a layer
 * by its name only below the one a file lies in — `/home/me/layer-tools/repo` is where the
 * checkout is, not a layer of it. Without them every folder of the path counts. Set before adding. */
void ll_file_index_set_analysed(ll_file_index *self, const char *const *analysed, size_t n);
/* Adds a file; `real_path` is borrowed and must outlive the index. */
void ll_file_index_add(ll_file_index *self, const char *real_path, int index);
/* Adds the layer folder `dir` (canonical) a template declares: imports of modules inside `scope`
 * (canonical: the template's or CDK app's folder) resolve into it. */
void ll_file_index_add_layer_dir(ll_file_index *self, const char *dir, const char *scope);
void ll_file_index_free(ll_file_index *self);

/* Python's import resolution over a set of files: the file that `dotted` (with `level` leading
 * dots) names for a module at real path `importer`, or -1. Absolute imports are looked up from the
 * importer's folder upwards (Lambda puts the code root on the path). ll_resolve_import tries
 * `from M import X` as the submodule M.X first, then M. */
int ll_resolve_module(const ll_file_index *files, const char *importer, const char *dotted, int level);
int ll_resolve_import(const ll_file_index *files, const char *importer, const ll_import *imp);

#endif
