/* json.c — the stable JSON report (schema in the README), written with jansson. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>

#include "report/report.h"
#include "base/escape.h"

/* jansson refuses strings that are not UTF-8: paths can be any bytes, so those bytes become \xNN
 * (valid UTF-8 around them is kept). */
static json_t *string_json(const char *s) {
  json_t *j = json_string(s);
  if (j) return j;
  char *escaped = ll_escape_utf8(s);
  j = json_string(escaped);
  free(escaped);
  return j ? j : json_string("");
}

static json_t *place_json(uint32_t line, uint32_t column) {
  json_t *at = json_object();
  json_object_set_new(at, "line", json_integer(line));
  json_object_set_new(at, "column", json_integer(column));
  return at;
}

/* {"applicability", "message", "edits": [{"start", "end", "location", "end_location", "content"}]}:
 * byte offsets of the file as read, and the same places as lines and columns. */
static json_t *fix_json(const ll_fix *fix) {
  json_t *j = json_object(), *edits = json_array();
  json_object_set_new(j, "applicability", json_string(fix->unsafe ? "unsafe" : "safe"));
  json_object_set_new(j, "message", string_json(fix->title));
  for (size_t i = 0; i < fix->n_edits; i++) {
    const ll_edit *e = &fix->edits[i];
    json_t *edit = json_object();
    json_object_set_new(edit, "start", json_integer(e->start));
    json_object_set_new(edit, "end", json_integer(e->end));
    json_object_set_new(edit, "location", place_json(e->line, e->column));
    json_object_set_new(edit, "end_location", place_json(e->end_line, e->end_column));
    json_object_set_new(edit, "content", string_json(e->text));
    json_array_append_new(edits, edit);
  }
  json_object_set_new(j, "edits", edits);
  return j;
}

static json_t *finding_json(const ll_finding *finding) {
  json_t *f = json_object();
  json_object_set_new(f, "path", string_json(finding->path));
  json_object_set_new(f, "line", json_integer(finding->line));
  json_object_set_new(f, "column", json_integer(finding->column));
  json_object_set_new(f, "end_line", json_integer(finding->end_line));
  json_object_set_new(f, "end_column", json_integer(finding->end_column));
  json_object_set_new(f, "rule", json_string(finding->rule->id));
  json_object_set_new(f, "name", json_string(finding->rule->name));
  json_object_set_new(f, "severity", json_string(ll_severity_name(finding->severity)));
  json_object_set_new(f, "message", string_json(finding->message));
  if (finding->fix) json_object_set_new(f, "fix", fix_json(finding->fix));
  return f;
}

/* [{path, message}] for the run's errors, notes or warnings. */
static json_t *messages_json(const ll_error *list, size_t n) {
  json_t *array = json_array();
  for (size_t i = 0; i < n; i++) {
    json_t *e = json_object();
    json_object_set_new(e, "path", string_json(list[i].path));
    json_object_set_new(e, "message", string_json(list[i].message));
    json_array_append_new(array, e);
  }
  return array;
}

bool ll_report_json(const ll_results *results, const ll_options *options, FILE *out) {
  json_t *root = json_object();
  json_object_set_new(root, "version", json_string(LL_VERSION));
  json_t *list = json_array();
  size_t n = 0;
  const ll_finding *findings = ll_results_findings(results, &n);
  for (size_t i = 0; i < n; i++) {
    json_array_append_new(list, finding_json(&findings[i]));
  }
  json_object_set_new(root, "findings", list);
  const ll_error *errs = ll_results_errors(results, &n);
  json_object_set_new(root, "errors", messages_json(errs, n));
  errs = ll_results_notes(results, &n);
  json_object_set_new(root, "notes", messages_json(errs, n));
  errs = ll_results_warnings(results, &n);
  json_object_set_new(root, "warnings", messages_json(errs, n));
  int rc = json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  fputc('\n', out);
  json_decref(root);
  return rc == 0 && !ferror(out);
}
