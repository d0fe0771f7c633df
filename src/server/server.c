#include "server/server.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/jsonutil.h"
#include "base/path.h"
#include "cli/config.h"
#include "engine/results.h"
#include "lambdalint/lambdalint.h"
#include "report/rule_docs.h"
#include "server/lsp_text.h"
#include "server/rpc.h"

/* JSON-RPC and LSP error codes. */
enum {
  PARSE_ERROR = -32700,
  INVALID_REQUEST = -32600,
  METHOD_NOT_FOUND = -32601,
  INVALID_PARAMS = -32602,
  SERVER_NOT_INITIALIZED = -32002,
};

typedef struct {
  char *uri;  /* as the client spells it (echoed back) */
  char *path; /* the file it names; NULL for a scheme other than file: (never analysed) */
  char *text; /* the buffer, NUL-terminated */
  size_t len;
  int64_t version;
  bool dirty;        /* changed since it was last analysed */
  ll_results *last;  /* the last analysis that could read it (NULL: none yet) */
  char *analysed;    /* the text `last` analysed: findings' lines and columns refer to it */
  size_t analysed_len;
} document;

typedef enum { UNINITIALIZED, RUNNING, SHUT_DOWN } server_state;

typedef struct {
  int out;
  const ll_server_settings *settings;
  server_state state;
  bool exit, output_failed;
  char *workspace; /* the workspace root's real path, or NULL */
  document *docs;
  size_t n_docs, cap_docs;
} server;

/* ---- JSON access: wrong types read as absent ---------------------------------------------------- */

static json_t *member(const json_t *obj, const char *key) { return json_is_object(obj) ? json_object_get(obj, key) : NULL; }

static const char *string_member(const json_t *obj, const char *key) {
  json_t *v = member(obj, key);
  return json_is_string(v) ? json_string_value(v) : NULL;
}

static json_t *object_member(const json_t *obj, const char *key) {
  json_t *v = member(obj, key);
  return json_is_object(v) ? v : NULL;
}

/* A protocol position: non-negative integers that fit uint32. */
static bool position_member(const json_t *obj, const char *key, ll_lsp_position *out) {
  json_t *p = object_member(obj, key), *line = member(p, "line"), *ch = member(p, "character");
  if (!json_is_integer(line) || !json_is_integer(ch)) return false;
  json_int_t l = json_integer_value(line), c = json_integer_value(ch);
  if (l < 0 || c < 0 || l > UINT32_MAX || c > UINT32_MAX) return false;
  *out = (ll_lsp_position){(uint32_t)l, (uint32_t)c};
  return true;
}

/* ---- output ----------------------------------------------------------------------------------- */

static void send(server *s, json_t *message) {
  if (!message) return;
  json_object_set_new(message, "jsonrpc", json_string("2.0"));
  if (!s->output_failed && !ll_rpc_write(s->out, message)) s->output_failed = true;
  json_decref(message);
}

static void respond(server *s, json_t *id, json_t *result) {
  send(s, json_pack("{s:O,s:o}", "id", id ? id : json_null(), "result", result ? result : json_null()));
}

static void respond_error(server *s, json_t *id, int code, const char *message) {
  json_t *error = json_pack("{s:i,s:o}", "code", code, "message", ll_json_text(message));
  send(s, json_pack("{s:O,s:o}", "id", id ? id : json_null(), "error", error));
}

static void notify(server *s, const char *method, json_t *params) {
  send(s, json_pack("{s:s,s:o}", "method", method, "params", params));
}

/* window/logMessage: what the client shows in its log (type 1 error … 4 log). */
static void log_message(server *s, int type, const char *text) {
  notify(s, "window/logMessage", json_pack("{s:i,s:o}", "type", type, "message", ll_json_text(text)));
}

/* ---- documents ---------------------------------------------------------------------------------- */

static int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* The absolute path of a file: URI ("file:///a/b%20c.py", "file://localhost/a"), or NULL. */
static char *uri_path(const char *uri) {
  if (strncmp(uri, "file://", 7)) return NULL;
  const char *p = uri + 7;
  if (!strncmp(p, "localhost/", 10)) p += 9;
  if (*p != '/') return NULL;
  size_t n = strcspn(p, "?#");
  char *out = ll_malloc(n + 1), *o = out;
  for (size_t i = 0; i < n; i++) {
    if (p[i] == '%' && i + 2 < n && hex(p[i + 1]) >= 0 && hex(p[i + 2]) >= 0) {
      *o = (char)(hex(p[i + 1]) * 16 + hex(p[i + 2]));
      if (!*o) break; /* a NUL cannot be in a path */
      o++, i += 2;
    } else {
      *o++ = p[i];
    }
  }
  *o = '\0';
  return out;
}

