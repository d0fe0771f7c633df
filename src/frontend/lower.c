#include "frontend/lower.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/find.h"
#include "base/arena.h"
#include "base/escape.h"
#include "base/strmap.h"

typedef struct {
  ll_function fn;
  ll_event *events;
  size_t n_events, cap_events;
  const char **params;
  size_t n_params, cap_params;
  const char **decorators;
  size_t n_decorators, cap_decorators;
} fn_draft;

/* What is open while the events of one function are added. */
typedef struct {
  int function;
  int conditions;
  uint32_t *loops;
  size_t n_loops, cap_loops;
  const char **guards;
  size_t n_guards, cap_guards;
} frame;

struct ll_builder {
  ll_module *module;
  ll_arena *arena;
  ll_arena *scratch; /* the growing arrays below: gone when the module is finished */
  fn_draft *fns;
  size_t n_fns, cap_fns;
  frame *frames;
  size_t n_frames, cap_frames;
  ll_import *imports;
  size_t n_imports, cap_imports;
  ll_binding *bindings;
  size_t n_bindings, cap_bindings;
  bool ascii; /* the source is all ASCII */
  /* Indexes, so that lowering stays linear on huge files (a 10 MB module has ~10^5 names). */
  ll_strmap binding_index;  /* name → index in bindings */
  ll_strmap import_index;   /* (function, alias) → index of the last such import */
  size_t n_imports_indexed; /* imports [0, n) are in import_index */
  uint32_t *code_points;    /* code points in source[0, k * LL_CP_STRIDE) (non-ASCII sources) */
  bool bom;                 /* the source starts with a UTF-8 byte order mark */
};

enum { LL_CP_STRIDE = 256 };

static frame *top(const ll_builder *self) { return &self->frames[self->n_frames - 1]; }
static fn_draft *current(const ll_builder *self) { return &self->fns[top(self)->function]; }

/* Line starts, and whether any line holds non-ASCII bytes (if none, a column is a byte offset). */
static void build_line_table(ll_builder *self) {
  const char *s = self->module->source;
  size_t len = self->module->source_len;
  uint32_t *starts = NULL;
  size_t n = 0, cap = 0;
  unsigned char high = 0;
  LL_PUSH(starts, n, cap, 0);
  for (size_t i = 0; i < len; i++) {
    high |= (unsigned char)s[i];
    if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n') i++;
    if (s[i] == '\n' || s[i] == '\r') LL_PUSH(starts, n, cap, (uint32_t)(i + 1));
  }
  self->ascii = !(high & 0x80);
  self->module->line_starts = ll_arena_copy(self->arena, starts, n, sizeof(*starts));
  self->module->n_lines = (uint32_t)n;
  free(starts);
}

static bool starts_code_point(char c) { return ((unsigned char)c & 0xC0) != 0x80; }

static void build_code_points(ll_builder *self) {
  if (self->ascii) return;
  const char *s = self->module->source;
  size_t len = self->module->source_len, n = len / LL_CP_STRIDE + 1;
  self->bom = len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0;
  self->code_points = ll_malloc(n * sizeof(*self->code_points));
  uint32_t count = 0;
  for (size_t k = 0, i = 0; k < n; k++) {
    self->code_points[k] = count;
    for (size_t end = (k + 1) * LL_CP_STRIDE < len ? (k + 1) * LL_CP_STRIDE : len; i < end; i++)
      count += (i >= 3 || !self->bom) && starts_code_point(s[i]);
  }
}

