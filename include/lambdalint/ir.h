/*
 * ir.h — the language-neutral facts lambda-lint knows about one source file.
 *
 * Front-ends lower a syntax tree into an `ll_module`; the engine and the rules read only this.
 * Everything a module points to lives in the module's arena (one per analysed file) and is freed
 * with it: rules never free IR and never keep pointers into it after they return.
 *
 * The IR is a read-only data model, so its structs are visible (rules iterate arrays directly).
 * What owns memory or carries behaviour (arena, engine, project) stays opaque.
 */
#ifndef LAMBDALINT_IR_H
#define LAMBDALINT_IR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
  LL_LANG_PYTHON,
  LL_LANG_JAVASCRIPT,
  LL_LANG_TYPESCRIPT,
  LL_LANG_GO,
  LL_LANG_RUST,
  LL_LANG_JAVA,
  LL_LANG_C,
  LL_LANG_CPP,
  LL_LANG_COUNT
} ll_language;

/* "Python", "JavaScript", "TypeScript", "Go", "Rust", "Java", "C", "C++": for people to read. */
const char *ll_language_display_name(ll_language language);

/* Bit set of languages, for rule tables ("this rule supports py and c/c++"). */
#define LL_LANG_BIT(lang) (1u << (lang))

/* A source range. Lines and columns are 1-based; columns count Unicode code points. */
typedef struct {
  uint32_t start_byte, end_byte;
  uint32_t line, column;
  uint32_t end_line, end_column;
} ll_span;

/* ---- imports ---------------------------------------------------------------------------- */

typedef struct {
  const char *module;    /* qualified module as written, without leading dots: "concurrent.futures" */
  const char *member;    /* imported member for `from M import X`, else NULL */
  const char *alias;     /* the local name it binds ("Pool", "aws", "boto3"); NULL for `*` */
  const char *qualified; /* what the alias stands for: "concurrent.futures.ThreadPoolExecutor" */
  int relative_level;    /* leading dots of a relative import (`from ..db import x` → 2) */
  int function;          /* index of the enclosing function; 0 is the module's top level */
  bool guarded;          /* under try/except ImportError, `if TYPE_CHECKING`, or another condition */
  ll_span span;
} ll_import;

/* ---- module-level bindings ----------------------------------------------------------------- */

typedef enum {
  LL_BIND_UNKNOWN,
  LL_BIND_CONTAINER, /* list, dict, set, array, map, slice, Vec … (mutable) */
  LL_BIND_SCALAR,    /* number, string, bool, tuple of literals */
  LL_BIND_NONE,      /* None / null / nullptr: a placeholder for lazy initialisation */
  LL_BIND_CALL,      /* the result of a call (a client, a connection, …): see `value_callee` */
  LL_BIND_FUNCTION,
  LL_BIND_CLASS
} ll_binding_kind;

typedef struct {
  const char *name;
  ll_binding_kind kind;
  const char *value_callee; /* qualified callee of the initialising call, for LL_BIND_CALL */
  const char *value_arg;    /* first string-literal argument of that call ("s3"), or NULL */
  bool is_const;            /* the language marks it constant (const, final, static const) */
  bool declared_elsewhere;  /* Go: a package variable another file of the package declares; the
                               engine takes its kind from that file (none found: its writes count
                               as guarded) */
  ll_span span;
} ll_binding;

/* ---- events ---------------------------------------------------------------------------- */

typedef enum {
  LL_EV_CALL,
  LL_EV_MODULE_WRITE,
  LL_EV_LOOP,
  LL_EV_CONTEXT_USE,
  LL_EV_SPAWN,
  LL_EV_NAME_USE, /* a read of an imported name or a module binding (not as a call's callee) */
  LL_EV_ENV_WRITE,   /* a write to the process environment; `name` is the variable when known */
  LL_EV_FILE_WRITE,  /* a file created or written; see `as.file` */
  LL_EV_FILE_REMOVE, /* a file or directory removed; see `as.file` */
  LL_EV_KEY_READ     /* a read of a literal key of a mapping (`r["Items"]`, `r.get("Items")`,
                        `"Items" in r`); `name` is the key, see `as.key` */
} ll_event_kind;

/* One keyword (or named field) argument of a call. */
typedef struct {
  const char *name;
  const char *literal; /* the value when it is a literal: string contents, number, True/None … */
} ll_keyword;

