#include "cli/output.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/alloc.h"

struct ll_output {
  FILE *stream;
  char *target; /* NULL for stdout */
  char *temp;   /* NULL when writing straight into the target (stdout, a device, FIFO or symlink) */
};

static char *temp_template(const char *target) {
  const char *slash = strrchr(target, '/');
  if (!slash) return ll_strfmt(".%s.XXXXXX", target);
  return ll_strfmt("%.*s/.%s.XXXXXX", (int)(slash - target), target, slash + 1);
}

/* mkstemp creates 0600; a new report gets the usual permissions (0666 less the umask), a
 * replaced one keeps its own mode and, when we may, its owner (a 0600 report stays private). */
static void set_permissions(int fd, const struct stat *existing) {
  if (existing) {
    if (fchown(fd, existing->st_uid, existing->st_gid) != 0) { /* only root may give files away */ }
    (void)fchmod(fd, existing->st_mode & 07777);
    return;
  }
  mode_t mask = umask(0);
  umask(mask);
  (void)fchmod(fd, 0666 & ~mask);
}

/* A regular file (or none yet) is replaced through a temporary file; anything else — a device
 * such as /dev/null, a FIFO, a symlink (to whatever it points at) — is written in place and never
 * replaced: renaming over /dev/null as root would replace the system's /dev/null. */
static int open_target(ll_output *self, const char *path) {
  struct stat st;
  bool exists = lstat(path, &st) == 0;
  if (exists && !S_ISREG(st.st_mode)) return open(path, O_WRONLY | O_TRUNC | O_NOCTTY | O_CLOEXEC);
  self->temp = temp_template(path);
  int fd = mkstemp(self->temp);
  if (fd >= 0) set_permissions(fd, exists ? &st : NULL);
  return fd;
}

ll_output *ll_output_open(const char *path, char **error) {
  ll_output *self = ll_calloc(1, sizeof *self);
  if (!path || strcmp(path, "-") == 0) {
    self->stream = stdout;
    return self;
  }
  self->target = ll_strdup(path);
  int fd = open_target(self, path);
  if (fd >= 0) {
    self->stream = fdopen(fd, "w");
    if (!self->stream) close(fd);
  }
  if (!self->stream) {
    *error = ll_strfmt("cannot write %s: %s", path, strerror(errno));
    if (fd >= 0 && self->temp) unlink(self->temp);
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
  if (!self->temp) { /* written in place: nothing to rename or discard */
    if (written && closed) return true;
    *error = ll_strfmt("cannot write %s: %s", self->target, strerror(saved));
    return false;
  }
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
