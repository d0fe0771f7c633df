/*
 * LL402 http-without-timeout
 *
 * What it does: finds HTTP calls made with no timeout in code that runs during an invocation:
 * `requests` (also as `botocore.vendored.requests`) and its sessions (also one kept in an attribute,
 * `self.session.get(...)`, in a module that uses requests), `urllib.request.urlopen`,
 * `http.client` connections, and `urllib3.PoolManager` requests when the pool has no default.
 * Why is this bad on Lambda: `requests`, `urllib.request.urlopen` and `http.client` wait forever by
 * default. A stalled server then holds the invocation until the function's own timeout (up to
 * 900 s, all billed), and the runtime is killed without a chance to log, retry or answer (Sonar
 * S7618).
 * `timeout=None` counts as no timeout.
 * JavaScript/TypeScript: `fetch` (also node-fetch, undici) without `signal`, axios calls and
 * instances without `timeout` (none set in `axios.create` or `axios.defaults`), got without
 * `timeout`, `http(s).get/request` without a `timeout` option or a later `req.setTimeout`.
 * Not flagged: calls with a timeout (keyword, or the positional slot where the API takes one);
 * JS calls whose options are built elsewhere (`fetch(url, opts)`), or spread (`{ ...opts }`);
 * calls passing `**kwargs`, which may carry one; `session.get(...)` in modules that also use
 * SQLAlchemy, aiohttp or httpx (their sessions have `get` too); urllib3 requests when the
 * PoolManager has a default timeout; sessions with a mounted adapter (which may set a default
 * timeout); libraries whose default is bounded (httpx: 5 s, aiohttp: 300 s); code no handler
 * reaches.
 */
#include "rulekit.h"

/* A call API and the 0-based positional index of its timeout (-1: keyword only). */
typedef struct {
  const char *callee;
  int timeout_position;
} http_api;

static const http_api python_calls[] = {
    {"requests.get", -1}, {"requests.post", -1}, {"requests.put", -1}, {"requests.patch", -1},
    {"requests.delete", -1}, {"requests.head", -1}, {"requests.options", -1}, {"requests.request", -1},
    {"requests.api.get", -1}, {"requests.api.post", -1}, {"requests.api.request", -1},
    {"urllib.request.urlopen", 2}, {"http.client.HTTPConnection", 2}, {"http.client.HTTPSConnection", 2},
    {NULL, 0}};

static const char *const session_ctors[] = {"requests.Session", "requests.session",
                                            "requests.sessions.Session", NULL};
static const char *const session_methods[] = {"get", "post", "put", "patch", "delete", "head",
                                              "options", "request", NULL};

/* Whether the module mounts a transport adapter on a session (it may carry a default timeout). */
static bool mounts_adapter(const ll_module *m) {
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
      const ll_event *ev = &m->functions[f].events[e];
      if (ev->kind == LL_EV_CALL && ll_streq(ev->as.call.method, "mount")) return true;
    }
  return false;
}

/* Whether some `urllib3.PoolManager(...)` of the module is built with a default timeout (or with
 * `**kwargs` that may carry one). */
static bool pool_has_timeout(const ll_module *m) {
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
      const ll_event *ev = &m->functions[f].events[e];
      if (ev->kind != LL_EV_CALL || strcmp(ev->as.call.callee, "urllib3.PoolManager")) continue;
      if (ll_call_keyword(&ev->as.call, "timeout") || ev->as.call.has_splat_kwargs) return true;
    }
  return false;
}

/* Whether the module imports `prefix` (or something under it). */
static bool imports(const ll_module *m, const char *prefix) {
  for (uint32_t i = 0; i < m->n_imports; i++)
    if (m->imports[i].module && ll_qname_has_prefix(m->imports[i].module, prefix)) return true;
  return false;
}

/* A requests session the lowering could not follow (`self.session.get(url)`, a `session`
 * parameter): its receiver is named like a session and the module uses requests and no other
 * library whose sessions have `get`/`post` (SQLAlchemy, aiohttp, httpx). */
static bool unknown_requests_session(const ll_module *m, const ll_call *call) {
  if (call->receiver_ctor || !ll_callee_is(call->method, session_methods)) return false;
  const char *end = strrchr(call->callee, '.');
  if (!end) return false;
  const char *start = end;
  while (start > call->callee && start[-1] != '.') start--;
  bool session_name = false;
  for (const char *p = start; p + 7 <= end && !session_name; p++)
    session_name = !strncmp(p, "session", 7) || !strncmp(p, "Session", 7);
  return session_name && imports(m, "requests") && !imports(m, "sqlalchemy") && !imports(m, "aiohttp") &&
         !imports(m, "httpx");
}

