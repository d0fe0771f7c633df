/* text.c — the human report: `path:line:col: severity[ID name] message`, the source line with a
 * caret underline, and a help line. Colour only when the CLI asks for it. */
#include <string.h>

#include "engine.h"

typedef struct {
  const char *bold, *red, *yellow, *blue, *cyan, *reset;
} palette;

static const palette colours = {"\033[1m", "\033[31m", "\033[33m", "\033[34m", "\033[36m", "\033[0m"};
static const palette plain = {"", "", "", "", "", ""};

static const char *severity_colour(const palette *p, ll_severity s) {
  return s == LL_SEVERITY_ERROR ? p->red : s == LL_SEVERITY_WARNING ? p->yellow : p->blue;
}

/* Prints the source line (tabs kept, so the caret lines up) and the underline. */
static void print_snippet(FILE *out, const palette *p, const ll_finding *f) {
  const char *line = f->source_line;
  fprintf(out, "%s%5u |%s %s\n", p->blue, f->line, p->reset, line);
  fprintf(out, "%s      |%s ", p->blue, p->reset);
  uint32_t col = 1;
  for (const char *c = line; *c && col < f->column; c++) {
    if (((unsigned char)*c & 0xC0) == 0x80) continue;
    fputc(*c == '\t' ? '\t' : ' ', out);
    col++;
  }
  uint32_t width = f->end_line == f->line && f->end_column > f->column ? f->end_column - f->column : 1;
  fputs(severity_colour(p, f->severity), out);
  for (uint32_t i = 0; i < width; i++) fputc('^', out);
  fprintf(out, "%s\n", p->reset);
}

bool ll_report_text(const ll_results *results, const ll_options *options, FILE *out) {
  const palette *p = options->color ? &colours : &plain;
  size_t n = 0, counts[3] = {0};
  const ll_finding *findings = ll_results_findings(results, &n);
  for (size_t i = 0; i < n; i++) {
    const ll_finding *f = &findings[i];
    counts[f->severity]++;
    fprintf(out, "%s%s:%u:%u:%s %s%s%s[%s %s]%s %s\n", p->bold, f->path, f->line, f->column, p->reset,
            severity_colour(p, f->severity), ll_severity_name(f->severity), p->bold, f->rule->id,
            f->rule->name, p->reset, f->message);
    if (f->source_line) print_snippet(out, p, f);
    if (f->rule->help) fprintf(out, "%s      = help:%s %s\n", p->cyan, p->reset, f->rule->help);
    fputc('\n', out);
  }
  size_t files = ll_results_files_analyzed(results);
  if (n)
    fprintf(out, "%zu finding%s (%zu error, %zu warning, %zu info) in %zu file%s analysed.\n", n,
            n == 1 ? "" : "s", counts[LL_SEVERITY_ERROR], counts[LL_SEVERITY_WARNING],
            counts[LL_SEVERITY_INFO], files, files == 1 ? "" : "s");
  else
    fprintf(out, "No findings in %zu file%s analysed.\n", files, files == 1 ? "" : "s");
  return !ferror(out);
}