ll_builder *ll_builder_new(const char *path, ll_language language, const char *source, size_t len) {
  ll_builder *self = ll_calloc(1, sizeof(*self));
  self->arena = ll_arena_new();
  self->scratch = ll_arena_new();
  ll_module *m = ll_arena_alloc(self->arena, sizeof(*m));
  m->arena = self->arena;
  m->path = ll_arena_strdup(self->arena, path);
  m->language = language;
  m->source = ll_arena_strndup(self->arena, source, len);
  m->source_len = len;
  self->module = m;
  build_line_table(self);
  build_code_points(self);
  ll_span whole = ll_builder_span(self, 0, (uint32_t)len);
  ll_builder_open_function(self, "<module>", whole, whole);
  self->fns[0].fn.is_module = true;
  self->fns[0].fn.parent = -1;
  return self;
}

ll_arena *ll_builder_arena(ll_builder *self) { return self->arena; }
const char *ll_builder_source(const ll_builder *self) { return self->module->source; }

const char *ll_builder_path(const ll_builder *self) { return self->module->path; }

/* Code points in source[0, byte): a checkpoint every LL_CP_STRIDE bytes and the rest counted, so a
 * column costs O(stride) even on a 10 MB single-line file. A leading BOM is not a column. */
static uint32_t code_points_before(const ll_builder *self, uint32_t byte) {
  const char *s = self->module->source;
  uint32_t k = byte / LL_CP_STRIDE, n = self->code_points[k];
  for (uint32_t i = k * LL_CP_STRIDE; i < byte; i++) n += (i >= 3 || !self->bom) && starts_code_point(s[i]);
  return n;
}

static uint32_t column_of(const ll_builder *self, uint32_t line_start, uint32_t byte) {
  if (self->ascii) return byte - line_start + 1;
  return code_points_before(self, byte) - code_points_before(self, line_start) + 1;
}

static uint32_t line_of(const ll_module *m, uint32_t byte) {
  uint32_t lo = 0, hi = m->n_lines;
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (m->line_starts[mid] <= byte) lo = mid;
    else hi = mid;
  }
  return lo;
}

ll_span ll_builder_span(const ll_builder *self, uint32_t start_byte, uint32_t end_byte) {
  const ll_module *m = self->module;
  if (start_byte > m->source_len) start_byte = (uint32_t)m->source_len;
  if (end_byte > m->source_len) end_byte = (uint32_t)m->source_len;
  if (end_byte < start_byte) end_byte = start_byte;
  uint32_t l0 = line_of(m, start_byte), l1 = line_of(m, end_byte);
  return (ll_span){
      .start_byte = start_byte,
      .end_byte = end_byte,
      .line = l0 + 1,
      .column = column_of(self, m->line_starts[l0], start_byte),
      .end_line = l1 + 1,
      .end_column = column_of(self, m->line_starts[l1], end_byte),
  };
}

char *ll_builder_text(ll_builder *self, uint32_t start_byte, uint32_t end_byte) {
  if (end_byte > self->module->source_len) end_byte = (uint32_t)self->module->source_len;
  if (start_byte > end_byte) start_byte = end_byte;
  return ll_arena_strndup(self->arena, self->module->source + start_byte, end_byte - start_byte);
}

int ll_builder_open_function(ll_builder *self, const char *name, ll_span span, ll_span name_span) {
  fn_draft draft = {0};
  draft.fn.name = ll_arena_strdup(self->arena, name);
  draft.fn.qualname = draft.fn.name;
  draft.fn.span = span;
  draft.fn.name_span = name_span;
  draft.fn.context_param = -1;
  draft.fn.parent = self->n_frames ? top(self)->function : -1;
  int index = (int)self->n_fns;
  LL_ARENA_PUSH(self->scratch, self->fns, self->n_fns, self->cap_fns, draft);
  frame f = {.function = index};
  LL_ARENA_PUSH(self->scratch, self->frames, self->n_frames, self->cap_frames, f);
  return index;
}

void ll_builder_close_function(ll_builder *self) {
  if (self->n_frames <= 1) return; /* the module's top level stays open until finish */
  self->n_frames--;
}

int ll_builder_current_function(const ll_builder *self) { return top(self)->function; }
ll_function *ll_builder_function(ll_builder *self, int index) { return &self->fns[index].fn; }

