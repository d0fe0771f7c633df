#include "server/rpc.h"

#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "base/alloc.h"

/* A header line longer than this is garbage (real ones are ~30 bytes); so is a header block of
 * more than MAX_HEADER_LINES lines. Both are skipped without being held. */
enum { MAX_HEADER_LINE = 1024, MAX_HEADER_LINES = 64, BUFFER = 64 * 1024 };

struct ll_rpc_reader {
  int fd;
  char buf[BUFFER];
  size_t start, end;
  bool eof;
  uint64_t to_skip; /* the body of an oversized message, dropped before the next one is read */
};

ll_rpc_reader *ll_rpc_reader_new(int fd) {
  ll_rpc_reader *self = ll_calloc(1, sizeof *self);
  self->fd = fd;
  return self;
}

void ll_rpc_reader_delete(ll_rpc_reader *self) { free(self); }

/* Refills an empty buffer; false at the end of the input. */
static bool fill(ll_rpc_reader *self) {
  if (self->start < self->end) return true;
  if (self->eof) return false;
  for (;;) {
    ssize_t n = read(self->fd, self->buf, sizeof self->buf);
    if (n > 0) {
      self->start = 0;
      self->end = (size_t)n;
      return true;
    }
    if (n < 0 && errno == EINTR) continue;
    self->eof = true;
    return false;
  }
}

bool ll_rpc_pending(ll_rpc_reader *self) {
  if (self->start < self->end || self->eof) return true;
  struct pollfd p = {.fd = self->fd, .events = POLLIN};
  return poll(&p, 1, 0) != 0;
}

/* Reads one header line (without \r\n) into `line` (up to MAX_HEADER_LINE bytes, the rest dropped:
 * *too_long says so). False at the end of the input. */
static bool read_line(ll_rpc_reader *self, char *line, size_t *n, bool *too_long) {
  *n = 0;
  *too_long = false;
  for (;;) {
    if (!fill(self)) return false;
    char c = self->buf[self->start++];
    if (c == '\n') break;
    if (*n < MAX_HEADER_LINE) line[(*n)++] = c;
    else *too_long = true;
  }
  if (*n > 0 && line[*n - 1] == '\r') (*n)--;
  line[*n] = '\0';
  return true;
}

/* "Content-Length: 123" → 123; false for anything but digits (surrounding blanks allowed). */
static bool parse_length(const char *value, uint64_t *out) {
  while (*value == ' ' || *value == '\t') value++;
  if (*value < '0' || *value > '9') return false;
  uint64_t n = 0;
  for (; *value >= '0' && *value <= '9'; value++) {
    if (n > (UINT64_MAX - 9) / 10) return false;
    n = n * 10 + (uint64_t)(*value - '0');
  }
  while (*value == ' ' || *value == '\t') value++;
  if (*value) return false;
  *out = n;
  return true;
}

/* Reads and drops `n` bytes; false when the input ends first. */
static bool skip(ll_rpc_reader *self, uint64_t n) {
  while (n > 0) {
    if (!fill(self)) return false;
    size_t have = self->end - self->start;
    size_t take = n < have ? (size_t)n : have;
    self->start += take;
    n -= take;
  }
  return true;
}

ll_rpc_status ll_rpc_read(ll_rpc_reader *self, char **body, size_t *len, char **problem) {
  *body = NULL;
  *problem = NULL;
  *len = 0;
  if (self->to_skip && !skip(self, self->to_skip)) return LL_RPC_EOF;
  self->to_skip = 0;
  char line[MAX_HEADER_LINE + 1];
  size_t n = 0, lines = 0;
  bool too_long = false, has_length = false, bad = false;
  uint64_t length = 0;
  for (;;) {
    if (!read_line(self, line, &n, &too_long)) return LL_RPC_EOF;
    if (n == 0 && !too_long) {
      if (lines == 0) continue; /* stray blank lines between messages */
      break;
    }
    lines++;
    const char *colon = memchr(line, ':', n);
    if (too_long || lines > MAX_HEADER_LINES || !colon) {
      bad = true;
    } else if ((size_t)(colon - line) == 14 && !strncasecmp(line, "Content-Length", 14)) {
      uint64_t value = 0;
      if (!parse_length(colon + 1, &value) || (has_length && value != length)) bad = true;
      length = value;
      has_length = true;
    } /* other headers (Content-Type) carry nothing we need */
  }
  if (bad || !has_length) {
    *problem = ll_strdup(bad ? "malformed message header (a line that is not `Name: value`, or an invalid "
                               "Content-Length)"
                             : "message header without Content-Length");
    return LL_RPC_INVALID;
  }
  if (length > LL_RPC_MAX_MESSAGE) {
    *problem = ll_strfmt("message of %llu bytes is over the limit of %zu: skipped", (unsigned long long)length,
                         LL_RPC_MAX_MESSAGE);
    self->to_skip = length; /* answered now, dropped while reading on */
    return LL_RPC_INVALID;
  }
  char *out = ll_malloc((size_t)length + 1);
  for (size_t got = 0; got < length;) {
    if (!fill(self)) {
      free(out);
      return LL_RPC_EOF;
    }
    size_t have = self->end - self->start, take = length - got < have ? (size_t)(length - got) : have;
    memcpy(out + got, self->buf + self->start, take);
    self->start += take;
    got += take;
  }
  out[length] = '\0';
  *body = out;
  *len = (size_t)length;
  return LL_RPC_MESSAGE;
}

bool ll_rpc_write(int fd, const json_t *message) {
  char *json = json_dumps(message, JSON_COMPACT);
  if (!json) return false;
  size_t n = strlen(json);
  char *frame = ll_strfmt("Content-Length: %zu\r\n\r\n%s", n, json);
  free(json);
  size_t total = strlen(frame);
  bool ok = true;
  for (size_t done = 0; done < total && ok;) {
    ssize_t w = write(fd, frame + done, total - done);
    if (w > 0) done += (size_t)w;
    else if (w < 0 && errno == EINTR) continue;
    else ok = false;
  }
  free(frame);
  return ok;
}
