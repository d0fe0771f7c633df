/*
 * engine.c — the analysis pipeline: discover → read → lower (per file, one arena each) → link
 * (handlers, reachability) → rules → findings copied out → sort. Input problems become entries in
 * the results' error list; the run always goes on to the next file.
 */
#include "engine.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "alloc.h"
#include "discover.h"
#include "frontend/frontend.h"
#include "link.h"

struct ll_rule_ctx {
  const ll_rule *rule;
  const ll_program *program;
  ll_module *const *modules;
  size_t n_modules;
  ll_results *results;
};

void ll_options_init(ll_options *self) { memset(self, 0, sizeof(*self)); }

/* ---- results ------------------------------------------------------------------------------ */

void ll_results_add_error(ll_results *self, const char *path, const char *message) {
  ll_error e = {.path = ll_strdup(path), .message = ll_strdup(message)};
  LL_PUSH(self->errors, self->n_errors, self->cap_errors, e);
}

void ll_results_delete(ll_results *self) {
  if (!self) return;
  for (size_t i = 0; i < self->n_findings; i++) {
    free(self->findings[i].path);
    free(self->findings[i].message);
    free(self->findings[i].source_line);
  }
  for (size_t i = 0; i < self->n_errors; i++) {
    free(self->errors[i].path);
    free(self->errors[i].message);
  }
  free(self->findings);
  free(self->errors);
  free(self);
}

const ll_finding *ll_results_findings(const ll_results *self, size_t *count) {
  *count = self->n_findings;
  return self->findings;
}

const ll_error *ll_results_errors(const ll_results *self, size_t *count) {
  *count = self->n_errors;
  return self->errors;
}

size_t ll_results_files_analyzed(const ll_results *self) { return self->files_analyzed; }

int ll_results_exit_code(const ll_results *self) {
  if (self->n_errors) return 2;
  return self->n_findings ? 1 : 0;
}

/* ---- reading ------------------------------------------------------------------------------ */

char *ll_read_file(const char *path, size_t *len, char **error) {
  bool from_stdin = strcmp(path, "-") == 0;
  FILE *f = from_stdin ? stdin : fopen(path, "rb");
  *error = NULL;
  if (!f) {
    *error = ll_strfmt("cannot read: %s", strerror(errno));
    return NULL;
  }
  if (!from_stdin) {
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
      fclose(f);
      *error = ll_strdup("is a directory, not a source file");
      return NULL;
    }
  }
  size_t n = 0, cap = 64 * 1024;
  char *buf = ll_malloc(cap + 1);
  for (size_t got; (got = fread(buf + n, 1, cap - n, f)) > 0;) {
    n += got;
    if (n == cap) {
      cap *= 2;
      buf = ll_realloc(buf, cap + 1);
    }
  }
  bool failed = ferror(f);
  if (!from_stdin) fclose(f);
  if (failed) {
    free(buf);
    *error = ll_strdup("read error");
    return NULL;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

static bool looks_binary(const char *bytes, size_t len) {
  size_t n = len < 8192 ? len : 8192;
  return memchr(bytes, '\0', n) != NULL;
}

/* Reads and lowers one file; NULL (with an error recorded) when there is nothing to analyse. */
static ll_module *load(const char *path, const ll_options *o, ll_results *results) {
  const char *shown = strcmp(path, "-") == 0 ? (o->stdin_filename ? o->stdin_filename : "<stdin>") : path;
  const ll_frontend *fe = ll_frontend_for_path(shown);
  if (!fe && strcmp(path, "-") == 0) fe = ll_frontend_for_language(LL_LANG_PYTHON);
  if (!fe) {
    ll_results_add_error(results, shown, "not a source file lambda-lint can analyse (unknown extension)");
    return NULL;
  }
  size_t len = 0;
  char *error = NULL;
  char *bytes = ll_read_file(path, &len, &error);
  if (!bytes) {
    ll_results_add_error(results, shown, error);
    free(error);
    return NULL;
  }
  if (looks_binary(bytes, len)) {
    ll_results_add_error(results, shown, "binary file (contains NUL bytes), skipped");
    free(bytes);
    return NULL;
  }
  char *problem = NULL;
  ll_module *m = fe->lower(shown, bytes, len, &problem);
  free(bytes);
  if (problem) {
    ll_results_add_error(results, shown, problem);
    free(problem);
  }
  results->files_analyzed++;
  return m;
}

/* ---- rules -------------------------------------------------------------------------------- */

static bool token_matches(const char *token, const ll_rule *rule) {
  if (strcasecmp(token, "ALL") == 0 || strcasecmp(token, rule->name) == 0) return true;
  return strncasecmp(token, rule->id, strlen(token)) == 0; /* "LL3" selects LL301, LL302, … */
}

static bool listed(const char *const *tokens, size_t n, const ll_rule *rule) {
  for (size_t i = 0; i < n; i++)
    if (token_matches(tokens[i], rule)) return true;
  return false;
}

bool ll_rule_enabled(const ll_rule *rule, const ll_options *o) {
  if (o->n_select && !listed(o->select, o->n_select, rule)) return false;
  return !listed(o->ignore, o->n_ignore, rule);
}

bool ll_rule_reachable(const ll_rule_ctx *ctx, const ll_module *m, int fn) {
  return ll_program_reachable(ctx->program, m, fn);
}

bool ll_rule_reached_per_invocation(const ll_rule_ctx *ctx, const ll_module *m, int fn) {
  return ll_program_eagerly_reached(ctx->program, m, fn);
}

bool ll_rule_always_reached(const ll_rule_ctx *ctx, const ll_module *m, int fn) {
  return ll_program_always_reached(ctx->program, m, fn);
}

bool ll_rule_deadline_read(const ll_rule_ctx *ctx, const ll_module *m, int fn) {
  return ll_program_deadline_read(ctx->program, m, fn);
}

bool ll_rule_module_spawns(const ll_module *m) {
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++)
      if (m->functions[f].events[e].kind == LL_EV_SPAWN) return true;
  return false;
}

