/* readfile.h — reading one input file whole (discovery, the engine, findings and rules all do). */
#ifndef LL_READFILE_H
#define LL_READFILE_H

#include <stddef.h>

/* Reads a whole file (or stdin for "-"). NULL with *error set (malloc'd) when it cannot.
 * Only regular files are read (a FIFO or device is refused without blocking); files over
 * `max_size` bytes (0: LL_MAX_FILE_SIZE_LIMIT) are refused. ll_read_file() uses the hard limit. */
char *ll_read_file_limited(const char *path, size_t max_size, size_t *len, char **error);
char *ll_read_file(const char *path, size_t *len, char **error);

#endif