void ll_builder_add_param(ll_builder *self, const char *name) {
  fn_draft *d = current(self);
  LL_ARENA_PUSH(self->scratch, d->params, d->n_params, d->cap_params, ll_arena_strdup(self->arena, name));
}

void ll_builder_add_decorator(ll_builder *self, const char *qualified) {
  fn_draft *d = current(self);
  const char *copy = ll_arena_strdup(self->arena, qualified);
  LL_ARENA_PUSH(self->scratch, d->decorators, d->n_decorators, d->cap_decorators, copy);
}

uint32_t ll_builder_add_event(ll_builder *self, ll_event_kind kind, ll_span span) {
  frame *f = top(self);
  fn_draft *d = current(self);
  ll_event ev = {.kind = kind, .span = span};
  ev.loop_depth = (uint16_t)(f->n_loops > 0xFFFF ? 0xFFFF : f->n_loops);
  ev.conditional = f->conditions > 0;
  ev.lazy_guard = f->n_guards > 0;
  LL_ARENA_PUSH(self->scratch, d->events, d->n_events, d->cap_events, ev);
  return (uint32_t)(d->n_events - 1);
}

ll_event *ll_builder_event(ll_builder *self, uint32_t index) { return &current(self)->events[index]; }
uint32_t ll_builder_event_count(const ll_builder *self) { return (uint32_t)current(self)->n_events; }

void ll_builder_add_keyword(ll_builder *self, uint32_t index, const char *name, const char *literal) {
  ll_call *call = &current(self)->events[index].as.call;
  ll_keyword *grown = ll_arena_alloc(self->arena, (call->n_keywords + 1) * sizeof(*grown));
  if (call->n_keywords) memcpy(grown, call->keywords, call->n_keywords * sizeof(*grown));
  grown[call->n_keywords].name = ll_arena_strdup(self->arena, name);
  grown[call->n_keywords].literal = ll_arena_strdup(self->arena, literal);
  call->keywords = grown;
  call->n_keywords++;
}

ll_import *ll_builder_add_import(ll_builder *self) {
  ll_import imp = {0};
  imp.function = top(self)->function;
  imp.guarded = top(self)->conditions > 0;
  LL_ARENA_PUSH(self->scratch, self->imports, self->n_imports, self->cap_imports, imp);
  return &self->imports[self->n_imports - 1];
}

ll_binding *ll_builder_add_binding(ll_builder *self, const char *name) {
  int i = ll_strmap_get(&self->binding_index, name);
  if (i >= 0) {
    ll_binding *b = &self->bindings[i];
    bool is_const = b->is_const;
    memset(b, 0, sizeof(*b));
    b->name = ll_arena_strdup(self->arena, name);
    b->is_const = is_const;
    return b;
  }
  ll_binding b = {.name = ll_arena_strdup(self->arena, name)};
  ll_strmap_put(&self->binding_index, b.name, (int)self->n_bindings);
  LL_ARENA_PUSH(self->scratch, self->bindings, self->n_bindings, self->cap_bindings, b);
  return &self->bindings[self->n_bindings - 1];
}

const ll_binding *ll_builder_binding(const ll_builder *self, const char *name) {
  int i = ll_strmap_get(&self->binding_index, name);
  return i >= 0 ? &self->bindings[i] : NULL;
}

const ll_import *ll_builder_import_for_alias(const ll_builder *cself, const char *alias, int function) {
  /* Front-ends fill an import's alias after adding it: index the imports added since last time. */
  ll_builder *self = (ll_builder *)cself;
  for (; self->n_imports_indexed < self->n_imports; self->n_imports_indexed++) {
    const ll_import *imp = &self->imports[self->n_imports_indexed];
    if (!imp->alias) continue;
    ll_strmap_put_scoped(&self->import_index, imp->function, imp->alias, (int)self->n_imports_indexed);
  }
  /* The innermost scope wins: an import inside the function (or an enclosing one), then the module's. */
  for (int fn = function; fn >= 0; fn = self->fns[fn].fn.parent) {
    int i = ll_strmap_get_scoped(&self->import_index, fn, alias);
    if (i >= 0) return &self->imports[i];
    if (fn == 0) break;
  }
  return NULL;
}

