#include "report/sarif.h"

#include "report/report.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "engine/fingerprint.h"
#include "base/jsonutil.h"
#include "base/path.h"
#include "report/rule_docs.h"

#define LL_SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define LL_INFORMATION_URI LL_DOCS_BASE_URI
#define LL_SRCROOT "%SRCROOT%"
#define LL_FSROOT "FILESYSTEMROOT" /* for files outside the working directory */
/* GitHub code scanning keeps one analysis per category: lambda-lint's own. */
#define LL_AUTOMATION_ID "lambda-lint/"

/* ---- helpers -------------------------------------------------------------------------------- */

static const char *sarif_level(ll_severity severity) {
  switch (severity) {
  case LL_SEVERITY_ERROR: return "error";
  case LL_SEVERITY_WARNING: return "warning";
  case LL_SEVERITY_INFO: return "note";
  }
  return "warning";
}

static bool uri_unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~' || c == '/';
}

char *ll_uri_encode_path(const char *path) {
  static const char hex[] = "0123456789ABCDEF";
  char *out = ll_malloc(strlen(path) * 3 + 1);
  size_t n = 0;
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if (uri_unreserved(*p)) {
      out[n++] = (char)*p;
      continue;
    }
    out[n++] = '%';
    out[n++] = hex[*p >> 4];
    out[n++] = hex[*p & 0xF];
  }
  out[n] = '\0';
  return out;
}

/* Appends a formatted piece to a malloc'd string. */
static void append(char **text, const char *fmt, const char *value) {
  if (!value || !*value) return;
  char *piece = ll_strfmt(fmt, value);
  char *joined = ll_strfmt("%s%s", *text, piece);
  free(piece);
  free(*text);
  *text = joined;
}

static json_t *message(const char *text) {
  json_t *msg = json_object();
  json_object_set_new(msg, "text", ll_json_text(text ? text : ""));
  return msg;
}

/* ---- tool.driver ---------------------------------------------------------------------------- */

/* The rule family, from the hundreds digit of its id (LL3xx → cold-start). */
static const char *rule_category(const ll_rule *rule) {
  static const char *const categories[] = {"", "concurrency", "invocation-state", "cold-start",
                                           "timeouts", "deployment", "packaging"};
  size_t digit = strlen(rule->id) >= 3 ? (size_t)(rule->id[2] - '0') : 0;
  return digit < sizeof categories / sizeof categories[0] ? categories[digit] : "";
}

static json_t *rule_help(const ll_rule *rule) {
  char *text = ll_strdup("");
  append(&text, "%s\n", rule->summary);
  append(&text, "\nWhy this is bad on Lambda: %s\n", rule->rationale);
  append(&text, "\nFlagged:\n%s\n", rule->example);
  append(&text, "\nInstead:\n%s\n", rule->fix);
  for (const ll_rule_example *ex = rule->examples; ex && ex->example; ex++) {
    append(&text, "\n%s:\n", ll_language_display_name(ex->language));
    append(&text, "Flagged:\n%s\n", ex->example);
    append(&text, "\nInstead:\n%s\n", ex->fix);
  }
  append(&text, "\nNot flagged: %s\n", rule->not_flagged);
  char *markdown = ll_strdup("");
  append(&markdown, "%s\n", rule->summary);
  append(&markdown, "\n**Why this is bad on Lambda.** %s\n", rule->rationale);
  append(&markdown, "\n**Flagged:**\n\n```\n%s\n```\n", rule->example);
  append(&markdown, "\n**Instead:**\n\n```\n%s\n```\n", rule->fix);
  for (const ll_rule_example *ex = rule->examples; ex && ex->example; ex++) {
    append(&markdown, "\n**%s, flagged:**\n\n", ll_language_display_name(ex->language));
    append(&markdown, "```\n%s\n```\n", ex->example);
    append(&markdown, "\n**Instead:**\n\n```\n%s\n```\n", ex->fix);
  }
  append(&markdown, "\n**Not flagged:** %s\n", rule->not_flagged);
  json_t *help = json_object();
  json_object_set_new(help, "text", ll_json_text(text));
  json_object_set_new(help, "markdown", ll_json_text(markdown));
  free(text);
  free(markdown);
  return help;
}

