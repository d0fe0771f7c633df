/*
 * rule.h — what a rule is and what it may ask the engine.
 *
 * A rule is one `const ll_rule` in one file under rules/, listed once in rules/rules.def. It reads
 * the IR (ir.h) and the engine's answers (reachability, handlers, deployment facts) through an
 * opaque `ll_rule_ctx`, and reports findings with ll_rule_report(). Rules keep no mutable globals.
 */
#ifndef LAMBDALINT_RULE_H
#define LAMBDALINT_RULE_H

#include <stdarg.h>

#include "lambdalint/ir.h"

typedef enum { LL_SEVERITY_INFO, LL_SEVERITY_WARNING, LL_SEVERITY_ERROR } ll_severity;

typedef struct ll_rule_ctx ll_rule_ctx;

/* Deployment facts read from templates (SAM, CloudFormation, serverless.yml): see
 * lambdalint/project.h. Opaque here so that code-only rules need not know it. */
typedef struct ll_project ll_project;

/* Deployment facts of the function a handler belongs to (from a template); unknown fields are 0. */
typedef struct {
  const char *template_path;
  const char *resource; /* the template's logical id / function key */
  uint32_t memory_mb;
  uint32_t timeout_s;
  const char *runtime;
  uint32_t line, column; /* where the function's resource starts in the template */
  bool snap_start;       /* SnapStart applies to published versions: init runs once for many environments */
} ll_function_config;

/* A flagged example and its fix in one more language (the rule's own `example`/`fix` are the first
 * language it supports, usually Python). */
typedef struct {
  ll_language language;
  const char *example;
  const char *fix;
} ll_rule_example;

typedef struct ll_rule {
  const char *id;   /* "LL302" — stable */
  const char *name; /* "client-per-invocation" — kebab-case */
  ll_severity severity;
  unsigned languages; /* LL_LANG_BIT(...) of the languages it checks; 0 for template-only rules */
  const char *summary;     /* one line: what it finds */
  const char *rationale;   /* one paragraph: why it is bad on Lambda, with the Lambda fact */
  const char *example;     /* code that is flagged */
  const char *fix;         /* the same code fixed */
  /* The same for other languages, ended by an entry whose `example` is NULL; NULL: none. */
  const ll_rule_example *examples;
  const char *help;        /* one line: what to do instead (the text report's `help:` line) */
  /* The help line in the words of one language, indexed by ll_language; NULL (or a NULL entry):
   * `help`. */
  const char *const *help_by_language;
  const char *not_flagged; /* what it deliberately does not flag */
  /* Called once per module that has Lambda evidence. */
  void (*check_module)(ll_rule_ctx *ctx, const ll_module *module);
  /* Called once per run with the templates' facts (template rules, code x template rules). */
  void (*check_project)(ll_rule_ctx *ctx, const ll_project *project);
} ll_rule;

/* ---- what a rule may ask ------------------------------------------------------------------ */

/* Whether function `fn` of `module` runs during an invocation: it is a handler or a handler
 * reaches it through calls (in this module or a sibling module of the project). */
bool ll_rule_reachable(const ll_rule_ctx *ctx, const ll_module *module, int fn);

/* Whether `fn` runs on every invocation that reaches it: reachable without passing through a
 * lazy-initialisation guard, a memoised function or a result stored to module state. */
bool ll_rule_reached_per_invocation(const ll_rule_ctx *ctx, const ll_module *module, int fn);

/* Calls `each` for handler `fn` of `module` and every function it reaches through calls (in this
 * module or sibling modules), until `each` returns true; returns whether it did. For rules that
 * need what one deployed handler runs, not what any handler runs (LL505). */
bool ll_rule_visit_reached(const ll_rule_ctx *ctx, const ll_module *module, int fn,
                           bool (*each)(const ll_module *module, int fn, void *user), void *user);

/* Calls `each` once for every function reached (itself included) from any function for which
 * `from` says true, through calls across the unit's modules: one walk, however many it starts
 * from (a walk per start made a rule quadratic in a unit of thousands of coroutines). */
