/*
 * LL301 heavy-eager-import
 *
 * What it does: finds a heavy library (pandas, numpy, scipy, scikit-learn, torch, tensorflow,
 * matplotlib, …) imported at the top level of a Lambda module that does not need it on every
 * invocation: it is not used at all, or used only inside a function that not every invocation
 * runs, or only under a branch.
 * Why is this bad on Lambda: top-level imports run during the init phase of every cold start, and
 * these libraries take hundreds of milliseconds to seconds to import. When most invocations never
 * touch the library, every cold start pays for it anyway (and init time is billed).
 * Not flagged: libraries used at module scope (model loading, configuration) or on every path of a
 * handler; imports guarded by try/except or `if TYPE_CHECKING:`; imports inside functions (already
 * lazy); numpy (or another library) when a heavier one that loads it is imported at the top too
 * (awswrangler → pandas → numpy; only the heavier one is reported), or when a project module imported
 * at the top loads it (`from model.linear_models import Net` where that module imports torch; followed
 * three imports deep): importing it again costs nothing more; uses in
 * functions lambda-lint cannot place on a handler's call graph or that are passed around as values
 * (`map(score, records)`, callbacks): they may run on every invocation.
 * JavaScript/TypeScript: the npm catalog below (the whole `aws-sdk` v2, `lodash` as a whole —
 * `lodash/get` is not it —, moment, puppeteer and @sparticuz/chromium, sharp, tfjs-node, pdfkit, …),
 * by top-level `import` / `require` in a module holding a handler (a helper module is loaded by what
 * requires it, often with the same packages); `require` and `import()` inside a function are
 * already lazy.
 * The catalog is extendable from the config file: `heavy-modules: [name, name=ms]`.
 */
#include <stdio.h>
#include <stdlib.h>

#include "rulekit.h"
#include "fix/scan.h"

typedef struct {
  const char *module;  /* top-level package */
  unsigned cost_ms;    /* typical import time on a Lambda x86_64 function with 1 GB (order of magnitude) */
  const char *loads;   /* a package it imports itself (its cost is paid with it), or NULL */
} heavy_module;

static const heavy_module python_catalog[] = {
    {"tensorflow", 3000, "numpy"},  {"torch", 2000, "numpy"},       {"keras", 2500, "tensorflow"},
    {"transformers", 2000, "torch"},{"spacy", 1500, "numpy"},       {"sklearn", 800, "scipy"},
    {"seaborn", 900, "matplotlib"}, {"langchain", 1200, NULL},      {"statsmodels", 900, "scipy"},
    {"geopandas", 1000, "pandas"},  {"xgboost", 600, "numpy"},      {"lightgbm", 500, "numpy"},
    {"nltk", 700, NULL},            {"pandas", 500, "numpy"},       {"scipy", 300, "numpy"},
    {"matplotlib", 300, "numpy"},   {"plotly", 400, NULL},          {"sympy", 500, NULL},
    {"pyarrow", 250, "numpy"},      {"cv2", 150, "numpy"},          {"numpy", 100, NULL},
    {"polars", 150, NULL},          {"dask", 400, "pandas"},        {"openpyxl", 200, NULL},
    {"networkx", 300, NULL},        {"skimage", 400, "scipy"},      {"numba", 700, "numpy"},
    {"jax", 800, "numpy"},          {"onnxruntime", 300, "numpy"},  {"shapely", 100, "numpy"},
    {"awswrangler", 1500, "pandas"},
    {NULL, 0, NULL}};

/* npm packages with a typical require/import cost on a 1 GB function (order of magnitude). */
static const heavy_module js_catalog[] = {
    {"aws-sdk", 400, NULL},               {"lodash", 60, NULL},                 {"moment", 50, NULL},
    {"moment-timezone", 120, "moment"},   {"puppeteer", 600, NULL},             {"puppeteer-core", 400, NULL},
    {"@sparticuz/chromium", 700, NULL},   {"chrome-aws-lambda", 700, NULL},     {"sharp", 150, NULL},
    {"@tensorflow/tfjs-node", 1500, NULL},{"@tensorflow/tfjs", 800, NULL},      {"pdfkit", 150, NULL},
    {"pdf-lib", 100, NULL},               {"jsdom", 400, NULL},                 {"exceljs", 250, NULL},
    {"xlsx", 200, NULL},                  {"googleapis", 800, NULL},            {"firebase-admin", 500, NULL},
    {"canvas", 150, NULL},                {"playwright-core", 400, NULL},       {"typeorm", 300, NULL},
    {"@prisma/client", 200, NULL},        {"ffmpeg-static", 50, NULL},          {"mathjs", 200, NULL},
    {"natural", 300, NULL},               {"openai", 80, NULL},                 {"langchain", 600, NULL},
    {NULL, 0, NULL}};

