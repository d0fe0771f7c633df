/*
 * clang_child.c — the child process that runs libclang, and the parent's side of it.
 *
 * The child is this same executable (/proc/self/exe), started with LAMBDA_LINT_CLANG_CHILD=<the
 * parent's process ID> in its environment: a constructor sees it before main() runs, so any program
 * linking the library (the CLI, the tests, the fuzzers) serves as its own child. posix_spawn, not fork: the parent has other
 * threads, and a forked copy could inherit a lock one of them held.
 *
 * One socket carries both ways: the request (the file's path, language, folder, compile database
 * and bytes), then the reply (the parse outcome and the tokens, ending in a marker; a reply without
 * it is a failed child, whatever its exit status says).
 */

#include "frontend/clang_child.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "base/wire.h"
#include "base/strmap.h"

extern char **environ;

#define CHILD_ENV "LAMBDA_LINT_CLANG_CHILD"
#define TIMEOUT_ENV "LAMBDA_LINT_CLANG_TIMEOUT"
#define REQUEST_MAGIC 0x4c4c4351u /* "LLCQ" */
#define REPLY_MAGIC 0x4c4c4352u   /* "LLCR" */
#define REPLY_END 0x4c4c4345u     /* "LLCE" */
#define ADDRESS_SPACE ((rlim_t)4 << 30)
#define IDLE_SECONDS 5

#if defined(__SANITIZE_ADDRESS__)
#define LL_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LL_UNDER_ASAN 1
#endif
#endif

unsigned ll_clang_child_seconds(void) {
  const char *text = getenv(TIMEOUT_ENV);
  char *end = NULL;
  long seconds = text ? strtol(text, &end, 10) : 0;
  return text && end != text && !*end && seconds >= 1 && seconds <= 3600 ? (unsigned)seconds : 60;
}

/* ---- the messages (base/wire.h) ---------------------------------------------------------- */

/* A string of the message copied into the arena, or NULL. */
static const char *take_str(ll_wire_reader *r, ll_arena *arena) {
  uint32_t n;
  const char *s = ll_wire_get_bytes(r, &n);
  return s ? ll_arena_strndup(arena, s, n) : NULL;
}

/* The index of `s` in the reply's string table (added when new), or LL_WIRE_NO_STRING for NULL. Names
 * repeat across tokens (every call of one function): each crosses once, and the parent keeps one
 * copy, so a file of millions of tokens naming one long-named function costs no more than its
 * tokens. */
static uint32_t string_index(ll_strmap *seen, const char ***table, size_t *n, size_t *cap, const char *s) {
  if (!s) return LL_WIRE_NO_STRING;
  int at = ll_strmap_get(seen, s);
  if (at >= 0) return (uint32_t)at;
  if (*n == *cap) {
    *cap = *cap ? *cap * 2 : 64;
    *table = ll_realloc(*table, *cap * sizeof(**table));
  }
  (*table)[*n] = s;
  ll_strmap_put(seen, s, (int)*n);
  return (uint32_t)(*n)++;
}