/* `from botocore.vendored import requests` is the requests API under another name. */
static const char *plain_requests(const char *callee) {
  static const char vendored[] = "botocore.vendored.";
  return strncmp(callee, vendored, sizeof(vendored) - 1) ? callee : callee + sizeof(vendored) - 1;
}

/* The API the call goes to when it is an HTTP call that can take a timeout, else NULL. */
static const char *http_call(const ll_module *m, const ll_call *call, int *timeout_position, bool adapter,
                             bool pool_timeout) {
  const char *callee = plain_requests(call->callee);
  for (size_t i = 0; python_calls[i].callee; i++)
    if (ll_streq(callee, python_calls[i].callee)) {
      *timeout_position = python_calls[i].timeout_position;
      return python_calls[i].callee;
    }
  if (call->receiver_ctor && ll_streq(call->receiver_ctor, "urllib3.PoolManager") && !pool_timeout &&
      (ll_streq(call->method, "request") || ll_streq(call->method, "urlopen"))) {
    *timeout_position = -1;
    return "urllib3.PoolManager.request";
  }
  if (call->receiver_ctor && ll_callee_is(call->receiver_ctor, session_ctors) &&
      ll_callee_is(call->method, session_methods) && !adapter) {
    *timeout_position = -1;
    return call->callee;
  }
  if (!adapter && unknown_requests_session(m, call)) {
    *timeout_position = -1;
    return call->callee;
  }
  return NULL;
}

/* ---- JavaScript / TypeScript -------------------------------------------------------------- */

/* fetch and friends: bounded only by an AbortSignal (`signal: AbortSignal.timeout(ms)`). */
static const char *const js_fetches[] = {"fetch", "node-fetch", "undici.fetch", "undici.request", "cross-fetch",
                                          "isomorphic-fetch", NULL};
/* axios, got, superagent-less: a `timeout` option on the call or the instance. */
static const char *const js_axios[] = {"axios", "axios.get", "axios.post", "axios.put", "axios.patch",
                                       "axios.delete", "axios.head", "axios.options", "axios.request",
                                       "axios.default", "axios.default.get", "axios.default.post", NULL};
static const char *const js_got[] = {"got", "got.get", "got.post", "got.put", "got.patch", "got.delete", NULL};
static const char *const js_node_http[] = {"https.get", "https.request", "http.get", "http.request", NULL};
static const char *const js_verbs[] = {"get", "post", "put", "patch", "delete", "head", "options", "request",
                                       NULL};

/* Whether the module gives axios a default timeout: `axios.defaults.timeout = …` (instances created
 * after it inherit it too). */
static bool js_axios_default(const ll_module *m) {
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
      const ll_event *ev = &m->functions[f].events[e];
      if (ev->kind == LL_EV_NAME_USE && ev->name && ll_qname_has_prefix(ev->name, "axios.defaults")) return true;
    }
  return false;
}

/* Whether an `axios.create(…)` call sets a timeout (or spreads options, which may carry one). */
static bool js_create_bounded(const ll_call *call) {
  return ll_call_keyword(call, "timeout") || call->has_splat_kwargs;
}

/* Whether the axios instance a call goes through (`rpc.post(…)`) was made with a timeout: the
 * `axios.create` stored to that name before it in the function, else at module scope; when neither
 * is found, whether any `axios.create` of the module sets one (it may be that instance). */
static bool js_instance_bounded(const ll_module *m, const ll_function *fn, const ll_event *at) {
  const char *callee = at->as.call.callee, *dot = strrchr(callee, '.');
  size_t n = dot ? (size_t)(dot - callee) : 0;
  const ll_function *scopes[2] = {fn, &m->functions[0]};
  for (int s = 0; s < 2 && n; s++) {
    const ll_event *found = NULL;
    for (uint32_t e = 0; e < scopes[s]->n_events; e++) {
      const ll_event *ev = &scopes[s]->events[e];
      if (s == 0 && ev >= at) break;
      const char *var = ev->kind == LL_EV_CALL ? ev->as.call.assigned_to : NULL;
      if (var && strlen(var) == n && !strncmp(var, callee, n) && ll_streq(ev->as.call.callee, "axios.create"))
        found = ev;
    }
    if (found) return js_create_bounded(&found->as.call);
  }
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
      const ll_event *ev = &m->functions[f].events[e];
      if (ev->kind == LL_EV_CALL && ll_streq(ev->as.call.callee, "axios.create") && js_create_bounded(&ev->as.call))
        return true;
    }
  return false;
}