typedef struct {
  const char *module;
  unsigned cost_ms;
  const char *loads;
  const ll_import *first;  /* the first top-level, unguarded import of it */
  bool eager;              /* needed on every invocation (or at module scope) */
  bool used;
  int some_path_fn;        /* a function where it is used only on some paths, or -1 */
} heavy_use;

enum { MAX_HEAVY = 32 };

static const char *top_package(const char *q, char *buf, size_t size) {
  size_t n = strcspn(q, ".");
  if (n >= size) n = size - 1;
  memcpy(buf, q, n);
  buf[n] = '\0';
  return buf;
}

/* Catalog entry for a top-level package, from the built-in table or the config list ("name" or
 * "name=ms"). */
static bool lookup(const ll_rule_ctx *ctx, const ll_module *m, const char *package, heavy_use *out) {
  bool js = ll_is_js(m);
  const heavy_module *catalog = js ? js_catalog : python_catalog;
  for (size_t i = 0; catalog[i].module; i++)
    if (ll_streq(catalog[i].module, package)) {
      out->module = catalog[i].module;
      out->cost_ms = catalog[i].cost_ms;
      out->loads = catalog[i].loads;
      return true;
    }
  const char *const *extra = ll_rule_config_list(ctx, "heavy-modules");
  for (size_t i = 0; extra[i]; i++) {
    size_t n = strcspn(extra[i], "=");
    if (strlen(package) == n && !strncmp(extra[i], package, n)) {
      out->module = extra[i];
      out->cost_ms = extra[i][n] == '=' ? (unsigned)strtoul(extra[i] + n + 1, NULL, 10) : 0;
      out->loads = NULL;
      return true;
    }
  }
  return false;
}

/* The qualified name an event uses, if it uses one. */
static const char *used_name(const ll_event *ev, const char **second) {
  *second = NULL;
  if (ev->kind == LL_EV_NAME_USE) return ev->name;
  if (ev->kind == LL_EV_CALL) {
    *second = ev->as.call.receiver_ctor;
    return ev->as.call.callee;
  }
  return NULL;
}

/* Whether the run passes function `name` around as a value (`map(score, …)`, a callback, a thread
 * target): where and how often it then runs is unknown. */
static bool used_as_value(const ll_rule_ctx *ctx, const char *name) {
  size_t n = 0, len = strlen(name);
  const ll_module *const *modules = ll_rule_modules(ctx, &n);
  for (size_t mi = 0; mi < n; mi++)
    for (uint32_t f = 0; f < modules[mi]->n_functions; f++) {
      const ll_function *fn = &modules[mi]->functions[f];
      for (uint32_t e = 0; e < fn->n_events; e++) {
        const ll_event *ev = &fn->events[e];
        if (ev->kind != LL_EV_NAME_USE || !ev->name) continue;
        size_t k = strlen(ev->name);
        bool tail = k > len && ev->name[k - len - 1] == '.' && ll_streq(ev->name + k - len, name);
        if (tail || ll_streq(ev->name, name))
          return true;
      }
    }
  return false;
}

static void record_use(const ll_rule_ctx *ctx, const ll_module *m, int f, const ll_event *ev, heavy_use *h) {
  const ll_function *fn = &m->functions[f];
  h->used = true;
  if (fn->is_entry_main) {
    if (h->some_path_fn < 0) h->some_path_fn = f;
    return;
  }
  if (f == 0 || !ll_rule_reachable(ctx, m, f)) { /* module scope, or a place we cannot judge */
    h->eager = true;
    return;
  }
  bool always = ll_rule_always_reached(ctx, m, f);
  if (always && !ev->conditional && !ev->lazy_guard && !fn->memoized) {
    h->eager = true;
    return;
  }
  if (!always && used_as_value(ctx, fn->name)) { /* run through a callback: cannot tell how often */
    h->eager = true;
    return;
  }
  if (h->some_path_fn < 0) h->some_path_fn = f;
}

/* Whether importing catalog package `loader` imports `package` too (pandas → numpy, awswrangler →
 * pandas → numpy): then `package` costs nothing more once `loader` is loaded. */
