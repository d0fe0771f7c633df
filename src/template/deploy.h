/* deploy.h — the engine's side of templates: which analysed functions a template deploys, and
 * with what configuration. */
#ifndef LL_DEPLOY_H
#define LL_DEPLOY_H

#include "lambdalint/project.h"
#include "lambdalint/rule.h"

typedef struct ll_deployment ll_deployment;

/* Binds the project's functions to `modules` (both borrowed, and must outlive the result): a
 * function a template names becomes an LL_HANDLER_TEMPLATE handler (the linker still lets
 * --handler take precedence) and its module gets Lambda evidence. Free with
 * ll_deployment_delete(). */
ll_deployment *ll_deployment_new(const ll_project *project, ll_module *const *modules, size_t n);
/* The same with the modules' index built (over `modules`, which it borrows). */
struct ll_code_index;
ll_deployment *ll_deployment_new_indexed(const ll_project *project, ll_module *const *modules,
                                         const struct ll_code_index *index);
void ll_deployment_delete(ll_deployment *self);

/* The configuration of the deployed function `fn` of `module`; else, when `reachable`, of a
 * function deployed from the same module; else NULL. */
const ll_function_config *ll_deployment_config(const ll_deployment *self, const ll_module *module,
                                               int fn, bool reachable);

/* A project holding only the functions `indices` of `self` (borrowed: `self` must outlive it),
 * for the rules of one deployable unit. Free with ll_project_delete(). */
ll_project *ll_project_view_new(const ll_project *self, const size_t *indices, size_t n);

#endif