/* Whether the function sets a timeout on a request afterwards (`req.setTimeout(…)`, `{ timeout }` on
 * a `.on("timeout")` handler, `signal` passed to an options object built earlier). */
static bool js_sets_timeout_later(const ll_function *fn) {
  for (uint32_t e = 0; e < fn->n_events; e++) {
    const ll_event *ev = &fn->events[e];
    if (ev->kind == LL_EV_CALL && strchr(ev->as.call.callee, '.') &&
        (ll_streq(ev->as.call.method, "setTimeout") || ll_streq(ev->as.call.method, "timeout")))
      return true;
  }
  return false;
}

/* The API a JS call goes to when it is an HTTP call with no bound on its wait, else NULL. */
static const char *js_unbounded_http(const ll_module *m, const ll_function *fn, const ll_event *ev,
                                     bool axios_default) {
  const ll_call *call = &ev->as.call;
  if (call->has_splat_kwargs) return NULL;
  if (ll_callee_is(call->callee, js_fetches)) {
    /* fetch(url, options) with options built elsewhere: it may carry a signal */
    if (call->n_positional >= 2 || ll_call_keyword(call, "signal") || ll_call_keyword(call, "timeout")) return NULL;
    return call->callee;
  }
  bool axios = ll_callee_is(call->callee, js_axios) ||
               (call->receiver_ctor && ll_streq(call->receiver_ctor, "axios.create") &&
                ll_callee_is(call->method, js_verbs));
  if (axios) {
    if (axios_default || ll_call_keyword(call, "timeout") || ll_call_keyword(call, "signal")) return NULL;
    if (call->receiver_ctor && js_instance_bounded(m, fn, ev)) return NULL;
    /* get(url, config) / post(url, data, config) with the config built elsewhere */
    bool body = ll_streq(call->method, "post") || ll_streq(call->method, "put") || ll_streq(call->method, "patch");
    if (call->n_positional >= (body ? 3u : 2u)) return NULL;
    if ((ll_streq(call->callee, "axios") || ll_streq(call->method, "request")) && call->n_positional > 0) return NULL;
    return call->receiver_ctor ? "axios instance" : call->callee;
  }
  if (ll_callee_is(call->callee, js_got)) {
    if (ll_call_keyword(call, "timeout") || ll_call_keyword(call, "signal") || call->n_positional >= 2) return NULL;
    return call->callee;
  }
  if (ll_callee_is(call->callee, js_node_http)) {
    if (ll_call_keyword(call, "timeout") || ll_call_keyword(call, "signal") || js_sets_timeout_later(fn)) return NULL;
    /* `request(options, cb)` with options we cannot see (a variable): it may set `timeout` */
    if (ll_streq(call->method, "request") && !call->first_string && !call->n_keywords) return NULL;
    return call->callee;
  }
  return NULL;
}

/* The fix: `timeout=N` (Python) or `{ signal: AbortSignal.timeout(N000) }` (a fetch given only its
 * URL) as one more argument. Unsafe: a call that used to wait now fails after N seconds. */
static void fix_timeout(ll_rule_ctx *ctx, const ll_module *m, const ll_event *ev) {
  bool python = m->language == LL_LANG_PYTHON;
  uint32_t at = 0;
  const char *prefix = "", *suffix = "";
  if (!ll_call_argument_slot(m, ev->span, python ? "#" : "//", &at, &prefix, &suffix)) return;
  unsigned seconds = ll_fix_timeout_seconds(ctx);
  char text[96], title[96];
  if (python) {
    snprintf(text, sizeof text, "%stimeout=%u%s", prefix, seconds, suffix);
    snprintf(title, sizeof title, "Add `timeout=%u`", seconds);
  } else {
    snprintf(text, sizeof text, "%s{ signal: AbortSignal.timeout(%u000) }%s", prefix, seconds, suffix);
    snprintf(title, sizeof title, "Add `signal: AbortSignal.timeout(%u000)`", seconds);
  }
  ll_rule_edit edit = {at, at, text};
  ll_rule_fix(ctx, m, true, title, &edit, 1);
}

