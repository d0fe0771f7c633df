/*
 * java.c — the Java front-end, on the shared tree-sitter core (tscore.h), grammar tree-sitter-java.
 *
 * What a Java handler's lifetime looks like in the IR:
 *   - init (functions[0], the module's top level): static and instance field initialisers, static
 *     and instance initialiser blocks. The runtime builds the handler object once per execution
 *     environment and reuses it, so instance state lives as long as static state; both are module
 *     bindings (a field mutated by `handleRequest` is module state that accumulates);
 *   - constructors are functions named "<init>" (qualname "Class.<init>"): the handler class's own
 *     constructor is reached by no handler, one run by `new Repo()` in handler code is per invocation;
 *   - methods are functions with qualname "Class.method"; `this.f(…)` and a bare `f(…)` of a method
 *     of the class resolve to it, `this.field` reads and writes are the field's.
 *
 * Names: single-type imports map a simple name to its qualified one (`S3Client` →
 * "software.amazon.awssdk.services.s3.S3Client"); a static import maps the member; an on-demand
 * import (`import java.util.concurrent.*;`) is a wildcard import, and maps the JDK classes the rules
 * know of in that package (`Executors` → "java.util.concurrent.Executors"). java.lang names stay as
 * written ("Thread", "System.getenv"). `new T<…>(…)` is a call of "T" (qualified). A call on a call
 * result keeps the chain: `S3Client.builder().region(r).build()` →
 * "software.amazon.awssdk.services.s3.S3Client.builder().region().build".
 *
 * Handlers by convention: `handleRequest` of a class implementing `RequestHandler<I, O>` or
 * `RequestStreamHandler`; `execute` of a Micronaut `MicronautRequestHandler`; the lambda a Spring
 * Cloud Function `@Bean` method returns (a function "<bean>.lambda" of its own, so the bean method's
 * own code is init). A template's `Handler: pkg.Class::method` names "Class.method". A class that
 * extends another and has no handleRequest of its own gets a made-up one standing for the inherited
 * method (see inherited_entry).
 *
 * Lambdas and anonymous classes are walked where they are written, as code that may run: an
 * executor task's body counts as the enclosing method's.
 */
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "base/streq.h"
#include "base/strmap.h"
#include "frontend/frontend.h"
#include "frontend/tscore.h"

const TSLanguage *tree_sitter_java(void);

/* The language's own state. */
typedef struct {
  ll_strmap methods;  /* "Class.method" of every method of the file (prescan) */
  ll_strmap handler_classes; /* classes whose handleRequest / execute is a handler (1 RequestHandler,
                                2 Micronaut, 3 Spring function bean), or 4: a POJO handler's shape */
  ll_strmap object_fields;   /* "Class.field": instance fields of classes that are not handlers */
  const char *class_name;    /* the innermost class being lowered */
  bool bean_lambda;          /* lowering the lambda a @Bean method returns */
  const char *package;       /* the file's package ("" for the default package) */
  ll_strmap same_package;    /* capitalised names used but neither imported nor declared here */
  const char **unresolved;   /* … in order, to become imports of the package's classes */
  size_t n_unresolved, cap_unresolved;
  /* Instance field initialisers and initialiser blocks of the class being lowered when it is not a
   * handler: they run with its constructor (`new Repo()` per invocation runs them every time). */
  TSNode *object_inits;
  size_t n_object_inits;
  bool object_inits_done; /* already lowered into a constructor */
  const char *static_star; /* the class of the file's one `import static pkg.Util.*;` outside the JDK */
  int n_static_stars;
} java_state;

static java_state *st(ll_tsl *L) { return (java_state *)L->lang_state; }

static ll_arena *arena(ll_tsl *L) { return ll_builder_arena(L->b); }

/* Null-safe: error recovery can leave a node without a field the grammar promises. */
static char *text(ll_tsl *L, TSNode n) { return ts_node_is_null(n) ? (char *)"" : ll_ts_text(L->b, n); }

static uint32_t named_count(TSNode n) { return ts_node_is_null(n) ? 0 : ts_node_named_child_count(n); }

static bool is(TSNode n, const char *kind) { return ll_ts_is(n, kind); }

static bool text_is(ll_tsl *L, TSNode n, const char *s) { return !ts_node_is_null(n) && ll_ts_text_is(L->b, n, s); }

