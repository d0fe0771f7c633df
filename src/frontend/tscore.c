/*
 * tscore.c — the shared tree-sitter lowering core (see tscore.h): what every tree-sitter language
 * lowers the same way. A language file supplies its `ll_ts_lang` and its own forms.
 */
#include "frontend/tscore.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "base/streq.h"

/* Qualified names longer than this come from generated code: they are dropped, not built. */
enum { MAX_NAME = 400 };

static bool in_list(const char *s, const char *const *list) {
  for (size_t i = 0; list && list[i]; i++)
    if (ll_streq(s, list[i])) return true;
  return false;
}

/* ---- dispatch: a language's forms indexed by grammar symbol, built once per language --------- */

typedef struct dispatch_table {
  const ll_ts_lang *lang;
  ll_ts_form *by_symbol;
  uint32_t n_symbols;
  struct dispatch_table *next;
} dispatch_table;

/* Built on a language's first file and kept for the process (a few KiB per grammar). */
static pthread_mutex_t dispatch_lock = PTHREAD_MUTEX_INITIALIZER;
static dispatch_table *dispatch_tables;

static const dispatch_table *dispatch_for(const ll_ts_lang *lang) {
  pthread_mutex_lock(&dispatch_lock);
  dispatch_table *t = dispatch_tables;
  while (t && t->lang != lang) t = t->next;
  if (!t) {
    t = ll_calloc(1, sizeof *t);
    const TSLanguage *language = lang->grammar();
    t->lang = lang;
    t->n_symbols = ts_language_symbol_count(language);
    t->by_symbol = ll_calloc(t->n_symbols, sizeof(*t->by_symbol));
    for (uint32_t sym = 0; sym < t->n_symbols; sym++) {
      t->by_symbol[sym] = ll_tsl_walk_children;
      const char *name = ts_language_symbol_name(language, (TSSymbol)sym);
      for (size_t i = 0; name && i < lang->n_forms; i++)
        if (ll_streq(name, lang->forms[i].kind)) t->by_symbol[sym] = lang->forms[i].lower;
    }
    t->next = dispatch_tables;
    dispatch_tables = t;
  }
  pthread_mutex_unlock(&dispatch_lock);
  return t;
}

/* ---- the walk ---------------------------------------------------------------------------- */

void ll_tsl_walk(ll_tsl *L, TSNode node) {
  if (ts_node_is_null(node)) return;
  if (L->depth >= L->lang->max_depth) {
    L->too_deep = true;
    return;
  }
  L->depth++;
  const dispatch_table *t = L->dispatch;
  TSSymbol sym = ts_node_symbol(node);
  (sym < t->n_symbols ? t->by_symbol[sym] : ll_tsl_walk_children)(L, node);
  L->depth--;
}

/* Children are visited with tree cursors (ts_node_named_child(i) costs O(i) per call), one cursor
 * per active iteration, reused across the file. */
ll_tsl_children ll_tsl_children_begin(ll_tsl *L, TSNode node) {
  if (L->n_iterations == L->cap_cursors) {
    size_t cap = L->cap_cursors;
    ll_grow((void **)&L->cursors, &cap, L->cap_cursors + 1, sizeof(*L->cursors));
    for (size_t i = L->cap_cursors; i < cap; i++) L->cursors[i] = NULL;
    L->cap_cursors = cap;
  }
  TSTreeCursor **slot = &L->cursors[L->n_iterations++];
  if (!*slot) {
    *slot = ll_malloc(sizeof(TSTreeCursor));
    **slot = ts_tree_cursor_new(node);
  } else {
    ts_tree_cursor_reset(*slot, node);
  }
  return (ll_tsl_children){ts_tree_cursor_goto_first_child(*slot) ? *slot : NULL, false};
}

bool ll_tsl_children_next(ll_tsl_children *it, TSNode *child) {
  if (!it->cursor) return false;
  while (!it->started || ts_tree_cursor_goto_next_sibling(it->cursor)) {
    it->started = true;
    TSNode node = ts_tree_cursor_current_node(it->cursor);
    if (ts_node_is_named(node)) {
      *child = node;
      return true;
    }
  }
  return false;
}

void ll_tsl_children_end(ll_tsl *L) { L->n_iterations--; }

void ll_tsl_walk_children(ll_tsl *L, TSNode node) {
  uint32_t n = ts_node_named_child_count(node);
  if (n > 8) { /* long child lists (big literals, argument lists): the cursor is O(1) a step */
    ll_tsl_children it = ll_tsl_children_begin(L, node);
    for (TSNode child; ll_tsl_children_next(&it, &child);) ll_tsl_walk(L, child);
    ll_tsl_children_end(L);
    return;
  }
  for (uint32_t i = 0; i < n; i++) ll_tsl_walk(L, ts_node_named_child(node, i));
}