typedef struct {
  const char *callee;        /* qualified through import aliases: "boto3.client", "time.sleep" */
  const char *method;        /* last component of the callee ("invoke"), never NULL */
  const char *receiver_ctor; /* for x.m(): the qualified callee that built x, if known */
  const char *receiver_arg;  /* first string argument of that constructor ("lambda"), or NULL */
  const char *first_string;  /* first positional argument if it is a string literal, or NULL */
  const char *first_literal; /* first positional argument if it is any literal ("0", "2.5", …), or NULL */
  ll_keyword *keywords;
  uint32_t n_keywords;
  uint32_t n_positional;
  bool has_splat_kwargs; /* `**kwargs` (or spread) could carry any keyword */
  bool callee_is_local;  /* the callee names a function defined in this module */
  bool callee_as_written;/* the callee could not be resolved (a C++ header missing): it is the name as
                            written, which a wildcard import in scope (`using namespace Aws::S3;`,
                            `from m import *`) may qualify */
  /* A function of this module passed as an argument: its name, or the name of a lambda written in
   * the call ("<lambda:12:15>"); NULL when none. `run_handler(handle)`, `lambda.Start(h)`,
   * `std::thread t(worker)`: the engine follows it like a call and marks registered handlers. */
  const char *callback;
  const char *assigned_to;      /* the name its result is stored to, or NULL */
  bool assigned_to_module;      /* … and that name is a module binding */
  bool awaited;                 /* `await f()` */
  bool with_managed;            /* `with f() as x:` — closed when the block ends */
  bool result_iterated;         /* its result is consumed by a for loop or comprehension */
  /* Its result passed straight to another call, `convert(client.scan(r))`: that call's callee and
   * the argument's index (Java); NULL when not recorded. */
  const char *result_passed_to;
  uint32_t result_argument;
} ll_call;

typedef enum {
  LL_WRITE_REBIND,   /* x = …   (with `global x`) */
  LL_WRITE_AUGMENT,  /* x += … */
  LL_WRITE_SUBSCRIPT,/* x[k] = … / del x[k] */
  LL_WRITE_MUTATE,   /* x.append(…), x.add(…), x.update(…), push, insert, … */
  LL_WRITE_ATTRIBUTE /* x.attr = … */
} ll_write_kind;

typedef struct {
  const char *name; /* the module binding written */
  ll_write_kind kind;
  const char *method;       /* the mutating method for LL_WRITE_MUTATE; "__delitem__" for `del x[k]` */
  const char *value_callee; /* for a rebind to a call result: its qualified callee; for
                               `setdefault(k, f())`: the default's callee */
  bool lazy_guard;          /* under `if x is None:` / `if not x:` / once-guard for this name */
  bool value_is_none;       /* rebinds to None/null (a reset) */
  bool value_is_literal;    /* rebinds to a literal (True, 0, "x", None): a flag or a reset */
  bool key_literal;         /* subscript store / update whose keys are all literals (bounded) */
} ll_module_write;

typedef enum {
  LL_LOOP_FOR,      /* counted: for (i = 0; …), range(n) */
  LL_LOOP_FOREACH,  /* for x in xs */
  LL_LOOP_WHILE,    /* while cond */
  LL_LOOP_INFINITE  /* while True / for {} / loop {} */
} ll_loop_kind;

typedef struct {
  ll_loop_kind kind;
  const char *iterates;    /* what a for-each iterates when known: "event[Records]", a callee */
  const char *iter_callee; /* qualified callee when the iterable is a call (a paginator), else NULL */
  uint32_t body_end;       /* index one past the last event inside the loop body */
  bool body_io;            /* the body makes a call that looks like I/O (method on a client …) */
  bool body_sleeps;        /* the body sleeps */
  bool body_reads_deadline;/* the body reads the remaining time */
  bool has_break;          /* the body can leave the loop (break/return) */
  bool cond_reads_deadline;/* the loop condition reads the remaining time */
} ll_loop;

typedef enum {
  LL_SPAWN_THREAD,
  LL_SPAWN_POOL,         /* a thread pool */
  LL_SPAWN_PROCESS,
  LL_SPAWN_PROCESS_POOL,
  LL_SPAWN_TASK          /* a coroutine task / goroutine / promise */
} ll_spawn_kind;

typedef struct {
  ll_spawn_kind kind;
  const char *callee; /* the qualified constructor / call that starts it */
  const char *var;    /* the variable holding it, or NULL */
  bool started;       /* the thread/process is actually started (start() seen, or it starts itself) */
  bool joined;        /* joined / awaited / shut down before the function returns */
} ll_spawn;

/* A file operation (LL_EV_FILE_WRITE / LL_EV_FILE_REMOVE). */
typedef struct {
  const char *path; /* the path as far as it is known, unknown parts as "{}" ("/tmp/{}.csv"),
                       or NULL when nothing is known */
  bool auto_removed;/* the language removes it when its scope ends (a managed temporary file) */
} ll_file_op;

/* A literal-key read (LL_EV_KEY_READ). LL_EV_NAME_USE uses `membership` too: the name is the
 * container of an `in` / `not in` test (`x in seen`). */
typedef struct {
  const char *object; /* the variable read from (`r` of `r["Items"]`), or NULL for another expression */
  bool membership; /* `"k" in x`: tests for the key, does not read the value */
  bool first_only; /* only the first element of the value is used (`r["Items"][0]`) */
} ll_key_read;

