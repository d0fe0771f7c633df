/* test_lsp_protocol.c — `lambda-lint server` as a client sees it: the lifecycle, diagnostics and
 * code actions over real pipes to the binary, and every kind of malformed input (framing, JSON,
 * JSON-RPC, LSP state, parameter types) answered or ignored as the specification says, never a
 * crash or a hang. */
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/alloc.h"
#include "server/lsp_text.h"
#include "server/server.h"
#include "testutil.h"

static char *frame(const char *json) { return ll_strfmt("Content-Length: %zu\r\n\r\n%s", strlen(json), json); }

/* The messages of a server's output, in order (a JSON array). */
static json_t *parse_output(const char *out, size_t len) {
  json_t *list = json_array();
  const char *p = out, *end = out + len;
  while (p < end) {
    const char *header = strstr(p, "Content-Length: ");
    if (!header) break;
    size_t n = strtoul(header + 16, NULL, 10);
    const char *body = strstr(header, "\r\n\r\n");
    assert_non_null(body);
    body += 4;
    assert_true(body + n <= end);
    json_error_t error;
    json_t *msg = json_loadb(body, n, 0, &error);
    assert_non_null(msg);
    json_array_append_new(list, msg);
    p = body + n;
  }
  return list;
}

/* Runs the server in this process on `input` (a file, so reads never block); returns its messages
 * and its exit code in *code. */
static json_t *serve(const char *input, size_t len, int *code) {
  char *dir = ll_test_tmpdir();
  char *in_path = ll_strfmt("%s/in", dir), *out_path = ll_strfmt("%s/out", dir);
  FILE *f = fopen(in_path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(input, 1, len, f), len);
  fclose(f);
  int in = open(in_path, O_RDONLY), out = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  ll_server_settings settings = {.documents_only = true};
  *code = ll_server_run(in, out, &settings);
  close(in);
  close(out);
  char *text = ll_test_read(out_path);
  json_t *messages = parse_output(text, strlen(text));
  free(text);
  free(in_path);
  free(out_path);
  ll_test_rmtree(dir);
  free(dir);
  return messages;
}

static const char initialize[] = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}";
static const char shutdown[] = "{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"shutdown\"}";
static const char exit_note[] = "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}";

static void append(char **buf, const char *raw) {
  char *next = ll_strfmt("%s%s", *buf, raw);
  free(*buf);
  *buf = next;
}

static void append_framed(char **buf, const char *json) {
  char *f = frame(json);
  append(buf, f);
  free(f);
}

/* The response to request `id` (an integer), or NULL. */
static json_t *response(json_t *messages, json_int_t id) {
  size_t i;
  json_t *m;
  json_array_foreach(messages, i, m) {
    json_t *mid = json_object_get(m, "id");
    if (json_is_integer(mid) && json_integer_value(mid) == id) return m;
  }
  return NULL;
}

static json_int_t error_code(const json_t *m) {
  return json_integer_value(json_object_get(json_object_get(m, "error"), "code"));
}

static void test_lifecycle(void **state) {
  char *in = ll_strdup("");
  append_framed(&in, initialize);
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
  append_framed(&in, shutdown);
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"id\":100,\"method\":\"textDocument/codeAction\",\"params\":{}}");
  append_framed(&in, exit_note);
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"id\":101,\"method\":\"shutdown\"}"); /* never read */
  int code = -1;
  json_t *out = serve(in, strlen(in), &code);
  assert_int_equal(code, 0);
  json_t *init = response(out, 1);
  json_t *caps = json_object_get(json_object_get(init, "result"), "capabilities");
  assert_int_equal(json_integer_value(json_object_get(json_object_get(caps, "textDocumentSync"), "change")), 2);
  assert_non_null(json_object_get(caps, "codeActionProvider"));
  assert_true(json_is_null(json_object_get(response(out, 99), "result")));
  assert_int_equal(error_code(response(out, 100)), -32600); /* after shutdown */
  assert_null(response(out, 101));
  json_decref(out);
  free(in);
  /* exit without shutdown: code 1; the end of the input without exit: code 1 too */
  in = ll_strdup("");
  append_framed(&in, initialize);
  append_framed(&in, exit_note);
  out = serve(in, strlen(in), &code);
  assert_int_equal(code, 1);
  json_decref(out);
  out = serve(in, strlen(in) - 10, &code);
  assert_int_equal(code, 1);
  json_decref(out);
  free(in);
}