void ll_tsl_walk_block(ll_tsl *L, TSNode block) {
  if (ts_node_is_null(block)) return;
  ll_tsl_children it = ll_tsl_children_begin(L, block);
  for (TSNode stmt; ll_tsl_children_next(&it, &stmt);) ll_tsl_walk(L, stmt);
  ll_tsl_children_end(L);
}

void ll_tsl_walk_conditional(ll_tsl *L, TSNode node) {
  ll_builder_push_condition(L->b);
  ll_tsl_walk(L, node);
  ll_builder_pop_condition(L->b);
}

void ll_tsl_walk_test(ll_tsl *L, TSNode node) {
  L->test_depth++;
  ll_tsl_walk(L, node);
  L->test_depth--;
}

/* ---- scopes ---------------------------------------------------------------------------- */

int ll_tsl_fn(const ll_tsl *L) { return ll_builder_current_function(L->b); }

ll_tsl_local *ll_tsl_find_local(ll_tsl *L, const char *name) {
  int i = ll_strmap_get_scoped(&L->local_index, ll_tsl_fn(L), name);
  return i >= 0 ? &L->locals[i] : NULL;
}

ll_tsl_local *ll_tsl_declare_local(ll_tsl *L, const char *name) {
  ll_tsl_local *found = ll_tsl_find_local(L, name);
  if (found) return found;
  ll_tsl_local entry = {.function = ll_tsl_fn(L), .name = ll_arena_strdup(ll_builder_arena(L->b), name)};
  ll_strmap_put_scoped(&L->local_index, entry.function, entry.name, (int)L->n_locals);
  LL_PUSH(L->locals, L->n_locals, L->cap_locals, entry);
  return &L->locals[L->n_locals - 1];
}

bool ll_tsl_is_module_name(ll_tsl *L, const char *name) {
  if (ll_tsl_fn(L) == 0) return false;
  ll_tsl_local *local = ll_tsl_find_local(L, name);
  if (local) return local->is_global;
  return ll_builder_binding(L->b, name) != NULL;
}

void ll_tsl_ctor_of(ll_tsl *L, const char *name, const char **ctor, const char **arg) {
  ll_tsl_local *local = ll_tsl_find_local(L, name);
  if (local && !local->is_global) {
    *ctor = local->ctor;
    *arg = local->ctor_arg;
    return;
  }
  const ll_binding *binding = ll_builder_binding(L->b, name);
  if (binding && binding->kind == LL_BIND_CALL) {
    *ctor = binding->value_callee;
    *arg = binding->value_arg;
  }
}

void ll_tsl_remember_local(ll_tsl *L, const char *name, TSNode value) {
  ll_tsl_local *local = ll_tsl_declare_local(L, name);
  if (local->is_global) return;
  local->ctor = NULL;
  local->ctor_arg = NULL;
  const ll_ts_call_form *call = ll_tsl_call_form(L, value);
  if (call) {
    local->ctor = ll_tsl_callee_of(L, value);
    local->ctor_arg = ll_tsl_ctor_arg(L, ll_ts_field(value, call->arguments_field));
  }
}

/* ---- names ------------------------------------------------------------------------------ */

bool ll_tsl_is_identifier(const ll_tsl *L, TSNode node) {
  if (ts_node_is_null(node)) return false;
  return in_list(ts_node_type(node), L->lang->identifier_kinds);
}

const ll_ts_member_form *ll_tsl_member_form(const ll_tsl *L, TSNode node) {
  if (ts_node_is_null(node)) return NULL;
  const char *type = ts_node_type(node);
  for (const ll_ts_member_form *m = L->lang->members; m && m->kind; m++)
    if (ll_streq(type, m->kind)) return m;
  return NULL;
}

const ll_ts_call_form *ll_tsl_call_form(const ll_tsl *L, TSNode node) {
  if (ts_node_is_null(node)) return NULL;
  const char *type = ts_node_type(node);
  for (const ll_ts_call_form *c = L->lang->calls; c && c->kind; c++)
    if (ll_streq(type, c->kind)) return c;
  return NULL;
}

TSNode ll_tsl_chain_base(const ll_tsl *L, TSNode node) {
  for (const ll_ts_member_form *m; (m = ll_tsl_member_form(L, node));) node = ll_ts_field(node, m->object_field);
  return ll_tsl_is_identifier(L, node) ? node : (TSNode){0};
}

