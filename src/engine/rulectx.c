/* rulectx.c — what rules may ask (rule.h), answered from the linked program, and how their
 * findings are recorded. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/alloc.h"
#include "base/readfile.h"
#include "cli/config.h"
#include "template/code_index.h"
#include "template/deploy.h"
#include "engine/engine.h"
#include "engine/vendored.h"
#include "fix/fix.h"

/* The last file a finding outside the modules was reported in (a template): its findings come in
 * runs, and each needs its line. */
typedef struct {
  char *path, *bytes;
} ll_read_memo;

struct ll_rule_ctx {
  const ll_rule *rule;
  ll_rule_env env;
  size_t last; /* 1 + the index of the finding ll_rule_report just added; 0: none (ll_rule_fix) */
  int *memo;   /* the unit's ll_unit_memo slots (ll_run_rules) */
  ll_read_memo *read; /* the unit's (ll_run_rules) */
};

bool ll_rule_reachable(const ll_rule_ctx *ctx, const ll_module *m, int fn) {
  return ll_program_reachable(ctx->env.program, m, fn);
}

bool ll_rule_reached_per_invocation(const ll_rule_ctx *ctx, const ll_module *m, int fn) {
  return ll_program_eagerly_reached(ctx->env.program, m, fn);
}

bool ll_rule_always_reached(const ll_rule_ctx *ctx, const ll_module *m, int fn) {
  return ll_program_always_reached(ctx->env.program, m, fn);
}

bool ll_rule_deadline_read(const ll_rule_ctx *ctx, const ll_module *m, int fn) {
  return ll_program_deadline_read(ctx->env.program, m, fn);
}

bool ll_rule_module_spawns(const ll_module *m) {
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++)
      if (m->functions[f].events[e].kind == LL_EV_SPAWN) return true;
  return false;
}

bool ll_rule_visit_reached(const ll_rule_ctx *ctx, const ll_module *m, int fn,
                           bool (*each)(const ll_module *module, int fn, void *user), void *user) {
  return ll_program_visit_from(ctx->env.program, m, fn, each, user);
}

void ll_rule_visit_reached_from_each(const ll_rule_ctx *ctx, bool (*from)(const ll_module *module, int fn, void *user),
                                     void (*each)(const ll_module *module, int fn, void *user), void *user) {
  ll_program_visit_from_each(ctx->env.program, from, each, user);
}

const ll_function_config *ll_rule_function_config(const ll_rule_ctx *ctx, const ll_module *m, int fn) {
  if (!ctx->env.deployment) return NULL;
  return ll_deployment_config(ctx->env.deployment, m, fn, ll_rule_reachable(ctx, m, fn));
}

const char *const *ll_rule_module_reals(const ll_rule_ctx *ctx) { return ctx->env.reals; }

int32_t ll_rule_today(const ll_rule_ctx *ctx) { return ctx->env.today; }

const char *const *ll_rule_config_list(const ll_rule_ctx *ctx, const char *key) {
  return ll_config_list(ctx->env.options->config, key);
}

int *ll_rule_unit_memo(const ll_rule_ctx *ctx, ll_unit_memo slot) { return &ctx->memo[slot]; }

const ll_code_index *ll_rule_code_index(const ll_rule_ctx *ctx) { return ctx->env.code_index; }

const ll_module *const *ll_rule_modules(const ll_rule_ctx *ctx, size_t *count) {
  *count = ctx->env.n_modules;
  return (const ll_module *const *)ctx->env.modules;
}

static void add_finding(ll_rule_ctx *ctx, ll_severity severity, const char *path, ll_span at,
                        const char *line_text, size_t line_len, char *message) {
  uint32_t line = at.line ? at.line : 1;
  ll_finding f = {
      .path = ll_strdup(path),
      .line = line,
      .column = at.column ? at.column : 1,
      .end_line = at.end_line ? at.end_line : line,
      .end_column = at.end_column ? at.end_column : 1,
      .rule = ctx->rule,
      .severity = severity,
      .message = message,
  };
  ll_finding_set_line(&f, line_text, line_len);
  LL_PUSH(ctx->env.results->findings, ctx->env.results->n_findings, ctx->env.results->cap_findings, f);
  ctx->last = ctx->env.results->n_findings;
}

void ll_rule_report(ll_rule_ctx *ctx, const ll_module *m, ll_span span, const char *fmt, ...) {
  /* vendored third-party code is followed for reachability, never reported in */
  const ll_options *o = ctx->env.options;
  ctx->last = 0;
  if (ll_module_is_vendored(m, o ? o->paths : NULL, o ? o->n_paths : 0, ctx->env.folders)) return;
  va_list args;
  va_start(args, fmt);
  char *message = ll_vstrfmt(fmt, args);
  va_end(args);
  size_t len = 0;
  const char *line = ll_module_line(m, span.line, &len);
  add_finding(ctx, ctx->rule->severity, m->path, span, line, len, message);
}

