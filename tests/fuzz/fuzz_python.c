/*
 * fuzz_python.c — the whole Python pipeline on arbitrary bytes: discover → read → lower → link →
 * rules → every reporter, as `lambda-lint DIR` runs it.
 *
 * The input is split at each "\n#@file\n" into up to four files (app.py, db.py, pkg/__init__.py,
 * pkg/handler.py) of one project folder, so imports between sibling modules are linked too.
 * Besides sanitizer reports, the target checks what a user relies on: the JSON report parses, and
 * the text report holds no control characters besides newline and tab.
 */
#include <fcntl.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "engine/engine.h"

static const char separator[] = "\n#@file\n";
static const char *const names[] = {"app.py", "db.py", "pkg/__init__.py", "pkg/handler.py"};
enum { N_FILES = sizeof(names) / sizeof(*names) };
static char root[256];

static void write_file(const char *name, const uint8_t *data, size_t len) {
  char path[512];
  snprintf(path, sizeof(path), "%s/%s", root, name);
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0) abort();
  while (len) {
    ssize_t n = write(fd, data, len);
    if (n <= 0) abort();
    data += n;
    len -= (size_t)n;
  }
  close(fd);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  const char *tmp = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
  snprintf(root, sizeof(root), "%s/ll-fuzz-python-XXXXXX", tmp);
  if (!mkdtemp(root)) abort();
  char pkg[300];
  snprintf(pkg, sizeof(pkg), "%s/pkg", root);
  mkdir(pkg, 0700);
  return 0;
}

static void check_text(const char *text, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)text[i];
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
      fprintf(stderr, "control character 0x%02X in the text report at byte %zu\n", c, i);
      abort();
    }
  }
}

static void check_json(const char *text, size_t len) {
  json_error_t error;
  json_t *doc = json_loadb(text, len, 0, &error);
  if (!doc || !json_is_array(json_object_get(doc, "findings"))) {
    fprintf(stderr, "invalid JSON report: %s (line %d)\n%.*s\n", error.text, error.line, (int)len, text);
    abort();
  }
  json_decref(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const uint8_t *at = data, *end = data + size;
  for (int i = 0; i < N_FILES; i++) {
    const uint8_t *cut = i + 1 < N_FILES ? memmem(at, (size_t)(end - at), separator, sizeof(separator) - 1) : NULL;
    const uint8_t *stop = cut ? cut : end;
    write_file(names[i], at, (size_t)(stop - at));
    at = cut ? cut + sizeof(separator) - 1 : end;
  }
  const char *paths[] = {root};
  const char *handlers[] = {"pkg.handler.main"};
  ll_options o;
  ll_options_init(&o);
  o.paths = paths;
  o.n_paths = 1;
  o.handlers = handlers;
  o.n_handlers = 1;
  ll_results *results = ll_analyze(&o);
  const ll_format formats[] = {LL_FORMAT_TEXT, LL_FORMAT_JSON};
  for (size_t f = 0; f < sizeof(formats) / sizeof(*formats); f++) {
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    o.format = formats[f];
    if (!ll_report(results, &o, out)) abort();
    fclose(out);
    if (formats[f] == LL_FORMAT_JSON) check_json(text, len);
    else check_text(text, len);
    free(text);
  }
  ll_results_delete(results);
  return 0;
}