/* Where the options object literal that ends a call opens: the byte after its `{`, when the call's
 * last argument is `{…}` and comes after a comma (fetch(url, {…})); 0 otherwise. Strings and
 * template literals inside it are skipped whole; anything unclear (a comment, unbalanced braces)
 * gives 0: no fix. */
static uint32_t options_literal_open(const ll_module *m, ll_span span) {
  if (span.end_byte == 0 || span.end_byte > m->source_len || m->source[span.end_byte - 1] != ')') return 0;
  const char *s = m->source;
  uint32_t i = span.end_byte - 1;
  while (i > span.start_byte && strchr(" \t\r\n,", s[i - 1])) i--;
  if (i <= span.start_byte || s[i - 1] != '}') return 0;
  int depth = 0;
  for (uint32_t at = i; at > span.start_byte; at--) {
    char c = s[at - 1];
    if (c == '/' && at >= 2 && (s[at - 2] == '/' || s[at - 2] == '*')) return 0; /* a comment */
    if (c == '"' || c == '\'' || c == '`') { /* back to the string's opening quote */
      for (at--; at > span.start_byte && !(s[at - 1] == c && (at < 2 || s[at - 2] != '\\')); at--) {}
      if (at <= span.start_byte) return 0;
      continue;
    }
    if (c == '}') depth++;
    else if (c == '{' && --depth == 0) {
      uint32_t before = at - 1;
      while (before > span.start_byte && strchr(" \t\r\n", s[before - 1])) before--;
      return before > span.start_byte && s[before - 1] == ',' ? at : 0;
    }
  }
  return 0;
}

/* The fix for fetch(url, { method: "POST" }): `signal` joins the options written in the call. */
static void fix_fetch_options(ll_rule_ctx *ctx, const ll_module *m, const ll_event *ev) {
  uint32_t at = options_literal_open(m, ev->span);
  unsigned seconds = ll_fix_timeout_seconds(ctx);
  char text[96], title[96];
  bool empty = m->source[at] == '}';
  snprintf(text, sizeof text, " signal: AbortSignal.timeout(%u000)%s", seconds, empty ? " " : ",");
  snprintf(title, sizeof title, "Add `signal: AbortSignal.timeout(%u000)`", seconds);
  ll_rule_edit edit = {at, at, text};
  ll_rule_fix(ctx, m, true, title, &edit, 1);
}

/* fetch implementations whose options take `signal` for sure (node-fetch 1.x ignores it: which
 * version a project has is not known here). */
static const char *const js_signal_fetches[] = {"fetch", "undici.fetch", NULL};

static void check_js(ll_rule_ctx *ctx, const ll_module *m) {
  bool axios_default = js_axios_default(m);
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL) continue;
      const char *api = js_unbounded_http(m, fn, ev, axios_default);
      if (!api) continue;
      bool fetch = ll_callee_is(ev->as.call.callee, js_fetches);
      ll_rule_report(ctx, m, ev->span,
                     "`%s` without a timeout waits for a stalled server until the function timeout "
                     "kills the invocation (billed); %s",
                     api, fetch ? "pass `signal: AbortSignal.timeout(ms)`" : "pass a `timeout` option");
      /* `fetch(url)`: an options argument; `fetch(url, {…})`: `signal` joins the options */
      if (ll_callee_is(ev->as.call.callee, js_signal_fetches) && ev->as.call.n_positional <= 2) {
        if (options_literal_open(m, ev->span)) fix_fetch_options(ctx, m, ev);
        else if (ev->as.call.n_positional == 1 && !ev->as.call.n_keywords) fix_timeout(ctx, m, ev);
      }
    }
  }
}

/* Go: the package-level helpers and the default client have no timeout; so has a `http.Client{}`
 * literal without `Timeout` (a `Transport` may set its own limits: not flagged). A request made with
 * `http.NewRequestWithContext` on the invocation's context is bounded by the deadline. */
static const char *const go_plain[] = {"net/http.Get", "net/http.Post", "net/http.Head", "net/http.PostForm",
                                       "net/http.DefaultClient.Do", "net/http.DefaultClient.Get",
                                       "net/http.DefaultClient.Post", "net/http.DefaultClient.Head", NULL};

static bool go_requests_bounded(const ll_module *m) {
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
      const ll_event *ev = &m->functions[f].events[e];
      if (ev->kind == LL_EV_CALL && ll_streq(ev->as.call.callee, "net/http.NewRequestWithContext") &&
          ll_call_keyword(&ev->as.call, "<ctx-arg>"))
        return true;
    }
  return false;
}

