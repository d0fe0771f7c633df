/* tpl_report.c — reporting at template properties, once per place. */
#include "template/tpl_report.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

struct ll_tpl_place {
  const char *path;
  uint32_t line, column;
};

bool ll_tpl_once_first(ll_tpl_once *once, const char *path, uint32_t line, uint32_t column) {
  for (size_t i = 0; i < once->count; i++) {
    const struct ll_tpl_place *p = &once->items[i];
    if (p->line == line && p->column == column && strcmp(p->path, path) == 0) return false;
  }
  struct ll_tpl_place place = {path, line, column};
  LL_PUSH(once->items, once->count, once->cap, place);
  return true;
}

void ll_tpl_once_free(ll_tpl_once *once) {
  free(once->items);
  *once = (ll_tpl_once){0};
}

void ll_tpl_report(ll_rule_ctx *ctx, ll_tpl_once *once, const ll_tpl_function *fn,
                   const ll_tpl_value *value, const char *fmt, ...) {
  uint32_t line = 0, column = 0;
  ll_tpl_function_position(fn, value, &line, &column);
  const char *path = ll_tpl_value_path(fn, value);
  if (!ll_tpl_once_first(once, path, line, column)) return;
  va_list args;
  va_start(args, fmt);
  char *message = ll_vstrfmt(fmt, args);
  va_end(args);
  ll_rule_report_at(ctx, path, line, column, "%s", message);
  free(message);
}

void ll_tpl_check_functions(ll_rule_ctx *ctx, const ll_project *project, ll_tpl_function_check check) {
  const ll_code_index *index = ll_rule_code_index(ctx);
  ll_tpl_once once = {0};
  for (size_t i = 0; i < ll_project_function_count(project); i++)
    check(ctx, &once, index, ll_project_function(project, i));
  ll_tpl_once_free(&once);
}
