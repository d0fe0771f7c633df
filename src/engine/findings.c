#include "engine/findings.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/readfile.h"
#include "engine/baseline.h"
#include "cli/config.h"
#include "engine/configs.h"
#include "engine/fingerprint.h"
#include "base/path.h"
#include "base/strmap.h"
#include "engine/suppress.h"
#include "fix/fix.h"

/* ---- the suppressions of each file ----------------------------------------------------------- */

typedef struct {
  char *path;
  ll_suppressions *suppressions;
  const ll_held_source *held; /* its bytes, when they cannot be read from disk (stdin); or NULL */
} file_suppressions;

typedef struct {
  file_suppressions *items;
  size_t n, cap;
  ll_strmap index; /* path → position in items */
} suppression_table;

static size_t table_add(suppression_table *t, const char *path, ll_suppressions *suppressions) {
  file_suppressions entry = {ll_strdup(path), suppressions, NULL};
  LL_PUSH(t->items, t->n, t->cap, entry);
  ll_strmap_put(&t->index, t->items[t->n - 1].path, (int)(t->n - 1));
  return t->n - 1;
}

static ll_suppressions *parse_file(const char *path) {
  ll_comment_style style = ll_comment_style_for_path(path);
  if (style == LL_COMMENT_NONE || strcmp(path, "-") == 0) return ll_suppressions_parse(NULL, 0, style);
  size_t len = 0;
  char *error = NULL;
  char *source = ll_read_file(path, &len, &error);
  free(error);
  ll_suppressions *s = ll_suppressions_parse(source, source ? len : 0, style);
  free(source);
  return s;
}

/* The suppressions of `path` (NULL: none), parsed from disk the first time it is asked for. */
static ll_suppressions *table_get(suppression_table *t, const char *path) {
  int at = ll_strmap_get(&t->index, path);
  if (at < 0) at = (int)table_add(t, path, parse_file(path));
  return t->items[at].suppressions;
}

static void table_free(suppression_table *t) {
  for (size_t i = 0; i < t->n; i++) {
    free(t->items[i].path);
    ll_suppressions_delete(t->items[i].suppressions);
  }
  free(t->items);
  ll_strmap_free(&t->index);
}

/* ---- dropping ---------------------------------------------------------------------------------- */

/* What a finding filter decided: keep it, drop it, or move it to the suppressed findings. */
typedef enum { FINDING_KEEP, FINDING_DROP, FINDING_SUPPRESS } finding_fate;
typedef finding_fate (*finding_filter)(ll_finding *finding, const void *ctx);

/* Keeps the findings `keep` accepts, in order; moves the suppressed ones; frees the others. */
static void retain(ll_results *results, finding_filter keep, const void *ctx) {
  size_t kept = 0;
  for (size_t i = 0; i < results->n_findings; i++) {
    finding_fate fate = keep(&results->findings[i], ctx);
    if (fate == FINDING_KEEP) results->findings[kept++] = results->findings[i];
    else if (fate == FINDING_SUPPRESS)
      LL_PUSH(results->suppressed, results->n_suppressed, results->cap_suppressed, results->findings[i]);
    else ll_finding_free(&results->findings[i]);
  }
  results->n_findings = kept;
}

typedef struct {
  suppression_table *table;
  const ll_options *options;
  char *cwd;
  ll_config_set *configs;
} suppress_ctx;

static finding_fate not_suppressed(ll_finding *f, const void *ctx) {
  const suppress_ctx *c = ctx;
  const ll_config *config = ll_config_set_for(c->configs, f->path, c->cwd, NULL);
  if (ll_config_ignores(config, f->path, c->cwd, f->rule) || ll_config_set_turns_off(c->configs, config, f->rule))
    return FINDING_DROP;
  f->severity = ll_config_severity(config, f->rule, f->severity);
  ll_suppressions *inline_ones = table_get(c->table, f->path);
  if (inline_ones && ll_suppressions_match(inline_ones, f->line, f->rule->id, f->rule->name)) {
    f->suppressed = LL_SUPPRESSED_IN_SOURCE;
    return FINDING_SUPPRESS;
  }
  return FINDING_KEEP;
}

/* ---- unused suppressions (LL001) ---------------------------------------------------------------- */

static bool note_relevant(const ll_suppress_note *note, const ll_options *options) {
  if (!note->rule) return true;
  const ll_rule *rule = ll_rule_find(note->rule);
  return !rule || ll_rule_enabled(rule, options); /* a disabled rule could not have fired */
}

/* Line `line` (1-based) of `source`, without its end-of-line; its length in *len. */
static const char *line_text(const char *source, size_t size, uint32_t line, size_t *len) {
  const char *p = source, *end = source + size;
  for (uint32_t l = 1; l < line && p < end; p++)
    if (*p == '\n') l++;
  const char *stop = p;
  while (stop < end && *stop != '\n' && *stop != '\r') stop++;
  *len = (size_t)(stop - p);
  return p;
}

/* Whether the suppression a note is about can go as a whole (LL001's fix): it parsed, none of its
 * rules was used, and each could have fired in this run (a bare `ignore`: every rule is enabled). */
static bool removable(const ll_suppressions *suppressions, const ll_suppress_note *note, const ll_options *options) {
  size_t n = 0;
  const ll_suppression *items = ll_suppressions_items(suppressions, &n);
  for (size_t i = 0; i < n; i++) {
    const ll_suppression *s = &items[i];
    if (s->line != note->line || s->column != note->column) continue;
    if (s->kind == LL_SUPPRESS_MALFORMED) return false;
    for (size_t r = 0; r < (s->n_rules ? s->n_rules : 1); r++)
      if (s->used[r]) return false;
    for (size_t r = 0; r < s->n_rules; r++) {
      const ll_rule *rule = ll_rule_find(s->rules[r]);
      if (rule && !ll_rule_enabled(rule, options)) return false;
    }
    size_t n_rules = 0;
    const ll_rule *const *rules = ll_rules_all(&n_rules);
    for (size_t r = 0; r < n_rules && !s->n_rules; r++)
      if (!ll_rule_enabled(rules[r], options)) return false;
    return true;
  }
  return false;
}