typedef struct {
  ll_event_kind kind;
  ll_span span;
  uint16_t loop_depth;  /* loops enclosing this event within its function */
  bool conditional;     /* under if / try / match / a short-circuit, within its function */
  bool lazy_guard;      /* under a lazy-initialisation guard (`if _x is None:`) */
  bool tested;          /* read within a comparison or the condition of an if / elif / while /
                           conditional expression / comprehension filter */
  bool in_except;       /* inside an exception handler (`except:` / `catch`) */
  bool on_thread;       /* in the body of a thread the function starts (Java `new Thread(() -> …)`): it
                           runs beside the function, whose own time it does not spend */
  const char *name;     /* LL_EV_NAME_USE: the qualified name read; LL_EV_ENV_WRITE: the variable;
                           LL_EV_KEY_READ: the key */
  union {
    ll_call call;
    ll_module_write write;
    ll_loop loop;
    ll_spawn spawn;
    ll_file_op file;
    ll_key_read key;
  } as;
} ll_event;

/* ---- functions ---------------------------------------------------------------------------- */

typedef enum {
  LL_HANDLER_NONE,
  LL_HANDLER_CLI,        /* named by --handler or the config file */
  LL_HANDLER_TEMPLATE,   /* named by a SAM / CloudFormation / serverless template */
  LL_HANDLER_CONVENTION  /* the language's naming convention */
} ll_handler_reason;

typedef struct {
  const char *name;      /* "lambda_handler"; "<module>" for the top level */
  const char *qualname;  /* "Handler.handle" for a method */
  const char **params;
  uint32_t n_params;
  const char **decorators; /* qualified decorator callees ("functools.lru_cache") */
  uint32_t n_decorators;
  int parent;              /* enclosing function index, -1 for the top level itself */
  const char *class_name;  /* enclosing class, or NULL */
  bool is_async;
  bool is_module;          /* the pseudo-function holding module top-level code (index 0) */
  bool returns_generator;  /* contains yield */
  bool memoized;           /* its results are cached (functools.lru_cache, …): the body runs once */
  bool is_entry_main;      /* the program's own entry code (`if __name__ == "__main__":`, C main):
                              never part of an invocation */
  bool convention_handler; /* the language's convention makes it a handler, as the front-end sees it
                              (JS `exports.handler = …`, Java `handleRequest` of a RequestHandler);
                              Python's convention is judged by the engine (configurable names) */
  bool inherited_entry;    /* stands for a handler method the class inherits (Java: a made-up
                              "Class.handleRequest" calling the base's and the class's overrides): a
                              handler when a template names it or the base's method is one */
  bool global_symbol;      /* callable from any file of the program by its qualname alone (a C/C++
                              function with external linkage), not only through an import */
  bool interface_method;   /* a method an interface declares, with no body (Go): a call of it runs
                              the implementation, which the engine finds when the program has one */
  const char *result_type; /* the named type it returns, as the language qualifies types (Go:
                              `*Client` → "Client", `(*store.Repo, error)` → "example.com/app/store.Repo"),
                              so that a method called on its result can be followed; NULL: unknown */
  ll_span span;
  ll_span name_span;
  ll_event *events;
  uint32_t n_events;

  /* Set by the engine. */
  ll_handler_reason handler;
  int context_param; /* index of the invocation-context parameter, or -1 */
} ll_function;

/* ---- the module ---------------------------------------------------------------------------- */

typedef struct ll_arena ll_arena;

typedef struct {
  const char *path; /* as given on the command line / found by discovery */
  ll_language language;
  const char *source; /* the file's bytes, NUL-terminated (the arena's copy) */
  size_t source_len;
  const uint32_t *line_starts; /* byte offset of each line's start; line N starts at [N-1] */
  uint32_t n_lines;

  ll_import *imports;
  uint32_t n_imports;
  ll_binding *bindings;
  uint32_t n_bindings;
  const uint32_t *binding_order; /* binding indices sorted by name, then index (the builder's), so
                                    that a lookup is a binary search; NULL: lookups scan */
  ll_function *functions; /* functions[0] is the module's top level */
  uint32_t n_functions;

  const char *package_path; /* Go: the import path of the file's package, from the go.mod above it
                               ("example.com/app/store"); NULL: unknown */
  const char *module_path;  /* Go: that go.mod's module path ("example.com/app"); NULL: no go.mod */
  const char *skipped;      /* why the front-end left the file out on purpose (bundled or minified
                               output; a static string), reported as a note; NULL: analysed */
  bool has_lambda_evidence; /* set by the engine: holds a handler or is imported by one */
  bool runbook_script;      /* set by the engine: an SSM Automation runbook runs this file, so no
                               function of it is a handler by naming convention */
  uint32_t id;              /* set by the engine: the module's index in the run */
  ll_arena *arena;
} ll_module;

/* Lookups shared by the engine and the rules. All return NULL / -1 when absent. */
const ll_binding *ll_module_binding(const ll_module *self, const char *name);
const ll_import *ll_module_import_for_alias(const ll_module *self, const char *alias);
int ll_module_function_index(const ll_module *self, const char *name);

/* The text of one source line (without its end-of-line), and its length through *len. */
const char *ll_module_line(const ll_module *self, uint32_t line, size_t *len);

/* Whether `qualified` is `prefix` or starts with `prefix` followed by a dot. */
bool ll_qname_has_prefix(const char *qualified, const char *prefix);

#endif