static bool loads_package(const ll_rule_ctx *ctx, const ll_module *m, const char *loader, const char *package) {
  heavy_use h;
  for (int depth = 0; depth < 6 && loader; depth++) {
    if (ll_streq(loader, package)) return true;
    if (!lookup(ctx, m, loader, &h)) return false;
    loader = h.loads;
  }
  return false;
}

enum { MAX_IMPORT_DEPTH = 3 };

static const ll_module *module_at(const ll_rule_ctx *ctx, const char *path) {
  size_t n = 0;
  const ll_module *const *modules = ll_rule_modules(ctx, &n);
  for (size_t i = 0; i < n; i++)
    if (ll_streq(modules[i]->path, path)) return modules[i];
  return NULL;
}

static bool module_loads(const ll_rule_ctx *ctx, const ll_module *m, const char *package, int depth);

/* Whether the project module that `imp` of `m` names, looked for under folder `base` (its first
 * `base_len` bytes), loads `package` at its top level. */
static bool project_import_loads(const ll_rule_ctx *ctx, const ll_module *m, const ll_import *imp,
                                 const char *base, size_t base_len, const char *package, int depth) {
  char rel[256], path[600];
  size_t k = 0;
  for (const char *c = imp->module ? imp->module : ""; *c && k + 1 < sizeof rel; c++) rel[k++] = *c == '.' ? '/' : *c;
  rel[k] = '\0';
  const char *forms[] = {"%.*s%s%s.py", "%.*s%s%s/__init__.py"};
  for (int member = 0; member < 2; member++) {
    if (member && !imp->member) break;
    char name[300];
    snprintf(name, sizeof name, member ? "%s%s%s" : "%s", rel, *rel ? "/" : "", member ? imp->member : "");
    if (!*name) continue;
    for (size_t f = 0; f < 2; f++) {
      snprintf(path, sizeof path, forms[f], (int)base_len, base, base_len ? "/" : "", name);
      const ll_module *p = module_at(ctx, path);
      if (p && p != m && module_loads(ctx, p, package, depth + 1)) return true;
    }
  }
  return false;
}

/* Whether import `imp` of `m` names a project module that loads `package`: looked for from the
 * folder a relative import starts at, or from each folder from `m`'s own up (an absolute import). */
static bool project_module_loads(const ll_rule_ctx *ctx, const ll_module *m, const ll_import *imp,
                                 const char *package, int depth) {
  const char *slash = strrchr(m->path, '/');
  size_t base_len = slash ? (size_t)(slash - m->path) : 0;
  for (int level = 0; base_len; level++) {
    if (level + 1 >= imp->relative_level &&
        project_import_loads(ctx, m, imp, m->path, base_len, package, depth))
      return true;
    if (imp->relative_level > 0 && level + 1 >= imp->relative_level) return false;
    while (base_len && m->path[base_len - 1] != '/') base_len--; /* one folder up */
    if (base_len) base_len--;
  }
  return imp->relative_level <= 1 && project_import_loads(ctx, m, imp, m->path, 0, package, depth);
}

/* Whether module `m` loads `package` when it is imported: a top-level, unguarded import of it (or of
 * a catalog package that loads it), or of a project module that does — followed `MAX_IMPORT_DEPTH`
 * imports deep (`from model.linear_models import Net`, where model/linear_models.py imports torch). */
static bool module_loads(const ll_rule_ctx *ctx, const ll_module *m, const char *package, int depth) {
  if (depth > MAX_IMPORT_DEPTH || m->language != LL_LANG_PYTHON) return false;
  char buf[128];
  for (uint32_t i = 0; i < m->n_imports; i++) {
    const ll_import *imp = &m->imports[i];
    if (imp->function != 0 || imp->guarded) continue;
    if (imp->module && imp->relative_level == 0 && loads_package(ctx, m, top_package(imp->module, buf, sizeof buf), package))
      return true;
    if (depth < MAX_IMPORT_DEPTH && project_module_loads(ctx, m, imp, package, depth)) return true;
  }
  return false;
}

/* Whether `package` is loaded anyway at module load: by another top-level import of `m` (a
 * catalog package that imports it, eager or not), or through the project's own modules it imports. */
static bool loaded_anyway(const ll_rule_ctx *ctx, const ll_module *m, const ll_import *own, const char *package) {
  char buf[128];
  for (uint32_t i = 0; i < m->n_imports; i++) {
    const ll_import *imp = &m->imports[i];
    if (imp == own || imp->function != 0 || imp->guarded || !imp->module) continue;
    if (imp->relative_level == 0) {
      const char *top = top_package(imp->module, buf, sizeof buf);
      if (!ll_streq(top, package) && loads_package(ctx, m, top, package)) return true;
    }
    if (m->language == LL_LANG_PYTHON && project_module_loads(ctx, m, imp, package, 0)) return true;
  }
  return false;
}

