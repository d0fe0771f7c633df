/*
 * tscore.h — the shared tree-sitter lowering core. Every tree-sitter front-end (Python,
 * JavaScript/TypeScript, Go, Rust, Java) is one language description (`ll_ts_lang`) plus the
 * handful of node forms that are its own; the core does the rest:
 *
 *   - the walk: one dispatch table per grammar, indexed by node symbol (built once), a depth bound,
 *     cursor-based child iteration;
 *   - scopes: locals per function (what a local holds when it was assigned a call), module
 *     bindings, names resolved through imports and aliases (`ll_tsl_qualify`);
 *   - events: calls (callee, method, receiver constructor, first string / literal argument,
 *     keywords, callbacks), writes to module state with lazy-initialisation guards, loops and their
 *     body facts, deadline reads, spawns matched with their starts and joins, environment writes,
 *     file operations, literal-key reads;
 *   - the driver: parse (one parser per thread), syntax-error diagnostic, nesting bound, module
 *     hand-over.
 *
 * Why tables of node kinds and C callbacks rather than tree-sitter queries (tags.scm/locals.scm):
 * the lowering needs ordered, scoped facts (a write under a guard, a join after a spawn), which a
 * query's flat captures do not give; a symbol-indexed table keeps the walk one pass with no
 * allocation per node (the benchmark bound: lint ≥ 0.75 × a bare parse).
 *
 * A language's form receives the lowerer `L` and a node; it uses the functions below and calls
 * ll_tsl_walk() on the sub-trees it does not handle itself.
 */
#ifndef LL_TSCORE_H
#define LL_TSCORE_H

#include <stdbool.h>
#include <stddef.h>
#include <tree_sitter/api.h>

#include "base/strmap.h"
#include "frontend/lower.h"
#include "frontend/tsutil.h"

typedef struct ll_tsl ll_tsl;
typedef struct ll_ts_lang ll_ts_lang;

/* The lowering of one node kind. */
typedef void (*ll_ts_form)(ll_tsl *L, TSNode node);
typedef struct {
  const char *kind; /* grammar node kind ("call_expression") */
  ll_ts_form lower;
} ll_ts_form_entry;

/* A member access: `object.property` (`attribute`, `member_expression`, `selector_expression`,
 * `field_expression`, `scoped_identifier`, `field_access`). */
typedef struct {
  const char *kind;
  const char *object_field;   /* "object", "operand", "value", "path" */
  const char *property_field; /* "attribute", "property", "field", "name" */
} ll_ts_member_form;

/* A call: its callee and argument-list fields. */
typedef struct {
  const char *kind;            /* "call", "call_expression", "method_invocation" */
  const char *function_field;  /* "function"; NULL when the callee is object + name (Java) */
  const char *arguments_field; /* "arguments" */
  const char *arguments_kind;  /* the argument list's kind ("argument_list", "arguments"); an
                                  `arguments` child of another kind (a generator) is just walked */
  const char *object_field;    /* Java's method_invocation: "object" (NULL otherwise) */
  const char *name_field;      /* Java's method_invocation: "name" (NULL otherwise) */
} ll_ts_call_form;

/* A call that starts concurrent work: a thread, pool, process or task. */
typedef struct {
  const char *callee;
  ll_spawn_kind kind;
  bool starts_itself; /* running from construction, no start() needed */
} ll_ts_spawn_api;

/* A local name of a function and, when it holds a call's result, the qualified callee. */
typedef struct {
  int function;
  const char *name;
  const char *ctor;
  const char *ctor_arg;
  bool is_global;    /* declared `global` (Python) in that function: a module binding */
  bool none_default; /* a parameter defaulting to None / null: dependency injection */
} ll_tsl_local;

struct ll_ts_lang {
  ll_language language;
  const char *display_name;            /* "Python": for diagnostics */
  const TSLanguage *(*grammar)(void);
  const ll_ts_form_entry *forms;       /* the language's own forms; other kinds walk their children */
  size_t n_forms;
  const char *const *identifier_kinds; /* NULL-terminated: kinds that are plain names */
  const ll_ts_member_form *members;    /* NULL-terminated by kind */
  const ll_ts_call_form *calls;        /* NULL-terminated by kind */
  const char *separator;               /* between the parts of a qualified name: "." or "::" */
  const char *const *mutators;         /* container methods that change it (append, push, …) */
  const char *const *deadline_reads;   /* methods that read the remaining time */
  const char *const *null_kinds;       /* literal kinds meaning "no value": none, null, nil */
  const ll_ts_spawn_api *spawns;       /* NULL-terminated by callee */
  int max_depth;                       /* nesting past this is not walked (a diagnostic says so) */
  size_t state_size;                   /* bytes of the language's own state (ll_tsl.lang_state) */