static void put_outcome(ll_wire *w, const ll_clang_outcome *o) {
  ll_wire_put_u32(w, REPLY_MAGIC);
  ll_wire_put_u32(w, o->parsed);
  ll_wire_put_str(w, o->unavailable);
  ll_wire_put_u32(w, (uint32_t)o->error);
  ll_wire_put_u64(w, o->expansion);
  ll_wire_put_u64(w, o->budget);
  ll_wire_put_u64(w, o->included);
  ll_wire_put_u64(w, o->included_budget);
  ll_wire_put_u32(w, o->blanked_line);
  ll_wire_put_u64(w, o->blanked);
  ll_strmap seen;
  ll_strmap_init(&seen);
  const char **table = NULL;
  size_t n = 0, cap = 0;
  uint32_t *refs = ll_calloc(o->count * 2 + 1, sizeof(*refs));
  for (size_t i = 0; i < o->count; i++) {
    refs[2 * i] = string_index(&seen, &table, &n, &cap, o->tokens[i].ref);
    refs[2 * i + 1] = string_index(&seen, &table, &n, &cap, o->tokens[i].decl_type);
  }
  ll_wire_put_u64(w, n);
  for (size_t i = 0; i < n; i++) ll_wire_put_str(w, table[i]);
  ll_wire_put_u64(w, o->count);
  for (size_t i = 0; i < o->count; i++) {
    const ll_ctoken *t = &o->tokens[i];
    ll_wire_put_u32(w, t->start);
    ll_wire_put_u32(w, t->end);
    ll_wire_put_u32(w, (uint32_t)t->kind | (t->decl_known ? 0x100u : 0));
    ll_wire_put_u32(w, refs[2 * i]);
    ll_wire_put_u32(w, refs[2 * i + 1]);
  }
  ll_wire_put_u32(w, REPLY_END);
  free(refs);
  free(table);
  ll_strmap_free(&seen);
}

/* The string of the table a token's index names (NULL for none); an index past it fails the reader. */
static const char *table_string(ll_wire_reader *r, const char *const *table, size_t n, uint32_t index) {
  if (index == LL_WIRE_NO_STRING) return NULL;
  if (index < n) return table[index];
  r->ok = false;
  return NULL;
}

/* Reads a reply for a source of `len` bytes; false when it is not a whole, well-formed one. */
static bool take_outcome(ll_wire_reader *r, size_t len, ll_arena *arena, ll_clang_outcome *o) {
  *o = (ll_clang_outcome){0};
  if (ll_wire_get_u32(r) != REPLY_MAGIC) return false;
  o->parsed = ll_wire_get_u32(r) != 0;
  o->unavailable = take_str(r, arena);
  o->error = (int)ll_wire_get_u32(r);
  o->expansion = ll_wire_get_u64(r);
  o->budget = ll_wire_get_u64(r);
  o->included = ll_wire_get_u64(r);
  o->included_budget = ll_wire_get_u64(r);
  o->blanked_line = ll_wire_get_u32(r);
  o->blanked = ll_wire_get_u64(r);
  /* every string takes at least 4 bytes of the reply, every token 20: a count beyond that is refused */
  size_t n_strings = ll_wire_get_count(r, 4);
  const char **table = ll_calloc(n_strings ? n_strings : 1, sizeof(*table));
  for (size_t i = 0; i < n_strings && r->ok; i++) table[i] = take_str(r, arena);
  size_t count = ll_wire_get_count(r, 20);
  if (!r->ok) {
    free(table);
    return false;
  }
  o->tokens = ll_calloc(count ? count : 1, sizeof(*o->tokens));
  o->count = count;
  for (size_t i = 0; i < o->count && r->ok; i++) {
    ll_ctoken *t = &o->tokens[i];
    t->start = ll_wire_get_u32(r);
    t->end = ll_wire_get_u32(r);
    uint32_t kind = ll_wire_get_u32(r);
    t->kind = (ll_ctok_kind)(kind & 0xff);
    t->decl_known = (kind & 0x100u) != 0;
    uint32_t ref = ll_wire_get_u32(r), decl_type = ll_wire_get_u32(r);
    t->ref = table_string(r, table, n_strings, ref);
    t->decl_type = table_string(r, table, n_strings, decl_type);
    if (t->start > t->end || t->end > len || t->kind > LL_CTOK_LITERAL) r->ok = false;
  }
  free(table);
  if (!r->ok || ll_wire_get_u32(r) != REPLY_END || r->left != 0) {
    free(o->tokens);
    *o = (ll_clang_outcome){0};
    return false;
  }
  return true;
}

/* ---- the child ------------------------------------------------------------------------------ */

static bool write_all(int fd, const char *data, size_t len) {
  while (len) {
    ssize_t n = write(fd, data, len);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    len -= (size_t)n;
  }
  return true;
}