/* ---- the fix (Python): import it where it is used ---------------------------------------------- */

/* The innermost function (not the module) whose span holds byte `at`, or -1. */
static int function_at(const ll_module *m, uint32_t at) {
  int best = -1;
  for (uint32_t f = 1; f < m->n_functions; f++) {
    const ll_span *sp = &m->functions[f].span;
    if (sp->start_byte <= at && at < sp->end_byte &&
        (best < 0 || sp->end_byte - sp->start_byte < m->functions[best].span.end_byte - m->functions[best].span.start_byte))
      best = (int)f;
  }
  return best;
}

/* The first line of a function's body (the line after its `def …:`), or 0. */
static uint32_t body_of(const ll_module *m, const ll_function *fn) {
  return ll_scan_block_start(m->source, m->source_len, fn->is_entry_main ? fn->span.start_byte : fn->name_span.end_byte);
}

enum { MAX_TARGETS = 8, MAX_ALIASES = 8 };

typedef struct {
  const char *aliases[MAX_ALIASES];
  size_t n_aliases;
  int targets[MAX_TARGETS]; /* the top-level functions (or methods) that use them */
  size_t n_targets;
} lazy_import;

/* Whether every import of the statement [stmt, end) is of `package` and no other top-level import
 * is; collects the names it binds. */
static bool statement_imports_only(const ll_module *m, uint32_t stmt, uint32_t end, const char *package, lazy_import *li) {
  char buf[128];
  for (uint32_t i = 0; i < m->n_imports; i++) {
    const ll_import *imp = &m->imports[i];
    bool inside = imp->span.start_byte >= stmt && imp->span.start_byte < end;
    bool same = imp->module && imp->relative_level == 0 && ll_streq(top_package(imp->module, buf, sizeof buf), package);
    if ((imp->function != 0 || !same) && !inside) continue;
    if (!inside || !same || !imp->alias || li->n_aliases == MAX_ALIASES) return false; /* `import os, pandas`; `*` */
    li->aliases[li->n_aliases++] = imp->alias;
  }
  return li->n_aliases > 0;
}

/* Whether every use of the statement's names sits in the body of a function that does not rebind
 * them (not at module level, in a decorator, a default value or an annotation); collects the
 * outermost such functions. */
static bool uses_in_bodies(const ll_module *m, uint32_t stmt, uint32_t end, lazy_import *li) {
  for (size_t a = 0; a < li->n_aliases; a++) {
    for (uint32_t at = 0; ll_scan_next_name(m->source, m->source_len, li->aliases[a], &at); at++) {
      if (at >= stmt && at < end) continue;
      int f = function_at(m, at);
      while (f > 0 && m->functions[f].parent > 0) f = m->functions[f].parent;
      if (f <= 0) return false;
      const ll_function *fn = &m->functions[f];
      uint32_t body = body_of(m, fn);
      if (!body || at < body || ll_scan_binds(m->source, body, fn->span.end_byte, li->aliases[a], true)) return false;
      bool known = false;
      for (size_t t = 0; t < li->n_targets; t++) known |= li->targets[t] == f;
      if (known) continue;
      if (li->n_targets == MAX_TARGETS) return false;
      li->targets[li->n_targets++] = f;
    }
  }
  return li->n_targets > 0;
}

/* Moves the top-level import statement of `first` into the functions that use what it binds.
 * Unsafe: the import (and an ImportError) now happens on the first call that needs it. */