/* Each malformed message gets the error the specification gives it (or, for notifications, none),
 * and the server goes on: the final request is answered. */
static void test_malformed_input(void **state) {
  char *in = ll_strdup("");
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/codeAction\",\"params\":{}}");
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{}}"); /* ignored */
  append_framed(&in, initialize);
  append(&in, "Content-Length: abc\r\n\r\n");
  append(&in, "Content-Type: application/json\r\n\r\n");
  append(&in, "Content-Length: 99999999999999999999999999\r\n\r\n");
  append(&in, "Content-Length: 12\r\nX-Long: ");
  for (int i = 0; i < 3000; i++) append(&in, "x");
  append(&in, "\r\n\r\n{\"a\":\"bcde\"}\r\n\r\n");
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"id\":3,");                     /* invalid JSON */
  append_framed(&in, "[1,2,3]");                                            /* not an object */
  append_framed(&in, "42");
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"id\":{\"x\":1},\"method\":\"shutdown\"}"); /* id of a wrong type */
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":7}");
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"workspace/symbol\",\"params\":{}}");
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":5}}");
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"initialize\",\"params\":{}}");
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/codeAction\",\"params\":[1]}");
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"textDocument/codeAction\",\"params\":{\"textDocument\":"
                     "{\"uri\":5},\"range\":{\"start\":{\"line\":-1,\"character\":0},\"end\":{}}}}");
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":"
                     "{\"uri\":\"file:///nowhere/a.py\",\"text\":5}}}");
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":"
                     "{\"uri\":\"file:///nowhere/unknown.py\",\"version\":2},\"contentChanges\":[{\"text\":\"x\"}]}}");
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didClose\",\"params\":\"x\"}");
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"id\":9,\"result\":null}"); /* a response: dropped */
  append_framed(&in, "{\"jsonrpc\":\"2.0\",\"id\":10}");
  append_framed(&in, shutdown);
  append(&in, "Content-Length: 500\r\n\r\n{\"truncated\":");
  int code = -1;
  json_t *out = serve(in, strlen(in), &code);
  assert_int_equal(code, 0);
  assert_int_equal(error_code(response(out, 2)), -32002); /* before initialize */
  assert_int_equal(error_code(response(out, 4)), -32600);
  assert_int_equal(error_code(response(out, 5)), -32601);
  assert_int_equal(error_code(response(out, 6)), -32600); /* initialized twice */
  assert_int_equal(error_code(response(out, 7)), -32602);
  assert_int_equal(error_code(response(out, 8)), -32602);
  assert_int_equal(error_code(response(out, 10)), -32600);
  assert_null(response(out, 9));
  assert_true(json_is_null(json_object_get(response(out, 99), "result")));
  /* framing (5: the over-long header's body is read as one more header block), JSON (1), not an
   * object (2), bad id (1): errors with a null id */
  size_t i, parse_errors = 0, invalid = 0;
  json_t *m;
  json_array_foreach(out, i, m) {
    if (!json_is_null(json_object_get(m, "id"))) continue;
    parse_errors += error_code(m) == -32700;
    invalid += error_code(m) == -32600;
    assert_string_equal(json_string_value(json_object_get(m, "jsonrpc")), "2.0");
  }
  assert_int_equal(parse_errors, 6);
  assert_int_equal(invalid, 3);
  /* nothing was published: the only didOpen was malformed */
  json_array_foreach(out, i, m) assert_null(json_object_get(m, "method") ? "a notification" : NULL);
  json_decref(out);
  free(in);
}