static bool read_all(int fd, ll_wire *w) {
  char buf[65536];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) return true;
    ll_wire_put(w, buf, (size_t)n);
  }
}

static void limit(int resource, rlim_t value) {
  struct rlimit r = {.rlim_cur = value, .rlim_max = value};
  setrlimit(resource, &r);
}

static int serve_one_parse(void) {
  /* No core file and no file written, whatever libclang is made to do; a write past the limit
   * fails (EFBIG) instead of raising SIGXFSZ. */
  limit(RLIMIT_CORE, 0);
  limit(RLIMIT_FSIZE, 0);
  signal(SIGXFSZ, SIG_IGN);
  unsigned seconds = ll_clang_child_seconds();
  unsigned cpu = seconds / 2 ? seconds / 2 : 1;
  struct rlimit r = {.rlim_cur = cpu, .rlim_max = cpu + 1}; /* SIGXCPU at the soft limit */
  setrlimit(RLIMIT_CPU, &r);
#ifndef LL_UNDER_ASAN
  limit(RLIMIT_AS, ADDRESS_SPACE);
#endif
  ll_wire request = {0};
  if (!read_all(STDIN_FILENO, &request)) return 3;
  ll_wire_reader in = {(const unsigned char *)request.bytes, request.n, true};
  if (ll_wire_get_u32(&in) != REQUEST_MAGIC) return 3;
  ll_language language = (ll_language)ll_wire_get_u32(&in);
  ll_arena *arena = ll_arena_new();
  const char *path = take_str(&in, arena);
  const char *root = take_str(&in, arena);
  const char *compile_commands = take_str(&in, arena);
  bool has_env = ll_wire_get_u32(&in) != 0;
  uint32_t len;
  const char *source = ll_wire_get_bytes(&in, &len);
  if (!in.ok || !path || !source) return 3;
  ll_lower_env env = {.root = root, .compile_commands = compile_commands};
  ll_clang_outcome outcome = {0};
  ll_clang_parse_here(path, language, has_env ? &env : NULL, source, len, arena, &outcome);
  ll_wire reply = {0};
  put_outcome(&reply, &outcome);
  return write_all(STDOUT_FILENO, reply.bytes, reply.n) ? 0 : 3;
  /* everything else goes with the process */
}

/* The child is told its parent's process ID: a value that is not its parent's (a variable a user
 * set by hand, or inherited by something else) does not make a program a child. It dies with its
 * parent, so a child blocked on a FIFO never outlives a killed run. */
__attribute__((constructor)) static void ll_clang_child_main(void) {
  const char *mode = getenv(CHILD_ENV);
  char *end = NULL;
  long parent = mode ? strtol(mode, &end, 10) : 0;
  if (!mode || end == mode || *end || parent <= 1) return;
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if ((long)getppid() != parent) return; /* not our parent, or it died before prctl took hold */
  _exit(serve_one_parse());
}

/* ---- the parent ------------------------------------------------------------------------------ */

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The environment with CHILD_ENV=<this process's ID> added (and any inherited value dropped). */
static char **child_environment(char *entry, size_t size) {
  size_t n = 0;
  while (environ && environ[n]) n++;
  char **env = ll_calloc(n + 2, sizeof(*env));
  size_t kept = 0;
  for (size_t i = 0; i < n; i++)
    if (strncmp(environ[i], CHILD_ENV "=", sizeof(CHILD_ENV))) env[kept++] = environ[i];
  snprintf(entry, size, "%s=%ld", CHILD_ENV, (long)getpid());
  env[kept] = entry;
  return env;
}

