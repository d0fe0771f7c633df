/* lower.h — the helpers every front-end uses to build an ll_module, so that no front-end re-does
 * line tables, spans, growable event lists or the lazy-guard / loop bookkeeping. */
#ifndef LL_LOWER_H
#define LL_LOWER_H

#include <stdbool.h>
#include <stddef.h>

#include "lambdalint/ir.h"

typedef struct ll_builder ll_builder;

/* Starts a module: copies `source` into a new arena, builds the line table (\n, \r\n and lone \r
 * all end a line) and opens functions[0], the module's top level. */
ll_builder *ll_builder_new(const char *path, ll_language language, const char *source, size_t len);
/* Hands over the finished module (the builder is freed). */
ll_module *ll_builder_finish(ll_builder *self);
ll_arena *ll_builder_arena(ll_builder *self);
const char *ll_builder_source(const ll_builder *self);
const char *ll_builder_path(const ll_builder *self); /* the module's path, as given */

/* A span from byte offsets (line and column computed from the line table). */
ll_span ll_builder_span(const ll_builder *self, uint32_t start_byte, uint32_t end_byte);
char *ll_builder_text(ll_builder *self, uint32_t start_byte, uint32_t end_byte);

/* Functions. Opening one makes it current until it is closed; functions nest. */
int ll_builder_open_function(ll_builder *self, const char *name, ll_span span, ll_span name_span);
void ll_builder_close_function(ll_builder *self);
int ll_builder_current_function(const ll_builder *self);
ll_function *ll_builder_function(ll_builder *self, int index); /* valid until the next open */
void ll_builder_add_param(ll_builder *self, const char *name);
void ll_builder_add_decorator(ll_builder *self, const char *qualified);

/* Events go to the current function, in source order. Returns the event's index there. */
uint32_t ll_builder_add_event(ll_builder *self, ll_event_kind kind, ll_span span);
ll_event *ll_builder_event(ll_builder *self, uint32_t index); /* valid until the next add */
uint32_t ll_builder_event_count(const ll_builder *self);
/* Adds a keyword argument to call event `index`. */
void ll_builder_add_keyword(ll_builder *self, uint32_t index, const char *name, const char *literal);

ll_import *ll_builder_add_import(ll_builder *self);   /* valid until the next add */
ll_binding *ll_builder_add_binding(ll_builder *self, const char *name); /* replaces a same-name one */
const ll_binding *ll_builder_binding(const ll_builder *self, const char *name);
const ll_import *ll_builder_import_for_alias(const ll_builder *self, const char *alias, int function);

/* Control context of the events being added: conditions, loops, lazy-init guards. */
void ll_builder_push_condition(ll_builder *self);
void ll_builder_pop_condition(ll_builder *self);
/* Opens a loop event; events added until ll_builder_close_loop() form its body. */
uint32_t ll_builder_open_loop(ll_builder *self, ll_loop_kind kind, ll_span span);
/* Closes the innermost loop and derives its body facts (I/O, sleeps, deadline reads) from the
 * events inside, using `is_io`/`is_sleep` to classify calls. */
void ll_builder_close_loop(ll_builder *self, bool (*is_io)(const ll_call *call),
                           bool (*is_sleep)(const ll_call *call));
/* Marks the innermost loop as having a break/return. */
void ll_builder_loop_break(ll_builder *self);
/* A lazy-initialisation guard for `name` (`if (!x)`, `if x is None:`). A NULL name is a once-guard
 * (`std::call_once`, `sync.Once`, a function-local static's initialiser): it guards every name. */
void ll_builder_push_guard(ll_builder *self, const char *name);
void ll_builder_pop_guard(ll_builder *self);
bool ll_builder_guarded(const ll_builder *self, const char *name);

/* NULL when `source` is valid UTF-8, else a malloc'd "invalid UTF-8 at line N, column C" message. */
char *ll_utf8_problem(const char *source, size_t len);

/* Whether `c` can be part of a name in the byte scans below (ASCII letters, digits, `_`, and any
 * byte of a UTF-8 sequence). */
bool ll_ident_byte(char c);

/* Whether `source` holds `KEYWORD NAME…` (`def lambda_handler(event, context)`) for which
 * `accept(name, n, after, after_len, ctx)` says yes (`after` is the text following the name): the
 * byte scan front-ends use to decide, without parsing, whether a file may hold a handler. */
typedef bool (*ll_scan_accept)(const char *name, size_t n, const char *after, size_t after_len,
                               const void *ctx);
bool ll_scan_defined_names(const char *source, size_t len, const char *keyword, ll_scan_accept accept,
                           const void *ctx);

#endif