static document *find_document(server *s, const char *uri) {
  for (size_t i = 0; uri && i < s->n_docs; i++)
    if (!strcmp(s->docs[i].uri, uri)) return &s->docs[i];
  return NULL;
}

static void document_free(document *d) {
  free(d->uri);
  free(d->path);
  free(d->text);
  free(d->analysed);
  ll_results_delete(d->last);
}

/* ---- the project of a document -------------------------------------------------------------- */

/* What marks the root of a project: its config, a deployment template, a CDK app, a repository. */
static const char *const project_markers[] = {
    LL_CONFIG_NAME, "template.yaml", "template.yml", "template.json", "serverless.yml", "serverless.yaml",
    "samconfig.toml", "cdk.json", ".git", NULL};

static bool has_marker(const char *dir) {
  for (size_t i = 0; project_markers[i]; i++) {
    char *p = ll_strfmt("%s/%s", strcmp(dir, "/") ? dir : "", project_markers[i]);
    struct stat st;
    bool found = stat(p, &st) == 0;
    free(p);
    if (found) return true;
  }
  return false;
}

/* The folder analysed as the document's project: the nearest folder above it with a project
 * marker, not above the workspace root; else the workspace root when it holds the document. NULL:
 * the document alone (never `/` or the home folder: walking those would take minutes). */
static char *project_root(const server *s, const char *path) {
  char *dir = ll_path_parent(path);
  char *real = realpath(dir, NULL);
  free(dir);
  if (!real) return NULL;
  const char *home = getenv("HOME");
  bool in_workspace = s->workspace && ll_path_inside(real, s->workspace);
  for (char *d = ll_strdup(real);;) {
    bool too_wide = !strcmp(d, "/") || (home && !strcmp(d, home));
    if (!too_wide && has_marker(d)) {
      free(real);
      return d;
    }
    bool stop = too_wide || (in_workspace && !strcmp(d, s->workspace));
    char *up = stop ? NULL : ll_path_parent(d);
    free(d);
    if (!up) break;
    d = up;
  }
  if (in_workspace && strcmp(s->workspace, "/") && !(home && !strcmp(s->workspace, home))) {
    free(real);
    return ll_strdup(s->workspace);
  }
  free(real);
  return NULL;
}

/* ---- analysis --------------------------------------------------------------------------------- */

static json_t *diagnostic(const document *d, const ll_finding *f) {
  size_t start = ll_lsp_offset_of_column(d->analysed, d->analysed_len, f->line, f->column);
  size_t end = f->end_line ? ll_lsp_offset_of_column(d->analysed, d->analysed_len, f->end_line, f->end_column) : start;
  if (end <= start) { /* a point (template findings): the rest of its line */
    end = start;
    while (end < d->analysed_len && d->analysed[end] != '\n' && d->analysed[end] != '\r') end++;
  }
  static const int severity[] = {[LL_SEVERITY_ERROR] = 1, [LL_SEVERITY_WARNING] = 2, [LL_SEVERITY_INFO] = 3};
  char *href = ll_rule_docs_url(f->rule);
  json_t *diag = json_pack("{s:o,s:i,s:s,s:{s:s},s:s,s:o}", "range",
                           ll_lsp_range_json(d->analysed, d->analysed_len, start, end), "severity",
                           severity[f->severity], "code", f->rule->id, "codeDescription", "href", href, "source",
                           "lambda-lint", "message", ll_json_text(f->message));
  free(href);
  return diag;
}

static void publish(server *s, const document *d) {
  json_t *list = json_array();
  size_t n = 0;
  const ll_finding *findings = d->last ? ll_results_findings(d->last, &n) : NULL;
  for (size_t i = 0; i < n; i++) json_array_append_new(list, diagnostic(d, &findings[i]));
  json_t *params = json_pack("{s:s,s:o}", "uri", d->uri, "diagnostics", list);
  if (d->last) json_object_set_new(params, "version", json_integer(d->version));
  notify(s, "textDocument/publishDiagnostics", params);
}