/* Starts the child on one end of a socket pair; the other end (nonblocking) in *fd. */
static bool start_child(pid_t *pid, int *fd) {
  int pair[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair)) return false;
  int theirs = pair[1];
  if (theirs <= STDERR_FILENO) { /* dup2 onto itself would keep close-on-exec */
    theirs = fcntl(pair[1], F_DUPFD_CLOEXEC, STDERR_FILENO + 1);
    close(pair[1]);
    if (theirs < 0) {
      close(pair[0]);
      return false;
    }
  }
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, theirs, STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, theirs, STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawnattr_init(&attr);
  sigset_t none, defaults;
  sigemptyset(&none);
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  sigaddset(&defaults, SIGXCPU);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  char *argv[] = {"lambda-lint (libclang)", NULL};
  char entry[64];
  char **env = child_environment(entry, sizeof entry);
  int failed = posix_spawn(pid, "/proc/self/exe", &actions, &attr, argv, env);
  free(env);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  close(theirs);
  if (failed) {
    close(pair[0]);
    return false;
  }
  fcntl(pair[0], F_SETFL, fcntl(pair[0], F_GETFL) | O_NONBLOCK);
  *fd = pair[0];
  return true;
}

/* The CPU time the child's threads have used, in clock ticks, or -1 when /proc cannot say. */
static long long cpu_ticks(pid_t pid) {
  char path[64], text[1024];
  snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  ssize_t n = read(fd, text, sizeof text - 1);
  close(fd);
  if (n <= 0) return -1;
  text[n] = '\0';
  const char *after_name = strrchr(text, ')'); /* the name in parentheses may hold anything */
  unsigned long long user, system;
  /* after the name: state, then 10 fields, then utime and stime */
  if (!after_name || sscanf(after_name + 1, " %*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &user,
                            &system) != 2)
    return -1;
  return (long long)(user + system);
}

typedef enum { EXCHANGE_DONE, EXCHANGE_LATE, EXCHANGE_IDLE } exchange_end;

/* Sends the request and collects the reply until the child closes its end (DONE), the deadline
 * passes (LATE), or the child has used no CPU for IDLE_SECONDS (IDLE): a parse never waits but on
 * the disk, so a child that long without work is blocked (a FIFO or device that no scan foresaw),
 * and would only wait out the deadline. */
static exchange_end exchange(pid_t pid, int fd, const ll_wire *request, ll_wire *reply, size_t reply_limit,
                             double deadline) {
  size_t sent = 0;
  long long ticks = cpu_ticks(pid);
  double worked = now_seconds();
  for (;;) {
    double now = now_seconds(), left = deadline - now;
    if (left <= 0) return EXCHANGE_LATE;
    long long now_ticks = cpu_ticks(pid);
    if (now_ticks != ticks || now_ticks < 0) {
      ticks = now_ticks;
      worked = now;
    } else if (now - worked >= IDLE_SECONDS) {
      return EXCHANGE_IDLE;
    }
    struct pollfd p = {.fd = fd, .events = POLLIN | (sent < request->n ? POLLOUT : 0)};
    int ready = poll(&p, 1, left < 0.25 ? (int)(left * 1000) + 1 : 250);
    if (ready < 0 && errno != EINTR) return EXCHANGE_DONE; /* judged by the reply */
    if (ready <= 0) continue;
    if (sent < request->n && (p.revents & (POLLOUT | POLLERR))) {
      ssize_t n = send(fd, request->bytes + sent, request->n - sent, MSG_NOSIGNAL);
      if (n > 0) sent += (size_t)n;
      else if (n < 0 && errno != EAGAIN && errno != EINTR) sent = request->n; /* the child is gone */
      if (sent == request->n) shutdown(fd, SHUT_WR);
    }
    if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
      char buf[65536];
      ssize_t n = recv(fd, buf, sizeof buf, 0);
      if (n == 0) return EXCHANGE_DONE;
      if (n < 0 && errno != EAGAIN && errno != EINTR) return EXCHANGE_DONE;
      if (n > 0) {
        if (reply->n + (size_t)n > reply_limit) return EXCHANGE_DONE; /* judged (and refused) by the reply */
        ll_wire_put(reply, buf, (size_t)n);
      }
    }
  }
}

