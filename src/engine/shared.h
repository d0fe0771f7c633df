/* shared.h — a module that several units import, lowered once and lent to each in turn: a layer's
 * or a shared library's module is otherwise parsed again by every unit whose handlers import it.
 * The engine sets some fields of a module while a unit links it (which functions are handlers, the
 * context parameter, Lambda evidence); a lent module comes back with them as the front-end left
 * them, so each unit sees what it would have lowered itself. */
#ifndef LL_SHARED_H
#define LL_SHARED_H

#include <stddef.h>

#include "lambdalint/ir.h"

typedef struct ll_shared_module ll_shared_module;

/* Takes `module` as just lowered (before any unit links it), with the problem the front-end
 * reported (copied; NULL: none). */
ll_shared_module *ll_shared_module_new(ll_module *module, const char *problem);
/* The module with the engine's fields as lowered, and the lowering's problem (owned by `self`, or
 * NULL), for one unit at a time. */
ll_module *ll_shared_module_lend(ll_shared_module *self, const char **problem);
/* The bytes of source it stands for (what the engine's budget counts). */
size_t ll_shared_module_size(const ll_shared_module *self);
void ll_shared_module_delete(ll_shared_module *self);

#endif