static void fix_lazy_import(ll_rule_ctx *ctx, const ll_module *m, const ll_import *first, const char *package) {
  const char *src = m->source;
  uint32_t stmt = ll_scan_line_start(src, first->span.start_byte);
  if (m->language != LL_LANG_PYTHON || src[stmt] == ' ' || src[stmt] == '\t') return;
  uint32_t end = ll_scan_statement_end(src, m->source_len, stmt, true);
  lazy_import li = {0};
  if (memchr(src + stmt, ';', end - stmt) || end - stmt > 400) return;
  if (!statement_imports_only(m, stmt, end, package, &li) || !uses_in_bodies(m, stmt, end, &li)) return;
  char texts[MAX_TARGETS][512];
  bool newline = end > stmt && src[end - 1] == '\n';
  /* between two blank lines, one of them goes too */
  uint32_t cut = end;
  bool blank_before = stmt >= 1 && src[stmt - 1] == '\n' && (stmt == 1 || src[stmt - 2] == '\n' ||
                                                              (src[stmt - 2] == '\r' && stmt >= 3 && src[stmt - 3] == '\n'));
  if (blank_before && cut < m->source_len && src[cut] == '\n') cut++;
  else if (blank_before && cut + 1 < m->source_len && src[cut] == '\r' && src[cut + 1] == '\n') cut += 2;
  ll_rule_edit edits[MAX_TARGETS + 1] = {{stmt, cut, ""}};
  for (size_t t = 0; t < li.n_targets; t++) {
    uint32_t at = 0, indent = 0;
    if (!ll_scan_block_insert(src, m->source_len, body_of(m, &m->functions[li.targets[t]]), &at, &indent)) return;
    snprintf(texts[t], sizeof texts[t], "%.*s%.*s%s", (int)indent, src + at, (int)(end - stmt), src + stmt,
             newline ? "" : "\n");
    edits[t + 1] = (ll_rule_edit){at, at, texts[t]};
  }
  char title[256];
  snprintf(title, sizeof title, "Import `%s` inside `%s`%s", package, m->functions[li.targets[0]].qualname,
           li.n_targets > 1 ? " and the other functions that use it" : "");
  ll_rule_fix(ctx, m, true, title, edits, li.n_targets + 1);
}

/* Whether a function of `m` is a handler: the module the runtime loads at a cold start. */
static bool holds_handler(const ll_module *m) {
  for (uint32_t f = 1; f < m->n_functions; f++)
    if (m->functions[f].handler != LL_HANDLER_NONE) return true;
  return false;
}

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  if (m->language != LL_LANG_PYTHON && !ll_is_js(m)) return;
  /* JavaScript: a helper module is loaded by whatever requires it, often one barrel that loads
   * every helper (and the same packages) on every cold start: moving its import into a function
   * saves nothing we can show. Only a handler's own module is judged. */
  if (ll_is_js(m) && !holds_handler(m)) return;
  heavy_use heavy[MAX_HEAVY];
  size_t n_heavy = 0;
  char buf[128];
  for (uint32_t i = 0; i < m->n_imports; i++) {
    const ll_import *imp = &m->imports[i];
    if (imp->function != 0 || imp->relative_level > 0 || !imp->module || !*imp->module) continue;
    const char *package = top_package(imp->module, buf, sizeof(buf));
    heavy_use h = {.some_path_fn = -1};
    if (!lookup(ctx, m, package, &h)) continue;
    bool known = false;
    for (size_t k = 0; k < n_heavy; k++)
      if (ll_streq(heavy[k].module, h.module)) {
        known = true;
        if (imp->guarded) heavy[k].eager = true; /* a guarded import of it: leave the package alone */
      }
    if (known || n_heavy == MAX_HEAVY) continue;
    h.first = imp;
    h.eager = imp->guarded;
    heavy[n_heavy++] = h;
  }
  if (!n_heavy) return;
  /* Uses: every event naming something an import of the package binds. */
  for (uint32_t f = 0; f < m->n_functions; f++) {
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const char *second = NULL;
      const char *name = used_name(&fn->events[e], &second);
      for (int pass = 0; pass < 2; pass++, name = second) {
        if (!name) continue;
        /* Names are qualified through import aliases (`pd.read_csv` → "pandas.read_csv"), so the
         * first component says which package a use needs. */
        const char *package = top_package(name, buf, sizeof(buf));
        for (size_t k = 0; k < n_heavy; k++)
          if (strlen(package) == strcspn(heavy[k].module, "=") &&
              !strncmp(heavy[k].module, package, strlen(package)))
            record_use(ctx, m, (int)f, &fn->events[e], &heavy[k]);
      }
    }
  }
  for (size_t k = 0; k < n_heavy; k++) {
    heavy_use *h = &heavy[k];
    if (h->eager) continue;
    bool paid_anyway = false; /* a heavier package that imports this one is needed eagerly */
    for (size_t j = 0; j < n_heavy; j++)
      if (j != k && heavy[j].eager && heavy[j].loads && ll_streq(heavy[j].loads, h->module)) paid_anyway = true;
    if (paid_anyway) continue;
    char name[128];
    snprintf(name, sizeof name, "%.*s", (int)strcspn(h->module, "="), h->module);
    if (loaded_anyway(ctx, m, h->first, name)) continue;
    char cost[48] = "";
    if (h->cost_ms) snprintf(cost, sizeof(cost), " (typically ~%u ms to import)", h->cost_ms);
    size_t name_len = strcspn(h->module, "=");
    if (!h->used) {
      ll_rule_report(ctx, m, h->first->span,
                     "`%.*s`%s is imported at module level but never used: every cold start pays for "
                     "it; remove the import",
                     (int)name_len, h->module, cost);
    } else {
      const ll_function *where = &m->functions[h->some_path_fn];
      ll_rule_report(ctx, m, h->first->span,
                     "`%.*s`%s is imported at module level but used only %s `%s`; every cold start "
                     "pays for it: import it inside `%s` instead",
                     (int)name_len, h->module, cost,
                     where->is_entry_main ? "in local test code under" :
                     ll_rule_always_reached(ctx, m, h->some_path_fn) ? "on some paths of" : "in",
                     where->is_entry_main ? "__main__" : where->qualname,
                     where->is_entry_main ? "the `__main__` block" : where->qualname);
      fix_lazy_import(ctx, m, h->first, name);
    }
  }
}

