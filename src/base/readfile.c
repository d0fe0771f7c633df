/* readfile.c — reading one input file whole, refusing what is not a regular file or too large. */
#include "base/readfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/alloc.h"
#include "lambdalint/lambdalint.h"

/* Why `path` cannot be opened, in words: dangling and looping symlinks are named as such. */
static char *open_problem(const char *path, int err) {
  struct stat st;
  if (err == ENOENT && lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
    return ll_strdup("cannot read: dangling symbolic link (its target does not exist)");
  if (err == ELOOP) return ll_strdup("cannot read: symbolic link loop");
  return ll_strfmt("cannot read: %s", strerror(err));
}

char *ll_read_file_limited(const char *path, size_t max_size, size_t *len, char **error) {
  bool from_stdin = strcmp(path, "-") == 0;
  off_t file_size = 0;
  *error = NULL;
  if (max_size == 0 || max_size > LL_MAX_FILE_SIZE_LIMIT) max_size = LL_MAX_FILE_SIZE_LIMIT;
  /* O_NONBLOCK: opening a FIFO (or a device) must not wait for a writer; it is refused below. */
  int fd = from_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    *error = open_problem(path, errno);
    return NULL;
  }
  if (!from_stdin) {
    struct stat st;
    if (fstat(fd, &st) != 0) {
      *error = ll_strfmt("cannot read: %s", strerror(errno));
      close(fd);
      return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
      *error = ll_strdup(S_ISDIR(st.st_mode)    ? "is a directory, not a source file"
                         : S_ISFIFO(st.st_mode) ? "is a FIFO (named pipe), not a regular file: skipped"
                                                : "not a regular file: skipped");
      close(fd);
      return NULL;
    }
    file_size = st.st_size;
    if ((uintmax_t)st.st_size > max_size) {
      *error = ll_strfmt("file is %ju bytes, over the %zu-byte limit (--max-file-size): skipped",
                         (uintmax_t)st.st_size, max_size);
      close(fd);
      return NULL;
    }
    /* O_NONBLOCK stays set: reads of a regular file never wait, whatever the flag says. */
  }
  /* A regular file's buffer is its size plus one (to see the end): kept buffers stay small. */
  size_t n = 0, cap = from_stdin ? 64 * 1024 : (size_t)file_size + 1;
  char *buf = ll_malloc(cap + 1);
  bool failed = false, too_big = false;
  for (;;) {
    if (n == cap) {
      if (cap > max_size) { /* the file grew past the limit while being read, or stdin is huge */
        too_big = true;
        break;
      }
      cap *= 2;
      buf = ll_realloc(buf, cap + 1);
    }
    ssize_t got = read(fd, buf + n, cap - n);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) failed = true;
    if (got <= 0) break;
    n += (size_t)got;
    if (file_size > 0 && n == (size_t)file_size) break; /* all fstat saw: no read to see the end */
  }
  if (!from_stdin) close(fd);
  if (failed || too_big || n > max_size) {
    free(buf);
    *error = failed ? ll_strfmt("read error: %s", strerror(errno))
                    : ll_strfmt("more than the %zu-byte limit (--max-file-size): skipped", max_size);
    return NULL;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

char *ll_read_file(const char *path, size_t *len, char **error) {
  return ll_read_file_limited(path, LL_MAX_FILE_SIZE_LIMIT, len, error);
}

