/*
 * lambdalint.h — run an analysis and get its findings.
 *
 *   ll_options opts; ll_options_init(&opts);
 *   opts.paths = …; opts.n_paths = …;
 *   ll_results *res = ll_analyze(&opts);
 *   ll_report(res, &opts, stdout);
 *   ll_results_delete(res);
 */
#ifndef LAMBDALINT_H
#define LAMBDALINT_H

#include <stdbool.h>
#include <stdio.h>

#include "lambdalint/ir.h"
#include "lambdalint/rule.h"

#define LL_VERSION "0.2.0"

/* TEXT: findings with their source line and help; CONCISE: one line per finding. */
typedef enum { LL_FORMAT_TEXT, LL_FORMAT_JSON, LL_FORMAT_SARIF, LL_FORMAT_GITHUB, LL_FORMAT_CONCISE } ll_format;

typedef struct ll_config ll_config;     /* the project's .lambda-lint.yaml (src/cli/config.h) */
typedef struct ll_baseline ll_baseline; /* known findings to leave out (src/engine/baseline.h) */

/* Files larger than this are skipped (and reported) unless --max-file-size says otherwise:
 * handler code is small, and a 10 MB .py is generated data, not something to lint. */
#define LL_DEFAULT_MAX_FILE_SIZE ((size_t)10 * 1024 * 1024)
/* The largest file lambda-lint can analyse at all (source offsets are 32-bit). */
#define LL_MAX_FILE_SIZE_LIMIT ((size_t)1024 * 1024 * 1024)

/* A file's contents held in memory (an editor's unsaved buffer): analysed instead of what is on disk
 * at `path` (matched by real path), and analysed even when no file exists there yet if `path` is
 * one of the paths given. Borrowed: it must outlive ll_analyze(). */
typedef struct {
  const char *path;
  const char *bytes;
  size_t len;
} ll_overlay;

/* Analysis settings. String arrays are borrowed: they must outlive ll_analyze(). */
typedef struct {
  const char *const *paths; /* files and folders; "-" reads stdin */
  size_t n_paths;
  const char *stdin_filename; /* the name stdin's contents are reported (and parsed) as */
  const char *const *select;  /* rule IDs or names to run; none means every rule */
  size_t n_select;
  const char *const *ignore;  /* rule IDs or names not to run */
  size_t n_ignore;
  const char *const *handlers; /* "app.handler" or "path/app.py:handler" */
  size_t n_handlers;
  const char *const *context_names; /* accepted names of the context parameter */
  size_t n_context_names;
  const char *const *event_names; /* accepted names of the event parameter */
  size_t n_event_names;
  const char *as_of; /* "YYYY-MM-DD": the date rules take as today (LL501); NULL: the real date */
  const char *cdk_out; /* a synthesized CDK app (cdk.out) to read as templates; NULL: none */
  ll_format format;
  bool color;       /* colour the text report (the CLI decides: a terminal and no NO_COLOR) */
  unsigned jobs;    /* worker threads; 0 means one per online CPU */
  bool no_prescan;  /* parse every file, not only those that may hold a handler and their imports */
  bool progress;    /* show a progress line on stderr for long runs (the CLI: stderr is a terminal) */
  bool statistics;  /* text and concise output: a count per rule after the findings */
  bool quiet;       /* text and concise output: the findings only, no summary line */
  const ll_config *config;     /* exclude globs, per-file ignores, severities, lists; or NULL */
  bool nearest_configs; /* a file in a folder with its own .lambda-lint.yaml (below `config`'s) uses
                           that one (src/engine/configs.h); the CLI sets it unless --config is given */
  const ll_baseline *baseline; /* findings whose fingerprint it holds are left out; or NULL */
  bool report_unused_ignores;  /* report suppression comments that suppress nothing (LL001) */
  size_t max_file_size; /* larger files are skipped with an error (ll_options_init: the default) */
  const char *compile_commands; /* C/C++ flags from this compile_commands.json; NULL: the nearest
                                   one inside the analysed folder holding the file */
  /* When set, `paths` are analysed as the project (templates, imports, callers) but only the
   * findings, errors and notes of these files are kept (compared by real path): a pre-commit hook
   * checks the staged files in their project's context. */
  const char *const *report_only;
  size_t n_report_only;
  const ll_overlay *overlays; /* files whose contents are these bytes, not the disk's (the server) */
  size_t n_overlays;
  /* The result cache: units whose inputs are unchanged reuse what a previous run found. Off in
   * ll_options_init (the CLI turns it on); never used when a path is "-". */
  bool cache;
  const char *cache_dir; /* NULL: .lambda-lint-cache in the project root (src/engine/cache.h) */
} ll_options;

