/*
 * fuzz_lsp.c — the language server on arbitrary client input: the bytes are what the client sends
 * after a well-formed `initialize` (so that documents, edits and code actions are reached), read
 * from a memory file; the output goes to /dev/null. Documents are analysed alone (documents_only),
 * so that no URI the fuzzer writes makes the server walk a folder of this machine.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "server/server.h"

static int devnull = -1;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  devnull = open("/dev/null", O_WRONLY);
  return devnull < 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char init[] = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}";
  int in = memfd_create("fuzz-lsp", 0);
  if (in < 0) abort();
  char header[64];
  int n = snprintf(header, sizeof header, "Content-Length: %zu\r\n\r\n", strlen(init));
  if (write(in, header, (size_t)n) != n || write(in, init, strlen(init)) != (ssize_t)strlen(init)) abort();
  if (size && write(in, data, size) != (ssize_t)size) abort();
  lseek(in, 0, SEEK_SET);
  ll_server_settings settings = {.documents_only = true};
  int code = ll_server_run(in, devnull, &settings);
  if (code != 0 && code != 1) abort();
  close(in);
  return 0;
}