static bool has_prefix(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

static TSNode unwrap(TSNode n) {
  for (int i = 0; i < 64 && (is(n, "parenthesized_expression") || is(n, "cast_expression")); i++) {
    TSNode inner = is(n, "cast_expression") ? ll_ts_field(n, "value") : ts_node_named_child(n, 0);
    if (ts_node_is_null(inner)) break;
    n = inner;
  }
  return n;
}

static char *type_name(ll_tsl *L, TSNode type);

/* ---- literals -------------------------------------------------------------------------------- */

static char *java_string_value(ll_tsl *L, TSNode node) {
  node = unwrap(node);
  return is(node, "string_literal") ? ll_tsl_children_text(L, node, "string_interpolation") : NULL;
}

static char *java_literal_value(ll_tsl *L, TSNode node) {
  node = unwrap(node);
  char *s = java_string_value(L, node);
  if (s) return s;
  if (is(node, "decimal_integer_literal") || is(node, "hex_integer_literal") || is(node, "true") ||
      is(node, "false") || is(node, "null_literal") || is(node, "decimal_floating_point_literal") ||
      is(node, "character_literal"))
    return text(L, node);
  if (is(node, "unary_expression") && is(ll_ts_field(node, "operand"), "decimal_integer_literal"))
    return text(L, node);
  return NULL;
}

/* ---- imports --------------------------------------------------------------------------------- */

/* JDK classes the rules name, and the annotations of web routes, by package: an on-demand import
 * of the package maps them. */
static const char *const jdk_classes[] = {
    "java.util.concurrent.Executors", "java.util.concurrent.CompletableFuture",
    "java.util.concurrent.ExecutorService", "java.util.concurrent.ForkJoinPool",
    "java.util.concurrent.TimeUnit", "java.util.concurrent.ThreadLocalRandom",
    "java.util.Random", "java.util.UUID", "java.util.ArrayList", "java.util.HashMap", "java.util.HashSet",
    "java.util.LinkedList", "java.util.TreeMap", "java.util.Timer",
    "java.sql.DriverManager", "java.net.http.HttpClient", "java.net.http.HttpRequest",
    "java.net.HttpURLConnection", "java.net.URL", "java.security.SecureRandom", "java.time.Instant",
    "java.time.LocalDateTime", "java.time.Duration",
    /* web routes' annotations (see route_annotation) */
    "org.springframework.web.bind.annotation.GetMapping", "org.springframework.web.bind.annotation.PostMapping",
    "org.springframework.web.bind.annotation.PutMapping", "org.springframework.web.bind.annotation.DeleteMapping",
    "org.springframework.web.bind.annotation.PatchMapping", "org.springframework.web.bind.annotation.RequestMapping",
    "javax.ws.rs.GET", "javax.ws.rs.POST", "javax.ws.rs.PUT", "javax.ws.rs.DELETE", "javax.ws.rs.PATCH",
    "jakarta.ws.rs.GET", "jakarta.ws.rs.POST", "jakarta.ws.rs.PUT", "jakarta.ws.rs.DELETE", "jakarta.ws.rs.PATCH",
    NULL};

static void add_import(ll_tsl *L, TSNode at, const char *module, const char *member, const char *qualified) {
  ll_import *imp = ll_builder_add_import(L->b);
  imp->module = module;
  imp->member = member;
  imp->alias = member;
  imp->qualified = qualified;
  imp->function = 0;
  imp->span = ll_ts_span(L->b, at);
}

static void lower_import(ll_tsl *L, TSNode node) {
  TSNode name = {0};
  bool star = false, is_static = false;
  for (uint32_t i = 0; i < ts_node_child_count(node); i++) {
    TSNode c = ts_node_child(node, i);
    if (is(c, "asterisk")) star = true;
    else if (is(c, "static")) is_static = true;
    else if (is(c, "scoped_identifier") || is(c, "identifier")) name = c;
  }
  if (ts_node_is_null(name)) return;
  char *full = text(L, name);
  if (star && is_static && !has_prefix(full, "java.") && !has_prefix(full, "javax.") &&
      st(L)->n_static_stars++ == 0)
    st(L)->static_star = full; /* its members are imported as the file's bare calls name them */
  if (star) { /* a wildcard: module = the package, no alias */
    add_import(L, node, full, NULL, NULL);
    size_t n = strlen(full);
    for (size_t i = 0; jdk_classes[i]; i++) {
      const char *c = jdk_classes[i];
      if (strncmp(c, full, n) == 0 && c[n] == '.' && !strchr(c + n + 1, '.'))
        add_import(L, node, full, c + n + 1, c);
    }
    return;
  }
  char *dot = strrchr(full, '.');
  if (!dot) return;
  char *module = ll_arena_strdup(arena(L), full);
  module[dot - full] = '\0';
  add_import(L, node, module, dot + 1, full);
}

static void lower_package(ll_tsl *L, TSNode node) {
  for (uint32_t i = 0; i < named_count(node); i++) {
    TSNode c = ts_node_named_child(node, i);
    if (is(c, "scoped_identifier") || is(c, "identifier")) st(L)->package = text(L, c);
  }
}

/* A capitalised name used as written (`Graph.get()`, `new Repo()`, `Repo repo`): a class of the
 * same package when it is neither imported nor declared in this file (java.lang's names too, which
 * simply resolve to no file). Each becomes an import of <package>.<Name>, so that the engine loads
 * that file with the handler's. */
static void note_same_package(ll_tsl *L, const char *name) {
  if (!name || !(name[0] >= 'A' && name[0] <= 'Z')) return;
  size_t n = strcspn(name, ".");
  if (name[n] == '.' && ll_builder_import_for_alias(L->b, name, 0)) return;
  char *simple = ll_arena_alloc(arena(L), n + 1);
  memcpy(simple, name, n);
  simple[n] = '\0';
  if (ll_strmap_get(&st(L)->same_package, simple) >= 0 || ll_builder_import_for_alias(L->b, simple, 0)) return;
  const ll_binding *b = ll_builder_binding(L->b, simple);
  if (b && b->kind == LL_BIND_CLASS) return;
  ll_strmap_put(&st(L)->same_package, simple, 1);
  LL_PUSH(st(L)->unresolved, st(L)->n_unresolved, st(L)->cap_unresolved, simple);
}

/* ---- classes and handlers -------------------------------------------------------------------- */

/* The simple names of the types a class implements / extends ("RequestHandler" of
 * `RequestHandler<Map<String, Object>, String>`), tested against `names`. */
static bool declares_type(ll_tsl *L, TSNode cls, const char *const *names) {
  static const char *const fields[] = {"interfaces", "superclass", NULL};
  for (size_t f = 0; fields[f]; f++) {
    TSNode list = ll_ts_field(cls, fields[f]);
    if (ts_node_is_null(list)) continue;
    char *t = text(L, list);
    for (size_t i = 0; names[i]; i++) {
      const char *at = t;
      size_t n = strlen(names[i]);
      while ((at = strstr(at, names[i])) != NULL) {
        bool start = at == t || !(at[-1] == '_' || (at[-1] >= 'a' && at[-1] <= 'z') ||
                                  (at[-1] >= 'A' && at[-1] <= 'Z') || (at[-1] >= '0' && at[-1] <= '9'));
        char end = at[n];
        if (start && !(end == '_' || (end >= 'a' && end <= 'z') || (end >= 'A' && end <= 'Z') ||
                       (end >= '0' && end <= '9')))
          return true;
        at += n;
      }
    }
  }
  return false;
}

static const char *const handler_types[] = {"RequestHandler", "RequestStreamHandler", NULL};
static const char *const micronaut_types[] = {"MicronautRequestHandler", "MicronautRequestStreamHandler", NULL};

/* Spring Cloud Function: a `@Component` (`@Service`, `@Named`) bean that is a function. */
static const char *const function_types[] = {"Function", "Consumer", "Supplier", NULL};
static const char *const bean_annotations[] = {"@Component", "@Service", "@Named", NULL};

static bool spring_function_class(ll_tsl *L, TSNode cls) {
  if (!declares_type(L, cls, function_types)) return false;
  for (uint32_t i = 0; i < named_count(cls); i++) {
    TSNode c = ts_node_named_child(cls, i);
    for (size_t k = 0; is(c, "modifiers") && bean_annotations[k]; k++)
      if (strstr(text(L, c), bean_annotations[k])) return true;
  }
  return false;
}

/* Whether a method of a class named `cls` is its handler method. */
static bool handler_method(ll_tsl *L, const char *cls, const char *method) {
  static const char *const methods[] = {NULL, "handleRequest", "execute"};
  int kind = ll_strmap_get(&st(L)->handler_classes, cls);
  if (kind == 3) return ll_streq(method, "apply") || ll_streq(method, "accept") || ll_streq(method, "get");
  return kind > 0 && kind < 3 && ll_streq(method, methods[kind]);
}

static bool has_modifier(ll_tsl *L, TSNode decl, const char *word);

/* A class with a public instance `handleRequest` of its own is shaped as a POJO handler (a template
 * names it; Spring's HttpRequestHandler beans live as long): the runtime makes one object and reuses
 * it, so its instance fields are state that survives invocations, as a RequestHandler's are. */
static bool pojo_handler_class(ll_tsl *L, TSNode body) {
  bool found = false;
  ll_tsl_children it = ll_tsl_children_begin(L, body);
  for (TSNode m; !found && ll_tsl_children_next(&it, &m);)
    found = is(m, "method_declaration") && text_is(L, ll_ts_field(m, "name"), "handleRequest") &&
            has_modifier(L, m, "public") && !has_modifier(L, m, "static");
  ll_tsl_children_end(L);
  return found;
}

static void prescan_class(ll_tsl *L, TSNode cls, int depth) {
  TSNode name = ll_ts_field(cls, "name");
  TSNode body = ll_ts_field(cls, "body");
  if (ts_node_is_null(name) || ts_node_is_null(body) || depth > 16) return;
  char *cname = text(L, name);
  ll_binding *b = ll_builder_add_binding(L->b, cname);
  b->kind = LL_BIND_CLASS;
  b->span = ll_ts_span(L->b, name);
  if (declares_type(L, cls, handler_types)) ll_strmap_put(&st(L)->handler_classes, cname, 1);
  else if (declares_type(L, cls, micronaut_types)) ll_strmap_put(&st(L)->handler_classes, cname, 2);
  else if (spring_function_class(L, cls)) ll_strmap_put(&st(L)->handler_classes, cname, 3);
  else if (pojo_handler_class(L, body)) ll_strmap_put(&st(L)->handler_classes, cname, 4); /* not by convention */
  bool handler = ll_strmap_get(&st(L)->handler_classes, cname) >= 0;
  ll_tsl_children it = ll_tsl_children_begin(L, body);
  for (TSNode m; ll_tsl_children_next(&it, &m);) {
    if (is(m, "field_declaration") && !handler && !has_modifier(L, m, "static")) {
      for (uint32_t i = 0; i < named_count(m); i++) {
        TSNode field = ll_ts_field(ts_node_named_child(m, i), "name");
        if (is(ts_node_named_child(m, i), "variable_declarator") && !ts_node_is_null(field))
          ll_strmap_put(&st(L)->object_fields, ll_tsl_join(L, cname, ".", text(L, field)), 1);
      }
    } else if (is(m, "method_declaration")) {
      TSNode mn = ll_ts_field(m, "name");
      if (!ts_node_is_null(mn)) ll_strmap_put(&st(L)->methods, ll_tsl_join(L, cname, ".", text(L, mn)), 1);
    } else if (is(m, "class_declaration") || is(m, "enum_declaration") || is(m, "record_declaration") ||
               is(m, "interface_declaration")) {
      prescan_class(L, m, depth + 1);
    }
  }
  ll_tsl_children_end(L);
}

static void java_prescan(ll_tsl *L, TSNode root) {
  ll_strmap_init(&st(L)->methods);
  ll_strmap_init(&st(L)->handler_classes);
  ll_strmap_init(&st(L)->object_fields);
  ll_tsl_children it = ll_tsl_children_begin(L, root);
  for (TSNode c; ll_tsl_children_next(&it, &c);)
    if (is(c, "class_declaration") || is(c, "enum_declaration") || is(c, "record_declaration") ||
        is(c, "interface_declaration"))
      prescan_class(L, c, 0);
  ll_tsl_children_end(L);
}

static ll_binding_kind field_kind(ll_tsl *L, TSNode value) {
  value = unwrap(value);
  if (ts_node_is_null(value) || is(value, "null_literal")) return LL_BIND_NONE;
  if (java_literal_value(L, value)) return LL_BIND_SCALAR;
  if (is(value, "array_initializer") || is(value, "array_creation_expression")) return LL_BIND_CONTAINER;
  if (is(value, "object_creation_expression")) {
    char *t = text(L, ll_ts_field(value, "type"));
    static const char *const containers[] = {"List", "Map", "Set", "Queue", "Deque", "StringBuilder",
                                             "Vector", "Stack", NULL};
    for (size_t i = 0; containers[i]; i++)
      if (strstr(t, containers[i]) && !strstr(t, "Client")) return LL_BIND_CONTAINER;
    return LL_BIND_CALL;
  }
  if (is(value, "method_invocation")) {
    char *callee = ll_tsl_callee_of(L, value);
    if (callee && (strstr(callee, "Collections.synchronized") || strstr(callee, "new") == callee)) return LL_BIND_CONTAINER;
    return LL_BIND_CALL;
  }
  return LL_BIND_UNKNOWN;
}

static bool has_modifier(ll_tsl *L, TSNode decl, const char *word) {
  for (uint32_t i = 0; i < named_count(decl); i++) {
    TSNode c = ts_node_named_child(decl, i);
    if (!is(c, "modifiers")) continue;
    for (uint32_t k = 0; k < ts_node_child_count(c); k++)
      if (text_is(L, ts_node_child(c, k), word)) return true;
  }
  return false;
}

/* A field's bindings: module bindings (static or instance: the handler object lives as long as the
 * environment). With `values`, its initialisers are lowered here too: at init, or as part of a
 * constructor (`to_module` false: the field of an object made per invocation). */
static void lower_field_parts(ll_tsl *L, TSNode node, bool bindings, bool values, bool to_module) {
  bool final = has_modifier(L, node, "final");
  for (uint32_t i = 0; i < named_count(node); i++) {
    TSNode d = ts_node_named_child(node, i);
    if (!is(d, "variable_declarator")) continue;
    TSNode name = ll_ts_field(d, "name"), value = ll_ts_field(d, "value");
    if (ts_node_is_null(name)) continue;
    char *n = text(L, name);
    uint32_t from = ll_builder_event_count(L->b);
    if (values) ll_tsl_walk(L, value);
    TSNode v = unwrap(value);
    if (values && ll_tsl_call_form(L, v)) ll_tsl_mark_assigned_call(L, from, v, n, to_module);
    if (!bindings) continue;
    ll_binding *b = ll_builder_add_binding(L->b, n);
    b->kind = field_kind(L, value);
    b->is_const = final;
    b->span = ll_ts_span(L->b, name);
    if (ll_tsl_call_form(L, v)) b->value_callee = ll_tsl_callee_of(L, v);
    if (!b->value_callee) b->value_callee = type_name(L, ll_ts_field(node, "type")); /* see receiver_of */
  }
}

static void lower_field(ll_tsl *L, TSNode node) { lower_field_parts(L, node, true, true, true); }

static void lower_block(ll_tsl *L, TSNode block);

static void lower_params(ll_tsl *L, TSNode params) {
  if (is(params, "identifier")) {
    ll_tsl_add_param(L, text(L, params));
    return;
  }
  for (uint32_t i = 0; i < named_count(params); i++) {
    TSNode p = ts_node_named_child(params, i);
    TSNode name = ll_ts_field(p, "name");
    if (is(p, "identifier")) name = p;
    if (is(p, "spread_parameter"))
      for (uint32_t k = 0; k < named_count(p); k++)
        if (is(ts_node_named_child(p, k), "variable_declarator")) name = ll_ts_field(ts_node_named_child(p, k), "name");
    if (ts_node_is_null(name)) continue;
    ll_tsl_local *param = ll_tsl_add_param(L, text(L, name));
    if (is(p, "formal_parameter")) param->ctor = type_name(L, ll_ts_field(p, "type")); /* as a local's */
  }
}

static void lower_object_inits(ll_tsl *L);
static void inherited_entry(ll_tsl *L, TSNode cls, const char *cname);
static void return_chain(ll_tsl *L, uint32_t from, TSNode value);

/* `@Bean Function<I, O> name() { … return x -> …; }`: Spring Cloud Function's handler. */
static bool spring_bean_function(ll_tsl *L, TSNode method) {
  TSNode type = ll_ts_field(method, "type");
  if (ts_node_is_null(type)) return false;
  char *t = text(L, type);
  if (!has_prefix(t, "Function<") && !has_prefix(t, "Consumer<") && !has_prefix(t, "Supplier<")) return false;
  for (uint32_t i = 0; i < named_count(method); i++) {
    TSNode c = ts_node_named_child(method, i);
    if (is(c, "modifiers") && strstr(text(L, c), "@Bean")) return true;
  }
  return false;
}

/* The annotations of a method, qualified through the imports, with their nodes; `visit` is called
 * for each. */
typedef void (*annotation_visit)(ll_tsl *L, TSNode annotation, const char *qualified);

static void each_annotation(ll_tsl *L, TSNode method, annotation_visit visit) {
  for (uint32_t i = 0; i < named_count(method); i++) {
    TSNode mods = ts_node_named_child(method, i);
    for (uint32_t k = 0; is(mods, "modifiers") && k < named_count(mods); k++) {
      TSNode a = ts_node_named_child(mods, k);
      TSNode name = is(a, "marker_annotation") || is(a, "annotation") ? ll_ts_field(a, "name") : (TSNode){0};
      if (ts_node_is_null(name)) continue;
      const char *q = text(L, name);
      const ll_import *imp = is(name, "identifier") ? ll_builder_import_for_alias(L->b, q, 0) : NULL;
      visit(L, a, imp && imp->qualified ? imp->qualified : q);
    }
  }
}

/* A method's web-route annotations (Spring MVC `@GetMapping`, JAX-RS `@GET`), qualified, as its
 * decorators: the engine makes them entry points when the project runs the app on
 * aws-serverless-java-container. */
static void route_annotation(ll_tsl *L, TSNode a, const char *q) {
  (void)a;
  for (size_t c = 0; jdk_classes[c]; c++)
    if (ll_streq(q, jdk_classes[c]) && (has_prefix(q, "org.springframework.") || strstr(q, ".ws.rs.")))
      ll_builder_add_decorator(L->b, q);
}

/* A method of an SDK v1 `LambdaInvokerFactory` interface: `@LambdaFunction(functionName = "f")`
 * makes every call of it through the factory's proxy an invoke of `f`, RequestResponse unless the
 * annotation says otherwise. Its body (it has none) is that invoke: a call event carrying the
 * annotation's settings as keywords, for LL507 to read where a handler reaches it. */
static void lambda_function_annotation(ll_tsl *L, TSNode a, const char *q) {
  if (!ll_streq(q, "com.amazonaws.services.lambda.invoke.LambdaFunction")) return;
  uint32_t ev = ll_tsl_add_event(L, LL_EV_CALL, a);
  ll_call *call = &ll_builder_event(L->b, ev)->as.call;
  call->callee = "com.amazonaws.services.lambda.invoke.LambdaFunction";
  call->method = "LambdaFunction";
  TSNode args = ll_ts_field(a, "arguments");
  for (uint32_t e = 0; e < named_count(args); e++) {
    TSNode pair = ts_node_named_child(args, e);
    TSNode key = ll_ts_field(pair, "key"), value = ll_ts_field(pair, "value");
    if (!is(pair, "element_value_pair") || ts_node_is_null(key)) continue;
    const char *literal = java_literal_value(L, value);
    ll_builder_add_keyword(L->b, ev, text(L, key), literal ? literal : text(L, value));
  }
}

static void lower_method(ll_tsl *L, TSNode node) {
  TSNode name = ll_ts_field(node, "name");
  bool ctor = is(node, "constructor_declaration") || is(node, "compact_constructor_declaration");
  const char *cls = st(L)->class_name;
  /* a constructor outside a class body (only in code that does not parse: inside a method, say) is
   * a plain method */
  ctor = ctor && cls && L->class_name;
  const char *n = ctor ? "<init>" : ts_node_is_null(name) ? "<method>" : text(L, name);
  int f = ll_tsl_open_function(L, n, node, name);
  if (cls && !ctor && handler_method(L, cls, n)) ll_builder_function(L->b, f)->convention_handler = true;
  if (cls && !ctor) each_annotation(L, node, route_annotation);
  if (cls && !ctor) each_annotation(L, node, lambda_function_annotation);
  lower_params(L, ll_ts_field(node, "parameters"));
  if (ctor && cls && !st(L)->object_inits_done) { /* the constructor `new` finds: its class's initialisers */
    st(L)->object_inits_done = true;
    lower_object_inits(L);
  }
  bool bean = !ctor && spring_bean_function(L, node);
  bool saved = st(L)->bean_lambda;
  st(L)->bean_lambda = bean;
  lower_block(L, ll_ts_field(node, "body"));
  st(L)->bean_lambda = saved;
  ll_tsl_close_function(L);
}

/* An instance field with an initialiser, or an instance initialiser block. */
static bool object_init(ll_tsl *L, TSNode m) {
  if (is(m, "block")) return true;
  if (!is(m, "field_declaration") || has_modifier(L, m, "static")) return false;
  for (uint32_t i = 0; i < named_count(m); i++)
    if (!ts_node_is_null(ll_ts_field(ts_node_named_child(m, i), "value"))) return true;
  return false;
}

static void lower_object_inits(ll_tsl *L) {
  for (size_t i = 0; i < st(L)->n_object_inits; i++) {
    TSNode m = st(L)->object_inits[i];
    if (is(m, "block")) lower_block(L, m);
    else lower_field_parts(L, m, false, true, false);
  }
}

static void lower_class(ll_tsl *L, TSNode node) {
  TSNode name = ll_ts_field(node, "name"), body = ll_ts_field(node, "body");
  if (ts_node_is_null(body)) return;
  const char *saved_core = L->class_name, *saved = st(L)->class_name;
  char *cname = ts_node_is_null(name) ? "<anonymous>" : text(L, name);
  L->class_name = cname;
  st(L)->class_name = cname;
  /* A class that is not a handler: the runtime does not make it at init, `new` does, and its
   * instance initialisers run then, as part of its constructor (a made-up one when it has none). */
  TSNode *saved_inits = st(L)->object_inits;
  size_t saved_n = st(L)->n_object_inits;
  bool saved_done = st(L)->object_inits_done;
  TSNode *inits = NULL;
  size_t n_inits = 0, cap_inits = 0;
  if (is(node, "class_declaration") && ll_strmap_get(&st(L)->handler_classes, cname) < 0) {
    ll_tsl_children it = ll_tsl_children_begin(L, body);
    for (TSNode m; ll_tsl_children_next(&it, &m);)
      if (object_init(L, m)) LL_PUSH(inits, n_inits, cap_inits, m);
    ll_tsl_children_end(L);
  }
  st(L)->object_inits = inits;
  st(L)->n_object_inits = n_inits;
  st(L)->object_inits_done = n_inits == 0;
  ll_tsl_children it = ll_tsl_children_begin(L, body);
  for (TSNode m; ll_tsl_children_next(&it, &m);) {
    if (is(m, "enum_constant")) continue;
    if (is(m, "enum_body_declarations")) {
      ll_tsl_walk_children(L, m);
      continue;
    }
    if (n_inits && object_init(L, m)) { /* lowered with the constructor */
      if (is(m, "field_declaration")) lower_field_parts(L, m, true, false, false);
      continue;
    }
    ll_tsl_walk(L, m);
    L->class_name = cname; /* a nested class restores the core's class on its way out */
  }
  ll_tsl_children_end(L);
  if (is(node, "class_declaration")) {
    L->class_name = cname;
    inherited_entry(L, node, cname);
  }
  if (!st(L)->object_inits_done) {
    L->class_name = cname; /* a member walked last may have left the core's class elsewhere */
    ll_tsl_open_function(L, "<init>", node, name);
    lower_object_inits(L);
    ll_tsl_close_function(L);
  }
  free(inits);
  st(L)->object_inits = saved_inits;
  st(L)->n_object_inits = saved_n;
  st(L)->object_inits_done = saved_done;
  L->class_name = saved_core;
  st(L)->class_name = saved;
}

/* A hook of a template method: an `@Override` instance method taking arguments (a no-argument
 * override is a factory or a setting, which a base may well call once, from its constructor), other
 * than java.lang.Object's. */
static bool override_hook(ll_tsl *L, TSNode m) {
  static const char *const object_methods[] = {"equals", "toString", "hashCode", "compareTo", "clone", "finalize",
                                               NULL};
  if (!is(m, "method_declaration") || has_modifier(L, m, "static") || named_count(ll_ts_field(m, "parameters")) == 0)
    return false;
  const char *name = text(L, ll_ts_field(m, "name"));
  for (size_t i = 0; object_methods[i]; i++)
    if (ll_streq(name, object_methods[i])) return false;
  for (uint32_t i = 0; i < named_count(m); i++) {
    TSNode c = ts_node_named_child(m, i);
    if (is(c, "modifiers") && strstr(text(L, c), "@Override")) return true;
  }
  return false;
}

static void add_entry_call(ll_tsl *L, TSNode at, const char *callee, bool local) {
  uint32_t ev = ll_tsl_add_event(L, LL_EV_CALL, at);
  ll_call *call = &ll_builder_event(L->b, ev)->as.call;
  call->callee = callee;
  call->method = strrchr(callee, '.') ? strrchr(callee, '.') + 1 : callee;
  call->callee_is_local = local;
}

/* A class that extends another and does not declare `handleRequest` inherits it: the base's (a
 * library's ApiGatewayHandler, a project's AbstractHandler) calls the hooks the class overrides
 * (`processInput`) on every invocation. A made-up "Class.handleRequest" stands for the inherited one:
 * it may call the base's and each hook. It is a handler when a template names it, or when the base's
 * handleRequest is one (the engine's part: the base may be another file), or when the class itself
 * declares RequestHandler. */
static void inherited_entry(ll_tsl *L, TSNode cls, const char *cname) {
  TSNode super = ll_ts_field(cls, "superclass"), body = ll_ts_field(cls, "body");
  const char *own = ll_tsl_join(L, cname, ".", "handleRequest");
  if (ts_node_is_null(super) || !own || ll_strmap_get(&st(L)->methods, own) >= 0) return;
  bool hooks = false;
  ll_tsl_children it = ll_tsl_children_begin(L, body);
  for (TSNode m; ll_tsl_children_next(&it, &m) && !hooks;) hooks = override_hook(L, m);
  ll_tsl_children_end(L);
  /* `class App extends BaseApp implements RequestHandler<…>`: the base's method is App's handler */
  bool declared = ll_strmap_get(&st(L)->handler_classes, cname) == 1 && !has_modifier(L, cls, "abstract");
  const char *base = type_name(L, ts_node_named_child(super, 0));
  if (!(hooks || declared) || !base) return;
  int f = ll_tsl_open_function(L, "handleRequest", cls, ll_ts_field(cls, "name"));
  ll_builder_function(L->b, f)->inherited_entry = true;
  ll_builder_function(L->b, f)->convention_handler = declared;
  ll_tsl_add_param(L, "input");
  ll_tsl_add_param(L, "context");
  ll_builder_push_condition(L->b);
  const char *simple = strrchr(base, '.') ? strrchr(base, '.') + 1 : base;
  const char *inherited = ll_tsl_join(L, simple, ".", "handleRequest");
  if (inherited) add_entry_call(L, super, inherited, false);
  it = ll_tsl_children_begin(L, body);
  for (TSNode m; ll_tsl_children_next(&it, &m);) {
    const char *hook = override_hook(L, m) ? ll_tsl_join(L, cname, ".", text(L, ll_ts_field(m, "name"))) : NULL;
    if (hook) add_entry_call(L, m, hook, true);
  }
  ll_tsl_children_end(L);
  ll_builder_pop_condition(L->b);
  ll_tsl_close_function(L);
}

/* A record's components are its fields. */
static void lower_record(ll_tsl *L, TSNode node) {
  TSNode params = ll_ts_field(node, "parameters");
  for (uint32_t i = 0; i < named_count(params); i++) {
    TSNode name = ll_ts_field(ts_node_named_child(params, i), "name");
    if (!ts_node_is_null(name)) ll_builder_add_binding(L->b, text(L, name))->kind = LL_BIND_UNKNOWN;
  }
  lower_class(L, node);
}

/* Static and instance initialiser blocks run once, where the class is initialised. */
static void lower_initializer(ll_tsl *L, TSNode node) { ll_tsl_walk_children(L, node); }

/* ---- statements -------------------------------------------------------------------------------- */

/* Whether `field` of the class being lowered is an instance field of a class that is not a
 * handler: the state of one object, whose lifetime the IR does not know (a `new Basket()` per
 * invocation starts empty), so not module state. */
static char *field_named(ll_tsl *L, TSNode target);

static bool object_field(ll_tsl *L, const char *field) {
  const char *cls = st(L)->class_name;
  const char *key = cls ? ll_tsl_join(L, cls, ".", field) : NULL;
  return key && ll_strmap_get(&st(L)->object_fields, key) >= 0;
}

/* The field a target names: `x` (a field, not a local) or `this.x`, when it is module state (see
 * object_field); NULL otherwise. */
static char *field_target(ll_tsl *L, TSNode target) {
  char *field = field_named(L, target);
  return field && !object_field(L, field) ? field : NULL;
}

static char *field_named(ll_tsl *L, TSNode target) {
  target = unwrap(target);
  if (is(target, "field_access") && is(ll_ts_field(target, "object"), "this")) {
    char *f = text(L, ll_ts_field(target, "field"));
    return ll_builder_binding(L->b, f) ? f : NULL;
  }
  if (is(target, "identifier")) {
    char *n = text(L, target);
    return ll_tsl_is_module_name(L, n) ? n : NULL;
  }
  return NULL;
}

/* The name `e` is: `x`, `this.x`. */
static char *guard_name(ll_tsl *L, TSNode e) {
  e = unwrap(e);
  if (is(e, "field_access") && is(ll_ts_field(e, "object"), "this")) return text(L, ll_ts_field(e, "field"));
  return is(e, "identifier") ? text(L, e) : NULL;
}

/* The name a condition tests for null (`x == null`, `null == this.x`, `Objects.isNull(x)`), or — with
 * `negated` — for non-null (`x != null`, `!Objects.isNull(x)`, `Objects.nonNull(x)`); else NULL. */
static char *null_test(ll_tsl *L, TSNode cond, bool negated) {
  cond = unwrap(cond);
  if (is(cond, "unary_expression") && text_is(L, ll_ts_field(cond, "operator"), "!"))
    return null_test(L, ll_ts_field(cond, "operand"), !negated);
  if (is(cond, "binary_expression")) {
    if (!text_is(L, ll_ts_field(cond, "operator"), negated ? "!=" : "==")) return NULL;
    TSNode l = ll_ts_field(cond, "left"), r = ll_ts_field(cond, "right");
    if (is(l, "null_literal")) return guard_name(L, r);
    return is(r, "null_literal") ? guard_name(L, l) : NULL;
  }
  if (is(cond, "method_invocation") && text_is(L, ll_ts_field(cond, "object"), "Objects")) {
    TSNode args = ll_ts_field(cond, "arguments");
    if (named_count(args) != 1) return NULL;
    if (text_is(L, ll_ts_field(cond, "name"), negated ? "nonNull" : "isNull"))
      return guard_name(L, ts_node_named_child(args, 0));
  }
  return NULL;
}

static bool returns(TSNode stmt) {
  if (is(stmt, "return_statement") || is(stmt, "throw_statement")) return true;
  uint32_t n = is(stmt, "block") ? named_count(stmt) : 0;
  return n > 0 && returns(ts_node_named_child(stmt, n - 1));
}

static void lower_if(ll_tsl *L, TSNode node) {
  TSNode cond = ll_ts_field(node, "condition");
  ll_tsl_walk_test(L, cond);
  char *guarded = null_test(L, cond, false);
  if (guarded) ll_builder_push_guard(L->b, guarded);
  ll_tsl_walk_conditional(L, ll_ts_field(node, "consequence"));
  if (guarded) ll_builder_pop_guard(L->b);
  ll_tsl_walk_conditional(L, ll_ts_field(node, "alternative"));
}

/* A block: after `if (x != null) return x;` the rest initialises `x` once (a lazy singleton). */
static void lower_block(ll_tsl *L, TSNode block) {
  if (ts_node_is_null(block)) return;
  int pushed = 0;
  ll_tsl_children it = ll_tsl_children_begin(L, block);
  for (TSNode c; ll_tsl_children_next(&it, &c);) {
    ll_tsl_walk(L, c);
    if (!is(c, "if_statement") || !ts_node_is_null(ll_ts_field(c, "alternative"))) continue;
    char *cached = returns(ll_ts_field(c, "consequence")) ? null_test(L, ll_ts_field(c, "condition"), true) : NULL;
    if (cached) {
      ll_builder_push_guard(L->b, cached);
      pushed++;
    }
  }
  ll_tsl_children_end(L);
  for (int i = 0; i < pushed; i++) ll_builder_pop_guard(L->b);
}

static void lower_local(ll_tsl *L, TSNode node) {
  for (uint32_t i = 0; i < named_count(node); i++) {
    TSNode d = ts_node_named_child(node, i);
    if (!is(d, "variable_declarator")) continue;
    TSNode name = ll_ts_field(d, "name"), value = unwrap(ll_ts_field(d, "value"));
    if (ts_node_is_null(name)) continue;
    char *n = text(L, name);
    uint32_t from = ll_builder_event_count(L->b);
    ll_tsl_walk(L, value);
    ll_tsl_remember_local(L, n, value);
    ll_tsl_mark_assigned_call(L, from, value, n, false);
    /* `Repo repo = factory.repo();`: the declared class says more than a local factory's name */
    ll_tsl_local *local = ll_tsl_find_local(L, n);
    char *declared = type_name(L, ll_ts_field(node, "type"));
    /* … and a LambdaInvokerFactory's proxy is an object of the interface it was built for */
    if (local && declared && (!local->ctor || !strchr(local->ctor, '.') ||
                              has_prefix(local->ctor, "com.amazonaws.services.lambda.invoke.LambdaInvokerFactory.")))
      local->ctor = declared;
  }
}

static void lower_resource(ll_tsl *L, TSNode node) {
  TSNode name = ll_ts_field(node, "name"), value = unwrap(ll_ts_field(node, "value"));
  if (ts_node_is_null(value)) {
    ll_tsl_walk_children(L, node);
    return;
  }
  uint32_t from = ll_builder_event_count(L->b);
  ll_tsl_walk(L, value);
  ll_event *call = ll_tsl_event_at(L, from, LL_EV_CALL, ts_node_start_byte(value));
  if (call) call->as.call.with_managed = true; /* closed when the try block ends */
  if (!ts_node_is_null(name)) {
    ll_tsl_remember_local(L, text(L, name), value);
    ll_tsl_mark_assigned_call(L, from, value, text(L, name), false);
  }
}

static bool in_constructor(ll_tsl *L) {
  int f = ll_tsl_fn(L);
  return f > 0 && ll_streq(ll_builder_function(L->b, f)->name, "<init>");
}

static void lower_assignment(ll_tsl *L, TSNode node) {
  TSNode left = ll_ts_field(node, "left"), right = unwrap(ll_ts_field(node, "right"));
  char *op = text(L, ll_ts_field(node, "operator"));
  uint32_t from = ll_builder_event_count(L->b);
  ll_tsl_walk(L, right);
  char *field = field_target(L, left);
  if (field && in_constructor(L)) { /* the new object's own field: module state only if the object is */
    ll_tsl_mark_assigned_call(L, from, right, field, false);
    return;
  }
  if (field) {
    ll_tsl_add_write(L, node, field, ll_streq(op, "=") ? LL_WRITE_REBIND : LL_WRITE_AUGMENT, right);
    ll_tsl_mark_assigned_call(L, from, right, field, true);
    return;
  }
  TSNode l = unwrap(left);
  if (is(l, "identifier")) {
    if (ll_streq(op, "=")) ll_tsl_remember_local(L, text(L, l), right);
    ll_tsl_mark_assigned_call(L, from, right, text(L, l), false);
  } else if (is(l, "array_access")) {
    TSNode array = unwrap(ll_ts_field(l, "array"));
    char *f = field_target(L, array);
    ll_tsl_walk(L, ll_ts_field(l, "index"));
    if (f) ll_tsl_add_write(L, node, f, LL_WRITE_SUBSCRIPT, right);
  } else {
    ll_tsl_walk(L, left);
  }
}

static void lower_update(ll_tsl *L, TSNode node) {
  TSNode target = ts_node_named_child(node, 0);
  char *field = field_target(L, target);
  if (field) ll_tsl_add_write(L, node, field, LL_WRITE_AUGMENT, (TSNode){0});
  else ll_tsl_walk(L, target);
}

static bool forever(ll_tsl *L, TSNode cond) {
  cond = unwrap(cond);
  return ts_node_is_null(cond) || text_is(L, cond, "true");
}

/* The first local counter stepped in `n` (`attempt++`, `++tries`, `n += 1`), or NULL. */
static char *stepped_counter(ll_tsl *L, TSNode n, int depth) {
  if (ts_node_is_null(n) || depth > 32 || is(n, "lambda_expression") || is(n, "class_body")) return NULL;
  TSNode target = is(n, "update_expression") ? ts_node_named_child(n, 0)
                  : is(n, "assignment_expression") && text_is(L, ll_ts_field(n, "operator"), "+=")
                      ? ll_ts_field(n, "left") : (TSNode){0};
  if (is(target, "identifier") && ll_tsl_find_local(L, text(L, target))) return text(L, target);
  for (uint32_t i = 0; i < named_count(n); i++) {
    char *c = stepped_counter(L, ts_node_named_child(n, i), depth + 1);
    if (c) return c;
  }
  return NULL;
}

/* Whether `n` compares `counter` by order (`attempt < maxAttempts`, `tries >= 5`). */
static bool compares(ll_tsl *L, TSNode n, const char *counter, int depth) {
  if (ts_node_is_null(n) || depth > 32 || is(n, "lambda_expression") || is(n, "class_body")) return false;
  if (is(n, "binary_expression")) {
    char *op = text(L, ll_ts_field(n, "operator"));
    bool order = ll_streq(op, "<") || ll_streq(op, "<=") || ll_streq(op, ">") || ll_streq(op, ">=");
    if (order && (text_is(L, unwrap(ll_ts_field(n, "left")), counter) || text_is(L, unwrap(ll_ts_field(n, "right")), counter)))
      return true;
  }
  for (uint32_t i = 0; i < named_count(n); i++)
    if (compares(L, ts_node_named_child(n, i), counter, depth + 1)) return true;
  return false;
}

/* `while (true) { attempt++; … if (attempt < max) continue; throw e; }`: a counted retry, as a
 * counted `for` loop is. */
static void lower_while(ll_tsl *L, TSNode node) {
  TSNode body = ll_ts_field(node, "body");
  bool infinite = forever(L, ll_ts_field(node, "condition"));
  char *counter = infinite ? stepped_counter(L, body, 0) : NULL;
  if (counter && compares(L, body, counter, 0)) {
    ll_tsl_open_loop(L, LL_LOOP_FOR, node);
    ll_tsl_walk(L, body);
    ll_tsl_close_loop(L);
    return;
  }
  ll_tsl_lower_while(L, node, infinite);
}

/* The children of `node` under field `field` (a for statement's several init / update parts). */
static void walk_field_children(ll_tsl *L, TSNode node, const char *field) {
  uint32_t n = ts_node_is_null(node) ? 0 : ts_node_child_count(node);
  for (uint32_t i = 0; i < n; i++) {
    const char *f = ts_node_field_name_for_child(node, i);
    if (f && ll_streq(f, field)) ll_tsl_walk(L, ts_node_child(node, i));
  }
}

static void lower_for(ll_tsl *L, TSNode node) {
  TSNode cond = ll_ts_field(node, "condition");
  walk_field_children(L, node, "init");
  bool infinite = ts_node_is_null(cond) || forever(L, cond);
  ll_tsl_open_loop(L, infinite ? LL_LOOP_INFINITE : LL_LOOP_FOR, node);
  if (!ts_node_is_null(cond)) ll_tsl_walk_test(L, cond);
  ll_tsl_walk(L, ll_ts_field(node, "body"));
  walk_field_children(L, node, "update");
  ll_tsl_close_loop(L);
}

static void lower_foreach(ll_tsl *L, TSNode node) {
  TSNode value = unwrap(ll_ts_field(node, "value"));
  uint32_t from = ll_builder_event_count(L->b);
  ll_tsl_walk(L, value);
  uint32_t index = ll_tsl_open_loop(L, LL_LOOP_FOREACH, node);
  ll_loop *loop = &ll_builder_event(L->b, index)->as.loop;
  char *iter = text(L, value);
  loop->iterates = strlen(iter) > 120 ? NULL : iter;
  if (ll_tsl_call_form(L, value)) {
    loop->iter_callee = ll_tsl_callee_of(L, value);
    ll_event *call = ll_tsl_event_at(L, from, LL_EV_CALL, ts_node_start_byte(value));
    if (call) call->as.call.result_iterated = true;
  }
  TSNode name = ll_ts_field(node, "name");
  if (is(name, "identifier")) ll_tsl_declare_local(L, text(L, name));
  ll_tsl_walk(L, ll_ts_field(node, "body"));
  ll_tsl_close_loop(L);
}

static void lower_try(ll_tsl *L, TSNode node) {
  ll_tsl_walk(L, ll_ts_field(node, "resources"));
  ll_tsl_walk(L, ll_ts_field(node, "body"));
  ll_tsl_children it = ll_tsl_children_begin(L, node);
  for (TSNode c; ll_tsl_children_next(&it, &c);) {
    if (is(c, "catch_clause")) {
      L->except_depth++;
      for (uint32_t i = 0; i < named_count(c); i++) {
        TSNode p = ts_node_named_child(c, i);
        TSNode pn = ll_ts_field(p, "name");
        if (is(p, "catch_formal_parameter") && !ts_node_is_null(pn)) ll_tsl_declare_local(L, text(L, pn));
      }
      ll_tsl_walk_conditional(L, ll_ts_field(c, "body"));
      L->except_depth--;
    } else if (is(c, "finally_clause")) {
      ll_tsl_walk_children(L, c);
    }
  }
  ll_tsl_children_end(L);
}

static void lower_binary(ll_tsl *L, TSNode node) {
  char *o = text(L, ll_ts_field(node, "operator"));
  ll_tsl_walk(L, ll_ts_field(node, "left"));
  if (ll_streq(o, "&&") || ll_streq(o, "||")) ll_tsl_walk_conditional(L, ll_ts_field(node, "right"));
  else ll_tsl_walk(L, ll_ts_field(node, "right"));
}

static void lower_conditional_children(ll_tsl *L, TSNode node) {
  ll_builder_push_condition(L->b);
  ll_tsl_walk_children(L, node);
  ll_builder_pop_condition(L->b);
}

/* A lambda: its parameters are locals of the enclosing method; its body runs when it is called. The
 * lambda a Spring Cloud Function bean returns is that function's handler. */
static void lower_lambda(ll_tsl *L, TSNode node) {
  TSNode body = ll_ts_field(node, "body");
  if (st(L)->bean_lambda && is(ts_node_parent(node), "return_statement")) {
    st(L)->bean_lambda = false;
    const ll_function *outer = ll_builder_function(L->b, ll_tsl_fn(L));
    const char *name = ll_tsl_join(L, outer->name, ".", "lambda");
    int f = ll_tsl_open_function(L, name ? name : "lambda", node, (TSNode){0});
    ll_builder_function(L->b, f)->convention_handler = true;
    lower_params(L, ll_ts_field(node, "parameters"));
    ll_tsl_walk(L, body);
    ll_tsl_close_function(L);
    return;
  }
  TSNode params = ll_ts_field(node, "parameters");
  for (uint32_t i = 0; i < named_count(params); i++) {
    TSNode p = ts_node_named_child(params, i);
    TSNode n = is(p, "identifier") ? p : ll_ts_field(p, "name");
    if (!ts_node_is_null(n)) ll_tsl_declare_local(L, text(L, n));
  }
  if (is(params, "identifier")) ll_tsl_declare_local(L, text(L, params));
  uint32_t from = ll_builder_event_count(L->b);
  ll_tsl_walk_conditional(L, body);
  /* `return keys -> CompletableFuture.supplyAsync(…)` (a DataLoader's batch loader): the lambda's
   * value is its caller's future; a lambda handed to forEach / map is not returned */
  TSNode parent = ts_node_parent(node);
  if (!is(body, "block") && (is(parent, "return_statement") || is(parent, "variable_declarator")))
    return_chain(L, from, unwrap(body));
}

/* ---- calls ----------------------------------------------------------------------------------- */

/* The qualified name of a type: `S3Client`, `ArrayList<String>` → "java.util.ArrayList" when
 * imported, `java.util.Random`. */
static char *type_name(ll_tsl *L, TSNode type) {
  if (is(type, "generic_type") && named_count(type)) type = ts_node_named_child(type, 0);
  if (is(type, "type_identifier")) {
    char *n = text(L, type);
    const ll_import *imp = ll_builder_import_for_alias(L->b, n, ll_tsl_fn(L));
    if (!imp) note_same_package(L, n);
    return imp && imp->qualified ? (char *)imp->qualified : n;
  }
  if (is(type, "scoped_type_identifier")) {
    char *t = text(L, type);
    size_t k = 0;
    for (size_t i = 0; t[i]; i++)
      if (t[i] != ' ' && t[i] != '\n' && t[i] != '\t' && t[i] != '\r') t[k++] = t[i];
    t[k] = '\0';
    return t;
  }
  return NULL;
}

/* `new Thread(…)`: its Runnable's body runs beside the method, not in it (a watchdog's sleep). */
static bool thread_creation(ll_tsl *L, TSNode node) {
  if (!is(node, "object_creation_expression")) return false;
  char *t = text(L, ll_ts_field(node, "type"));
  return ll_streq(t, "Thread") || ll_streq(t, "java.lang.Thread");
}

static void lower_call_node(ll_tsl *L, TSNode node) {
  uint32_t from = ll_builder_event_count(L->b);
  uint32_t index = ll_tsl_lower_call(L, node);
  if (is(node, "object_creation_expression")) {
    /* an anonymous class: its methods may run (a Runnable handed to an executor) */
    for (uint32_t i = 0; i < named_count(node); i++) {
      TSNode c = ts_node_named_child(node, i);
      if (!is(c, "class_body")) continue;
      ll_tsl_children it = ll_tsl_children_begin(L, c);
      for (TSNode m; ll_tsl_children_next(&it, &m);) {
        TSNode body = ll_ts_field(m, "body");
        if (is(m, "method_declaration")) {
          lower_params(L, ll_ts_field(m, "parameters"));
          ll_tsl_walk_conditional(L, body);
        } else {
          ll_tsl_walk_conditional(L, m);
        }
      }
      ll_tsl_children_end(L);
    }
    if (thread_creation(L, node))
      for (uint32_t i = from, n = ll_builder_event_count(L->b); i < n; i++)
        if (i != index) ll_builder_event(L->b, i)->on_thread = true;
  }
}

/* A builder chain's settings as the outermost call's keywords, the way Python passes them:
 * `InvokeRequest.builder().functionName("f").invocationType(InvocationType.EVENT).build()` has
 * keywords functionName="f", invocationType="InvocationType.EVENT" and build (a literal's value, else
 * the argument's text when it is a name). */
static void chain_keywords(ll_tsl *L, TSNode node, uint32_t index) {
  TSNode parent = ts_node_parent(node);
  if (is(parent, "method_invocation") && ts_node_eq(ll_ts_field(parent, "object"), node)) return; /* not outermost */
  TSNode link = node; /* the outermost link too: only an outermost call has keywords */
  for (int i = 0; i < 64 && is(link, "method_invocation"); i++, link = ll_ts_field(link, "object")) {
    TSNode name = ll_ts_field(link, "name"), args = ll_ts_field(link, "arguments");
    if (ts_node_is_null(name)) break;
    const char *value = NULL;
    if (named_count(args) == 1) {
      TSNode a = unwrap(ts_node_named_child(args, 0));
      value = java_literal_value(L, a);
      if (!value && (is(a, "field_access") || is(a, "identifier"))) value = text(L, a);
    }
    ll_builder_add_keyword(L->b, index, text(L, name), value);
  }
}

/* The declared class of a field a call is made on (`repo.save()`, `this.repo.save()` with `private
 * final OrderRepository repo;` assigned in a constructor): as if built by `new OrderRepository()`,
 * so that the method is followed and an SDK client's service is known. */
static const char *declared_receiver(ll_tsl *L, TSNode object) {
  const char *field = NULL;
  if (is(object, "field_access") && is(ll_ts_field(object, "object"), "this")) field = text(L, ll_ts_field(object, "field"));
  else if (is(object, "identifier") && !ll_tsl_find_local(L, text(L, object))) field = text(L, object);
  const ll_binding *b = field ? ll_builder_binding(L->b, field) : NULL;
  return b && b->kind != LL_BIND_CLASS ? b->value_callee : NULL;
}

/* `b = AmazonSQSClientBuilder.standard(); b.setRegion(r); b.build()`: an AWS SDK builder kept in a
 * local and built later is the chain `….standard().build` it would be written as. */
static void sdk_builder_build(ll_tsl *L, TSNode object, ll_call *call) {
  const char *r = call->receiver_ctor;
  if (!ll_streq(call->method, "build") || !is(object, "identifier") || !r || !ll_tsl_find_local(L, text(L, object)))
    return;
  if (!has_prefix(r, "software.amazon.awssdk.") && !has_prefix(r, "com.amazonaws.")) return;
  size_t n = strlen(r), cls = n > 9 && ll_streq(r + n - 9, ".standard") ? n - 9
                             : n > 8 && ll_streq(r + n - 8, ".builder") ? n - 8 : 0;
  bool client = (cls > 6 && !strncmp(r + cls - 6, "Client", 6)) || (cls > 13 && !strncmp(r + cls - 13, "ClientBuilder", 13));
  char *chain = client ? ll_tsl_join(L, r, "().", "build") : NULL; /* not a request's builder */
  if (!chain) return;
  call->callee = chain;
  call->method = chain + n + 3;
}

/* `convert(client.scan(r))`, `mapper.readValue(new URL(u), T.class)`: the calls whose results the call
 * at `index` takes as its arguments. */
static void passed_results(ll_tsl *L, TSNode args, uint32_t index) {
  const char *callee = ll_builder_event(L->b, index)->as.call.callee;
  for (uint32_t k = 0; k < named_count(args); k++) {
    TSNode a = unwrap(ts_node_named_child(args, k));
    if (!is(a, "method_invocation") && !is(a, "object_creation_expression")) continue;
    for (uint32_t e = index + 1; e < ll_builder_event_count(L->b); e++) { /* the whole argument, not a link */
      ll_event *inner = ll_builder_event(L->b, e);
      if (inner->kind != LL_EV_CALL || inner->span.start_byte != ts_node_start_byte(a) ||
          inner->span.end_byte != ts_node_end_byte(a))
        continue;
      inner->as.call.result_passed_to = callee;
      inner->as.call.result_argument = k;
      break;
    }
  }
}

/* After the core built the call: Java's own spelling of it. `this.x.m()` is the field's, a bare or
 * `this.` method of the class is "Class.method", `new T<…>()` is "T" qualified. */
static void java_call_effects(ll_tsl *L, TSNode node, TSNode function, TSNode args, uint32_t index) {
  (void)function;
  ll_call *call = &ll_builder_event(L->b, index)->as.call;
  const char *cls = st(L)->class_name;
  if (is(node, "object_creation_expression")) {
    char *t = type_name(L, ll_ts_field(node, "type"));
    if (t && !ll_streq(t, call->callee)) {
      call->callee = t;
      const char *dot = strrchr(t, '.');
      call->method = dot ? dot + 1 : t;
      ll_tsl_add_spawn(L, node, t); /* the core did not resolve a generic type */
    }
    return;
  }
  TSNode object = ll_ts_field(node, "object");
  /* `event.getRequestType()` of a CloudFormationCustomResourceEvent: the request's field, read as
   * the other languages read `event["RequestType"]` (a custom resource's handler, see rulekit) */
  if (!ts_node_is_null(object) && named_count(args) == 0 &&
      (ll_streq(call->method, "getRequestType") || ll_streq(call->method, "getResponseUrl")))
    ll_tsl_add_key_read(L, node, object, ll_streq(call->method, "getRequestType") ? "RequestType" : "ResponseURL",
                        false);
  call = &ll_builder_event(L->b, index)->as.call;
  if (ll_streq(call->method, "build") || has_prefix(call->method, "with")) chain_keywords(L, node, index);
  call = &ll_builder_event(L->b, index)->as.call;
  if (has_prefix(call->callee, "this.")) {
    call->callee += 5;
    if (is(object, "field_access")) { /* this.s3.getObject(…) */
      const char *ctor = NULL, *arg = NULL;
      char *field = text(L, ll_ts_field(object, "field"));
      ll_tsl_ctor_of(L, field, &ctor, &arg);
      call = &ll_builder_event(L->b, index)->as.call;
      call->receiver_ctor = ctor;
      call->receiver_arg = arg;
    }
  }
  call = &ll_builder_event(L->b, index)->as.call;
  sdk_builder_build(L, object, call);
  if (!call->receiver_ctor && is(object, "object_creation_expression")) /* new U().a(): U's method */
    call->receiver_ctor = type_name(L, ll_ts_field(object, "type"));
  if (!call->receiver_ctor) call->receiver_ctor = declared_receiver(L, object);
  note_same_package(L, call->callee);
  note_same_package(L, call->receiver_ctor);
  if (cls && !strchr(call->callee, '.') && (ts_node_is_null(object) || is(object, "this"))) {
    char *q = ll_tsl_join(L, cls, ".", call->callee);
    if (q && ll_strmap_get(&st(L)->methods, q) >= 0) {
      call->callee = q;
      call->callee_is_local = true;
    }
  }
  call = &ll_builder_event(L->b, index)->as.call;
  if (!call->callee_is_local && !strchr(call->callee, '.') && ts_node_is_null(object) && st(L)->n_static_stars == 1) {
    /* `fetch()` under `import static p.Util.*;` (the only one): p.Util's, imported as `import static
     * p.Util.fetch;` would be; with two such imports it is not known whose */
    const char *q = ll_tsl_join(L, st(L)->static_star, ".", call->callee);
    if (q) {
      if (!ll_builder_import_for_alias(L->b, call->callee, 0)) add_import(L, node, st(L)->static_star, call->callee, q);
      call = &ll_builder_event(L->b, index)->as.call;
      call->callee = q;
    }
  }
  passed_results(L, ll_ts_field(node, "arguments"), index);
  /* `cache.put(k, v)` / `this.cache.add(x)` on a field: a write to module state */
  static const char *const mutators[] = {"add", "addAll", "put", "putAll", "putIfAbsent", "computeIfAbsent",
                                         "compute", "merge", "offer", "push", "addFirst", "addLast", "append",
                                         "clear", "remove", "removeIf", "poll", "pop", "incrementAndGet",
                                         "getAndIncrement", "addAndGet", "set", NULL};
  char *field = NULL;
  if (is(object, "identifier") || (is(object, "field_access") && is(ll_ts_field(object, "object"), "this")))
    field = field_target(L, object);
  const char *method = call->method;
  if (field && L->test_depth > 0 && (ll_streq(method, "contains") || ll_streq(method, "containsKey"))) {
    uint32_t ev = ll_tsl_add_event(L, LL_EV_NAME_USE, node); /* `if (seen.contains(id))` */
    ll_builder_event(L->b, ev)->name = field;
    ll_builder_event(L->b, ev)->as.key.membership = true;
    return;
  }
  bool mutates = false;
  for (size_t i = 0; field && mutators[i]; i++) mutates |= ll_streq(method, mutators[i]);
  if (mutates) ll_tsl_add_mutation(L, node, field, method);
}

/* `this.count` reads the field `count`; other member chains are the core's. */
static void lower_field_access(ll_tsl *L, TSNode node) {
  if (is(ll_ts_field(node, "object"), "this")) {
    char *field = field_target(L, node);
    if (field) ll_tsl_add_name_use(L, node, field);
    return;
  }
  ll_tsl_lower_name_read(L, node);
}

/* `return CompletableFuture.supplyAsync(…).thenApply(…)`: the task the returned chain starts with
 * (its events since `from`) is the caller's to join, as a returned variable is; not a handler's
 * (the runtime does not wait for a future it is handed). */
static void return_chain(ll_tsl *L, uint32_t from, TSNode value) {
  if (ll_builder_function(L->b, ll_tsl_fn(L))->convention_handler) return;
  for (uint32_t e = from; e < ll_builder_event_count(L->b); e++) {
    ll_event *ev = ll_builder_event(L->b, e);
    if (ev->kind == LL_EV_CALL && ev->span.start_byte == ts_node_start_byte(value) &&
        (ll_streq(ev->as.call.method, "supplyAsync") || ll_streq(ev->as.call.method, "runAsync")))
      ev->as.call.awaited = true;
  }
}

static void lower_return(ll_tsl *L, TSNode node) {
  ll_builder_loop_break(L->b);
  if (named_count(node) == 0) return;
  TSNode value = unwrap(ts_node_named_child(node, 0));
  uint32_t from = ll_builder_event_count(L->b);
  ll_tsl_walk(L, value);
  if (is(value, "identifier")) ll_tsl_push_awaited(L, text(L, value)); /* a returned future is the caller's */
  return_chain(L, from, value);
}

/* ---- the language ------------------------------------------------------------------------------ */

static void java_lower_root(ll_tsl *L, TSNode root) {
  ll_strmap_init(&st(L)->same_package);
  st(L)->package = "";
  ll_tsl_walk_block(L, root);
  for (size_t i = 0; i < st(L)->n_unresolved; i++) { /* not an alias: names stay as written */
    ll_import *imp = ll_builder_add_import(L->b);
    imp->module = st(L)->package;
    imp->member = st(L)->unresolved[i];
    imp->span = ll_ts_span(L->b, root);
  }
  ll_strmap_free(&st(L)->same_package);
  free(st(L)->unresolved);
  ll_strmap_free(&st(L)->methods);
  ll_strmap_free(&st(L)->handler_classes);
  ll_strmap_free(&st(L)->object_fields);
}

static const char *const identifier_kinds[] = {"identifier", "type_identifier", "this", NULL};
static const ll_ts_member_form members[] = {{"field_access", "object", "field"},
                                            {"scoped_identifier", "scope", "name"},
                                            {NULL, NULL, NULL}};
static const ll_ts_call_form calls[] = {
    {"method_invocation", NULL, "arguments", "argument_list", "object", "name"},
    {"object_creation_expression", "type", "arguments", "argument_list", NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL, NULL}};
static const char *const null_kinds[] = {"null_literal", NULL};
static const char *const mutators[] = {NULL}; /* Java's container writes are java_call_effects' */
static const char *const deadline_reads[] = {"getRemainingTimeInMillis", NULL};

/* Threads and pools; an executor is shut down / awaited (joins), a future joined (java_joins). */
static const ll_ts_spawn_api spawns[] = {
    {"Thread", LL_SPAWN_THREAD, false},
    {"java.lang.Thread", LL_SPAWN_THREAD, false},
    {"java.util.concurrent.Executors.newFixedThreadPool", LL_SPAWN_POOL, true},
    {"java.util.concurrent.Executors.newCachedThreadPool", LL_SPAWN_POOL, true},
    {"java.util.concurrent.Executors.newSingleThreadExecutor", LL_SPAWN_POOL, true},
    {"java.util.concurrent.Executors.newWorkStealingPool", LL_SPAWN_POOL, true},
    {"java.util.concurrent.Executors.newScheduledThreadPool", LL_SPAWN_POOL, true},
    /* virtual threads are tasks, not OS threads (JEP 444: one per task, never pooled): LL104's only */
    {"java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor", LL_SPAWN_TASK, true},
    {"Thread.startVirtualThread", LL_SPAWN_TASK, true},
    {"Thread.ofVirtual().start", LL_SPAWN_TASK, true},
    {"java.util.concurrent.Executors.newThreadPerTaskExecutor", LL_SPAWN_POOL, true},
    {"java.util.concurrent.CompletableFuture.runAsync", LL_SPAWN_TASK, true},
    {"java.util.concurrent.CompletableFuture.supplyAsync", LL_SPAWN_TASK, true},
    {NULL, 0, false}};

static bool java_starts(const ll_event *e, const ll_spawn *spawn) {
  if (e->kind != LL_EV_CALL || !spawn->var) return false;
  size_t n = strlen(spawn->var);
  const ll_call *c = &e->as.call;
  return strncmp(c->callee, spawn->var, n) == 0 && c->callee[n] == '.' && ll_streq(c->method, "start");
}

static bool java_joins(const ll_event *e, const char *var, ll_spawn_kind kind) {
  if (e->kind != LL_EV_CALL) return false;
  const ll_call *c = &e->as.call;
  if (kind == LL_SPAWN_TASK && (ll_streq(c->callee, "java.util.concurrent.CompletableFuture.allOf().join") ||
                                ll_streq(c->callee, "java.util.concurrent.CompletableFuture.allOf().get")))
    return true;
  if (!var) return false;
  size_t n = strlen(var);
  if (strncmp(c->callee, var, n) != 0 || c->callee[n] != '.') return false;
  static const char *const ends[] = {"join", "get", "shutdown", "shutdownNow", "awaitTermination", "close",
                                     "invokeAll", "cancel", "interrupt", NULL};
  for (size_t i = 0; ends[i]; i++)
    if (ll_streq(c->method, ends[i])) return true;
  return false;
}

static bool java_call_is_sleep(const ll_call *call) {
  return ll_streq(call->callee, "Thread.sleep") || ll_streq(call->callee, "java.lang.Thread.sleep") ||
         ll_streq(call->callee, "java.util.concurrent.TimeUnit.SECONDS.sleep") ||
         ll_streq(call->callee, "java.util.concurrent.TimeUnit.MILLISECONDS.sleep") ||
         ll_streq(call->callee, "TimeUnit.SECONDS.sleep") || ll_streq(call->callee, "TimeUnit.MILLISECONDS.sleep");
}

/* An SDK client's request, a JDBC statement, an HTTP exchange. */
static bool java_call_is_io(const ll_call *call) {
  const char *r = call->receiver_ctor;
  if (r && (has_prefix(r, "software.amazon.awssdk.") || has_prefix(r, "com.amazonaws.") || strstr(r, "Client")))
    return true;
  static const char *const methods[] = {"executeQuery", "executeUpdate", "send", "sendAsync", "execute",
                                        "getInputStream", "getResponseCode", NULL};
  for (size_t i = 0; methods[i]; i++)
    if (ll_streq(call->method, methods[i])) return true;
  return false;
}

static const ll_ts_form_entry forms[] = {
    {"import_declaration", lower_import},
    {"package_declaration", lower_package},
    {"class_declaration", lower_class},
    {"interface_declaration", lower_class},
    {"enum_declaration", lower_class},
    {"record_declaration", lower_record},
    {"annotation_type_declaration", ll_tsl_ignore},
    {"field_declaration", lower_field},
    {"constant_declaration", lower_field},
    {"method_declaration", lower_method},
    {"constructor_declaration", lower_method},
    {"compact_constructor_declaration", lower_method},
    {"static_initializer", lower_initializer},
    {"local_variable_declaration", lower_local},
    {"block", lower_block},
    {"resource", lower_resource},
    {"assignment_expression", lower_assignment},
    {"update_expression", lower_update},
    {"if_statement", lower_if},
    {"while_statement", lower_while},
    {"do_statement", lower_while},
    {"for_statement", lower_for},
    {"enhanced_for_statement", lower_foreach},
    {"break_statement", ll_tsl_lower_exit},
    {"continue_statement", ll_tsl_ignore},
    {"return_statement", lower_return},
    {"try_statement", lower_try},
    {"try_with_resources_statement", lower_try},
    {"ternary_expression", ll_tsl_lower_ternary},
    {"binary_expression", lower_binary},
    {"switch_expression", lower_conditional_children},
    {"switch_statement", lower_conditional_children},
    {"lambda_expression", lower_lambda},
    {"method_invocation", lower_call_node},
    {"object_creation_expression", lower_call_node},
    {"field_access", lower_field_access},
    {"identifier", ll_tsl_lower_name_read},
    {"comment", ll_tsl_ignore},
    {"line_comment", ll_tsl_ignore},
    {"block_comment", ll_tsl_ignore},
    {"marker_annotation", ll_tsl_ignore},
    {"annotation", ll_tsl_ignore},
    {"modifiers", ll_tsl_ignore},
    {"type_arguments", ll_tsl_ignore},
    {"type_parameters", ll_tsl_ignore},
    {"throws", ll_tsl_ignore},
    {"method_reference", ll_tsl_ignore},
};

static const ll_ts_lang java_lang = {
    .language = LL_LANG_JAVA,
    .display_name = "Java",
    .grammar = tree_sitter_java,
    .forms = forms,
    .n_forms = sizeof(forms) / sizeof(*forms),
    .identifier_kinds = identifier_kinds,
    .members = members,
    .calls = calls,
    .separator = ".",
    .mutators = mutators,
    .deadline_reads = deadline_reads,
    .null_kinds = null_kinds,
    .spawns = spawns,
    .max_depth = 2000,
    .state_size = sizeof(java_state),
    .string_value = java_string_value,
    .literal_value = java_literal_value,
    .call_effects = java_call_effects,
    .call_is_io = java_call_is_io,
    .call_is_sleep = java_call_is_sleep,
    .starts = java_starts,
    .joins = java_joins,
    .prescan = java_prescan,
    .lower_root = java_lower_root,
};

static ll_module *java_lower(const char *path, const char *source, size_t len, const ll_lower_env *env,
                             char **problem) {
  (void)env;
  return ll_tsl_lower(&java_lang, path, source, len, problem);
}

static char *java_encoding_problem(const char *source, size_t len) { return ll_utf8_problem(source, len); }

static const char *const java_extensions[] = {".java", NULL};

const ll_frontend ll_frontend_java = {
    .language = LL_LANG_JAVA,
    .name = "java",
    .extensions = java_extensions,
    .lower = java_lower,
    .may_hold_handler = NULL,
    .encoding_problem = java_encoding_problem,
};