/* The lists of .lambda-lint.yaml, as the command line takes them (src/cli/main.c). */
static ll_config *apply_config(server *s, const char *path, ll_options *o) {
  char *cwd = ll_path_cwd();
  char *found = ll_config_find(path, cwd);
  free(cwd);
  if (!found) return NULL;
  char *error = NULL;
  ll_config *config = ll_config_load(found, ll_rule_find, &error);
  free(found);
  if (!config) {
    log_message(s, 1, error);
    free(error);
    return NULL;
  }
  o->config = config;
  o->select = (const char *const *)config->select;
  o->n_select = config->n_select;
  o->ignore = (const char *const *)config->ignore;
  o->n_ignore = config->n_ignore;
  o->handlers = (const char *const *)config->handlers;
  o->n_handlers = config->n_handlers;
  o->compile_commands = ll_config_option(config, "compile-commands");
  return config;
}

/* Analyses one document in its project, every open buffer overriding its file; publishes the
 * findings. A run that could not read the document (a syntax error while typing) keeps the last
 * diagnostics, so that they do not blink out at every keystroke. */
static void analyse(server *s, document *d) {
  d->dirty = false;
  struct stat st;
  if (!d->path || (stat(d->path, &st) == 0 && !S_ISREG(st.st_mode))) {
    publish(s, d); /* nothing lambda-lint can read: no diagnostics */
    return;
  }
  ll_overlay *overlays = ll_calloc(s->n_docs + 1, sizeof *overlays);
  size_t n_overlays = 0;
  for (size_t i = 0; i < s->n_docs; i++)
    if (s->docs[i].path) overlays[n_overlays++] = (ll_overlay){s->docs[i].path, s->docs[i].text, s->docs[i].len};
  ll_options o;
  ll_options_init(&o);
  ll_config *config = apply_config(s, d->path, &o);
  char *root = s->settings->documents_only ? NULL : project_root(s, d->path);
  const char *paths[2] = {root ? root : d->path, d->path};
  o.paths = paths;
  o.n_paths = 1;
  if (root) {
    char *real = realpath(d->path, NULL);
    if (real ? !ll_path_inside(real, root) : !ll_path_inside(d->path, root)) o.n_paths = 2;
    free(real);
    o.report_only = &paths[1];
    o.n_report_only = 1;
  }
  o.overlays = overlays;
  o.n_overlays = n_overlays;
  o.jobs = 1; /* one small project: threads would cost more than they save */
  ll_results *results = ll_analyze(&o);
  size_t n_errors = 0;
  const ll_error *errors = ll_results_errors(results, &n_errors);
  for (size_t i = 0; i < n_errors; i++) {
    char *line = ll_strfmt("%s: %s", errors[i].path, errors[i].message);
    log_message(s, 3, line);
    free(line);
  }
  if (n_errors && d->last) {
    ll_results_delete(results);
  } else {
    ll_results_delete(d->last);
    d->last = results;
    free(d->analysed);
    d->analysed = ll_strndup(d->text, d->len);
    d->analysed_len = d->len;
    publish(s, d);
  }
  free(root);
  ll_config_delete(config);
  free(overlays);
}

static void analyse_dirty(server *s) {
  for (size_t i = 0; i < s->n_docs && !s->output_failed; i++)
    if (s->docs[i].dirty) analyse(s, &s->docs[i]);
}

/* ---- code actions ------------------------------------------------------------------------------ */

/* A quick fix of finding `f` made of byte-offset edits of the document's text. Every code action
 * goes through here: the suppression comment now, and the rules' fixes (ll_finding.fix) as they
 * come — one code_action() per fix, its edits converted by ll_lsp_text_edit. */
static json_t *code_action(const document *d, const ll_finding *f, const char *title, const ll_lsp_edit *edits,
                           size_t n_edits, bool preferred) {
  json_t *list = json_array();
  for (size_t i = 0; i < n_edits; i++) {
    json_t *edit = ll_lsp_text_edit(d->text, d->len, &edits[i]);
    if (!edit) {
      json_decref(list);
      return NULL;
    }
    json_array_append_new(list, edit);
  }
  json_t *changes = json_object();
  json_object_set_new(changes, d->uri, list);
  json_t *action = json_pack("{s:o,s:s,s:[o],s:{s:o}}", "title", ll_json_text(title), "kind", "quickfix",
                             "diagnostics", diagnostic(d, f), "edit", "changes", changes);
  if (preferred) json_object_set_new(action, "isPreferred", json_true());
  return action;
}

