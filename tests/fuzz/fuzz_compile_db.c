/*
 * fuzz_compile_db.c — the compile_commands.json reader and its flag allowlist on arbitrary bytes:
 * the input is written as a database and read for one file. Besides sanitizer reports it fails
 * when a flag that writes a file, loads code or reads a response file gets through.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef LL_HAVE_LIBCLANG /* clang_flags.c is built with the C/C++ front-end only */
#include "frontend/clang_flags.h"

static const char *const never[] = {"-o", "-MJ", "-MD", "-MMD", "-MF", "-Xclang", "-mllvm", "-include",
                                    "-save-temps", "--serialize-diagnostics", "-load", NULL};

static void check(const ll_argv *out) {
  for (size_t i = 2; i < out->count; i++) { /* after -working-directory DIR */
    const char *arg = out->items[i];
    if (arg[0] == '@' || strncmp(arg, "-fplugin", 8) == 0 || strncmp(arg, "-Wl,", 4) == 0 ||
        strncmp(arg, "-Wp,", 4) == 0)
      abort();
    for (size_t n = 0; never[n]; n++)
      if (strcmp(arg, never[n]) == 0) abort();
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static char dir[64];
  if (!dir[0]) {
    snprintf(dir, sizeof dir, "/tmp/ll-fuzz-db-%d", (int)getpid());
    mkdir(dir, 0700);
  }
  char db[96];
  snprintf(db, sizeof db, "%s/compile_commands.json", dir);
  FILE *f = fopen(db, "wb");
  if (!f) return 0;
  fwrite(data, 1, size, f);
  fclose(f);
  ll_argv out = {0};
  if (ll_compile_db_flags(db, "/src/app.c", &out)) check(&out);
  ll_argv_free(&out);
  return 0;
}
#else
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return 0; }
#endif