static void check_go(ll_rule_ctx *ctx, const ll_module *m) {
  bool bounded = go_requests_bounded(m);
  for (uint32_t f = 0; f < m->n_functions; f++) {
    const ll_function *fn = &m->functions[f];
    bool invocation = ll_in_handler_code(ctx, m, (int)f);
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL) continue;
      const ll_call *call = &ev->as.call;
      if (invocation && ll_callee_is(call->callee, go_plain) && !(bounded && ll_streq(call->method, "Do"))) {
        ll_rule_report(ctx, m, ev->span,
                       "`%s` uses http.DefaultClient, which has no timeout: a stalled server holds the "
                       "invocation (billed) until the function timeout kills it; use a client with "
                       "`Timeout` or a request made with `http.NewRequestWithContext(ctx, …)`",
                       call->callee);
      } else if (ll_streq(call->callee, "net/http.Client") && !bounded && (invocation || f == 0 || fn->is_entry_main) &&
                 !ll_call_keyword(call, "Timeout") && !ll_call_keyword(call, "Transport")) {
        ll_rule_report(ctx, m, ev->span,
                       "`http.Client` without `Timeout` waits for a stalled server until the function "
                       "timeout kills the invocation (billed); set `Timeout`");
      }
    }
  }
}

/* ---- Java ------------------------------------------------------------------------------------ */

/* Whether any call of the module has method `method` or passes it as a builder-chain keyword. */
static bool java_module_calls(const ll_module *m, const char *method) {
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
      const ll_event *ev = &m->functions[f].events[e];
      if (ev->kind != LL_EV_CALL) continue;
      if (ll_streq(ev->as.call.method, method) || ll_call_keyword(&ev->as.call, method)) return true;
    }
  return false;
}

/* A URL read with no way to set a timeout: `new URL(u).openStream()`, Jackson's
 * `mapper.readValue(new URL(u), T.class)` / `readTree(new URL(u))`. */
static bool java_url_fetch(const ll_call *call) {
  if (ll_streq(call->method, "openStream"))
    return (call->receiver_ctor && ll_streq(call->receiver_ctor, "java.net.URL")) ||
           !strncmp(call->callee, "java.net.URL().", 15);
  const char *to = call->result_passed_to, *dot = to ? strrchr(to, '.') : NULL;
  return ll_streq(call->callee, "java.net.URL") && dot && call->result_argument == 0 &&
         (ll_streq(dot + 1, "readValue") || ll_streq(dot + 1, "readTree"));
}

/* `url.openConnection()` (HttpURLConnection: no connect and no read timeout by default) when the
 * module never sets them; `client.send(request, …)` on a java.net.http.HttpClient built without
 * `connectTimeout` when no request of the module sets `timeout`. */
static void check_java(ll_rule_ctx *ctx, const ll_module *m) {
  bool connect = java_module_calls(m, "setConnectTimeout"), read = java_module_calls(m, "setReadTimeout");
  bool request_timeout = java_module_calls(m, "timeout");
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL) continue;
      const ll_call *call = &ev->as.call;
      if (ll_streq(call->method, "openConnection") && strchr(call->callee, '.') && (!connect || !read)) {
        ll_rule_report(ctx, m, ev->span,
                       "`%s()` opens an HttpURLConnection with no %s: a stalled server holds the "
                       "invocation (billed) until the function timeout kills it; call %s",
                       call->callee, !connect && !read ? "connect or read timeout" : !connect ? "connect timeout" : "read timeout",
                       !connect && !read ? "`setConnectTimeout` and `setReadTimeout`"
                       : !connect        ? "`setConnectTimeout`"
                                         : "`setReadTimeout`");
        continue;
      }
      if (java_url_fetch(call)) {
        ll_rule_report(ctx, m, ev->span,
                       "`%s%s` fetches the URL through a URLConnection with no connect or read timeout: "
                       "a stalled server holds the invocation (billed) until the function timeout "
                       "kills it; fetch it with `openConnection()` and `setConnectTimeout` / "
                       "`setReadTimeout` (or an HttpClient with timeouts), then parse the body",
                       call->result_passed_to ? call->result_passed_to : "URL.openStream",
                       call->result_passed_to ? "(new URL(…))" : "()");
        continue;
      }
      const char *client = call->receiver_ctor;
      if (!client && !strncmp(call->callee, "java.net.http.HttpClient.", 25)) /* built inline: …newHttpClient().send */
        client = call->callee;
      if ((ll_streq(call->method, "send") || ll_streq(call->method, "sendAsync")) && client &&
          !strncmp(client, "java.net.http.HttpClient.", 25) && !strstr(client, "connectTimeout") && !request_timeout)
        ll_rule_report(ctx, m, ev->span,
                       "`HttpClient.%s` with neither a connect timeout on the client nor a `timeout` on "
                       "the request waits for a stalled server until the function timeout kills the "
                       "invocation (billed); set `HttpRequest.newBuilder().timeout(…)` (and "
                       "`HttpClient.newBuilder().connectTimeout(…)`)",
                       call->method);
    }
  }
}

