/* engine.h — internals shared by the engine's parts (pipeline, rule context). */
#ifndef LL_ENGINE_H
#define LL_ENGINE_H

#include "lambdalint/lambdalint.h"
#include "engine/link.h"
#include "engine/results.h"

struct ll_code_index;
struct ll_deployment;
struct ll_folder_facts;

/* What the rules of one unit run against. */
typedef struct {
  const ll_options *options;
  const ll_program *program;
  ll_module *const *modules;
  size_t n_modules;
  const char *const *reals;                  /* their canonical paths, or NULL (see rule.h) */
  const ll_project *project;                 /* the run's templates, or NULL */
  const struct ll_deployment *deployment;    /* the project bound to these modules, or NULL */
  const struct ll_code_index *code_index;    /* the modules by canonical path; set with a project */
  int32_t today;                             /* days since 1970-01-01 (--as-of, else today) */
  ll_results *results;                       /* where findings go */
  struct ll_folder_facts *folders;           /* the run's folder facts (vendored.h), or NULL */
} ll_rule_env;

/* Runs every enabled rule: check_module over the modules with Lambda evidence, check_project
 * over the templates (when `env->project` is set), into `env->results`. */
void ll_run_rules(const ll_rule_env *env);

#endif