/* Waits for the child until the deadline, then kills it; its wait status, or -1 when unknown. */
static int reap(pid_t pid, double deadline, bool *killed) {
  *killed = false;
  for (;;) {
    int status;
    pid_t got = waitpid(pid, &status, WNOHANG);
    if (got == pid) return status;
    if (got < 0 && errno != EINTR) return -1; /* SIGCHLD ignored by whoever started us: reaped already */
    if (now_seconds() >= deadline) break;
    struct timespec pause = {0, 2 * 1000 * 1000};
    nanosleep(&pause, NULL);
  }
  kill(pid, SIGKILL);
  *killed = true;
  int status;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return -1;
  return status;
}

static char *failure(int status, exchange_end end, bool killed, unsigned seconds) {
  if (end == EXCHANGE_IDLE)
    return ll_strfmt("libclang waited %d s without working (on a FIFO or device a header names?): not analysed",
                     IDLE_SECONDS);
  if (end == EXCHANGE_LATE || killed) return ll_strfmt("libclang did not finish within %u s: not analysed", seconds);
  if (status != -1 && WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU)
    return ll_strfmt("libclang used more than %u s of CPU: not analysed", seconds / 2 ? seconds / 2 : 1);
  if (status != -1 && WIFSIGNALED(status))
    return ll_strfmt("libclang crashed or ran out of memory on this file (signal %d): not analysed",
                     WTERMSIG(status));
  if (status != -1 && WIFEXITED(status) && WEXITSTATUS(status))
    return ll_strfmt("libclang's process failed on this file (exit %d): not analysed", WEXITSTATUS(status));
  return ll_strdup("libclang's process gave no usable answer for this file: not analysed");
}

char *ll_clang_parse_isolated(const char *path, ll_language language, const ll_lower_env *env, const char *source,
                              size_t len, ll_arena *arena, ll_clang_outcome *out) {
  *out = (ll_clang_outcome){0};
  if (len >= LL_WIRE_NO_STRING) return ll_strdup("the file is too large for libclang: not analysed");
  pid_t pid;
  int fd;
  if (!start_child(&pid, &fd)) {
    ll_clang_parse_here(path, language, env, source, len, arena, out);
    return NULL;
  }
  unsigned seconds = ll_clang_child_seconds();
  double deadline = now_seconds() + seconds;
  ll_wire request = {0}, reply = {0};
  ll_wire_put_u32(&request, REQUEST_MAGIC);
  ll_wire_put_u32(&request, (uint32_t)language);
  ll_wire_put_str(&request, path);
  ll_wire_put_str(&request, env ? env->root : NULL);
  ll_wire_put_str(&request, env ? env->compile_commands : NULL);
  ll_wire_put_u32(&request, env != NULL);
  ll_wire_put_bytes(&request, source, len);
  /* 20 bytes per token (at most one per byte) and the distinct names, which the headers' bytes
   * bound (the include estimate keeps them under 64 MB): far above any real reply */
  size_t reply_limit = (size_t)len * 24 + ((size_t)256 << 20);
  exchange_end end = exchange(pid, fd, &request, &reply, reply_limit, deadline);
  bool finished = end == EXCHANGE_DONE;
  close(fd);
  bool killed = false;
  int status = reap(pid, finished ? deadline : 0, &killed);
  ll_wire_reader r = {(const unsigned char *)reply.bytes, reply.n, true};
  bool whole = finished && !killed && take_outcome(&r, len, arena, out);
  free(request.bytes);
  free(reply.bytes);
  if (whole && (status == -1 || (WIFEXITED(status) && WEXITSTATUS(status) == 0))) return NULL;
  free(out->tokens);
  *out = (ll_clang_outcome){0};
  return failure(status, end, killed, seconds);
}