/* Rust: the async reqwest client has no default timeout (`reqwest::blocking`, and reqwest before
 * 0.10 whose `reqwest::Client` is that one, default to 30 s: not flagged). A client built without `.timeout(…)` (in `main` too: every
 * request it makes is unbounded) unless requests set their own (`.get(u).timeout(d)`), and the
 * one-shot `reqwest::get` in handler code. */
static const char *const rust_builders[] = {"reqwest::Client::builder()*::build", "reqwest::ClientBuilder::new()*::build",
                                            "reqwest::Client::builder()::build", "reqwest::ClientBuilder::new()::build", NULL};

/* Whether the module sets a per-request reqwest timeout (`.get(u).timeout(d)`), or (`any`) any
 * timeout at all (ureq: agent config or per request). */
static bool rust_module_sets_timeouts(const ll_module *m, bool any) {
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
      const ll_event *ev = &m->functions[f].events[e];
      if (ev->kind != LL_EV_CALL) continue;
      if (any ? strstr(ev->as.call.callee, "timeout") != NULL
              : strstr(ev->as.call.callee, "::timeout()") && !strstr(ev->as.call.callee, "builder()") &&
                    !strstr(ev->as.call.callee, "ClientBuilder"))
        return true;
    }
  return false;
}

/* ureq sets no timeouts by default (ureq 3: none; ureq 2: a connect timeout only): the default
 * agent's one-shot `ureq::get(url).call()` in handler code, or an agent built without one, waits on
 * a stalled server. Any timeout configured in the module (agent config, per request) counts. */
static const char *const ureq_requests[] = {"ureq::get",    "ureq::post",    "ureq::put",     "ureq::delete",
                                            "ureq::patch",  "ureq::head",    "ureq::request", "ureq::request_url",
                                            NULL};
static const char *const ureq_agents[] = {"ureq::agent", "ureq::Agent::new_with_defaults", "ureq::AgentBuilder::new()*::build",
                                          "ureq::AgentBuilder::new()::build", NULL};

/* Whether a client built in `fn` can serve an invocation: `main` (or what it calls) and static
 * initialisers build the clients handlers use; a function nothing reaches serves none. Asked only for
 * a finding about to be reported outside handler code. */
static bool rust_init_code(const ll_rule_ctx *ctx, const ll_module *m, int fn) {
  for (int f = fn; f > 0; f = m->functions[f].parent)
    if (m->functions[f].is_entry_main || strncmp(m->functions[f].name, "<static ", 8) == 0) return true;
  size_t n = 0;
  const ll_module *const *modules = ll_rule_modules(ctx, &n);
  ll_reach_target target = {m, fn};
  for (size_t i = 0; i < n; i++)
    for (uint32_t f = 1; f < modules[i]->n_functions; f++)
      if (modules[i]->functions[f].is_entry_main && ll_rule_visit_reached(ctx, modules[i], (int)f, ll_is_target_, &target))
        return true;
  return false;
}

