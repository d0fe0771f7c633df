/* rulekit.h — small helpers the rule files share (so no rule re-implements a lookup). */
#ifndef LL_RULEKIT_H
#define LL_RULEKIT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lambdalint/rule.h"
#include "base/streq.h"

/* Whether function `fn` is code an invocation runs: reachable from a handler, not module code. */
static inline bool ll_in_handler_code(const ll_rule_ctx *ctx, const ll_module *m, int fn) {
  return fn > 0 && !m->functions[fn].is_entry_main && ll_rule_reachable(ctx, m, fn);
}

/* Whether `callee` is exactly one of the NULL-terminated `names`. */
static inline bool ll_callee_is(const char *callee, const char *const *names) {
  for (size_t i = 0; names[i]; i++)
    if (ll_streq(callee, names[i])) return true;
  return false;
}

/* Whether `name` matches `pattern`: exactly, or with the pattern's one `*` standing for a non-empty
 * run of characters ("Aws::*Client" matches "Aws::S3::S3Client", not "Aws::Client"). */
static inline bool ll_pattern_matches(const char *name, const char *pattern) {
  if (pattern[0] != '*' && pattern[0] != name[0]) return false;
  const char *star = strchr(pattern, '*');
  if (!star) return strcmp(name, pattern) == 0;
  size_t n = strlen(name), head = (size_t)(star - pattern), tail = strlen(star + 1);
  return n > head + tail && strncmp(name, pattern, head) == 0 && strcmp(name + n - tail, star + 1) == 0;
}

/* Whether `callee` matches one of the NULL-terminated `patterns` (see ll_pattern_matches). */
static inline bool ll_callee_matches(const char *callee, const char *const *patterns) {
  for (size_t i = 0; patterns[i]; i++)
    if (ll_pattern_matches(callee, patterns[i])) return true;
  return false;
}

/* Whether the import is a wildcard (`from m import *`, C++ `using namespace m;`) visible in `fn`. */
static inline bool ll_wildcard_in_scope(const ll_module *m, const ll_import *imp, int fn) {
  if (imp->alias || imp->member || !imp->module || !*imp->module) return false;
  for (int f = fn; f >= 0; f = m->functions[f].parent)
    if (imp->function == f) return true;
  return false;
}

/* Whether a call in function `fn` matches `patterns`: by its callee, or — when the callee is the
 * name as written — by the callee under a wildcard import in scope, joined with the pattern's own
 * separator (`using namespace Aws::S3; S3Client c;` matches "Aws::*Client"). */
static inline bool ll_call_matches(const ll_module *m, int fn, const ll_call *call,
                                   const char *const *patterns) {
  if (ll_callee_matches(call->callee, patterns)) return true;
  if (!call->callee_as_written) return false;
  for (uint32_t i = 0; i < m->n_imports; i++) {
    const ll_import *imp = &m->imports[i];
    if (!ll_wildcard_in_scope(m, imp, fn)) continue;
    for (size_t k = 0; patterns[k]; k++) {
      char qualified[512];
      snprintf(qualified, sizeof qualified, "%s%s%s", imp->module, strstr(patterns[k], "::") ? "::" : ".",
               call->callee);
      if (ll_pattern_matches(qualified, patterns[k])) return true;
    }
  }
  return false;
}

/* The keyword argument `name` of a call, or NULL. */
static inline const ll_keyword *ll_call_keyword(const ll_call *call, const char *name) {
  for (uint32_t i = 0; i < call->n_keywords; i++)
    if (ll_streq(call->keywords[i].name, name)) return &call->keywords[i];
  return NULL;
}

/* Whether the module is JavaScript or TypeScript (one front-end, the same rule tables). */
static inline bool ll_is_js(const ll_module *m) {
  return m->language == LL_LANG_JAVASCRIPT || m->language == LL_LANG_TYPESCRIPT;
}

/* An AWS SDK for JavaScript name in boto3's spelling: "ListObjectsV2" / "listObjectsV2" /
 * "DescribeDBInstances" → "list_objects_v2" / "describe_db_instances" (the first `n` bytes). */
static inline void ll_snake_case(const char *name, size_t n, char *out, size_t size) {
  size_t k = 0;
  for (size_t i = 0; i < n && k + 2 < size; i++) {
    char c = name[i];
    bool upper = c >= 'A' && c <= 'Z';
    if (upper && i > 0) {
      char prev = name[i - 1], next = i + 1 < n ? name[i + 1] : '\0';
      bool prev_lower = (prev >= 'a' && prev <= 'z') || (prev >= '0' && prev <= '9');
      if (prev_lower || (prev >= 'A' && prev <= 'Z' && next >= 'a' && next <= 'z')) out[k++] = '_';
    }
    out[k++] = upper ? (char)(c - 'A' + 'a') : c;
  }
  out[k] = '\0';
}