/* The code actions of one finding: its fix first (preferred when safe; offered only while `d->text`
 * is the text analysed, as a fix's offsets refer to it), then the suppression comment. */
static void finding_actions(const document *d, const ll_finding *f, json_t *out) {
  if (f->fix && f->fix->n_edits) {
    ll_lsp_edit *edits = ll_calloc(f->fix->n_edits, sizeof *edits);
    for (size_t i = 0; i < f->fix->n_edits; i++)
      edits[i] = (ll_lsp_edit){f->fix->edits[i].start, f->fix->edits[i].end, f->fix->edits[i].text};
    char *title = ll_strfmt("%s (%s%s)", f->fix->title, f->rule->id, f->fix->unsafe ? ", unsafe" : "");
    json_t *action = code_action(d, f, title, edits, f->fix->n_edits, !f->fix->unsafe);
    if (action) json_array_append_new(out, action);
    free(title);
    free(edits);
  }
  ll_lsp_edit edit;
  char *owned = NULL;
  ll_comment_style style = ll_comment_style_for_path(d->path ? d->path : d->uri);
  if (ll_lsp_suppression_edit(d->text, d->len, f->line, f->rule->id, style, &edit, &owned)) {
    char *title = ll_strfmt("Suppress %s (%s) on this line", f->rule->id, f->rule->name);
    json_t *action = code_action(d, f, title, &edit, 1, false);
    if (action) json_array_append_new(out, action);
    free(title);
  }
  free(owned);
}

/* Whether `only` (the kinds the client asks for, or NULL for all) admits quick fixes. */
static bool wants_quickfix(const json_t *only) {
  if (!json_is_array(only)) return true;
  size_t i;
  json_t *kind;
  json_array_foreach(only, i, kind) {
    const char *k = json_string_value(kind);
    if (k && !strncmp("quickfix", k, strlen(k))) return true;
  }
  return false;
}

static json_t *code_actions(server *s, json_t *params, int *code) {
  const char *uri = string_member(object_member(params, "textDocument"), "uri");
  json_t *range = object_member(params, "range");
  ll_lsp_position start, end;
  if (!uri || !position_member(range, "start", &start) || !position_member(range, "end", &end)) {
    *code = INVALID_PARAMS;
    return NULL;
  }
  json_t *actions = json_array();
  document *d = find_document(s, uri);
  if (!d || !wants_quickfix(member(object_member(params, "context"), "only"))) return actions;
  if (d->dirty) analyse(s, d); /* the actions must match the text the client shows */
  bool current = d->last && d->analysed_len == d->len && !memcmp(d->analysed, d->text, d->len);
  size_t n = 0;
  const ll_finding *findings = current ? ll_results_findings(d->last, &n) : NULL;
  for (size_t i = 0; i < n; i++) {
    if (!findings[i].line) continue;
    uint32_t first = findings[i].line - 1, last = findings[i].end_line > findings[i].line ? findings[i].end_line - 1 : first;
    bool duplicate = false; /* one suppression per rule and line */
    for (size_t j = 0; j < i && !duplicate; j++)
      duplicate = findings[j].line == findings[i].line && findings[j].rule == findings[i].rule;
    if (!duplicate && first <= end.line && last >= start.line) finding_actions(d, &findings[i], actions);
  }
  return actions;
}

/* ---- text synchronisation ------------------------------------------------------------------------ */

static void did_open(server *s, json_t *params) {
  json_t *doc = object_member(params, "textDocument");
  const char *uri = string_member(doc, "uri"), *text = string_member(doc, "text");
  if (!uri || !text) return;
  document *d = find_document(s, uri);
  if (!d) {
    LL_PUSH(s->docs, s->n_docs, s->cap_docs, ((document){.uri = ll_strdup(uri), .path = uri_path(uri)}));
    d = &s->docs[s->n_docs - 1];
  }
  free(d->text);
  d->len = json_string_length(member(doc, "text"));
  d->text = ll_strndup(text, d->len);
  json_t *version = member(doc, "version");
  d->version = json_is_integer(version) ? json_integer_value(version) : 0;
  d->dirty = true;
}