char *ll_tsl_join(ll_tsl *L, const char *a, const char *sep, const char *b) {
  size_t n = strlen(a) + strlen(sep) + strlen(b);
  if (n > MAX_NAME) return NULL;
  char *out = ll_arena_alloc(ll_builder_arena(L->b), n + 1);
  memcpy(out, a, strlen(a));
  memcpy(out + strlen(a), sep, strlen(sep));
  memcpy(out + strlen(a) + strlen(sep), b, strlen(b) + 1);
  return out;
}

static char *qualify_at(ll_tsl *L, TSNode node, int depth);

/* A call's callee as a qualified name; `depth` bounds the recursion through nested calls. */
static char *callee_at(ll_tsl *L, TSNode call, const ll_ts_call_form *form, int depth) {
  if (depth > MAX_NAME / 2) return NULL; /* a chain of calls as long as a generated file makes */
  if (form->function_field) return qualify_at(L, ll_ts_field(call, form->function_field), depth);
  /* object + name (Java): `s3.getObject(…)`, or a bare `helper(…)` */
  TSNode name = ll_ts_field(call, form->name_field);
  if (ts_node_is_null(name)) return NULL;
  TSNode object = ll_ts_field(call, form->object_field);
  if (ts_node_is_null(object)) return qualify_at(L, name, depth);
  /* a call on a call's result: `S3Client.builder().build()` → "S3Client.builder().build" */
  const ll_ts_call_form *inner = ll_tsl_call_form(L, object);
  char *base = inner ? callee_at(L, object, inner, depth + 1) : qualify_at(L, object, depth);
  if (!base) return NULL;
  if (inner) base = ll_tsl_join(L, base, "", "()");
  return base ? ll_tsl_join(L, base, L->lang->separator, ll_ts_text(L->b, name)) : NULL;
}

static char *qualify_at(ll_tsl *L, TSNode node, int depth) {
  /* Each level adds at least ".x" to the name: deeper chains are longer than MAX_NAME anyway, and
   * stopping here keeps a 100 000-link chain from exhausting the stack. */
  if (depth > MAX_NAME / 2 || ts_node_is_null(node)) return NULL;
  if (ll_tsl_is_identifier(L, node)) {
    char *name = ll_ts_text(L->b, node);
    ll_tsl_local *local = ll_tsl_find_local(L, name);
    if (local && !local->is_global) return name;
    const ll_import *imp = ll_builder_import_for_alias(L->b, name, ll_tsl_fn(L));
    return imp && imp->qualified ? (char *)imp->qualified : name;
  }
  const ll_ts_member_form *member = ll_tsl_member_form(L, node);
  if (member) {
    TSNode object = ll_ts_field(node, member->object_field), prop = ll_ts_field(node, member->property_field);
    const ll_ts_call_form *call = ll_tsl_call_form(L, object);
    char *base = NULL;
    if (call) {
      char *inner = callee_at(L, object, call, depth + 1);
      if (inner) base = ll_tsl_join(L, inner, "", "()");
    } else {
      base = qualify_at(L, object, depth + 1);
    }
    if (!base || ts_node_is_null(prop)) return NULL;
    return ll_tsl_join(L, base, L->lang->separator, ll_ts_text(L->b, prop));
  }
  if (ll_ts_is(node, "parenthesized_expression") && ts_node_named_child_count(node) == 1)
    return qualify_at(L, ts_node_named_child(node, 0), depth + 1);
  return NULL;
}

char *ll_tsl_qualify(ll_tsl *L, TSNode node) { return qualify_at(L, node, 0); }

char *ll_tsl_callee_of(ll_tsl *L, TSNode call) {
  const ll_ts_call_form *form = ll_tsl_call_form(L, call);
  return form ? callee_at(L, call, form, 0) : NULL;
}

char *ll_tsl_string(ll_tsl *L, TSNode node) {
  return L->lang->string_value && !ts_node_is_null(node) ? L->lang->string_value(L, node) : NULL;
}

char *ll_tsl_literal(ll_tsl *L, TSNode node) {
  return L->lang->literal_value && !ts_node_is_null(node) ? L->lang->literal_value(L, node) : NULL;
}

bool ll_tsl_is_null(const ll_tsl *L, TSNode node) {
  return !ts_node_is_null(node) && in_list(ts_node_type(node), L->lang->null_kinds);
}

