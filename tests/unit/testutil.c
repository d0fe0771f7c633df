#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "base/alloc.h"
#include "frontend/frontend.h"

ll_module *ll_test_lower(const char *path, const char *source) {
  const ll_frontend *fe = ll_frontend_for_path(path);
  if (!fe) return NULL;
  char *problem = NULL;
  ll_module *m = fe->lower(path, source, strlen(source), NULL, &problem);
  free(problem);
  return m;
}

char *ll_test_write(const char *dir, const char *name, const char *contents) {
  char *path = ll_strfmt("%s/%s", dir, name);
  char *cmd = ll_strfmt("mkdir -p \"$(dirname '%s')\"", path);
  if (system(cmd) != 0) fail_msg("mkdir failed for %s", path);
  free(cmd);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fwrite(contents, 1, strlen(contents), f);
  fclose(f);
  return path;
}

char *ll_test_tmpdir(void) {
  char templ[] = "/tmp/lambda-lint-test-XXXXXX";
  char *dir = mkdtemp(templ);
  assert_non_null(dir);
  return ll_strdup(dir);
}

void ll_test_rmtree(const char *dir) {
  char *cmd = ll_strfmt("rm -rf '%s'", dir);
  if (system(cmd) != 0) fail_msg("could not remove %s", dir);
  free(cmd);
}

char *ll_test_read(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *buf = NULL;
  size_t n = 0, cap = 0;
  int c;
  while ((c = fgetc(f)) != EOF) LL_PUSH(buf, n, cap, (char)c);
  LL_PUSH(buf, n, cap, '\0');
  fclose(f);
  return buf;
}

static char *slurp(const char *path) {
  char *text = ll_test_read(path);
  return text ? text : ll_strdup("");
}

int ll_test_run(const char *args, char **out, char **err) {
  char *dir = ll_test_tmpdir();
  /* `timeout`: a hang (a FIFO read, an endless loop) fails the test instead of stalling CI. */
  char *cmd = ll_strfmt("cd '%s' && timeout 300 '%s' %s >'%s/out' 2>'%s/err'", LL_SOURCE_DIR, LL_BINARY,
                        args, dir, dir);
  int status = system(cmd);
  free(cmd);
  char *path = ll_strfmt("%s/out", dir);
  if (out) *out = slurp(path);
  free(path);
  path = ll_strfmt("%s/err", dir);
  if (err) *err = slurp(path);
  free(path);
  cmd = ll_strfmt("rm -rf '%s'", dir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
  free(cmd);
  free(dir);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

const ll_event *ll_test_next_event(const ll_function *fn, ll_event_kind kind, uint32_t *from) {
  for (uint32_t i = *from; i < fn->n_events; i++)
    if (fn->events[i].kind == kind) {
      *from = i + 1;
      return &fn->events[i];
    }
  *from = fn->n_events;
  return NULL;
}

double ll_test_children_cpu_seconds(void) {
  struct rusage usage;
  getrusage(RUSAGE_CHILDREN, &usage);
  return (double)usage.ru_utime.tv_sec + (double)usage.ru_utime.tv_usec / 1e6 +
         (double)usage.ru_stime.tv_sec + (double)usage.ru_stime.tv_usec / 1e6;
}

const ll_event *ll_test_find_event(const ll_module *m, ll_event_kind kind, const char *name, int *fn_out) {
  for (uint32_t f = 0; f < m->n_functions; f++)
    for (uint32_t e = 0; e < m->functions[f].n_events; e++) {
      const ll_event *ev = &m->functions[f].events[e];
      if (ev->kind != kind) continue;
      const char *what = kind == LL_EV_CALL           ? ev->as.call.callee
                         : kind == LL_EV_SPAWN        ? ev->as.spawn.callee
                         : kind == LL_EV_MODULE_WRITE ? ev->as.write.name
                                                      : ev->name;
      if (what && strcmp(what, name) == 0) {
        if (fn_out) *fn_out = (int)f;
        return ev;
      }
    }
  return NULL;
}

const ll_function *ll_test_function_named(const ll_module *m, const char *name, bool qualified) {
  for (uint32_t f = 1; f < m->n_functions; f++)
    if (strcmp(qualified ? m->functions[f].qualname : m->functions[f].name, name) == 0) return &m->functions[f];
  return NULL;
}
