/*
 * fuzz_report.c — the reporters and escape.c on arbitrary bytes: a finding and an input error
 * whose path, message and source line come from the input (split at NUL bytes; a path can hold
 * anything but NUL). The JSON report must parse, the text report must hold no control character
 * besides newline and tab, and an escaped diagnostic line must be valid UTF-8 without controls.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "engine/engine.h"
#include "base/escape.h"

static char *next_part(const uint8_t **at, const uint8_t *end) {
  const uint8_t *nul = memchr(*at, '\0', (size_t)(end - *at));
  const uint8_t *stop = nul ? nul : end;
  char *part = ll_strndup((const char *)*at, (size_t)(stop - *at));
  *at = nul ? nul + 1 : end;
  return part;
}

static void check_line(const char *s) {
  const unsigned char *u = (const unsigned char *)s;
  size_t len = strlen(s);
  for (size_t i = 0; i < len;) {
    size_t n = ll_utf8_sequence(u + i, len - i);
    if (!n || (n == 1 && (u[i] < 0x20 || u[i] == 0x7F)) || (n == 2 && u[i] == 0xC2 && u[i + 1] < 0xA0)) {
      fprintf(stderr, "escaped line has a control character or invalid UTF-8 at byte %zu\n", i);
      abort();
    }
    i += n;
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const uint8_t *at = data, *end = data + size;
  uint32_t numbers = 0;
  if (size >= 4) {
    memcpy(&numbers, data, 4);
    at += 4;
  }
  char *path = next_part(&at, end), *message = next_part(&at, end), *line = next_part(&at, end);

  char *escaped = ll_escape_line(path);
  check_line(escaped);
  free(escaped);
  escaped = ll_escape_utf8(message);
  free(escaped);

  ll_results *results = ll_calloc(1, sizeof(*results));
  ll_results_add_error(results, path, message);
  size_t n_rules = 0;
  const ll_rule *const *rules = ll_rules_all(&n_rules);
  ll_finding f = {
      .path = ll_strdup(path),
      .line = 1 + (numbers & 0xFF),
      .column = 1 + ((numbers >> 8) & 0xFF),
      .end_line = 1 + (numbers & 0xFF) + ((numbers >> 16) & 0x3),
      .end_column = 1 + ((numbers >> 18) & 0x3FF),
      .rule = rules[numbers % (n_rules ? n_rules : 1)],
      .severity = (ll_severity)((numbers >> 28) % 3),
      .message = ll_strdup(message),
      .source_line = (numbers >> 31) ? NULL : ll_strdup(line),
  };
  LL_PUSH(results->findings, results->n_findings, results->cap_findings, f);

  ll_options o;
  ll_options_init(&o);
  for (int format = 0; format < 2; format++) {
    for (int color = 0; color < 2; color++) {
      char *text = NULL;
      size_t len = 0;
      FILE *out = open_memstream(&text, &len);
      o.format = format ? LL_FORMAT_JSON : LL_FORMAT_TEXT;
      o.color = color && !format;
      if (!ll_report(results, &o, out)) abort();
      fclose(out);
      if (format) {
        json_error_t error;
        json_t *doc = json_loadb(text, len, 0, &error);
        if (!doc) {
          fprintf(stderr, "invalid JSON report: %s\n", error.text);
          abort();
        }
        json_decref(doc);
      } else if (!color) {
        for (size_t i = 0; i < len; i++) {
          unsigned char c = (unsigned char)text[i];
          if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            fprintf(stderr, "control character 0x%02X in the text report at byte %zu\n", c, i);
            abort();
          }
        }
      }
      free(text);
    }
  }
  ll_results_delete(results);
  free(path);
  free(message);
  free(line);
  return 0;
}