const char *ll_tsl_ctor_arg(ll_tsl *L, TSNode args) {
  if (L->lang->ctor_arg) return L->lang->ctor_arg(L, args);
  if (ts_node_is_null(args) || ts_node_named_child_count(args) == 0) return NULL;
  TSNode first = ts_node_named_child(args, 0);
  return ll_ts_is(first, "comment") ? NULL : ll_tsl_string(L, first);
}

char *ll_tsl_children_text(ll_tsl *L, TSNode node, const char *stop) {
  size_t cap = ts_node_end_byte(node) - ts_node_start_byte(node) + 1, n = 0;
  char *out = ll_arena_alloc(ll_builder_arena(L->b), cap);
  const char *src = ll_builder_source(L->b);
  uint32_t count = ts_node_named_child_count(node);
  for (uint32_t i = 0; i < count; i++) {
    TSNode c = ts_node_named_child(node, i);
    if (stop && ll_ts_is(c, stop)) return NULL;
    uint32_t s = ts_node_start_byte(c), e = ts_node_end_byte(c);
    if (n + (e - s) >= cap) break;
    memcpy(out + n, src + s, e - s);
    n += e - s;
  }
  out[n] = '\0';
  return out;
}

/* ---- forms C-like grammars share ------------------------------------------------------------ */

void ll_tsl_ignore(ll_tsl *L, TSNode node) {
  (void)L;
  (void)node;
}

void ll_tsl_lower_break(ll_tsl *L, TSNode node) {
  (void)node;
  ll_builder_loop_break(L->b);
}

void ll_tsl_lower_exit(ll_tsl *L, TSNode node) {
  ll_builder_loop_break(L->b);
  ll_tsl_walk_children(L, node);
}

void ll_tsl_lower_ternary(ll_tsl *L, TSNode node) {
  ll_tsl_walk_test(L, ll_ts_field(node, "condition"));
  ll_tsl_walk_conditional(L, ll_ts_field(node, "consequence"));
  ll_tsl_walk_conditional(L, ll_ts_field(node, "alternative"));
}

void ll_tsl_lower_while(ll_tsl *L, TSNode node, bool infinite) {
  TSNode cond = ll_ts_field(node, "condition");
  bool do_while = ll_ts_is(node, "do_statement");
  ll_tsl_open_loop(L, infinite ? LL_LOOP_INFINITE : LL_LOOP_WHILE, node);
  if (!do_while) ll_tsl_walk_test(L, cond);
  ll_tsl_walk(L, ll_ts_field(node, "body"));
  if (do_while) ll_tsl_walk_test(L, cond);
  ll_tsl_close_loop(L);
}

/* ---- events ------------------------------------------------------------------------------ */

uint32_t ll_tsl_add_event(ll_tsl *L, ll_event_kind kind, TSNode at) {
  uint32_t index = ll_builder_add_event(L->b, kind, ll_ts_span(L->b, at));
  ll_event *ev = ll_builder_event(L->b, index);
  ev->tested = L->test_depth > 0;
  ev->in_except = L->except_depth > 0;
  return index;
}

ll_event *ll_tsl_event_at(ll_tsl *L, uint32_t from, ll_event_kind kind, uint32_t start_byte) {
  uint32_t n = ll_builder_event_count(L->b);
  for (uint32_t i = from; i < n; i++) {
    ll_event *e = ll_builder_event(L->b, i);
    if (e->kind == kind && e->span.start_byte == start_byte) return e;
  }
  return NULL;
}

void ll_tsl_add_name_use(ll_tsl *L, TSNode node, const char *qualified) {
  uint32_t ev = ll_tsl_add_event(L, LL_EV_NAME_USE, node);
  ll_builder_event(L->b, ev)->name = qualified;
}

void ll_tsl_lower_name_read(ll_tsl *L, TSNode node) {
  const ll_ts_member_form *member = ll_tsl_member_form(L, node);
  if (member) {
    TSNode prop = ll_ts_field(node, member->property_field);
    if (!ts_node_is_null(prop) && in_list(ll_ts_text(L->b, prop), L->lang->deadline_reads))
      ll_tsl_add_event(L, LL_EV_CONTEXT_USE, node);
  }
  TSNode base = ll_tsl_chain_base(L, node);
  if (ts_node_is_null(base)) {
    if (member) ll_tsl_walk(L, ll_ts_field(node, member->object_field));
    return;
  }
  char *name = ll_ts_text(L->b, base);
  ll_tsl_local *local = ll_tsl_find_local(L, name);
  if (local && !local->is_global) return;
  bool imported = ll_builder_import_for_alias(L->b, name, ll_tsl_fn(L)) != NULL;
  if (!imported && !ll_builder_binding(L->b, name)) return;
  char *q = ll_tsl_qualify(L, node);
  if (q) ll_tsl_add_name_use(L, node, q);
}

