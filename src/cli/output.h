/* output.h — where a report goes: stdout, or a file replaced atomically (`--output FILE`).
 *
 * A file report is written to a temporary file in the target's folder and renamed over the target
 * only when complete, so a reader (a CI upload step, an editor) never sees half a report and a
 * failed run leaves the previous file in place; a replaced file keeps its mode. A target that is
 * not a regular file (a device, a FIFO, a symlink) is written in place, never replaced. */
#ifndef LL_OUTPUT_H
#define LL_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

typedef struct ll_output ll_output;

/* Opens `path` for writing (NULL or "-" is stdout). Returns NULL with a message in *error
 * (malloc'd; the caller frees it) when the temporary file cannot be created. */
ll_output *ll_output_open(const char *path, char **error);

FILE *ll_output_stream(ll_output *self);

/* Finishes the output: with `commit`, flushes and renames the temporary file into place; without,
 * discards it. Frees `self` (NULL is accepted and succeeds). Returns false with *error set when
 * a write, flush or rename failed (the target is then left as it was). */
bool ll_output_close(ll_output *self, bool commit, char **error);

#endif
