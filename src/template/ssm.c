/* ssm.c — SSM Automation runbooks (schemaVersion 0.3): the Python scripts their `aws:executeScript`
 * steps run. Such a script often has a `handler(event, context)` entry point, but it runs in
 * Systems Manager, not in Lambda: the engine must not take it for a handler by convention. */
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/path.h"
#include "template/template.h"

static bool script_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.';
}

static void add_script(ll_tpl_doc *d, const char *dir, const char *name, size_t len) {
  if (!len) return;
  struct ll_runbook_script s = {.dir = dir, .name = ll_arena_strndup(d->arena, name, len)};
  ll_tpl_append(d->arena, (const void **)&d->project->runbook_scripts, &d->project->n_runbook_scripts, &s,
                sizeof s);
}

/* Every `NAME.py` the step's Script text names: the document's own build step inlines it
 * ("%%SCRIPT=Remediate.py%%", "{{ file: scripts/x.py }}"). */
static void scripts_named_in(ll_tpl_doc *d, const char *dir, const char *text) {
  for (const char *p = strstr(text, ".py"); p; p = strstr(p + 3, ".py")) {
    if (script_char(p[3])) continue;
    const char *start = p;
    while (start > text && script_char(start[-1])) start--;
    add_script(d, dir, start, (size_t)(p + 3 - start));
  }
}

static void read_step_inputs(ll_tpl_doc *d, const char *dir, yaml_node_t *inputs) {
  const char *runtime = ll_tpl_scalar(d, ll_tpl_get(d, inputs, "Runtime", NULL));
  if (!runtime || strncmp(runtime, "python", 6) != 0) return;
  const char *script = ll_tpl_scalar(d, ll_tpl_get(d, inputs, "Script", NULL));
  if (script) scripts_named_in(d, dir, script);
  /* An attached script is named by its handler, "module.function". */
  const char *handler = ll_tpl_scalar(d, ll_tpl_get(d, inputs, "Handler", NULL));
  const char *dot = handler && ll_tpl_get(d, inputs, "Attachment", NULL) ? strrchr(handler, '.') : NULL;
  if (dot) {
    char *file = ll_arena_strndup(d->arena, handler, (size_t)(dot - handler) + 3);
    memcpy(file + (dot - handler), ".py", 3);
    add_script(d, dir, file, (size_t)(dot - handler) + 3);
  }
}

/* Scripts are looked for below the runbook's own folder (canonical), inside the analysed root. */
void ll_tpl_read_ssm_automation(ll_tpl_doc *d, yaml_node_t *root) {
  char *real = realpath(d->dir, NULL);
  const char *dir = real && d->root && ll_path_inside(real, d->root) ? ll_arena_strdup(d->arena, real) : NULL;
  free(real);
  if (!dir) return;
  LL_TPL_EACH_ITEM(ll_tpl_get(d, root, "mainSteps", NULL), i) {
    yaml_node_t *step = ll_tpl_node(d, *i);
    const char *action = ll_tpl_scalar(d, ll_tpl_get(d, step, "action", NULL));
    if (action && strcmp(action, "aws:executeScript") == 0) read_step_inputs(d, dir, ll_tpl_get(d, step, "inputs", NULL));
  }
}

bool ll_project_runbook_script(const ll_project *self, const char *real_path) {
  if (!self || !real_path) return false;
  const char *slash = strrchr(real_path, '/');
  const char *base = slash ? slash + 1 : real_path;
  for (uint32_t i = 0; i < self->n_runbook_scripts; i++) {
    const struct ll_runbook_script *s = &self->runbook_scripts[i];
    if (strcmp(base, s->name) == 0 && ll_path_inside(real_path, s->dir)) return true;
  }
  return false;
}