/* ---- calls ------------------------------------------------------------------------------- */

static void lower_arguments(ll_tsl *L, TSNode args, uint32_t call_index) {
  uint32_t positional = 0;
  const char *first_string = NULL, *first_literal = NULL;
  ll_tsl_children it = ll_tsl_children_begin(L, args);
  for (TSNode arg; ll_tsl_children_next(&it, &arg);) {
    if (ll_ts_is(arg, "comment")) continue;
    if (L->lang->lower_argument && L->lang->lower_argument(L, arg, call_index)) continue;
    if (positional == 0) {
      first_string = ll_tsl_string(L, arg);
      first_literal = ll_tsl_literal(L, arg);
    }
    positional++;
    ll_tsl_walk(L, arg);
  }
  ll_tsl_children_end(L);
  ll_call *call = &ll_builder_event(L->b, call_index)->as.call;
  call->n_positional = positional;
  call->first_string = first_string;
  call->first_literal = first_literal;
}

void ll_tsl_fill_receiver(ll_tsl *L, TSNode function, ll_call *call) {
  const ll_ts_member_form *member = ll_tsl_member_form(L, function);
  if (!member) return;
  TSNode object = ll_ts_field(function, member->object_field);
  const ll_ts_call_form *form = ll_tsl_call_form(L, object);
  if (form) {
    call->receiver_ctor = ll_tsl_callee_of(L, object);
    call->receiver_arg = ll_tsl_ctor_arg(L, ll_ts_field(object, form->arguments_field));
  } else if (ll_tsl_is_identifier(L, object)) {
    const char *ctor = NULL, *arg = NULL;
    ll_tsl_ctor_of(L, ll_ts_text(L->b, object), &ctor, &arg);
    call->receiver_ctor = ctor;
    call->receiver_arg = arg;
  }
}

void ll_tsl_add_spawn(ll_tsl *L, TSNode node, const char *callee) {
  for (const ll_ts_spawn_api *api = L->lang->spawns; api && api->callee; api++) {
    if (!ll_streq(api->callee, callee)) continue;
    uint32_t ev = ll_tsl_add_event(L, LL_EV_SPAWN, node);
    ll_spawn *spawn = &ll_builder_event(L->b, ev)->as.spawn;
    spawn->kind = api->kind;
    spawn->callee = callee;
    spawn->started = api->starts_itself;
    return;
  }
}

/* `cache.append(x)` on a module binding: a write to module state. */
void ll_tsl_add_mutation(ll_tsl *L, TSNode node, const char *name, const char *method);
static void add_mutation(ll_tsl *L, TSNode node, TSNode function) {
  const ll_ts_member_form *member = ll_tsl_member_form(L, function);
  if (!member) return;
  TSNode object = ll_ts_field(function, member->object_field);
  if (!ll_tsl_is_identifier(L, object)) return;
  char *name = ll_ts_text(L->b, object);
  char *method = ll_ts_text(L->b, ll_ts_field(function, member->property_field));
  if (!in_list(method, L->lang->mutators) || !ll_tsl_is_module_name(L, name)) return;
  ll_tsl_add_mutation(L, node, name, method);
}

void ll_tsl_add_mutation(ll_tsl *L, TSNode node, const char *name, const char *method) {
  uint32_t ev = ll_tsl_add_event(L, LL_EV_MODULE_WRITE, node);
  ll_event *e = ll_builder_event(L->b, ev);
  e->as.write.name = name;
  e->as.write.kind = LL_WRITE_MUTATE;
  e->as.write.method = method;
  e->as.write.lazy_guard = ll_builder_guarded(L->b, name);
}