/* The per-language table of a rule: tables[language], or an empty table. */
static inline const char *const *ll_table_for(const char *const *const *tables, ll_language language) {
  static const char *const empty[] = {NULL};
  return tables[language] ? tables[language] : empty;
}

/* A rule's check for the modules of one language. */
typedef void (*ll_language_check)(ll_rule_ctx *ctx, const ll_module *m);

/* Runs checks[m->language] (a table indexed by ll_language, like ll_table_for's); false when the
 * language has none, so that the rule goes on with what its languages share. */
static inline bool ll_check_by_language(ll_rule_ctx *ctx, const ll_module *m, const ll_language_check *checks) {
  ll_language_check check = checks[m->language];
  if (check) check(ctx, m);
  return check != NULL;
}

/* Marks in `marks` (one per function of `target`) the functions of `target` that function `fn` of
 * module `m` reaches through calls, uses and lazy initialisers (itself included). */
typedef struct {
  const ll_module *target;
  bool *marks;
} ll_reach_marks;

static inline bool ll_mark_one_(const ll_module *module, int fn, void *user) {
  ll_reach_marks *r = (ll_reach_marks *)user;
  if (module == r->target && fn >= 0 && (uint32_t)fn < module->n_functions) r->marks[fn] = true;
  return false;
}

static inline void ll_mark_reached_from(const ll_rule_ctx *ctx, const ll_module *m, int fn,
                                        const ll_module *target, bool *marks) {
  ll_reach_marks r = {target, marks};
  (void)ll_rule_visit_reached(ctx, m, fn, ll_mark_one_, &r);
}

/* Whether the module imports a CloudFormation custom-resource helper (`cfnresponse`, `crhelper`;
 * JS `cfn-response`; Java Powertools' cloudformation package). */
static inline bool ll_imports_cfn_helper_(const ll_module *m) {
  static const char *const helpers[] = {"cfnresponse", "crhelper", "cfn-response", "cfn-response-async",
                                        "cfn_resource_provider",
                                        /* Java: Powertools' AbstractCustomResourceHandler */
                                        "software.amazon.lambda.powertools.cloudformation", NULL};
  for (uint32_t i = 0; i < m->n_imports; i++)
    if (m->imports[i].module && ll_qname_in_table(m->imports[i].module, helpers)) return true;
  return false;
}

/* Whether the function reads a custom-resource request's `RequestType` / `ResponseURL`. */
static inline bool ll_reads_request_type_(const ll_function *f) {
  for (uint32_t e = 0; e < f->n_events; e++) {
    const ll_event *ev = &f->events[e];
    if (ev->kind == LL_EV_KEY_READ && ev->name && (ll_streq(ev->name, "RequestType") || ll_streq(ev->name, "ResponseURL")))
      return true;
  }
  return false;
}

/* Whether the module is a CloudFormation custom-resource handler: it imports a custom-resource
 * helper or reads the event's `RequestType`. It runs a few times per deployment, not per request:
 * per-invocation costs (LL302, LL401, LL403) are noise there. */
static inline bool ll_custom_resource_module(const ll_module *m) {
  if (ll_imports_cfn_helper_(m)) return true;
  for (uint32_t f = 0; f < m->n_functions; f++)
    if (ll_reads_request_type_(&m->functions[f])) return true;
  return false;
}

/* Whether spawn event `e` of `fn` is a `threading.Timer` watchdog cancelled later in the same
 * function (`timer.cancel()`, usually in a `finally:`): it never outlives the invocation. */
static inline bool ll_timer_cancelled(const ll_function *fn, uint32_t e) {
  const ll_spawn *s = &fn->events[e].as.spawn;
  if (!ll_streq(s->callee, "threading.Timer") || !s->var) return false;
  size_t n = strlen(s->var);
  for (uint32_t j = e + 1; j < fn->n_events; j++) {
    const ll_event *ev = &fn->events[j];
    if (ev->kind == LL_EV_CALL && !strncmp(ev->as.call.callee, s->var, n) &&
        ll_streq(ev->as.call.callee + n, ".cancel"))
      return true;
  }
  return false;
}

/* Whether function `fn` of `m` handles a custom-resource request (a visitor). */
static inline bool ll_custom_resource_step_(const ll_module *m, int fn, void *user) {
  (void)user;
  return fn >= 0 && (uint32_t)fn < m->n_functions &&
         (ll_imports_cfn_helper_(m) || ll_reads_request_type_(&m->functions[fn]));
}

/* ll_custom_resource_code's visitor: stops at function `fn` of `target`. */
typedef struct {
  const ll_module *target;
  int fn;
} ll_reach_target;

