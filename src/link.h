/* link.h — joins the modules of a run into one program: which functions are handlers, the call
 * graph across modules (sibling imports), what handlers reach, and which modules have Lambda
 * evidence. Rules ask through rule.h; this is the engine's side. */
#ifndef LL_LINK_H
#define LL_LINK_H

#include "lambdalint/lambdalint.h"

typedef struct ll_program ll_program;

/* Links `modules` (borrowed; each gets its `id`). Marks handlers per the options' --handler list,
 * then the language conventions. */
ll_program *ll_program_new(ll_module *const *modules, size_t n_modules, const ll_options *options);
void ll_program_delete(ll_program *self);

bool ll_program_reachable(const ll_program *self, const ll_module *module, int fn);
bool ll_program_eagerly_reached(const ll_program *self, const ll_module *module, int fn);
bool ll_program_always_reached(const ll_program *self, const ll_module *module, int fn);
bool ll_program_deadline_read(const ll_program *self, const ll_module *module, int fn);
size_t ll_program_handler_count(const ll_program *self);
/* Calls `each` for `fn` of `m` and every function it reaches through calls (across modules),
 * until `each` returns true; returns whether it did. */
bool ll_program_visit_from(const ll_program *self, const ll_module *m, int fn,
                           bool (*each)(const ll_module *module, int fn, void *user), void *user);

#endif