static json_t *rule_descriptor(const ll_rule *rule) {
  json_t *desc = json_object();
  json_object_set_new(desc, "id", ll_json_text(rule->id));
  ll_json_set_text(desc, "name", rule->name);
  json_object_set_new(desc, "shortDescription", message(rule->summary ? rule->summary : rule->name));
  json_object_set_new(desc, "fullDescription",
                      message(rule->rationale ? rule->rationale : rule->summary));
  json_object_set_new(desc, "help", rule_help(rule));
  char *docs = ll_rule_docs_url(rule);
  json_object_set_new(desc, "helpUri", json_string(docs));
  free(docs);
  json_t *config = json_object();
  json_object_set_new(config, "level", json_string(sarif_level(rule->severity)));
  json_object_set_new(desc, "defaultConfiguration", config);
  json_t *tags = json_array();
  json_array_append_new(tags, json_string("aws-lambda"));
  if (*rule_category(rule)) json_array_append_new(tags, json_string(rule_category(rule)));
  json_t *props = json_object();
  json_object_set_new(props, "tags", tags);
  json_object_set_new(desc, "properties", props);
  return desc;
}

static json_t *driver(const ll_report_input *input) {
  json_t *drv = json_object();
  json_object_set_new(drv, "name", json_string("lambda-lint"));
  json_object_set_new(drv, "version", json_string(LL_VERSION));
  json_object_set_new(drv, "semanticVersion", json_string(LL_VERSION));
  json_object_set_new(drv, "informationUri", json_string(LL_INFORMATION_URI));
  json_t *rules = json_array();
  for (size_t i = 0; i < input->n_rules; i++)
    json_array_append_new(rules, rule_descriptor(input->rules[i]));
  json_object_set_new(drv, "rules", rules);
  return drv;
}

/* ---- locations ------------------------------------------------------------------------------ */

static json_t *artifact_location(const char *path, const char *cwd) {
  json_t *loc = json_object();
  char *rel = cwd ? ll_path_relative(path, cwd, cwd) : NULL;
  if (rel) {
    char *uri = ll_uri_encode_path(rel);
    json_object_set_new(loc, "uri", json_string(uri));
    json_object_set_new(loc, "uriBaseId", json_string(LL_SRCROOT));
    free(uri);
  } else {
    char *abs = ll_path_absolute(path, cwd);
    char *encoded = ll_uri_encode_path(abs[0] == '/' ? abs + 1 : abs);
    json_object_set_new(loc, "uri", json_string(encoded));
    json_object_set_new(loc, "uriBaseId", json_string(LL_FSROOT));
    free(abs);
    free(encoded);
  }
  free(rel);
  return loc;
}

static json_t *region(const ll_finding *finding) {
  uint32_t line = finding->line ? finding->line : 1;
  uint32_t column = finding->column ? finding->column : 1;
  json_t *reg = json_object();
  json_object_set_new(reg, "startLine", json_integer(line));
  json_object_set_new(reg, "startColumn", json_integer(column));
  bool has_end = finding->end_line >= line && finding->end_column >= 1 &&
                 (finding->end_line > line || finding->end_column > column);
  if (has_end) {
    json_object_set_new(reg, "endLine", json_integer(finding->end_line));
    json_object_set_new(reg, "endColumn", json_integer(finding->end_column));
  }
  if (finding->source_line) {
    json_t *snippet = json_object();
    json_object_set_new(snippet, "text", ll_json_text(finding->source_line));
    json_object_set_new(reg, "snippet", snippet);
  }
  return reg;
}