/* An oversized message is answered at once and skipped as it streams (never held); the end of the
 * input ends the server. */
static void test_oversized_message(void **state) {
  char *in = ll_strdup("");
  append_framed(&in, initialize);
  append(&in, "Content-Length: 70000000\r\n\r\n{\"jsonrpc\"");
  int code = -1;
  json_t *out = serve(in, strlen(in), &code);
  assert_int_equal(code, 1);
  assert_int_equal(json_array_size(out), 2);
  assert_int_equal(error_code(json_array_get(out, 1)), -32700);
  json_decref(out);
  free(in);
}

/* ---- over pipes, with the real binary -------------------------------------------------------- */

typedef struct {
  pid_t pid;
  int to, from;
  char *buf;
  size_t len;
} client;

static void client_start(client *c) {
  int in[2], out[2];
  assert_int_equal(pipe(in), 0);
  assert_int_equal(pipe(out), 0);
  c->pid = fork();
  assert_true(c->pid >= 0);
  if (c->pid == 0) {
    dup2(in[0], 0);
    dup2(out[1], 1);
    close(in[1]);
    close(out[0]);
    execl(LL_BINARY, LL_BINARY, "server", "--stdio", (char *)NULL);
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  c->to = in[1];
  c->from = out[0];
  c->buf = NULL;
  c->len = 0;
}

static void client_send(client *c, const char *json) {
  char *f = frame(json);
  size_t n = strlen(f);
  assert_int_equal(write(c->to, f, n), (ssize_t)n);
  free(f);
}

/* The next message from the server; fails after 60 s (a hang) or at the end of its output. */
static json_t *client_receive(client *c) {
  for (;;) {
    char *body = c->len ? strstr(c->buf, "\r\n\r\n") : NULL;
    if (body) {
      size_t n = strtoul(c->buf + 16, NULL, 10), head = (size_t)(body + 4 - c->buf);
      if (c->len >= head + n) {
        json_t *msg = json_loadb(c->buf + head, n, 0, NULL);
        assert_non_null(msg);
        memmove(c->buf, c->buf + head + n, c->len - head - n + 1);
        c->len -= head + n;
        return msg;
      }
    }
    struct pollfd p = {.fd = c->from, .events = POLLIN};
    assert_int_equal(poll(&p, 1, 60000), 1);
    char chunk[4096];
    ssize_t got = read(c->from, chunk, sizeof chunk);
    assert_true(got > 0);
    c->buf = ll_realloc(c->buf, c->len + (size_t)got + 1);
    memcpy(c->buf + c->len, chunk, (size_t)got);
    c->len += (size_t)got;
    c->buf[c->len] = '\0';
  }
}

/* The next publishDiagnostics (log messages skipped). */
static json_t *client_diagnostics(client *c) {
  for (;;) {
    json_t *m = client_receive(c);
    const char *method = json_string_value(json_object_get(m, "method"));
    if (method && !strcmp(method, "textDocument/publishDiagnostics")) return m;
    json_decref(m);
  }
}

static int client_stop(client *c) {
  client_send(c, shutdown);
  json_t *m = client_receive(c);
  while (!json_object_get(m, "id")) json_decref(m), m = client_receive(c);
  assert_int_equal(json_integer_value(json_object_get(m, "id")), 99);
  json_decref(m);
  client_send(c, exit_note);
  close(c->to);
  close(c->from);
  free(c->buf);
  int status = 0;
  waitpid(c->pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static json_t *diagnostics_of(json_t *publish) { return json_object_get(json_object_get(publish, "params"), "diagnostics"); }

static json_int_t range_at(json_t *diag, const char *end, const char *field) {
  return json_integer_value(json_object_get(json_object_get(json_object_get(diag, "range"), end), field));
}

static char *json_escape(const char *text) {
  json_t *s = json_string(text);
  char *out = json_dumps(s, JSON_ENCODE_ANY);
  json_decref(s);
  return out;
}

/* A Python handler in a SAM project: diagnostics on open with UTF-16 columns and the rule's code
 * and link; an incremental edit moves them; the unsaved buffer (not the disk) decides; the code
 * action's edit silences the finding; closing clears them. */
static void test_session_over_pipes(void **state) {
  char *dir = ll_test_tmpdir();
  free(ll_test_write(dir, "template.yaml", "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n"
                                           "    Type: AWS::Serverless::Function\n    Properties:\n"
                                           "      Handler: app.main\n      Runtime: python3.12\n"));
  /* `main` is a handler only because the template says so: project context is used */
  const char *source = "import boto3\n\ndef main(event, context):\n    x = \"\xF0\x9F\x98\x80\"; s3 = boto3.client(\"s3\")\n"
                       "    return s3.list_buckets()\n";
  char *path = ll_test_write(dir, "app.py", source);
  char *uri = ll_strfmt("file://%s", path);
  client c;
  client_start(&c);
  char *msg = ll_strfmt("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"rootUri\":\"file://%s\","
                        "\"capabilities\":{}}}", dir);
  client_send(&c, msg);
  free(msg);
  json_t *init = client_receive(&c);
  assert_non_null(json_object_get(init, "result"));
  json_decref(init);
  client_send(&c, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
  char *text = json_escape(source);
  msg = ll_strfmt("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"%s\","
                  "\"languageId\":\"python\",\"version\":1,\"text\":%s}}}", uri, text);
  client_send(&c, msg);
  free(msg);
  json_t *pub = client_diagnostics(&c);
  json_t *diags = diagnostics_of(pub);
  assert_int_equal(json_array_size(diags), 1);
  json_t *d = json_array_get(diags, 0);
  assert_string_equal(json_string_value(json_object_get(d, "code")), "LL302");
  assert_string_equal(json_string_value(json_object_get(d, "source")), "lambda-lint");
  assert_int_equal(json_integer_value(json_object_get(d, "severity")), 2);
  assert_string_equal(json_string_value(json_object_get(json_object_get(d, "codeDescription"), "href")),
                      "https://github.com/lambda-lint/lambda-lint#ll302");
  assert_int_equal(range_at(d, "start", "line"), 3);
  assert_int_equal(range_at(d, "start", "character"), 19); /* `    x = "😀"; s3 = `: 18 code points, 19 units */
  assert_int_equal(range_at(d, "end", "character"), 37);
  json_decref(pub);

  /* an incremental edit: a line inserted above moves the finding */
  msg = ll_strfmt("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"%s\","
                  "\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":1,\"character\":0},\"end\":"
                  "{\"line\":1,\"character\":0}},\"text\":\"import os\\n\"}]}}", uri);
  client_send(&c, msg);
  free(msg);
  pub = client_diagnostics(&c);
  assert_int_equal(json_integer_value(json_object_get(json_object_get(pub, "params"), "version")), 2);
  assert_int_equal(range_at(json_array_get(diagnostics_of(pub), 0), "start", "line"), 4);
  json_decref(pub);

  /* the code action at the finding's line; its edit, applied to the buffer, silences it */
  msg = ll_strfmt("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"textDocument/codeAction\",\"params\":{\"textDocument\":"
                  "{\"uri\":\"%s\"},\"range\":{\"start\":{\"line\":4,\"character\":0},\"end\":{\"line\":4,\"character\":0}},"
                  "\"context\":{\"diagnostics\":[]}}}", uri);
  client_send(&c, msg);
  free(msg);
  json_t *actions = client_receive(&c);
  json_t *result = json_object_get(actions, "result");
  /* the rule's fix first (hoisting the client: unsafe, so not preferred), then the suppression */
  assert_int_equal(json_array_size(result), 2);
  json_t *fix = json_array_get(result, 0);
  assert_non_null(strstr(json_string_value(json_object_get(fix, "title")), "(LL302, unsafe)"));
  assert_null(json_object_get(fix, "isPreferred"));
  assert_true(json_array_size(json_object_get(json_object_get(json_object_get(fix, "edit"), "changes"), uri)) >= 1);
  json_t *action = json_array_get(result, 1);
  assert_string_equal(json_string_value(json_object_get(action, "kind")), "quickfix");
  json_t *edits = json_object_get(json_object_get(json_object_get(action, "edit"), "changes"), uri);
  assert_int_equal(json_array_size(edits), 1);
  json_t *edit = json_array_get(edits, 0);
  assert_string_equal(json_string_value(json_object_get(edit, "newText")), "  # lambda-lint: ignore[LL302]");
  json_t *change = json_pack("{s:s,s:{s:{s:s,s:i},s:[{s:O,s:O}]}}", "method", "textDocument/didChange", "params",
                             "textDocument", "uri", uri, "version", 3, "contentChanges", "range",
                             json_object_get(edit, "range"), "text", json_object_get(edit, "newText"));
  json_object_set_new(change, "jsonrpc", json_string("2.0"));
  char *dumped = json_dumps(change, JSON_COMPACT);
  client_send(&c, dumped);
  free(dumped);
  json_decref(change);
  json_decref(actions);
  pub = client_diagnostics(&c);
  assert_int_equal(json_array_size(diagnostics_of(pub)), 0);
  json_decref(pub);
  /* the disk still holds the flagged file: only the buffer changed */
  char *disk = ll_test_read(path);
  assert_string_equal(disk, source);
  free(disk);

  /* closing clears the diagnostics */
  msg = ll_strfmt("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didClose\",\"params\":{\"textDocument\":{\"uri\":\"%s\"}}}", uri);
  client_send(&c, msg);
  free(msg);
  pub = client_diagnostics(&c);
  assert_int_equal(json_array_size(diagnostics_of(pub)), 0);
  assert_string_equal(json_string_value(json_object_get(json_object_get(pub, "params"), "uri")), uri);
  json_decref(pub);
  assert_int_equal(client_stop(&c), 0);
  free(text);
  free(uri);
  free(path);
  ll_test_rmtree(dir);
  free(dir);
}

/* The subcommand as a user meets it: in --help, under both spellings, refusing other options. */
static void test_command_line(void **state) {
  char *out = NULL, *err = NULL;
  assert_int_equal(ll_test_run("--help", &out, NULL), 0);
  assert_non_null(strstr(out, "lambda-lint server [--stdio]"));
  assert_non_null(strstr(out, "  --stdio "));
  free(out);
  assert_int_equal(ll_test_run("server --select LL302 </dev/null", NULL, &err), 2);
  assert_non_null(strstr(err, "--select"));
  free(err);
  char *dir = ll_test_tmpdir();
  char *in = ll_strdup("");
  append_framed(&in, initialize);
  append_framed(&in, shutdown);
  append_framed(&in, exit_note);
  char *path = ll_test_write(dir, "in", in);
  for (int form = 0; form < 2; form++) {
    char *args = ll_strfmt("%s <'%s'", form ? "--stdio" : "server", path);
    assert_int_equal(ll_test_run(args, &out, NULL), 0);
    json_t *messages = parse_output(out, strlen(out));
    assert_non_null(response(messages, 1));
    assert_non_null(response(messages, 99));
    json_decref(messages);
    free(out);
    free(args);
  }
  free(path);
  free(in);
  ll_test_rmtree(dir);
  free(dir);
}

int main(void) {
  signal(SIGPIPE, SIG_IGN);
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lifecycle),
      cmocka_unit_test(test_malformed_input),
      cmocka_unit_test(test_oversized_message),
      cmocka_unit_test(test_session_over_pipes),
      cmocka_unit_test(test_command_line),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
