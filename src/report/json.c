/* json.c — the stable JSON report (schema in the README), written with jansson. */
#include <jansson.h>
#include <stdio.h>

#include "engine.h"

/* jansson refuses strings that are not UTF-8: paths can be any bytes, so escape those. */
static json_t *string_json(const char *s) {
  json_t *j = json_string(s);
  if (j) return j;
  char buf[4096];
  size_t n = 0;
  for (const unsigned char *c = (const unsigned char *)s; *c && n + 5 < sizeof(buf); c++) {
    if (*c < 0x80) buf[n++] = (char)*c;
    else n += (size_t)snprintf(buf + n, sizeof(buf) - n, "\\x%02X", *c);
  }
  buf[n] = '\0';
  return json_string(buf);
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
  return f;
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
  json_t *errors = json_array();
  const ll_error *errs = ll_results_errors(results, &n);
  for (size_t i = 0; i < n; i++) {
    json_t *e = json_object();
    json_object_set_new(e, "path", string_json(errs[i].path));
    json_object_set_new(e, "message", string_json(errs[i].message));
    json_array_append_new(errors, e);
  }
  json_object_set_new(root, "errors", errors);
  int rc = json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  fputc('\n', out);
  json_decref(root);
  return rc == 0 && !ferror(out);
}