  /* Literals: the decoded contents of a string literal / any literal's text, arena-allocated; NULL
   * when `node` is not one. */
  char *(*string_value)(ll_tsl *L, TSNode node);
  char *(*literal_value)(ll_tsl *L, TSNode node);
  /* What a constructor call is "about" (`client("s3")` → "s3"), from its argument list; NULL:
   * the first positional argument when it is a string. */
  const char *(*ctor_arg)(ll_tsl *L, TSNode args);
  /* One argument of a call, other than a plain positional one: a keyword / named argument or a
   * splat. Returns true when it handled `arg` (the core then neither counts nor walks it). NULL:
   * every argument is positional. */
  bool (*lower_argument)(ll_tsl *L, TSNode arg, uint32_t call_index);
  /* After a call event is complete: the language's own effects of that call (environment writes,
   * files, gathers …). NULL: none. */
  void (*call_effects)(ll_tsl *L, TSNode node, TSNode function, TSNode args, uint32_t call_index);
  /* Loop body facts. */
  bool (*call_is_io)(const ll_call *call);
  bool (*call_is_sleep)(const ll_call *call);
  /* Whether event `e` (after a spawn) starts / finishes the spawned work held in `var`. */
  bool (*starts)(const ll_event *e, const ll_spawn *spawn);
  bool (*joins)(const ll_event *e, const char *var, ll_spawn_kind kind);
  /* Before the walk: module-level names known up front (a function may use one defined below). */
  void (*prescan)(ll_tsl *L, TSNode root);
  /* The walk of the root; NULL: ll_tsl_walk_block(root). */
  void (*lower_root)(ll_tsl *L, TSNode root);
  /* Bytes to parse instead of the source (same length), or NULL: Python's lone-CR fix. Malloc'd. */
  char *(*parse_bytes)(const char *source, size_t len);
  /* The grammar needs the last line ended (Go: the semicolon inserted at the end of the file is a
   * newline to tree-sitter-go): a file without a final newline is parsed with one added. */
  bool end_last_line;
};

/* A name holding a filesystem path we know something about: `p = f"/tmp/{key}"`. */
typedef struct {
  int function;
  const char *name;
  const char *path; /* NULL: rebound to something we do not know */
} ll_tsl_path_var;

/* The lowering state of one file. Languages read and set the public part; the rest is the core's. */
struct ll_tsl {
  ll_builder *b;
  const ll_ts_lang *lang;
  const char *class_name; /* the class whose body is being walked, or NULL */
  int test_depth;         /* inside a condition: events are marked `tested` */
  int except_depth;       /* inside an exception handler: events are marked `in_except` */
  int try_depth;          /* inside a try body that catches import errors: imports are guarded */
  void *lang_state;       /* the language's own state, if it needs any */

  /* the core's */
  ll_tsl_local *locals;
  size_t n_locals, cap_locals;
  ll_strmap local_index; /* (function, name) → index in locals */
  ll_tsl_path_var *paths;
  size_t n_paths, cap_paths;
  const char **awaited; /* names awaited / gathered in the open functions */
  size_t n_awaited, cap_awaited;
  struct ll_tsl_frame {
    size_t awaited_mark;
    const char *class_name;
  } *frames; /* one per open function */
  size_t n_frames, cap_frames;
  int depth;
  bool too_deep;
  TSTreeCursor **cursors; /* one per active child iteration */
  size_t n_iterations, cap_cursors;
  const void *dispatch;   /* the language's symbol-indexed forms */
};

/* ---- the driver ------------------------------------------------------------------------------ */

/* Parses and lowers one file with `lang`: the whole of a tree-sitter front-end's `lower`. */
ll_module *ll_tsl_lower(const ll_ts_lang *lang, const char *path, const char *source, size_t len,
                        char **problem);

/* ---- the walk -------------------------------------------------------------------------------- */

void ll_tsl_walk(ll_tsl *L, TSNode node);
void ll_tsl_walk_children(ll_tsl *L, TSNode node);
/* The named children of a block, in order, each walked. */
void ll_tsl_walk_block(ll_tsl *L, TSNode block);
/* Walks `node` as code that may not run (a branch, a lambda body). */
void ll_tsl_walk_conditional(ll_tsl *L, TSNode node);
/* Walks `node` as a condition (events in it are `tested`). */
void ll_tsl_walk_test(ll_tsl *L, TSNode node);

