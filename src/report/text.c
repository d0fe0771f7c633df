/* text.c — the human report: `path:line:col: severity[ID name] message`, the source line with a
 * caret underline, and a help line. Colour only when the CLI asks for it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"
#include "base/alloc.h"
#include "base/escape.h"
#include "base/width.h"
#include "frontend/frontend.h"

typedef struct {
  const char *bold, *red, *yellow, *blue, *cyan, *reset;
} palette;

static const palette colours = {"\033[1m", "\033[31m", "\033[33m", "\033[34m", "\033[36m", "\033[0m"};
static const palette plain = {"", "", "", "", "", ""};

static const char *severity_colour(const palette *p, ll_severity s) {
  return s == LL_SEVERITY_ERROR ? p->red : s == LL_SEVERITY_WARNING ? p->yellow : p->blue;
}

/* One character of a source line as it is shown: its bytes (or U+FFFD for a control character or
 * a byte that is not UTF-8, so analysed text never drives the terminal) and its columns. */
typedef struct {
  const unsigned char *bytes;
  size_t n;      /* bytes in the source */
  bool replaced; /* shown as U+FFFD */
  int width;     /* terminal columns */
} shown_char;

static shown_char next_char(const unsigned char *s, size_t len) {
  size_t n = ll_utf8_sequence(s, len);
  bool control = n == 1 ? (s[0] < 0x20 && s[0] != '\t') || s[0] == 0x7F : n == 2 && s[0] == 0xC2 && s[1] < 0xA0;
  if (!n || control) return (shown_char){s, n ? n : 1, true, 1};
  return (shown_char){s, n, false, s[0] == '\t' ? 1 : ll_char_width(ll_utf8_decode(s, n))};
}

static void print_source_line(FILE *out, const char *line) {
  const unsigned char *s = (const unsigned char *)line;
  for (size_t i = 0, len = strlen(line); i < len;) {
    shown_char c = next_char(s + i, len - i);
    if (c.replaced) fputs("\xEF\xBF\xBD", out);
    else fwrite(c.bytes, 1, c.n, out);
    i += c.n;
  }
}

/* Prints the source line and the underline: carets under the span's characters, by display width
 * (a CJK character or an emoji takes two columns, a combining mark none; tabs are repeated so the
 * terminal expands them alike); a span that goes on to later lines is underlined to the line's end. */
static void print_snippet(FILE *out, const palette *p, const ll_finding *f) {
  const char *line = f->source_line;
  if (f->line == 1 && strncmp(line, "\xEF\xBB\xBF", 3) == 0) line += 3; /* a BOM is no column */
  bool cut_start = f->source_first_column > 1; /* a long line, kept around the span: "…" marks the cuts */
  fprintf(out, "%s%5u |%s %s", p->blue, f->line, p->reset, cut_start ? "\xE2\x80\xA6" : "");
  print_source_line(out, line);
  fputs(f->source_cut_end ? "\xE2\x80\xA6\n" : "\n", out);
  fprintf(out, "%s      |%s %s", p->blue, p->reset, cut_start ? " " : "");
  uint32_t end = f->end_line > f->line ? UINT32_MAX : f->end_line == f->line ? f->end_column : 0;
  const unsigned char *s = (const unsigned char *)line;
  size_t len = strlen(line), i = 0;
  uint32_t col = cut_start ? f->source_first_column : 1;
  for (; i < len && col < f->column; col++) { /* up to the span: blanks */
    shown_char c = next_char(s + i, len - i);
    if (s[i] == '\t') fputc('\t', out);
    else
      for (int w = 0; w < c.width; w++) fputc(' ', out);
    i += c.n;
  }
  fputs(severity_colour(p, f->severity), out);
  int carets = 0;
  for (; i < len && col < end; col++) { /* the span */
    shown_char c = next_char(s + i, len - i);
    for (int w = 0; w < c.width; w++, carets++) fputc('^', out);
    i += c.n;
  }
  if (!carets) fputc('^', out); /* an empty span, or one past the kept text: one caret */
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
    const ll_frontend *frontend = ll_frontend_for_path(f->path);
    const char *help = frontend ? ll_rule_help(f->rule, frontend->language) : f->rule->help;
    if (help) fprintf(out, "%s      = help:%s %s\n", p->cyan, p->reset, help);
    if (f->fix)
      fprintf(out, "%s      = fix:%s %s%s\n", p->cyan, p->reset, f->fix->title,
              f->fix->unsafe ? " (unsafe: --fix --unsafe-fixes)" : " (--fix)");
    fputc('\n', out);
  }
  if (concise && n && !options->quiet) fputc('\n', out);
  if (options->statistics && n) {
    print_statistics(out, findings, n);
    fputc('\n', out);
  }
  if (options->quiet) return !ferror(out);
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