/* Whether every change of a didChange is well-formed: {"text"} or {"range", "text"}. */
static bool changes_valid(const json_t *changes) {
  if (!json_is_array(changes)) return false;
  size_t i;
  json_t *c;
  json_array_foreach(changes, i, c) {
    ll_lsp_position p;
    json_t *range = member(c, "range");
    if (!string_member(c, "text")) return false;
    if (range && (!position_member(range, "start", &p) || !position_member(range, "end", &p))) return false;
  }
  return true;
}

static void did_change(server *s, json_t *params) {
  json_t *doc = object_member(params, "textDocument");
  document *d = find_document(s, string_member(doc, "uri"));
  json_t *changes = member(params, "contentChanges");
  if (!d || !changes_valid(changes)) return; /* a notification: nothing to answer */
  size_t i;
  json_t *c;
  json_array_foreach(changes, i, c) {
    json_t *text = member(c, "text"), *range = member(c, "range");
    if (!range) { /* the whole document */
      free(d->text);
      d->len = json_string_length(text);
      d->text = ll_strndup(json_string_value(text), d->len);
      continue;
    }
    ll_lsp_position from, to;
    position_member(range, "start", &from);
    position_member(range, "end", &to);
    size_t a = ll_lsp_offset(d->text, d->len, from), b = ll_lsp_offset(d->text, d->len, to);
    if (b < a) {
      size_t t = a;
      a = b, b = t;
    }
    ll_lsp_splice(&d->text, &d->len, a, b, json_string_value(text), json_string_length(text));
  }
  json_t *version = member(doc, "version");
  if (json_is_integer(version)) d->version = json_integer_value(version);
  d->dirty = true;
}

static void did_save(server *s, json_t *params) {
  /* a saved file can change what other documents' analyses read (templates, imported modules) */
  if (!find_document(s, string_member(object_member(params, "textDocument"), "uri"))) return;
  for (size_t i = 0; i < s->n_docs; i++) s->docs[i].dirty = true;
}

static void did_close(server *s, json_t *params) {
  document *d = find_document(s, string_member(object_member(params, "textDocument"), "uri"));
  if (!d) return;
  notify(s, "textDocument/publishDiagnostics", json_pack("{s:s,s:[]}", "uri", d->uri, "diagnostics"));
  document_free(d);
  *d = s->docs[--s->n_docs];
}

/* ---- lifecycle ------------------------------------------------------------------------------------ */

static json_t *initialize(server *s, json_t *params, int *code) {
  if (params && !json_is_object(params)) {
    *code = INVALID_PARAMS;
    return NULL;
  }
  const char *root_uri = string_member(params, "rootUri");
  json_t *folders = member(params, "workspaceFolders");
  if (!root_uri && json_is_array(folders)) root_uri = string_member(json_array_get(folders, 0), "uri");
  char *root = root_uri ? uri_path(root_uri) : NULL;
  if (!root && string_member(params, "rootPath")) root = ll_strdup(string_member(params, "rootPath"));
  s->workspace = root ? realpath(root, NULL) : NULL;
  free(root);
  s->state = RUNNING;
  return json_pack("{s:{s:{s:b,s:i,s:{s:b}},s:{s:[s]}},s:{s:s,s:s}}", "capabilities", "textDocumentSync",
                   "openClose", 1, "change", 2, "save", "includeText", 0, "codeActionProvider", "codeActionKinds",
                   "quickfix", "serverInfo", "name", "lambda-lint", "version", LL_VERSION);
}

static json_t *shutdown_request(server *s, json_t *params, int *code) {
  s->state = SHUT_DOWN;
  return json_null();
}

typedef json_t *(*request_handler)(server *s, json_t *params, int *code);
typedef void (*notification_handler)(server *s, json_t *params);

static const struct {
  const char *method;
  request_handler request;
} requests[] = {
    {"initialize", initialize},
    {"shutdown", shutdown_request},
    {"textDocument/codeAction", code_actions},
};