void ll_options_init(ll_options *self);

/* Source lines kept with findings are at most this long (bytes, about): 10 000 findings on one
 * 300 KB line must not cost 3 GB. */
#define LL_SOURCE_LINE_KEEP 480

/* What left a finding out of the report: a comment in the source, or the baseline (SARIF's
 * suppression kinds inSource and external). */
typedef enum { LL_NOT_SUPPRESSED, LL_SUPPRESSED_IN_SOURCE, LL_SUPPRESSED_BY_BASELINE } ll_suppression_kind;
/* One replacement in a file: bytes [start, end) of the file as read become `text` (an insertion
 * when start == end, a deletion when text is ""). Lines are 1-based, columns count code points, as
 * for findings: the same place for readers that work in lines (JSON, an editor). */
typedef struct {
  uint32_t start, end;
  uint32_t line, column, end_line, end_column;
  char *text;
} ll_edit;

/* A repair of one finding: its edits do not overlap and apply together. Unsafe fixes may change
 * behaviour (a timeout that now fires, an import that now fails later) and are applied only when
 * asked for (--unsafe-fixes). */
typedef struct {
  bool unsafe;
  char *title; /* what it does, for people ("Add `timeout=10`") */
  ll_edit *edits; /* sorted by start */
  size_t n_edits;
} ll_fix;

/* One finding, owned by its ll_results (independent of any arena). */
typedef struct {
  char *path;
  uint32_t line, column, end_line, end_column;
  const ll_rule *rule;
  ll_severity severity;
  char *message;
  char *source_line; /* the flagged line's text, for snippets; may be NULL. A line longer than
                        LL_SOURCE_LINE_KEEP bytes (minified code) is kept only around the span: */
  uint32_t source_first_column; /* the column of source_line's first character (0 or 1: the start) */
  bool source_cut_end;          /* the line goes on past source_line's end */
  uint64_t line_digest;         /* for a cut line: a digest of the whole line (fingerprints) */
  char *fingerprint; /* identity that survives lines moving (src/engine/fingerprint.h); set by ll_analyze */
  ll_suppression_kind suppressed; /* in ll_results_suppressed(): what suppressed it */
  ll_fix *fix;       /* how to repair it, or NULL (src/fix/fix.h applies fixes) */
} ll_finding;

/* A file that could not be read or analysed: reported, and the run goes on. */
typedef struct {
  char *path;
  char *message;
} ll_error;

typedef struct ll_results ll_results;

/* Runs the analysis. Never NULL: problems with inputs are in ll_results_errors(). The caller
 * owns the result and frees it with ll_results_delete(). */
ll_results *ll_analyze(const ll_options *options);
void ll_results_delete(ll_results *self);

const ll_finding *ll_results_findings(const ll_results *self, size_t *count);
/* The findings an inline comment or the baseline suppressed (per-file ignores and disabled rules
 * are not findings at all): SARIF reports them with `suppressions`, the other formats leave them out. */
const ll_finding *ll_results_suppressed(const ll_results *self, size_t *count);
const ll_error *ll_results_errors(const ll_results *self, size_t *count);
/* Files skipped on purpose (minified or bundled output), with the reason: not errors. */
const ll_error *ll_results_notes(const ll_results *self, size_t *count);
/* Settings that had no effect, such as a --handler (or config `handlers:`) entry that names no
 * function: path is where it was given ("--handler" or the config file). Not errors. */
const ll_error *ll_results_warnings(const ll_results *self, size_t *count);
size_t ll_results_files_analyzed(const ll_results *self);
/* How many units of analysis the run had, and how many of them the result cache answered. */
void ll_results_cache_counts(const ll_results *self, size_t *reused, size_t *units);

/* Writes the report in options->format. Returns false on a write error. */
bool ll_report(const ll_results *results, const ll_options *options, FILE *out);

/* The process exit code the results call for: 0 clean, 1 findings, 2 an input error. */
int ll_results_exit_code(const ll_results *self);

#endif
