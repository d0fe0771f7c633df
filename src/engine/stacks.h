/* stacks.h — the deployable units of a run (a template, a serverless service, a Terraform root
 * module, a CDK app) and the code each one names, so that the engine can analyse them apart.
 *
 * Functions of one deployable unit form a group; two groups that name the same code (a handler
 * file named by two stacks, a code folder inside another's) are one group: correctness first. */
#ifndef LL_STACKS_H
#define LL_STACKS_H

#include <stdbool.h>
#include <stddef.h>

#include "lambdalint/project.h"

typedef struct {
  size_t n_functions;
  size_t *parent;   /* union-find over the project's functions */
  int *input_group; /* per input: a function of the group whose code it is, or -1 */
  bool *input_named; /* per input: a template names it as a handler's file */
  bool *input_runbook; /* per input: a script an SSM Automation runbook runs (not Lambda code) */
} ll_stacks;

/* Groups the project's functions and finds, for each of the `n` inputs (their canonical paths;
 * NULL entries are skipped), the group whose handler it is or whose code folder holds it. */
void ll_stacks_plan(ll_stacks *self, const ll_project *project, const char *const *reals, size_t n);
void ll_stacks_free(ll_stacks *self);

/* The group of function `fn` (its smallest function index): equal for functions of one group. */
size_t ll_stacks_group(const ll_stacks *self, size_t fn);
/* Makes the groups of functions `a` and `b` one; call ll_stacks_flatten() after the last join, so
 * that ll_stacks_group() is one step (and read-only: worker threads share it). */
void ll_stacks_join(ll_stacks *self, size_t a, size_t b);
void ll_stacks_flatten(ll_stacks *self);
/* The indices of the functions of `group` in project order (malloc'd), their count in *n. */
size_t *ll_stacks_functions(const ll_stacks *self, size_t group, size_t *n);

#endif