void ll_builder_push_condition(ll_builder *self) { top(self)->conditions++; }
void ll_builder_pop_condition(ll_builder *self) {
  if (top(self)->conditions > 0) top(self)->conditions--;
}

uint32_t ll_builder_open_loop(ll_builder *self, ll_loop_kind kind, ll_span span) {
  uint32_t index = ll_builder_add_event(self, LL_EV_LOOP, span);
  current(self)->events[index].as.loop.kind = kind;
  frame *f = top(self);
  LL_ARENA_PUSH(self->scratch, f->loops, f->n_loops, f->cap_loops, index);
  return index;
}

void ll_builder_close_loop(ll_builder *self, bool (*is_io)(const ll_call *call),
                           bool (*is_sleep)(const ll_call *call)) {
  frame *f = top(self);
  if (!f->n_loops) return;
  fn_draft *d = current(self);
  uint32_t index = f->loops[--f->n_loops];
  ll_loop *loop = &d->events[index].as.loop;
  loop->body_end = (uint32_t)d->n_events;
  for (size_t i = index + 1; i < d->n_events; i++) {
    const ll_event *ev = &d->events[i];
    if (ev->kind == LL_EV_CONTEXT_USE) loop->body_reads_deadline = true;
    if (ev->kind == LL_EV_LOOP) {
      loop->body_io |= ev->as.loop.body_io;
      loop->body_sleeps |= ev->as.loop.body_sleeps;
    }
    if (ev->kind != LL_EV_CALL) continue;
    if (is_io && is_io(&ev->as.call)) loop->body_io = true;
    if (is_sleep && is_sleep(&ev->as.call)) loop->body_sleeps = true;
  }
}

void ll_builder_loop_break(ll_builder *self) {
  frame *f = top(self);
  if (f->n_loops) current(self)->events[f->loops[f->n_loops - 1]].as.loop.has_break = true;
}

void ll_builder_push_guard(ll_builder *self, const char *name) {
  frame *f = top(self);
  LL_ARENA_PUSH(self->scratch, f->guards, f->n_guards, f->cap_guards, ll_arena_strdup(self->arena, name));
}

void ll_builder_pop_guard(ll_builder *self) {
  frame *f = top(self);
  if (f->n_guards) f->n_guards--;
}

bool ll_builder_guarded(const ll_builder *self, const char *name) {
  const frame *f = top(self);
  for (size_t i = 0; i < f->n_guards; i++)
    if (!f->guards[i] || strcmp(f->guards[i], name) == 0) return true;
  return false;
}

typedef struct {
  const char *name;
  uint32_t index;
} named_index;

static int by_name_then_index(const void *a, const void *b) {
  const named_index *x = a, *y = b;
  int c = strcmp(x->name, y->name);
  return c ? c : (x->index > y->index) - (x->index < y->index);
}

/* ll_module.binding_order: a module may bind 10^4 names, and rules look one up per write. */
static const uint32_t *binding_order(ll_arena *a, const ll_binding *bindings, size_t n) {
  if (!n) return NULL;
  named_index *sorted = ll_calloc(n, sizeof(*sorted));
  for (size_t i = 0; i < n; i++) sorted[i] = (named_index){bindings[i].name, (uint32_t)i};
  qsort(sorted, n, sizeof(*sorted), by_name_then_index);
  uint32_t *order = ll_arena_alloc(a, n * sizeof(*order));
  for (size_t i = 0; i < n; i++) order[i] = sorted[i].index;
  free(sorted);
  return order;
}

