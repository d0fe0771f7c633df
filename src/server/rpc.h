/* rpc.h — JSON-RPC 2.0 messages framed as the Language Server Protocol frames them:
 *
 *   Content-Length: 52\r\n
 *   \r\n
 *   {"jsonrpc":"2.0","id":1,"method":"shutdown"}
 *
 * The reader never trusts the peer: header lines and the header block are bounded, a message
 * larger than LL_RPC_MAX_MESSAGE is skipped (read and dropped, never held), and a header block
 * without a usable Content-Length is reported and the reader goes on with the next one. */
#ifndef LL_RPC_H
#define LL_RPC_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

/* The largest message body accepted (a document's full text travels in one message). */
#define LL_RPC_MAX_MESSAGE ((size_t)64 << 20)

typedef struct ll_rpc_reader ll_rpc_reader;

/* A reader of file descriptor `fd` (not owned). Free with ll_rpc_reader_delete (NULL is fine). */
ll_rpc_reader *ll_rpc_reader_new(int fd);
void ll_rpc_reader_delete(ll_rpc_reader *self);

typedef enum {
  LL_RPC_MESSAGE, /* *body holds the message (malloc'd, NUL-terminated; *len bytes) */
  LL_RPC_INVALID, /* a frame that could not be read: *problem says why (malloc'd); read on */
  LL_RPC_EOF      /* the input ended (or failed) */
} ll_rpc_status;

ll_rpc_status ll_rpc_read(ll_rpc_reader *self, char **body, size_t *len, char **problem);

/* Whether a read would not block: bytes are buffered, or the descriptor is readable (or closed). */
bool ll_rpc_pending(ll_rpc_reader *self);

/* Writes one message (compact JSON) with its header. False when the output failed. */
bool ll_rpc_write(int fd, const json_t *message);

#endif