void ll_rule_visit_reached_from_each(const ll_rule_ctx *ctx, bool (*from)(const ll_module *module, int fn, void *user),
                                     void (*each)(const ll_module *module, int fn, void *user), void *user);

/* Whether every invocation of some handler runs `fn` (called on every path, not under a branch). */
bool ll_rule_always_reached(const ll_rule_ctx *ctx, const ll_module *module, int fn);

/* Whether every handler that reaches `fn` reads the remaining time / deadline somewhere in what it
 * reaches (so a loop in `fn` can be stopped in time whichever handler runs it). */
bool ll_rule_deadline_read(const ll_rule_ctx *ctx, const ll_module *module, int fn);

/* Whether the module starts a thread, process, pool or task anywhere (any function, reachable or not). */
bool ll_rule_module_spawns(const ll_module *module);

/* The deployment facts of a handler that reaches `fn`, or NULL when no template describes one. */
const ll_function_config *ll_rule_function_config(const ll_rule_ctx *ctx, const ll_module *module,
                                                  int fn);

/* Extra entries for a rule's table from the config file (e.g. `heavy-modules`); NULL-terminated,
 * never NULL. */
const char *const *ll_rule_config_list(const ll_rule_ctx *ctx, const char *key);

/* Report a finding of the calling rule at `span` of `module`. */
void ll_rule_report(ll_rule_ctx *ctx, const ll_module *module, ll_span span, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* One edit of a fix, in bytes of the module's source: [start, end) becomes `text` (copied). */
typedef struct {
  uint32_t start, end;
  const char *text;
} ll_rule_edit;

/* Attaches a fix to the finding the calling rule just reported with ll_rule_report() for `module`
 * (nothing when that report was dropped, e.g. in vendored code). The edits must not overlap;
 * `unsafe`: it may change behaviour, applied only with --unsafe-fixes. */
void ll_rule_fix(ll_rule_ctx *ctx, const ll_module *module, bool unsafe, const char *title,
                 const ll_rule_edit *edits, size_t n_edits);

/* Report a finding of the calling rule at a place in a non-source file (a template property). */
void ll_rule_report_at(ll_rule_ctx *ctx, const char *path, uint32_t line, uint32_t column,
                       const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* Like ll_rule_report_at, with a severity other than the rule's own (LL501: a warning before a
 * runtime's deprecation date, an error after it). */
void ll_rule_report_at_severity(ll_rule_ctx *ctx, ll_severity severity, const char *path,
                                uint32_t line, uint32_t column, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

/* "Today" for rules about dates, in days since 1970-01-01 (UTC): the --as-of date when given. */
int32_t ll_rule_today(const ll_rule_ctx *ctx);

/* The modules of this run (for rules that join code and templates). */
const ll_module *const *ll_rule_modules(const ll_rule_ctx *ctx, size_t *count);
/* Their canonical paths, as the engine resolved them (an entry, or the whole array, may be NULL:
 * resolve the module's path yourself). */
const char *const *ll_rule_module_reals(const ll_rule_ctx *ctx);

/* Answers about the whole unit that several rules ask per finding, computed once per unit: a slot
 * every rule of the unit shares, -1 until a rule sets it. */
typedef enum { LL_UNIT_ANY_CUSTOM_RESOURCE, LL_UNIT_PYTHON_LOOPS_CHECKED, LL_UNIT_MEMOS } ll_unit_memo;
int *ll_rule_unit_memo(const ll_rule_ctx *ctx, ll_unit_memo slot);

/* ---- the registry ------------------------------------------------------------------------ */

/* Every rule, in ID order (rules/rules.def). */
const ll_rule *const *ll_rules_all(size_t *count);
const ll_rule *ll_rule_find(const char *id_or_name);
const char *ll_severity_name(ll_severity severity);
/* The rule's help line for a finding in a file of `language` (its own words when it has them). */
const char *ll_rule_help(const ll_rule *rule, ll_language language);
/* "error", "warning" or "info" → *out; false for anything else. */
bool ll_severity_parse(const char *name, ll_severity *out);

/* Whether `qualified` equals or falls under one of the NULL-terminated `table` entries
 * ("requests" covers "requests.get"). */
bool ll_qname_in_table(const char *qualified, const char *const *table);

#endif