static json_t *physical_location(const char *path, const char *cwd, json_t *reg) {
  json_t *phys = json_object();
  json_object_set_new(phys, "artifactLocation", artifact_location(path, cwd));
  if (reg) json_object_set_new(phys, "region", reg);
  json_t *loc = json_object();
  json_object_set_new(loc, "physicalLocation", phys);
  json_t *locations = json_array();
  json_array_append_new(locations, loc);
  return locations;
}

/* ---- results -------------------------------------------------------------------------------- */

static long rule_index(const ll_report_input *input, const ll_rule *rule) {
  for (size_t i = 0; i < input->n_rules; i++)
    if (input->rules[i] == rule || strcmp(input->rules[i]->id, rule->id) == 0) return (long)i;
  return -1;
}

/* A text region (lines, code-point columns) that is also a byte range: an edit's place. */
static json_t *edit_region(const ll_edit *e) {
  json_t *reg = json_object();
  json_object_set_new(reg, "startLine", json_integer(e->line));
  json_object_set_new(reg, "startColumn", json_integer(e->column));
  json_object_set_new(reg, "endLine", json_integer(e->end_line));
  json_object_set_new(reg, "endColumn", json_integer(e->end_column));
  json_object_set_new(reg, "byteOffset", json_integer(e->start));
  json_object_set_new(reg, "byteLength", json_integer(e->end - e->start));
  return reg;
}

/* The finding's fix as SARIF `fixes`: one artifactChange of the file with one replacement per edit. */
static json_t *fixes(const ll_report_input *input, const ll_finding *finding) {
  const ll_fix *fix = finding->fix;
  json_t *replacements = json_array();
  for (size_t i = 0; i < fix->n_edits; i++) {
    json_t *r = json_object(), *inserted = json_object();
    json_object_set_new(r, "deletedRegion", edit_region(&fix->edits[i]));
    json_object_set_new(inserted, "text", ll_json_text(fix->edits[i].text));
    json_object_set_new(r, "insertedContent", inserted);
    json_array_append_new(replacements, r);
  }
  json_t *change = json_object();
  json_object_set_new(change, "artifactLocation", artifact_location(finding->path, input->cwd));
  json_object_set_new(change, "replacements", replacements);
  json_t *changes = json_array();
  json_array_append_new(changes, change);
  json_t *one = json_object();
  char *text = ll_strfmt("%s%s", fix->title, fix->unsafe ? " (unsafe: it may change behaviour)" : "");
  json_object_set_new(one, "description", message(text));
  free(text);
  json_object_set_new(one, "artifactChanges", changes);
  json_t *list = json_array();
  json_array_append_new(list, one);
  return list;
}

static json_t *result(const ll_report_input *input, const ll_finding *finding,
                      const char *fingerprint) {
  json_t *res = json_object();
  json_object_set_new(res, "ruleId", ll_json_text(finding->rule->id));
  long index = rule_index(input, finding->rule);
  if (index >= 0) json_object_set_new(res, "ruleIndex", json_integer(index));
  json_object_set_new(res, "level", json_string(sarif_level(finding->severity)));
  json_object_set_new(res, "message", message(finding->message));
  json_object_set_new(res, "locations", physical_location(finding->path, input->cwd, region(finding)));
  json_t *prints = json_object();
  json_object_set_new(prints, LL_SARIF_FINGERPRINT_KEY, json_string(fingerprint));
  json_object_set_new(res, "partialFingerprints", prints);
  if (finding->suppressed != LL_NOT_SUPPRESSED) {
    json_t *suppression = json_object();
    bool in_source = finding->suppressed == LL_SUPPRESSED_IN_SOURCE;
    json_object_set_new(suppression, "kind", json_string(in_source ? "inSource" : "external"));
    json_object_set_new(suppression, "justification",
                        json_string(in_source ? "a lambda-lint: ignore comment" : "in the baseline file"));
    json_t *list = json_array();
    json_array_append_new(list, suppression);
    json_object_set_new(res, "suppressions", list);
  }
  if (finding->fix) json_object_set_new(res, "fixes", fixes(input, finding));
  return res;
}