/* Iterates the named children of `node` in O(1) a step (ts_node_named_child(i) is O(i)):
 *   ll_tsl_children it = ll_tsl_children_begin(L, node);
 *   for (TSNode c; ll_tsl_children_next(&it, &c);) …;
 *   ll_tsl_children_end(L);                                   */
typedef struct {
  TSTreeCursor *cursor;
  bool started;
} ll_tsl_children;
ll_tsl_children ll_tsl_children_begin(ll_tsl *L, TSNode node);
bool ll_tsl_children_next(ll_tsl_children *it, TSNode *child);
void ll_tsl_children_end(ll_tsl *L);

/* ---- scopes and names ----------------------------------------------------------------------- */

int ll_tsl_fn(const ll_tsl *L); /* the function being lowered; 0 is the module's top level */
ll_tsl_local *ll_tsl_find_local(ll_tsl *L, const char *name);
ll_tsl_local *ll_tsl_declare_local(ll_tsl *L, const char *name);
/* Whether `name` in the current function refers to a module binding (not a local). */
bool ll_tsl_is_module_name(ll_tsl *L, const char *name);
/* What a local or module binding holds when it was assigned a call: its constructor, first arg. */
void ll_tsl_ctor_of(ll_tsl *L, const char *name, const char **ctor, const char **arg);
/* Records what a local holds: the call `value` (its callee and first string argument), or nothing. */
void ll_tsl_remember_local(ll_tsl *L, const char *name, TSNode value);

bool ll_tsl_is_identifier(const ll_tsl *L, TSNode node);
const ll_ts_member_form *ll_tsl_member_form(const ll_tsl *L, TSNode node);
const ll_ts_call_form *ll_tsl_call_form(const ll_tsl *L, TSNode node);
/* The identifier at the root of a member chain (`a` of `a.b.c`), or a null node. */
TSNode ll_tsl_chain_base(const ll_tsl *L, TSNode node);
/* The qualified name of an identifier / member chain, resolved through import aliases: `aws.client`
 * with `import boto3 as aws` → "boto3.client". NULL for other expressions. Arena-allocated. */
char *ll_tsl_qualify(ll_tsl *L, TSNode node);
/* The qualified callee of a call node, or NULL. */
char *ll_tsl_callee_of(ll_tsl *L, TSNode call);
/* What the constructor call with argument list `args` is about (the language's ctor_arg). */
const char *ll_tsl_ctor_arg(ll_tsl *L, TSNode args);
/* Whether `node` is one of the language's null literals. */
bool ll_tsl_is_null(const ll_tsl *L, TSNode node);
/* "a" SEP "b" in the arena, or NULL past the name-length bound (generated code). */
char *ll_tsl_join(ll_tsl *L, const char *a, const char *sep, const char *b);

char *ll_tsl_string(ll_tsl *L, TSNode node);  /* the language's string_value, or NULL */
char *ll_tsl_literal(ll_tsl *L, TSNode node); /* the language's literal_value, or NULL */

/* The source text of `node`'s named children, concatenated (a string literal's fragments and
 * escapes, as written), in the arena; NULL when a child of kind `stop` (an interpolation) is met. */
char *ll_tsl_children_text(ll_tsl *L, TSNode node, const char *stop);

/* ---- forms C-like grammars share (fields condition / consequence / alternative / body) -------- */

void ll_tsl_ignore(ll_tsl *L, TSNode node); /* types, comments: no behaviour */
/* `break`: the loop body's straight path ends there. */
void ll_tsl_lower_break(ll_tsl *L, TSNode node);
/* `return x`, a `break` carrying a value: the loop ends, and what the node holds is evaluated. */
void ll_tsl_lower_exit(ll_tsl *L, TSNode node);
/* `c ? a : b`: the condition is a test, either branch may run. */
void ll_tsl_lower_ternary(ll_tsl *L, TSNode node);
/* A while or (kind `do_statement`) do-while loop; `infinite`: its condition is always true. */
void ll_tsl_lower_while(ll_tsl *L, TSNode node, bool infinite);

/* ---- events ------------------------------------------------------------------------------------ */

/* Adds an event to the current function, with the lowerer's context (tested, in_except). */
uint32_t ll_tsl_add_event(ll_tsl *L, ll_event_kind kind, TSNode at);
/* The event of `kind` created at `start_byte` since event index `from`, or NULL. */
ll_event *ll_tsl_event_at(ll_tsl *L, uint32_t from, ll_event_kind kind, uint32_t start_byte);
void ll_tsl_add_name_use(ll_tsl *L, TSNode node, const char *qualified);
/* A read of a name: a name-use event when it is an import or a module binding; walks the rest. */
void ll_tsl_lower_name_read(ll_tsl *L, TSNode node);