ll_module *ll_builder_finish(ll_builder *self) {
  while (self->n_frames > 1) ll_builder_close_function(self);
  ll_module *m = self->module;
  ll_arena *a = self->arena;
  m->functions = ll_arena_alloc(a, (self->n_fns ? self->n_fns : 1) * sizeof(ll_function));
  for (size_t i = 0; i < self->n_fns; i++) {
    fn_draft *d = &self->fns[i];
    ll_function *fn = &m->functions[i];
    *fn = d->fn;
    fn->events = ll_arena_copy(a, d->events, d->n_events, sizeof(*d->events));
    fn->n_events = (uint32_t)d->n_events;
    fn->params = ll_arena_copy(a, d->params, d->n_params, sizeof(*d->params));
    fn->n_params = (uint32_t)d->n_params;
    fn->decorators = ll_arena_copy(a, d->decorators, d->n_decorators, sizeof(*d->decorators));
    fn->n_decorators = (uint32_t)d->n_decorators;
  }
  m->n_functions = (uint32_t)self->n_fns;
  m->imports = ll_arena_copy(a, self->imports, self->n_imports, sizeof(*self->imports));
  m->n_imports = (uint32_t)self->n_imports;
  m->bindings = ll_arena_copy(a, self->bindings, self->n_bindings, sizeof(*self->bindings));
  m->n_bindings = (uint32_t)self->n_bindings;
  m->binding_order = binding_order(a, m->bindings, m->n_bindings);
  ll_arena_delete(self->scratch);
  ll_strmap_free(&self->binding_index);
  ll_strmap_free(&self->import_index);
  free(self->code_points);
  free(self);
  return m;
}

/* The line and column of byte `at`, all of it before valid UTF-8: lines end at \n, \r\n and a lone
 * \r; a column is a code point. */
static void utf8_position(const unsigned char *s, size_t at, uint32_t *line, uint32_t *column) {
  *line = *column = 1;
  for (size_t i = 0; i < at;) {
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= at || s[i + 1] != '\n'))) {
      ++*line;
      *column = 1;
    } else if (s[i] != '\r') {
      ++*column;
    }
    size_t n = ll_utf8_sequence(s + i, at - i);
    i += n ? n : 1;
  }
}

char *ll_utf8_problem(const char *source, size_t len) {
  const unsigned char *s = (const unsigned char *)source;
  for (size_t i = 0; i < len;) { /* ASCII eight bytes at a time: most files are all ASCII */
    uint64_t word;
    if (i + 8 <= len && (memcpy(&word, s + i, 8), !(word & 0x8080808080808080ull))) {
      i += 8;
      continue;
    }
    size_t n = s[i] < 0x80 ? 1 : ll_utf8_sequence(s + i, len - i);
    if (!n) {
      uint32_t line, column;
      utf8_position(s, i, &line, &column);
      return ll_strfmt("invalid UTF-8 at line %u, column %u (analysed as far as it decodes)", line, column);
    }
    i += n;
  }
  return NULL;
}

bool ll_ident_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         (unsigned char)c >= 0x80;
}

bool ll_scan_defined_names(const char *source, size_t len, const char *keyword, ll_scan_accept accept,
                           const void *ctx) {
  size_t k = strlen(keyword);
  if (len >= 3 && memcmp(source, "\xEF\xBB\xBF", 3) == 0) { /* a BOM is not part of a name before `def` */
    source += 3;
    len -= 3;
  }
  for (const char *p = source, *end = source + len; p + k < end;) {
    const char *hit = ll_find(p, (size_t)(end - p), keyword, k);
    if (!hit) return false;
    p = hit + k;
    if (hit > source && ll_ident_byte(hit[-1])) continue;
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    const char *name = p;
    while (p < end && ll_ident_byte(*p)) p++;
    if (p > name && accept(name, (size_t)(p - name), p, (size_t)(end - p), ctx)) return true;
  }
  return false;
}
