#include "cli/output.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/alloc.h"

struct ll_output {
  FILE *stream;
  char *target; /* NULL for stdout */
  char *temp;
};

static char *temp_template(const char *target) {
  const char *slash = strrchr(target, '/');
  if (!slash) return ll_strfmt(".%s.XXXXXX", target);
  return ll_strfmt("%.*s/.%s.XXXXXX", (int)(slash - target), target, slash + 1);
}

/* mkstemp creates 0600; a report should get the usual permissions (0666 less the umask). */
static void default_permissions(int fd) {
  mode_t mask = umask(0);
  umask(mask);
  (void)fchmod(fd, 0666 & ~mask);
}

ll_output *ll_output_open(const char *path, char **error) {
  ll_output *self = ll_calloc(1, sizeof *self);
  if (!path || strcmp(path, "-") == 0) {
    self->stream = stdout;
    return self;
  }
  self->target = ll_strdup(path);
  self->temp = temp_template(path);
  int fd = mkstemp(self->temp);
  if (fd >= 0) {
    default_permissions(fd);
    self->stream = fdopen(fd, "w");
    if (!self->stream) close(fd);
  }
  if (!self->stream) {
    *error = ll_strfmt("cannot write %s: %s", path, strerror(errno));
    if (fd >= 0) unlink(self->temp);
    free(self->target);
    free(self->temp);
    free(self);
    return NULL;
  }
  return self;
}

FILE *ll_output_stream(ll_output *self) { return self->stream; }

static bool finish_stdout(ll_output *self, char **error) {
  bool ok = fflush(self->stream) == 0 && !ferror(self->stream);
  if (!ok) *error = ll_strfmt("cannot write the report: %s", strerror(errno));
  return ok;
}

static bool finish_file(ll_output *self, bool commit, char **error) {
  bool written = !ferror(self->stream) && fflush(self->stream) == 0;
  int saved = errno;
  bool closed = fclose(self->stream) == 0;
  if (commit && written && closed && rename(self->temp, self->target) == 0) return true;
  if (!commit) {
    unlink(self->temp);
    return true;
  }
  *error = ll_strfmt("cannot write %s: %s", self->target, strerror(written && closed ? errno : saved));
  unlink(self->temp);
  return false;
}

bool ll_output_close(ll_output *self, bool commit, char **error) {
  if (!self) return true;
  bool ok = self->target ? finish_file(self, commit, error) : finish_stdout(self, error);
  free(self->target);
  free(self->temp);
  free(self);
  return ok;
}