const ll_function_config *ll_rule_function_config(const ll_rule_ctx *ctx, const ll_module *m, int fn) {
  return NULL; /* no template reader yet: code rules run without deployment facts */
}

const char *const *ll_rule_config_list(const ll_rule_ctx *ctx, const char *key) {
  static const char *const none[] = {NULL};
  return none;
}

const ll_module *const *ll_rule_modules(const ll_rule_ctx *ctx, size_t *count) {
  *count = ctx->n_modules;
  return (const ll_module *const *)ctx->modules;
}

static void add_finding(ll_rule_ctx *ctx, const char *path, ll_span at, const char *line_text,
                        size_t line_len, char *message) {
  ll_finding f = {
      .path = ll_strdup(path),
      .line = at.line ? at.line : 1,
      .column = at.column ? at.column : 1,
      .end_line = at.end_line ? at.end_line : (at.line ? at.line : 1),
      .end_column = at.end_column ? at.end_column : 1,
      .rule = ctx->rule,
      .severity = ctx->rule->severity,
      .message = message,
      .source_line = line_text ? ll_strndup(line_text, line_len) : NULL,
  };
  LL_PUSH(ctx->results->findings, ctx->results->n_findings, ctx->results->cap_findings, f);
}

void ll_rule_report(ll_rule_ctx *ctx, const ll_module *m, ll_span span, const char *fmt, ...) {
  va_list args;
  va_start(args, fmt);
  char *message = ll_vstrfmt(fmt, args);
  va_end(args);
  size_t len = 0;
  const char *line = ll_module_line(m, span.line, &len);
  add_finding(ctx, m->path, span, line, len, message);
}

void ll_rule_report_at(ll_rule_ctx *ctx, const char *path, uint32_t line, uint32_t column,
                       const char *fmt, ...) {
  va_list args;
  va_start(args, fmt);
  char *message = ll_vstrfmt(fmt, args);
  va_end(args);
  ll_span at = {.line = line, .column = column, .end_line = line, .end_column = column};
  add_finding(ctx, path, at, NULL, 0, message);
}

static void run_rules(ll_module *const *modules, size_t n, const ll_program *program,
                      const ll_options *o, ll_results *results) {
  size_t n_rules = 0;
  const ll_rule *const *rules = ll_rules_all(&n_rules);
  for (size_t r = 0; r < n_rules; r++) {
    const ll_rule *rule = rules[r];
    if (!ll_rule_enabled(rule, o)) continue;
    ll_rule_ctx ctx = {.rule = rule, .program = program, .modules = modules, .n_modules = n,
                       .results = results};
    for (size_t i = 0; i < n && rule->check_module; i++) {
      const ll_module *m = modules[i];
      if (m->has_lambda_evidence && (rule->languages & LL_LANG_BIT(m->language)))
        rule->check_module(&ctx, m);
    }
    if (rule->check_project) rule->check_project(&ctx, NULL);
  }
}

static int compare_findings(const void *a, const void *b) {
  const ll_finding *x = a, *y = b;
  int c = strcmp(x->path, y->path);
  if (c) return c;
  if (x->line != y->line) return x->line < y->line ? -1 : 1;
  if (x->column != y->column) return x->column < y->column ? -1 : 1;
  c = strcmp(x->rule->id, y->rule->id);
  return c ? c : strcmp(x->message, y->message);
}

/* Drops exact duplicates (same place, rule and message), which sorting made adjacent. */
static void dedupe(ll_results *r) {
  size_t kept = 0;
  for (size_t i = 0; i < r->n_findings; i++) {
    if (kept && compare_findings(&r->findings[kept - 1], &r->findings[i]) == 0) {
      free(r->findings[i].path);
      free(r->findings[i].message);
      free(r->findings[i].source_line);
      continue;
    }
    r->findings[kept++] = r->findings[i];
  }
  r->n_findings = kept;
}

ll_results *ll_analyze(const ll_options *o) {
  ll_results *results = ll_calloc(1, sizeof(*results));
  ll_discovery found;
  ll_discover(&found, o->paths, o->n_paths);
  for (size_t i = 0; i < found.n_errors; i++)
    ll_results_add_error(results, found.errors[i].path, found.errors[i].message);
  ll_module **modules = ll_calloc(found.n_files + 1, sizeof(*modules));
  size_t n = 0;
  for (size_t i = 0; i < found.n_files; i++) {
    ll_module *m = load(found.files[i], o, results);
    if (m) modules[n++] = m;
  }
  ll_discovery_free(&found);
  ll_program *program = ll_program_new(modules, n, o);
  run_rules(modules, n, program, o, results);
  ll_program_delete(program);
  for (size_t i = 0; i < n; i++) ll_module_delete(modules[i]);
  free(modules);
  if (results->n_findings) qsort(results->findings, results->n_findings, sizeof(ll_finding), compare_findings);
  dedupe(results);
  return results;
}

bool ll_report(const ll_results *results, const ll_options *options, FILE *out) {
  switch (options->format) {
  case LL_FORMAT_JSON:
    return ll_report_json(results, options, out);
  case LL_FORMAT_TEXT:
  default:
    return ll_report_text(results, options, out);
  }
}