/* Lowers a call node of one of the language's call kinds; returns its event index. Walks the
 * callee's sub-expressions first (they run first), then the arguments. Adds the spawn, module
 * mutation and deadline-read events the call implies, then the language's call_effects. */
uint32_t ll_tsl_lower_call(ll_tsl *L, TSNode node);
/* The call's receiver constructor (`s3.get_object()` where `s3 = boto3.client("s3")`). */
void ll_tsl_fill_receiver(ll_tsl *L, TSNode function, ll_call *call);

/* A write to module binding `name` at `at`; `value` is the assigned expression when known. */
ll_event *ll_tsl_add_write(ll_tsl *L, TSNode at, const char *name, ll_write_kind kind, TSNode value);
/* A call of the mutating `method` on the module binding `name` at `node` (LL_WRITE_MUTATE). */
void ll_tsl_add_mutation(ll_tsl *L, TSNode node, const char *name, const char *method);
/* Marks the call (and spawn) events made for `value` since `from` as stored to `name`. */
void ll_tsl_mark_assigned_call(ll_tsl *L, uint32_t from, TSNode value, const char *name, bool to_module);
/* A spawn event when `callee` is in the language's spawn table. */
void ll_tsl_add_spawn(ll_tsl *L, TSNode node, const char *callee);
/* The spawns of the function being closed: started? joined / awaited before it returns? */
void ll_tsl_settle_spawns(ll_tsl *L);
/* `name` is awaited / gathered in the current function (its spawn counts as joined). */
void ll_tsl_push_awaited(ll_tsl *L, const char *name);

void ll_tsl_add_env_write(ll_tsl *L, TSNode at, const char *variable);
void ll_tsl_add_file_op(ll_tsl *L, TSNode at, ll_event_kind kind, const char *path, bool auto_removed);
uint32_t ll_tsl_add_key_read(ll_tsl *L, TSNode at, TSNode object, const char *key, bool membership);

/* Paths known for names (`p = "/tmp/x"`), per function. */
const char *ll_tsl_path_var_get(ll_tsl *L, const char *name);
void ll_tsl_path_var_set(ll_tsl *L, const char *name, const char *path);

/* ---- lazy-initialisation guards --------------------------------------------------------------- */

/* The module names a condition tests for being unset (`x is None`, `!x`, `x == nil`) or set. */
enum { LL_TSL_MAX_GUARDS = 4 };
typedef struct {
  const char *unset[LL_TSL_MAX_GUARDS], *set[LL_TSL_MAX_GUARDS];
  int n_unset, n_set;
} ll_tsl_guards;
void ll_tsl_guard(ll_tsl_guards *g, bool set, const char *name);
/* The branches of an `if` whose condition names the guards `g`: the consequence runs under the
 * unset ones, the alternative (may be null) under the set ones. Without an alternative, a
 * consequence that returns (`if x != nil { return x }`) guards the rest of the enclosing block: the
 * set guards stay pushed and their count is returned (the caller pops them with
 * ll_builder_pop_guard when the block ends). */
int ll_tsl_walk_if_branches(ll_tsl *L, const ll_tsl_guards *g, TSNode consequence, TSNode alternative,
                            bool consequence_returns);

/* ---- functions and loops ------------------------------------------------------------------- */

/* Opens a function named `name` (spanning `outer`, named at `name_node`, which may be null): it is
 * current until ll_tsl_close_function, which settles its spawns. Inside a class body the function
 * gets the class as `class_name` and "Class.name" as its qualname. Returns its index. */
int ll_tsl_open_function(ll_tsl *L, const char *name, TSNode outer, TSNode name_node);
void ll_tsl_close_function(ll_tsl *L);
/* A parameter of the current function (also a local). */
ll_tsl_local *ll_tsl_add_param(ll_tsl *L, const char *name);

uint32_t ll_tsl_open_loop(ll_tsl *L, ll_loop_kind kind, TSNode at);
void ll_tsl_close_loop(ll_tsl *L); /* with the language's io / sleep classification */
/* Opens a for-each loop at `at` over `iterable` (already walked: its events start at `from`): what
 * it iterates, and when that is a call, its callee (a paginator), whose result is then iterated. */
uint32_t ll_tsl_open_foreach(ll_tsl *L, TSNode at, TSNode iterable, uint32_t from);

#endif