/* `source` (`size` bytes, or NULL) is the file's text, read once for all its notes. */
static void add_note_finding(ll_results *results, const file_suppressions *file, const char *source,
                             size_t size, const ll_suppress_note *note, const ll_options *options) {
  const ll_rule *rule = ll_rule_find("LL001");
  size_t len = 0;
  const char *line = source ? line_text(source, size, note->line, &len) : NULL;
  bool unknown = note->rule && !ll_rule_find(note->rule);
  ll_finding f = {
      .path = ll_strdup(file->path),
      .line = note->line,
      .column = note->column,
      .end_line = note->line,
      .end_column = note->column,
      .rule = rule,
      .severity = ll_config_severity(options->config, rule, rule->severity),
      .message = unknown ? ll_strfmt("suppression of unknown rule `%s` (see --list-rules)", note->rule)
                         : ll_strdup(note->message),
  };
  ll_finding_set_line(&f, line, len);
  if (removable(file->suppressions, note, options))
    f.fix = ll_fix_remove_suppression(source, size, note->line, note->column);
  LL_PUSH(results->findings, results->n_findings, results->cap_findings, f);
}

/* The notes' snippets come from the bytes that were analysed: stdin's are held (a file on disk
 * named like --stdin-filename is not what was read), other files are read once each. */
static void report_unused(ll_results *results, const suppression_table *t, const ll_options *options) {
  for (size_t i = 0; i < t->n; i++) {
    const file_suppressions *file = &t->items[i];
    if (!file->suppressions) continue;
    size_t n = 0;
    ll_suppress_note *notes = ll_suppressions_unused(file->suppressions, &n);
    char *read = NULL, *error = NULL;
    const char *source = file->held ? file->held->bytes : NULL;
    size_t len = file->held ? file->held->len : 0;
    if (n && !file->held) source = read = ll_read_file(file->path, &len, &error);
    free(error);
    for (size_t j = 0; j < n; j++)
      if (note_relevant(&notes[j], options)) add_note_finding(results, file, source, len, &notes[j], options);
    free(read);
    ll_suppress_notes_delete(notes, n);
  }
}

void ll_findings_suppress(ll_results *results, const char *const *paths, ll_suppressions **known,
                          size_t n_paths, const ll_held_source *held, size_t n_held,
                          const ll_options *options, ll_config_set *configs) {
  suppression_table table = {0};
  ll_strmap_init(&table.index);
  /* Only files with suppressions or findings are looked up: on a tree of 100 000 files, a table of
   * every path was the run's peak memory (14 MB). */
  ll_strmap reported;
  ll_strmap_init(&reported);
  for (size_t i = 0; i < results->n_findings; i++) ll_strmap_put(&reported, results->findings[i].path, 1);
  for (size_t i = 0; i < n_paths; i++)
    if ((known[i] || ll_strmap_get(&reported, paths[i]) >= 0) && ll_strmap_get(&table.index, paths[i]) < 0)
      table_add(&table, paths[i], known[i]);
    else ll_suppressions_delete(known[i]);
  ll_strmap_free(&reported);
  for (size_t i = 0; i < n_held; i++) {
    int at = ll_strmap_get(&table.index, held[i].path);
    if (at >= 0) table.items[at].held = &held[i];
  }
  suppress_ctx ctx = {&table, options, ll_path_cwd(), configs};
  retain(results, not_suppressed, &ctx);
  if (options->report_unused_ignores) report_unused(results, &table, options);
  free(ctx.cwd);
  table_free(&table);
}

/* ---- fingerprints and the baseline -------------------------------------------------------------- */

/* The baseline's fingerprints of the findings (relative to its folder), in finding order. */
typedef struct {
  const ll_baseline *baseline;
  char **prints;
  size_t next;
} baseline_ctx;

static finding_fate not_in_baseline(ll_finding *f, const void *ctx) {
  baseline_ctx *c = (baseline_ctx *)ctx;
  if (!ll_baseline_contains(c->baseline, c->prints[c->next++])) return FINDING_KEEP;
  f->suppressed = LL_SUPPRESSED_BY_BASELINE;
  return FINDING_SUPPRESS;
}

static void set_fingerprints(ll_finding *findings, size_t n, const char *cwd) {
  char **prints = ll_fingerprints_new(findings, n, cwd);
  for (size_t i = 0; i < n; i++) {
    free(findings[i].fingerprint);
    findings[i].fingerprint = prints[i];
  }
  free(prints); /* the strings now belong to the findings */
}

void ll_findings_finish(ll_results *results, const ll_options *options) {
  char *cwd = ll_path_cwd();
  set_fingerprints(results->findings, results->n_findings, cwd);
  set_fingerprints(results->suppressed, results->n_suppressed, cwd);
  if (options->baseline) {
    const char *folder = ll_baseline_folder(options->baseline);
    size_t n = results->n_findings;
    baseline_ctx ctx = {options->baseline, ll_fingerprints_relative(results->findings, n, cwd, folder ? folder : cwd), 0};
    retain(results, not_in_baseline, &ctx);
    ll_fingerprints_delete(ctx.prints, n);
  }
  free(cwd);
}