uint32_t ll_tsl_lower_call(ll_tsl *L, TSNode node) {
  const ll_ts_call_form *form = ll_tsl_call_form(L, node);
  TSNode function = form->function_field ? ll_ts_field(node, form->function_field) : node;
  /* Sub-expressions of the callee run first: `boto3.client("s3").get_object()`. */
  if (form->function_field) {
    const ll_ts_member_form *member = ll_tsl_member_form(L, function);
    if (member) {
      TSNode object = ll_ts_field(function, member->object_field);
      if (!ll_tsl_is_identifier(L, object) && !ll_tsl_member_form(L, object)) ll_tsl_walk(L, object);
      else if (ll_tsl_member_form(L, object) && ts_node_is_null(ll_tsl_chain_base(L, object))) ll_tsl_walk(L, object);
    } else if (!ll_tsl_is_identifier(L, function)) {
      ll_tsl_walk(L, function);
    }
  } else {
    TSNode object = ll_ts_field(node, form->object_field);
    if (!ts_node_is_null(object) && !ll_tsl_is_identifier(L, object) &&
        (!ll_tsl_member_form(L, object) || ts_node_is_null(ll_tsl_chain_base(L, object))))
      ll_tsl_walk(L, object);
  }
  char *callee = ll_tsl_callee_of(L, node);
  if (!callee) callee = "<expr>";
  uint32_t index = ll_tsl_add_event(L, LL_EV_CALL, node);
  ll_call *call = &ll_builder_event(L->b, index)->as.call;
  call->callee = callee;
  const char *sep = strstr(callee, L->lang->separator) ? L->lang->separator : NULL;
  const char *last = callee;
  for (const char *at = sep ? strstr(callee, sep) : NULL; at; at = strstr(at + strlen(sep), sep))
    last = at + strlen(sep);
  call->method = last;
  if (form->function_field) ll_tsl_fill_receiver(L, function, call);
  else {
    TSNode object = ll_ts_field(node, form->object_field);
    if (ll_tsl_is_identifier(L, object)) {
      const char *ctor = NULL, *arg = NULL;
      ll_tsl_ctor_of(L, ll_ts_text(L->b, object), &ctor, &arg);
      call->receiver_ctor = ctor;
      call->receiver_arg = arg;
    }
  }
  TSNode args = ll_ts_field(node, form->arguments_field);
  if (ll_ts_is(args, form->arguments_kind)) lower_arguments(L, args, index);
  else if (!ts_node_is_null(args)) ll_tsl_walk(L, args); /* a generator argument */
  /* From here on events are added: `call` would dangle, so only the arena strings are used. */
  if (in_list(last, L->lang->deadline_reads)) ll_tsl_add_event(L, LL_EV_CONTEXT_USE, node);
  ll_tsl_add_spawn(L, node, callee);
  if (form->function_field) add_mutation(L, node, function);
  if (L->lang->call_effects) L->lang->call_effects(L, node, function, args, index);
  return index;
}

/* ---- writes, spawns, effects ---------------------------------------------------------------- */

ll_event *ll_tsl_add_write(ll_tsl *L, TSNode at, const char *name, ll_write_kind kind, TSNode value) {
  uint32_t ev = ll_tsl_add_event(L, LL_EV_MODULE_WRITE, at);
  ll_event *e = ll_builder_event(L->b, ev);
  e->as.write.value_is_literal = !ts_node_is_null(value) && ll_tsl_literal(L, value) != NULL;
  e->as.write.name = name;
  e->as.write.kind = kind;
  e->as.write.lazy_guard = ll_builder_guarded(L->b, name);
  if (ll_tsl_is_null(L, value)) e->as.write.value_is_none = true;
  if (ll_tsl_call_form(L, value)) e->as.write.value_callee = ll_tsl_callee_of(L, value);
  return e;
}

void ll_tsl_mark_assigned_call(ll_tsl *L, uint32_t from, TSNode value, const char *name, bool to_module) {
  if (!ll_tsl_call_form(L, value)) return;
  ll_event *call = ll_tsl_event_at(L, from, LL_EV_CALL, ts_node_start_byte(value));
  if (call) {
    call->as.call.assigned_to = name;
    call->as.call.assigned_to_module = to_module;
  }
  ll_event *spawn = ll_tsl_event_at(L, from, LL_EV_SPAWN, ts_node_start_byte(value));
  if (spawn) spawn->as.spawn.var = name;
}

void ll_tsl_push_awaited(ll_tsl *L, const char *name) {
  LL_PUSH(L->awaited, L->n_awaited, L->cap_awaited, name);
}

static bool awaited(const ll_tsl *L, const char *name) {
  for (size_t i = 0; i < L->n_awaited; i++)
    if (ll_streq(L->awaited[i], name)) return true;
  return false;
}

/* Each spawn scans the function's events; past SETTLE_BUDGET event visits — only a generated
 * file gets there: 10^4 spawns in a function of 10^4 events — the remaining spawns count as
 * joined, so nothing unchecked is reported and a 10 MB file of thread starts takes seconds. */
enum { SETTLE_BUDGET = 100 * 1000 * 1000 };