static inline bool ll_is_target_(const ll_module *module, int fn, void *user) {
  const ll_reach_target *t = (const ll_reach_target *)user;
  return module == t->target && fn == t->fn;
}

/* Whether the folder of path `a` holds path `b`, directly or below. */
static inline bool ll_same_or_parent_folder_(const char *a, const char *b) {
  const char *slash = strrchr(a, '/');
  size_t n = slash ? (size_t)(slash - a) : 0;
  return n == 0 ? b[0] != '/' : strncmp(a, b, n) == 0 && b[n] == '/';
}

/* Whether function `fn` of `m` runs only for CloudFormation custom resources: `m` is a
 * custom-resource module, or the handlers of its folder (and the folders above) that reach `fn` are
 * all custom-resource handlers: in such a module, or reaching a function that reads `RequestType`
 * (the siblings a `crhelper` handler imports; a handler that dispatches to a project's CFN helper).
 * For a finding about to be reported: it visits those handlers' call graphs. */
static inline bool ll_custom_resource_code(const ll_rule_ctx *ctx, const ll_module *m, int fn) {
  if (ll_custom_resource_module(m)) return true;
  size_t n = 0;
  const ll_module *const *modules = ll_rule_modules(ctx, &n);
  /* no custom-resource module in the unit: nothing to visit (a visit per handler per finding is
   * quadratic on a folder of thousands of handlers; so is this scan, hence once per unit) */
  int *any = ll_rule_unit_memo(ctx, LL_UNIT_ANY_CUSTOM_RESOURCE);
  for (size_t i = 0; i < n && *any < 0; i++)
    if (ll_custom_resource_module(modules[i])) *any = 1;
  if (*any < 0) *any = 0;
  if (!*any) return false;
  ll_reach_target target = {m, fn};
  bool reached = false;
  for (size_t i = 0; i < n; i++) {
    const ll_module *h = modules[i];
    if (h == m || !ll_same_or_parent_folder_(h->path, m->path)) continue;
    bool custom_module = ll_custom_resource_module(h);
    for (uint32_t f = 1; f < h->n_functions; f++) {
      if (h->functions[f].handler == LL_HANDLER_NONE || !ll_rule_visit_reached(ctx, h, (int)f, ll_is_target_, &target))
        continue;
      /* a handler in a custom-resource module, or one that hands its event to a function that is */
      if (!custom_module && !ll_rule_visit_reached(ctx, h, (int)f, ll_custom_resource_step_, NULL)) return false;
      reached = true;
    }
  }
  return reached;
}

/* ---- fixes (ll_rule_fix) ------------------------------------------------------------------- */

/* The timeout LL402's fix adds, in seconds: the config's `fix-timeout-seconds`, else 10. */
static inline unsigned ll_fix_timeout_seconds(const ll_rule_ctx *ctx) {
  const char *const *set = ll_rule_config_list(ctx, "fix-timeout-seconds");
  return set[0] ? (unsigned)strtoul(set[0], NULL, 10) : 10;
}

/* Whether the line holding byte `at` of the module holds a `comment` ("#", "//") outside string
 * quotes: an edit next to a comment could land inside it, so such places get no fix. */
static inline bool ll_line_has_comment(const ll_module *m, uint32_t at, const char *comment) {
  uint32_t i = at, end = at;
  while (i > 0 && m->source[i - 1] != '\n') i--;
  while (end < m->source_len && m->source[end] != '\n') end++;
  size_t n = strlen(comment);
  char quote = 0;
  for (; i < end; i++) {
    char c = m->source[i];
    if (quote) {
      if (c == '\\') i++;
      else if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'' || c == '`') {
      quote = c;
    } else if (i + n <= end && !strncmp(m->source + i, comment, n)) {
      return true;
    }
  }
  return quote != 0; /* a string going on past the line: not sure what it holds */
}

/* Where one more argument goes in the call spanning `span` (it must end with `)`): *at is the
 * byte after the last argument, and *prefix / *suffix what goes around the new argument there
 * (", " before it; after an existing trailing comma " " and ","). False when the call does not
 * end with `)`, or a comment sits on the line. */
static inline bool ll_call_argument_slot(const ll_module *m, ll_span span, const char *comment, uint32_t *at,
                                         const char **prefix, const char **suffix) {
  if (span.end_byte == 0 || span.end_byte > m->source_len || m->source[span.end_byte - 1] != ')') return false;
  uint32_t i = span.end_byte - 1;
  while (i > span.start_byte && strchr(" \t\r\n", m->source[i - 1])) i--;
  if (i <= span.start_byte || ll_line_has_comment(m, i - 1, comment)) return false;
  char last = m->source[i - 1];
  *at = i;
  *prefix = last == '(' ? "" : last == ',' ? " " : ", ";
  *suffix = last == ',' ? "," : "";
  return true;
}

#endif