static json_t *results(const ll_report_input *input) {
  char **computed = input->fingerprints
                        ? NULL
                        : ll_fingerprints_new(input->findings, input->n_findings, input->cwd);
  json_t *list = json_array();
  for (size_t i = 0; i < input->n_findings; i++) {
    const char *print = computed ? computed[i] : input->fingerprints[i];
    json_array_append_new(list, result(input, &input->findings[i], print));
  }
  for (size_t i = 0; i < input->n_suppressed; i++) {
    const ll_finding *f = &input->suppressed[i];
    json_array_append_new(list, result(input, f, f->fingerprint ? f->fingerprint : ""));
  }
  ll_fingerprints_delete(computed, input->n_findings);
  return list;
}

/* Appends one toolExecutionNotification per error or note, at `level`. */
static void add_notifications(json_t *notes, const ll_report_input *input, const ll_error *list, size_t n,
                              const char *level) {
  for (size_t i = 0; i < n; i++) {
    json_t *note = json_object();
    json_object_set_new(note, "level", json_string(level));
    json_object_set_new(note, "message", message(list[i].message));
    if (list[i].path && strcmp(list[i].path, "-") != 0 && list[i].path[0] != '-')
      json_object_set_new(note, "locations", physical_location(list[i].path, input->cwd, NULL));
    json_array_append_new(notes, note);
  }
}

static json_t *invocation(const ll_report_input *input) {
  json_t *notes = json_array();
  add_notifications(notes, input, input->errors, input->n_errors, "error");
  add_notifications(notes, input, input->warnings, input->n_warnings, "warning");
  add_notifications(notes, input, input->notes, input->n_notes, "note");
  json_t *inv = json_object();
  /* an input that could not be analysed: the run did not do all it was asked (exit code 2) */
  json_object_set_new(inv, "executionSuccessful", json_boolean(input->n_errors == 0));
  json_object_set_new(inv, "toolExecutionNotifications", notes);
  json_t *list = json_array();
  json_array_append_new(list, inv);
  return list;
}

static json_t *base_ids(const char *cwd) {
  json_t *ids = json_object();
  if (!cwd) return ids;
  char *encoded = ll_uri_encode_path(cwd);
  char *uri = ll_strfmt("file://%s%s", encoded, strcmp(cwd, "/") == 0 ? "" : "/");
  json_t *root = json_object();
  json_object_set_new(root, "uri", json_string(uri));
  json_object_set_new(ids, LL_SRCROOT, root);
  json_t *fs_root = json_object();
  json_object_set_new(fs_root, "uri", json_string("file:///"));
  json_object_set_new(ids, LL_FSROOT, fs_root);
  free(encoded);
  free(uri);
  return ids;
}

bool ll_sarif_write(const ll_report_input *input, FILE *out) {
  json_t *tool = json_object();
  json_object_set_new(tool, "driver", driver(input));
  json_t *run = json_object();
  json_object_set_new(run, "tool", tool);
  json_object_set_new(run, "invocations", invocation(input));
  json_object_set_new(run, "originalUriBaseIds", base_ids(input->cwd));
  json_object_set_new(run, "columnKind", json_string("unicodeCodePoints"));
  json_t *automation = json_object();
  json_object_set_new(automation, "id", json_string(LL_AUTOMATION_ID));
  json_object_set_new(run, "automationDetails", automation);
  json_object_set_new(run, "results", results(input));
  json_t *runs = json_array();
  json_array_append_new(runs, run);
  json_t *log = json_object();
  json_object_set_new(log, "$schema", json_string(LL_SARIF_SCHEMA));
  json_object_set_new(log, "version", json_string("2.1.0"));
  json_object_set_new(log, "runs", runs);
  bool ok = ll_json_write(log, out);
  json_decref(log);
  return ok;
}

bool ll_report_sarif(const ll_results *results, const ll_options *options, FILE *out) {
  ll_report_input input;
  ll_report_input_init(&input, results);
  bool ok = ll_sarif_write(&input, out);
  ll_report_input_release(&input);
  return ok;
}