void ll_rule_fix(ll_rule_ctx *ctx, const ll_module *m, bool unsafe, const char *title,
                 const ll_rule_edit *edits, size_t n_edits) {
  ll_results *results = ctx->env.results;
  if (!ctx->last || ctx->last > results->n_findings) return;
  ll_finding *f = &results->findings[ctx->last - 1];
  if (f->fix || strcmp(f->path, m->path) != 0) return;
  f->fix = ll_fix_new(unsafe, title, m->source, m->source_len, edits, n_edits);
}

/* Line `line` of the file `path` (malloc'd, without its end of line), or NULL. */
static char *file_line(ll_read_memo *read, const char *path, uint32_t line) {
  if (!read->path || strcmp(read->path, path) != 0) {
    free(read->path);
    free(read->bytes);
    size_t len = 0;
    char *error = NULL;
    read->bytes = ll_read_file(path, &len, &error);
    read->path = ll_strdup(path);
    free(error);
  }
  const char *start = read->bytes;
  for (uint32_t l = 1; start && l < line; l++) {
    start = strchr(start, '\n');
    if (start) start++;
  }
  return start ? ll_strndup(start, strcspn(start, "\r\n")) : NULL;
}

/* The column after the template setting that starts at `column` of `line` (`MemorySize: 99999`,
 * `"Timeout": 900,`, `timeout = 900`): the key and its value, without a trailing comment, comma or
 * blanks, so that the text report underlines the value too. A key alone (a block follows): the key. */
static uint32_t setting_end(const char *line, uint32_t column) {
  const char *at = line;
  for (uint32_t col = 1; *at && col < column; at++) /* to the column: code points */
    if (((unsigned char)*at & 0xC0) != 0x80) col++;
  const char *end = at;
  bool quoted = false;
  for (const char *c = at; *c; c++) {
    if (*c == '"' || *c == '\'') quoted = !quoted;
    if (!quoted && *c == '#' && c > at && (c[-1] == ' ' || c[-1] == '\t')) break; /* a comment */
    if (*c != ' ' && *c != '\t' && *c != ',' && *c != '\r') end = c + 1;
  }
  uint32_t col = column;
  for (const char *c = at; c < end; c++)
    if (((unsigned char)*c & 0xC0) != 0x80) col++;
  return col > column ? col : column;
}

static void report_at(ll_rule_ctx *ctx, ll_severity severity, const char *path, uint32_t line,
                      uint32_t column, const char *fmt, va_list args) {
  char *message = ll_vstrfmt(fmt, args);
  ll_span at = {.line = line, .column = column, .end_line = line, .end_column = column};
  char *text = strcmp(path, "-") == 0 ? NULL : file_line(ctx->read, path, line);
  if (text) at.end_column = setting_end(text, column);
  add_finding(ctx, severity, path, at, text, text ? strlen(text) : 0, message);
  free(text);
}

void ll_rule_report_at(ll_rule_ctx *ctx, const char *path, uint32_t line, uint32_t column,
                       const char *fmt, ...) {
  va_list args;
  va_start(args, fmt);
  report_at(ctx, ctx->rule->severity, path, line, column, fmt, args);
  va_end(args);
}

void ll_rule_report_at_severity(ll_rule_ctx *ctx, ll_severity severity, const char *path,
                                uint32_t line, uint32_t column, const char *fmt, ...) {
  va_list args;
  va_start(args, fmt);
  report_at(ctx, severity, path, line, column, fmt, args);
  va_end(args);
}

void ll_run_rules(const ll_rule_env *env) {
  size_t n_rules = 0;
  const ll_rule *const *rules = ll_rules_all(&n_rules);
  int memo[LL_UNIT_MEMOS];
  for (size_t i = 0; i < LL_UNIT_MEMOS; i++) memo[i] = -1;
  ll_read_memo read = {0};
  for (size_t r = 0; r < n_rules; r++) {
    const ll_rule *rule = rules[r];
    if (!ll_rule_enabled(rule, env->options)) continue;
    ll_rule_ctx ctx = {.rule = rule, .env = *env, .memo = memo, .read = &read};
    for (size_t i = 0; i < env->n_modules && rule->check_module; i++) {
      const ll_module *m = env->modules[i];
      if (m->has_lambda_evidence && (rule->languages & LL_LANG_BIT(m->language)))
        rule->check_module(&ctx, m);
    }
    if (rule->check_project && env->project) rule->check_project(&ctx, env->project);
  }
  free(read.path);
  free(read.bytes);
}
