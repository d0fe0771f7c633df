/* tpl_report.h — helpers for rules that report at template properties. */
#ifndef LL_TPL_REPORT_H
#define LL_TPL_REPORT_H

#include "lambdalint/project.h"
#include "lambdalint/rule.h"
#include "template/code_index.h"

/* The places a rule already reported at during one check_project call. */
typedef struct {
  struct ll_tpl_place *items;
  size_t count, cap;
} ll_tpl_once;

/* Whether (path, line, column) is new to `once` (and remembers it). A property set once in
 * Globals / provider is inherited by many functions: it is reported once, where it is written. */
bool ll_tpl_once_first(ll_tpl_once *once, const char *path, uint32_t line, uint32_t column);
void ll_tpl_once_free(ll_tpl_once *once);

/* Reports at `value` of `fn` (its resource key when the property is not set), once per place. */
void ll_tpl_report(ll_rule_ctx *ctx, ll_tpl_once *once, const ll_tpl_function *fn,
                   const ll_tpl_value *value, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* Calls `check` for every function of `project`, with an index of the run's modules (the code that
 * template functions deploy) and one report-once set shared by the calls: the loop of the rules
 * that join templates and code (LL503, LL505, LL506). */
typedef void (*ll_tpl_function_check)(ll_rule_ctx *ctx, ll_tpl_once *once, const ll_code_index *index,
                                      const ll_tpl_function *fn);
void ll_tpl_check_functions(ll_rule_ctx *ctx, const ll_project *project, ll_tpl_function_check check);

#endif
