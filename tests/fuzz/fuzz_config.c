/*
 * fuzz_config.c — the .lambda-lint.yaml reader and the inline suppression parser on arbitrary
 * bytes: the config is loaded from a file holding the input (and queried), and the same bytes are
 * parsed as source comments in both comment styles (and matched, and the unused ones listed).
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/config.h"
#include "engine/suppress.h"

static char path[256];

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  const char *tmp = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
  snprintf(path, sizeof(path), "%s/ll-fuzz-config-%d.yaml", tmp, (int)getpid());
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  FILE *f = fopen(path, "wb");
  if (!f) abort();
  if (size && fwrite(data, 1, size, f) != size) abort();
  fclose(f);
  char *error = NULL;
  ll_config *config = ll_config_load(path, ll_rule_find, &error);
  if (config) {
    (void)ll_config_excludes(config, "src/app.py", "/work");
    size_t n = 0;
    const ll_rule *const *rules = ll_rules_all(&n);
    for (size_t i = 0; i < n; i++) {
      (void)ll_config_ignores(config, "src/app.py", "/work", rules[i]);
      (void)ll_config_severity(config, rules[i], rules[i]->severity);
    }
    (void)ll_config_list(config, "handlers");
  } else if (!error) {
    abort(); /* NULL must come with a message */
  }
  free(error);
  ll_config_delete(config);

  for (int style = LL_COMMENT_HASH; style <= LL_COMMENT_SLASH; style++) {
    ll_suppressions *s = ll_suppressions_parse((const char *)data, size, (ll_comment_style)style);
    for (uint32_t line = 0; line < 12; line++) (void)ll_suppressions_match(s, line, "LL302", "client-per-invocation");
    size_t n = 0;
    ll_suppress_note *notes = ll_suppressions_unused(s, &n);
    ll_suppress_notes_delete(notes, n);
    ll_suppressions_delete(s);
  }
  return 0;
}