static const struct {
  const char *method;
  notification_handler notification;
} notifications[] = {
    {"textDocument/didOpen", did_open},
    {"textDocument/didChange", did_change},
    {"textDocument/didSave", did_save},
    {"textDocument/didClose", did_close},
};

static void handle_request(server *s, json_t *id, const char *method, json_t *params) {
  request_handler handler = NULL;
  for (size_t i = 0; i < sizeof requests / sizeof *requests; i++)
    if (!strcmp(requests[i].method, method)) handler = requests[i].request;
  if (s->state == UNINITIALIZED && handler != initialize) {
    respond_error(s, id, SERVER_NOT_INITIALIZED, "the server is not initialized yet");
  } else if (s->state == RUNNING && handler == initialize) {
    respond_error(s, id, INVALID_REQUEST, "the server is already initialized");
  } else if (s->state == SHUT_DOWN) {
    respond_error(s, id, INVALID_REQUEST, "the server is shutting down");
  } else if (!handler) {
    char *message = ll_strfmt("unknown method %s", method);
    respond_error(s, id, METHOD_NOT_FOUND, message);
    free(message);
  } else {
    int code = 0;
    json_t *result = handler(s, params, &code);
    if (code) respond_error(s, id, code, "invalid params");
    else respond(s, id, result);
  }
}

static void handle_notification(server *s, const char *method, json_t *params) {
  if (!strcmp(method, "exit")) {
    s->exit = true;
    return;
  }
  if (s->state != RUNNING) return; /* before initialize, only exit counts */
  for (size_t i = 0; i < sizeof notifications / sizeof *notifications; i++)
    if (!strcmp(notifications[i].method, method)) notifications[i].notification(s, params);
  /* unknown notifications ($/cancelRequest, initialized, workspace/…) are ignored, as the spec says */
}

static void handle_message(server *s, const char *body, size_t len) {
  json_error_t error;
  json_t *msg = json_loadb(body, len, JSON_DECODE_ANY, &error);
  if (!msg) {
    char *text = ll_strfmt("parse error: %s", error.text);
    respond_error(s, NULL, PARSE_ERROR, text);
    free(text);
    return;
  }
  json_t *id = member(msg, "id"), *method = member(msg, "method");
  bool id_ok = !id || json_is_string(id) || json_is_integer(id);
  if (!json_is_object(msg) || !id_ok || (method && !json_is_string(method))) {
    respond_error(s, id_ok ? id : NULL, INVALID_REQUEST, "not a JSON-RPC request or notification");
  } else if (!method) {
    /* a response to a request of ours (we send none) is dropped; anything else is invalid */
    if (!member(msg, "result") && !member(msg, "error")) respond_error(s, id, INVALID_REQUEST, "no method");
  } else if (id) {
    handle_request(s, id, json_string_value(method), member(msg, "params"));
  } else {
    handle_notification(s, json_string_value(method), member(msg, "params"));
  }
  json_decref(msg);
}

int ll_server_run(int in, int out, const ll_server_settings *settings) {
  static const ll_server_settings defaults = {0};
  server s = {.out = out, .settings = settings ? settings : &defaults};
  ll_rpc_reader *reader = ll_rpc_reader_new(in);
  /* Analysis waits for a pause in the input (one run for a burst of edits), but not forever: a
   * client that never pauses still gets diagnostics every MAX_WITHOUT_ANALYSIS messages. */
  enum { MAX_WITHOUT_ANALYSIS = 64 };
  for (unsigned since = 0; !s.exit && !s.output_failed; since++) {
    if (since >= MAX_WITHOUT_ANALYSIS || !ll_rpc_pending(reader)) {
      analyse_dirty(&s);
      since = 0;
    }
    char *body = NULL, *problem = NULL;
    size_t len = 0;
    ll_rpc_status status = ll_rpc_read(reader, &body, &len, &problem);
    if (status == LL_RPC_EOF) break;
    if (status == LL_RPC_INVALID) respond_error(&s, NULL, PARSE_ERROR, problem);
    else handle_message(&s, body, len);
    free(body);
    free(problem);
  }
  ll_rpc_reader_delete(reader);
  for (size_t i = 0; i < s.n_docs; i++) document_free(&s.docs[i]);
  free(s.docs);
  free(s.workspace);
  return s.state == SHUT_DOWN ? 0 : 1;
}
