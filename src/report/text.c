/* text.c — the human report: `path:line:col: severity[ID name] message`, the source line with a
 * caret underline, and a help line. Colour only when the CLI asks for it. */
#include <stdlib.h>
#include <string.h>

#include "report/report.h"
#include "base/alloc.h"
#include "base/escape.h"

typedef struct {
  const char *bold, *red, *yellow, *blue, *cyan, *reset;
} palette;

static const palette colours = {"\033[1m", "\033[31m", "\033[33m", "\033[34m", "\033[36m", "\033[0m"};
static const palette plain = {"", "", "", "", "", ""};

static const char *severity_colour(const palette *p, ll_severity s) {
  return s == LL_SEVERITY_ERROR ? p->red : s == LL_SEVERITY_WARNING ? p->yellow : p->blue;
}

/* Writes the source line: tabs kept (so the caret lines up), control characters and bytes that
 * are not UTF-8 shown as U+FFFD, one column each, so analysed text never drives the terminal. */
static void print_source_line(FILE *out, const char *line) {
  const unsigned char *s = (const unsigned char *)line;
  size_t len = strlen(line);
  for (size_t i = 0; i < len;) {
    size_t n = ll_utf8_sequence(s + i, len - i);
    bool control = n == 1 ? (s[i] < 0x20 && s[i] != '\t') || s[i] == 0x7F : n == 2 && s[i] == 0xC2 && s[i + 1] < 0xA0;
    if (n && !control) fwrite(s + i, 1, n, out);
    else fputs("\xEF\xBF\xBD", out);
    i += n ? n : 1;
  }
}

/* Prints the source line and the underline. */
static void print_snippet(FILE *out, const palette *p, const ll_finding *f) {
  const char *line = f->source_line;
  if (f->line == 1 && strncmp(line, "\xEF\xBB\xBF", 3) == 0) line += 3; /* a BOM is no column */
  bool cut_start = f->source_first_column > 1; /* a long line, kept around the span: "…" marks the cuts */
  fprintf(out, "%s%5u |%s %s", p->blue, f->line, p->reset, cut_start ? "\xE2\x80\xA6" : "");
  print_source_line(out, line);
  fputs(f->source_cut_end ? "\xE2\x80\xA6\n" : "\n", out);
  fprintf(out, "%s      |%s %s", p->blue, p->reset, cut_start ? " " : "");
  uint32_t col = cut_start ? f->source_first_column : 1;
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

/* --statistics: how many findings each rule has, most first (then by ID). */
static void print_statistics(FILE *out, const ll_finding *findings, size_t n) {
  size_t n_rules = 0;
  const ll_rule *const *rules = ll_rules_all(&n_rules);
  size_t *counts = ll_calloc(n_rules + 1, sizeof(size_t));
  for (size_t i = 0; i < n; i++)
    for (size_t r = 0; r < n_rules; r++)
      if (rules[r] == findings[i].rule) counts[r]++;
  for (size_t printed = 0; printed < n_rules; printed++) {
    size_t best = n_rules;
    for (size_t r = 0; r < n_rules; r++)
      if (counts[r] && (best == n_rules || counts[r] > counts[best])) best = r;
    if (best == n_rules) break;
    fprintf(out, "%6zu  %s  %s\n", counts[best], rules[best]->id, rules[best]->name);
    counts[best] = 0;
  }
  free(counts);
}

bool ll_report_text(const ll_results *results, const ll_options *options, FILE *out) {
  const palette *p = options->color ? &colours : &plain;
  bool concise = options->format == LL_FORMAT_CONCISE;
  size_t n = 0, counts[3] = {0}, n_fixable[2] = {0}; /* safe, unsafe */
  const ll_finding *findings = ll_results_findings(results, &n);
  for (size_t i = 0; i < n; i++) {
    const ll_finding *f = &findings[i];
    counts[f->severity]++;
    char *path = ll_escape_line(f->path), *message = ll_escape_line(f->message);
    fprintf(out, "%s%s:%u:%u:%s %s%s%s[%s %s]%s %s%s\n", p->bold, path, f->line, f->column, p->reset,
            severity_colour(p, f->severity), ll_severity_name(f->severity), p->bold, f->rule->id,
            f->rule->name, p->reset, f->fix ? "[*] " : "", message);
    if (f->fix) n_fixable[f->fix->unsafe]++;
    free(path);
    free(message);
    if (concise) continue;
    if (f->source_line) print_snippet(out, p, f);
    if (f->rule->help) fprintf(out, "%s      = help:%s %s\n", p->cyan, p->reset, f->rule->help);
    if (f->fix)
      fprintf(out, "%s      = fix:%s %s%s\n", p->cyan, p->reset, f->fix->title,
              f->fix->unsafe ? " (unsafe: --fix --unsafe-fixes)" : " (--fix)");
    fputc('\n', out);
  }
  if (concise && n) fputc('\n', out);
  if (options->statistics && n) {
    print_statistics(out, findings, n);
    fputc('\n', out);
  }
  size_t files = ll_results_files_analyzed(results), n_errors = 0;
  ll_results_errors(results, &n_errors);
  if (n_errors)
    fprintf(out, "%zu file%s could not be analysed (see the messages on stderr).\n", n_errors, n_errors == 1 ? "" : "s");
  if (n)
    fprintf(out, "%zu finding%s (%zu error, %zu warning, %zu info) in %zu file%s analysed.\n", n,
            n == 1 ? "" : "s", counts[LL_SEVERITY_ERROR], counts[LL_SEVERITY_WARNING],
            counts[LL_SEVERITY_INFO], files, files == 1 ? "" : "s");
  else
    fprintf(out, "No findings in %zu file%s analysed.\n", files, files == 1 ? "" : "s");
  if (!concise && (n_fixable[0] || n_fixable[1]))
    fprintf(out, "[*] %zu fixable with --fix, %zu more with --fix --unsafe-fixes.\n", n_fixable[0], n_fixable[1]);
  return !ferror(out);
}