static void check_rust(ll_rule_ctx *ctx, const ll_module *m) {
  bool per_request = rust_module_sets_timeouts(m, false), ureq_timeout = rust_module_sets_timeouts(m, true);
  for (uint32_t f = 1; f < m->n_functions; f++) {
    const ll_function *fn = &m->functions[f];
    bool handler_code = ll_in_handler_code(ctx, m, (int)f);
    int served = handler_code ? 1 : -1; /* -1: not asked yet */
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL) continue;
      const char *c = ev->as.call.callee;
      bool unbounded = (handler_code && ll_streq(c, "reqwest::get")) ||
                       (!per_request && ll_streq(c, "reqwest::Client::new")) ||
                       (!per_request && ll_callee_matches(c, rust_builders) && !strstr(c, "::timeout()") &&
                        !strstr(c, "::read_timeout()"));
      bool agent = !ureq_timeout && ((handler_code && ll_callee_is(c, ureq_requests)) || ll_callee_matches(c, ureq_agents));
      if ((agent || unbounded) && served < 0) served = rust_init_code(ctx, m, (int)f);
      if (!served) continue;
      if (agent) {
        ll_rule_report(ctx, m, ev->span,
                       "`%s` makes requests without a timeout (ureq sets none by default): a stalled server "
                       "holds the invocation (billed) until the function timeout kills it; configure the agent "
                       "with `timeout_global(Some(Duration::from_secs(…)))` (ureq 2: `.timeout(…)`)",
                       c);
        continue;
      }
      if (!unbounded) continue;
      ll_rule_report(ctx, m, ev->span,
                     "`%s` makes requests without a timeout (reqwest has none by default): a stalled "
                     "server holds the invocation (billed) until the function timeout kills it; build the "
                     "client with `.timeout(Duration::from_secs(…))`",
                     c);
    }
  }
}

static const ll_language_check checks[LL_LANG_COUNT] = {
    [LL_LANG_JAVASCRIPT] = check_js, [LL_LANG_TYPESCRIPT] = check_js, [LL_LANG_GO] = check_go,
    [LL_LANG_JAVA] = check_java,     [LL_LANG_RUST] = check_rust};

static void check(ll_rule_ctx *ctx, const ll_module *m) {
  if (ll_check_by_language(ctx, m, checks) || m->language != LL_LANG_PYTHON) return;
  bool adapter = mounts_adapter(m), pool_timeout = pool_has_timeout(m);
  for (uint32_t f = 1; f < m->n_functions; f++) {
    if (!ll_in_handler_code(ctx, m, (int)f)) continue;
    const ll_function *fn = &m->functions[f];
    for (uint32_t e = 0; e < fn->n_events; e++) {
      const ll_event *ev = &fn->events[e];
      if (ev->kind != LL_EV_CALL) continue;
      const ll_call *call = &ev->as.call;
      int position = -1;
      const char *api = http_call(m, call, &position, adapter, pool_timeout);
      const ll_keyword *timeout = ll_call_keyword(call, "timeout");
      bool explicit_none = timeout && timeout->literal && ll_streq(timeout->literal, "None");
      if (!api || call->has_splat_kwargs || (timeout && !explicit_none)) continue;
      if (position >= 0 && call->n_positional > (uint32_t)position) continue;
      ll_rule_report(ctx, m, ev->span,
                     "`%s` %s waits forever for a stalled server: the invocation hangs (billed) until "
                     "the function timeout kills it; pass `timeout=`",
                     api, explicit_none ? "with `timeout=None`" : "without a timeout");
      if (!explicit_none) fix_timeout(ctx, m, ev);
    }
  }
}

/* Per-language examples printed by --explain. */
static const ll_rule_example examples[] = {
    {LL_LANG_JAVASCRIPT,
     "export const handler = async (event) => {\n"
     "  const res = await fetch(`https://api.example.com/orders/${event.id}`);\n"
     "  return res.json();\n"
     "};\n",
     "export const handler = async (event) => {\n"
     "  const res = await fetch(`https://api.example.com/orders/${event.id}`, {\n"
     "    signal: AbortSignal.timeout(3000),\n"
     "  });\n"
     "  return res.json();\n"
     "};\n"},
    {LL_LANG_GO,
     "func handler(ctx context.Context, ev Event) error {\n"
     "	resp, err := http.Get(\"https://api.example.com/orders/\" + ev.ID)\n"
     "	if err != nil {\n"
     "		return err\n"
     "	}\n"
     "	defer resp.Body.Close()\n"
     "	return decode(resp.Body)\n"
     "}\n",
     "var client = &http.Client{Timeout: 3 * time.Second}\n"
     "\n"
     "func handler(ctx context.Context, ev Event) error {\n"
     "	req, err := http.NewRequestWithContext(ctx, http.MethodGet, \"https://api.example.com/orders/\"+ev.ID, nil)\n"
     "	if err != nil {\n"
     "		return err\n"
     "	}\n"
     "	resp, err := client.Do(req)\n"
     "	if err != nil {\n"
     "		return err\n"
     "	}\n"
     "	defer resp.Body.Close()\n"
     "	return decode(resp.Body)\n"
     "}\n"},
    {LL_LANG_JAVA,
     "HttpURLConnection c = (HttpURLConnection) new URL(endpoint).openConnection();\n"
     "try (InputStream in = c.getInputStream()) { return new String(in.readAllBytes()); }\n",
     "HttpURLConnection c = (HttpURLConnection) new URL(endpoint).openConnection();\n"
     "c.setConnectTimeout(2000);\n"
     "c.setReadTimeout(5000);\n"
     "try (InputStream in = c.getInputStream()) { return new String(in.readAllBytes()); }\n"},
    {LL_LANG_RUST,
     "#[tokio::main]\n"
     "async fn main() -> Result<(), Error> {\n"
     "    let http = reqwest::Client::new(); // no timeout: a stalled server hangs the invocation\n"
     "    run(service_fn(|event| handler(&http, event))).await\n"
     "}\n",
     "#[tokio::main]\n"
     "async fn main() -> Result<(), Error> {\n"
     "    let http = reqwest::Client::builder().timeout(Duration::from_secs(5)).build()?;\n"
     "    run(service_fn(|event| handler(&http, event))).await\n"
     "}\n"},
    {LL_LANG_COUNT, NULL, NULL}};

