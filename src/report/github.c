#include "report/github.h"

#include "report/report.h"

#include <stdlib.h>

#include "base/path.h"

static const char *command_for(ll_severity severity) {
  switch (severity) {
  case LL_SEVERITY_ERROR: return "error";
  case LL_SEVERITY_WARNING: return "warning";
  case LL_SEVERITY_INFO: return "notice";
  }
  return "warning";
}

void ll_github_escape(FILE *out, const char *s, bool property) {
  for (const char *p = s ? s : ""; *p; p++) {
    switch (*p) {
    case '%': fputs("%25", out); break;
    case '\r': fputs("%0D", out); break;
    case '\n': fputs("%0A", out); break;
    case ':': fputs(property ? "%3A" : ":", out); break;
    case ',': fputs(property ? "%2C" : ",", out); break;
    default: fputc(*p, out);
    }
  }
}

static void file_property(FILE *out, const char *path, const char *cwd) {
  char *shown = ll_path_display(path, cwd);
  fputs("file=", out);
  ll_github_escape(out, shown, true);
  free(shown);
}

static void write_finding(FILE *out, const ll_finding *f, const char *cwd) {
  fprintf(out, "::%s ", command_for(f->severity));
  file_property(out, f->path, cwd);
  uint32_t line = f->line ? f->line : 1;
  fprintf(out, ",line=%u", (unsigned)line);
  if (f->end_line >= line) fprintf(out, ",endLine=%u", (unsigned)f->end_line);
  if (f->column) fprintf(out, ",col=%u", (unsigned)f->column);
  if (f->end_column && f->end_line == line) fprintf(out, ",endColumn=%u", (unsigned)f->end_column);
  fputs(",title=", out);
  ll_github_escape(out, f->rule->id, true);
  fputc(' ', out);
  ll_github_escape(out, f->rule->name, true);
  fputs("::", out);
  ll_github_escape(out, f->message, false);
  if (f->rule->help) {
    ll_github_escape(out, "\nhelp: ", false);
    ll_github_escape(out, f->rule->help, false);
  }
  fputc('\n', out);
}

static void write_error(FILE *out, const ll_error *e, const char *cwd) {
  fputs("::error ", out);
  file_property(out, e->path ? e->path : "-", cwd);
  fputs(",title=lambda-lint::", out);
  ll_github_escape(out, e->message, false);
  fputc('\n', out);
}

bool ll_github_write(const ll_report_input *input, FILE *out) {
  for (size_t i = 0; i < input->n_errors; i++) write_error(out, &input->errors[i], input->cwd);
  for (size_t i = 0; i < input->n_findings; i++) write_finding(out, &input->findings[i], input->cwd);
  return !ferror(out);
}

bool ll_report_github(const ll_results *results, const ll_options *options, FILE *out) {
  ll_report_input input;
  ll_report_input_init(&input, results);
  bool ok = ll_github_write(&input, out);
  ll_report_input_release(&input);
  return ok;
}