void ll_tsl_settle_spawns(ll_tsl *L) {
  uint32_t n = ll_builder_event_count(L->b);
  uint64_t spent = 0;
  for (uint32_t i = 0; i < n; i++) {
    ll_event *e = ll_builder_event(L->b, i);
    if (e->kind != LL_EV_SPAWN) continue;
    ll_spawn *spawn = &e->as.spawn;
    spent += (uint64_t)n * 2;
    if (spent > SETTLE_BUDGET) {
      spawn->joined = true;
      continue;
    }
    ll_event *ctor = ll_tsl_event_at(L, 0, LL_EV_CALL, e->span.start_byte);
    if (ctor && ctor->as.call.with_managed) spawn->joined = true;
    if (ctor && ctor->as.call.awaited) spawn->joined = true;
    if (spawn->var && awaited(L, spawn->var)) spawn->joined = true;
    for (uint32_t j = i + 1; j < n; j++) {
      const ll_event *later = ll_builder_event(L->b, j);
      if (L->lang->starts && L->lang->starts(later, spawn)) spawn->started = true;
      if (L->lang->joins && L->lang->joins(later, spawn->var, spawn->kind)) spawn->joined = true;
    }
  }
}

void ll_tsl_add_env_write(ll_tsl *L, TSNode at, const char *variable) {
  uint32_t ev = ll_tsl_add_event(L, LL_EV_ENV_WRITE, at);
  ll_builder_event(L->b, ev)->name = variable;
}

void ll_tsl_add_file_op(ll_tsl *L, TSNode at, ll_event_kind kind, const char *path, bool auto_removed) {
  uint32_t ev = ll_tsl_add_event(L, kind, at);
  ll_event *e = ll_builder_event(L->b, ev);
  e->as.file.path = path;
  e->as.file.auto_removed = auto_removed;
}

uint32_t ll_tsl_add_key_read(ll_tsl *L, TSNode at, TSNode object, const char *key, bool membership) {
  uint32_t ev = ll_tsl_add_event(L, LL_EV_KEY_READ, at);
  ll_event *e = ll_builder_event(L->b, ev);
  e->name = key;
  e->as.key.object = ll_tsl_is_identifier(L, object) ? ll_ts_text(L->b, object) : NULL;
  e->as.key.membership = membership;
  return ev;
}

const char *ll_tsl_path_var_get(ll_tsl *L, const char *name) {
  for (int pass = 0; pass < 2; pass++) {
    int fn = pass == 0 ? ll_tsl_fn(L) : 0;
    for (size_t i = L->n_paths; i-- > 0;)
      if (L->paths[i].function == fn && ll_streq(L->paths[i].name, name)) return L->paths[i].path;
    if (fn == 0) break;
  }
  return NULL;
}

void ll_tsl_path_var_set(ll_tsl *L, const char *name, const char *path) {
  if (!path && !ll_tsl_path_var_get(L, name)) return;
  ll_tsl_path_var v = {.function = ll_tsl_fn(L), .name = name, .path = path};
  LL_PUSH(L->paths, L->n_paths, L->cap_paths, v);
}

/* ---- lazy-initialisation guards ------------------------------------------------------------ */

void ll_tsl_guard(ll_tsl_guards *g, bool set, const char *name) {
  if (set && g->n_set < LL_TSL_MAX_GUARDS) g->set[g->n_set++] = name;
  else if (!set && g->n_unset < LL_TSL_MAX_GUARDS) g->unset[g->n_unset++] = name;
}

static void walk_guarded(ll_tsl *L, TSNode node, const char *const *names, int n) {
  for (int i = 0; i < n; i++) ll_builder_push_guard(L->b, names[i]);
  ll_tsl_walk_conditional(L, node);
  for (int i = 0; i < n; i++) ll_builder_pop_guard(L->b);
}

int ll_tsl_walk_if_branches(ll_tsl *L, const ll_tsl_guards *g, TSNode consequence, TSNode alternative,
                            bool consequence_returns) {
  walk_guarded(L, consequence, g->unset, g->n_unset);
  if (!ts_node_is_null(alternative)) {
    walk_guarded(L, alternative, g->set, g->n_set);
    return 0;
  }
  if (!consequence_returns) return 0;
  for (int i = 0; i < g->n_set; i++) ll_builder_push_guard(L->b, g->set[i]);
  return g->n_set;
}

/* ---- functions and loops ---------------------------------------------------------------- */