/* Per-language examples printed by --explain. */
static const ll_rule_example examples[] = {
    {LL_LANG_JAVASCRIPT,
     "import chromium from \"@sparticuz/chromium\";\n"
     "import puppeteer from \"puppeteer-core\";\n"
     "\n"
     "export const handler = async (event) => {\n"
     "  if (event.format !== \"pdf\") return { body: render(event) };\n"
     "  const browser = await puppeteer.launch({ executablePath: await chromium.executablePath() });\n"
     "  return { body: await printPdf(browser, event) };\n"
     "};\n",
     "export const handler = async (event) => {\n"
     "  if (event.format !== \"pdf\") return { body: render(event) };\n"
     "  const { default: chromium } = await import(\"@sparticuz/chromium\"); // paid only when needed\n"
     "  const { default: puppeteer } = await import(\"puppeteer-core\");\n"
     "  const browser = await puppeteer.launch({ executablePath: await chromium.executablePath() });\n"
     "  return { body: await printPdf(browser, event) };\n"
     "};\n"},
    {LL_LANG_COUNT, NULL, NULL}};

const ll_rule ll_rule_LL301 = {
    .id = "LL301",
    .name = "heavy-eager-import",
    .severity = LL_SEVERITY_WARNING,
    .languages = LL_LANG_BIT(LL_LANG_PYTHON) | LL_LANG_BIT(LL_LANG_JAVASCRIPT) |
                 LL_LANG_BIT(LL_LANG_TYPESCRIPT),
    .summary = "A heavy library is imported at module level but not needed on every invocation.",
    .rationale =
        "Top-level imports run in the init phase of every cold start, and data-science and ML "
        "libraries take from a hundred milliseconds (numpy) to several seconds (tensorflow, torch) "
        "to import. When the library is used only on some paths, or not at all, every cold start "
        "pays that price for invocations that never touch it; init time adds to latency and is "
        "billed.",
    .example = "import pandas as pd\n\n"
               "def lambda_handler(event, context):\n"
               "    if event.get(\"format\") == \"csv\":\n"
               "        return pd.read_csv(event[\"url\"]).to_dict()\n"
               "    return {\"ok\": True}\n",
    .fix = "def lambda_handler(event, context):\n"
           "    if event.get(\"format\") == \"csv\":\n"
           "        import pandas as pd  # paid only by the invocations that need it\n"
           "        return pd.read_csv(event[\"url\"]).to_dict()\n"
           "    return {\"ok\": True}\n",
    .examples = examples,
    .help = "import the library inside the function/branch that needs it, or drop it",
    .not_flagged = "Libraries used at module scope or on every path of a handler; imports guarded by "
                   "try/except or `if TYPE_CHECKING:`; imports inside functions; a library that a "
                   "heavier one imported at the top loads anyway (numpy under pandas, pandas under "
                   "awswrangler: only the heavier one is reported), or that a project module imported "
                   "at the top loads (`from model.linear_models import Net` where that module imports "
                   "torch; followed three imports deep): importing it again costs nothing more; uses in functions "
                   "lambda-lint cannot place on a handler's call graph or that are passed as values "
                   "(`map(score, records)`, callbacks); JavaScript helper modules without a handler "
                   "(a barrel often loads every helper, and their packages, at each cold start anyway).",
    .check_module = check,
};