/* The help line in the words of the languages that need their own (the others use `help`). */
static const char *const help_by_language[LL_LANG_COUNT] = {
    [LL_LANG_RUST] = "build the reqwest client with `.timeout(Duration::from_secs(…))` (or set "
                     "`.timeout(…)` on each request), well below the function's timeout; `reqwest::blocking` (and "
                     "reqwest before 0.10, whose `reqwest::Client` is synchronous) defaults to 30 s and is "
                     "not flagged",
    [LL_LANG_GO] = "give the `http.Client` a `Timeout` below the function's timeout, or build the request with "
                   "`http.NewRequestWithContext(ctx, …)` on the handler's ctx",
};

const ll_rule ll_rule_LL402 = {
    .id = "LL402",
    .name = "http-without-timeout",
    .severity = LL_SEVERITY_WARNING,
    .languages = LL_LANG_BIT(LL_LANG_JAVA) | LL_LANG_BIT(LL_LANG_PYTHON) | LL_LANG_BIT(LL_LANG_JAVASCRIPT) |
                 LL_LANG_BIT(LL_LANG_TYPESCRIPT) | LL_LANG_BIT(LL_LANG_GO) |
                 LL_LANG_BIT(LL_LANG_RUST),
    .summary = "An HTTP call is made without a timeout.",
    .rationale =
        "`requests`, `urllib.request.urlopen` and `http.client` connections have no timeout unless "
        "one is given. When the remote end stalls, the invocation waits until the function's own "
        "timeout (up to 900 seconds, all of it billed) and is then killed mid-request, with no "
        "chance to log, retry, or return a useful error. Timeouts well below the function timeout "
        "keep failures fast and handled.",
    .example = "def lambda_handler(event, context):\n"
               "    r = requests.get(event[\"url\"])\n"
               "    return r.json()\n",
    .fix = "def lambda_handler(event, context):\n"
           "    r = requests.get(event[\"url\"], timeout=(3.05, 10))\n"
           "    return r.json()\n",
    .examples = examples,
    .help = "pass a timeout well below the function's timeout (Python `timeout=(connect, read)`; "
            "JS `signal: AbortSignal.timeout(ms)` or a `timeout` option)",
    .help_by_language = help_by_language,
    .not_flagged = "Calls with a timeout (keyword, or the positional slot where the API takes one); "
                   "calls passing `**kwargs`, which may carry one; untracked `session.get(...)` in "
                   "modules that also use SQLAlchemy, aiohttp or httpx; urllib3 requests on a PoolManager "
                   "built with `timeout=`; session calls in a module that "
                   "mounts a transport adapter (which may set a default timeout); JS calls whose options "
                   "are a variable or a spread (`fetch(url, opts)`), axios with `axios.defaults.timeout` "
                   "or an `axios.create({ timeout })`; httpx and aiohttp, "
                   "whose defaults are bounded; Rust `reqwest::blocking` and reqwest before 0.10 "
                   "(Cargo.toml version; its `reqwest::Client` is the synchronous one), 30 s by default; "
                   "code no handler reaches.",
    .check_module = check,
};