int ll_tsl_open_function(ll_tsl *L, const char *name, TSNode outer, TSNode name_node) {
  TSNode named = ts_node_is_null(name_node) ? outer : name_node; /* an anonymous function: its whole span */
  int index = ll_builder_open_function(L->b, name, ll_ts_span(L->b, outer), ll_ts_span(L->b, named));
  if (L->class_name) {
    ll_function *fn = ll_builder_function(L->b, index);
    fn->class_name = L->class_name;
    char *q = ll_concat(L->class_name, ".", name);
    fn->qualname = ll_arena_strdup(ll_builder_arena(L->b), q);
    free(q);
  }
  struct ll_tsl_frame frame = {.awaited_mark = L->n_awaited, .class_name = L->class_name};
  LL_PUSH(L->frames, L->n_frames, L->cap_frames, frame);
  L->class_name = NULL; /* a class's methods' bodies are not its body */
  return index;
}

void ll_tsl_close_function(ll_tsl *L) {
  ll_tsl_settle_spawns(L);
  struct ll_tsl_frame frame = L->frames[--L->n_frames];
  L->class_name = frame.class_name;
  L->n_awaited = frame.awaited_mark;
  ll_builder_close_function(L->b);
}

ll_tsl_local *ll_tsl_add_param(ll_tsl *L, const char *name) {
  ll_builder_add_param(L->b, name);
  return ll_tsl_declare_local(L, name);
}

uint32_t ll_tsl_open_loop(ll_tsl *L, ll_loop_kind kind, TSNode at) {
  return ll_builder_open_loop(L->b, kind, ll_ts_span(L->b, at));
}

uint32_t ll_tsl_open_foreach(ll_tsl *L, TSNode at, TSNode iterable, uint32_t from) {
  uint32_t index = ll_tsl_open_loop(L, LL_LOOP_FOREACH, at);
  ll_loop *loop = &ll_builder_event(L->b, index)->as.loop;
  char *iter = ll_ts_text(L->b, iterable);
  loop->iterates = strlen(iter) > 120 ? NULL : iter;
  if (ll_tsl_call_form(L, iterable)) {
    loop->iter_callee = ll_tsl_callee_of(L, iterable);
    ll_event *call = ll_tsl_event_at(L, from, LL_EV_CALL, ts_node_start_byte(iterable));
    if (call) call->as.call.result_iterated = true;
  }
  return index;
}

void ll_tsl_close_loop(ll_tsl *L) { ll_builder_close_loop(L->b, L->lang->call_is_io, L->lang->call_is_sleep); }

/* ---- the driver -------------------------------------------------------------------------- */

ll_module *ll_tsl_lower(const ll_ts_lang *lang, const char *path, const char *source, size_t len,
                        char **problem) {
  ll_builder *b = ll_builder_new(path, lang->language, source, len);
  *problem = NULL;
  char *replaced = lang->parse_bytes ? lang->parse_bytes(source, len) : NULL;
  size_t parse_len = len;
  if (lang->end_last_line && len && source[len - 1] != '\n') {
    char *ended = ll_malloc(len + 2);
    memcpy(ended, replaced ? replaced : source, len);
    ended[len] = '\n';
    ended[len + 1] = '\0';
    free(replaced);
    replaced = ended;
    parse_len = len + 1;
  }
  TSTree *tree = ll_ts_parse(lang->grammar(), replaced ? replaced : source, parse_len);
  free(replaced);
  if (!tree) {
    *problem = ll_ts_parse_over_budget()
                   ? ll_strfmt("parsing stopped at its budget (the parser's error recovery on %zu bytes of "
                               "malformed %s); not analysed", len, lang->display_name)
                   : ll_strfmt("the %s grammar could not be loaded (tree-sitter ABI mismatch)", lang->display_name);
    return ll_builder_finish(b);
  }
  TSNode root = ts_tree_root_node(tree);
  *problem = ll_ts_syntax_problem(b, root);
  ll_tsl L = {.b = b, .lang = lang, .dispatch = dispatch_for(lang)};
  if (lang->state_size) L.lang_state = ll_calloc(1, lang->state_size);
  if (lang->prescan) lang->prescan(&L, root);
  if (lang->lower_root) lang->lower_root(&L, root);
  else ll_tsl_walk_block(&L, root);
  ll_tsl_settle_spawns(&L);
  ts_tree_delete(tree);
  free(L.locals);
  ll_strmap_free(&L.local_index);
  free(L.awaited);
  free(L.paths);
  free(L.frames);
  free(L.lang_state);
  for (size_t i = 0; i < L.cap_cursors && L.cursors[i]; i++) {
    ts_tree_cursor_delete(L.cursors[i]);
    free(L.cursors[i]);
  }
  free(L.cursors);
  if (L.too_deep && !*problem)
    *problem = ll_strfmt("nesting deeper than %d levels; the deepest parts were not analysed", lang->max_depth);
  return ll_builder_finish(b);
}
