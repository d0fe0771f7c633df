/* server.h — `lambda-lint server`: a Language Server Protocol server.
 *
 * It keeps the editor's open documents, analyses each one in its project (the folder of the nearest
 * .lambda-lint.yaml, template or .git above it, inside the workspace) with the unsaved buffers
 * standing in for the files on disk, publishes the findings as diagnostics, and offers code actions
 * (a suppression comment per finding). Analysis waits until no message is pending, so a burst of
 * keystrokes costs one analysis. */
#ifndef LL_SERVER_H
#define LL_SERVER_H

#include <stdbool.h>

typedef struct {
  /* Analyse every document alone, never its folder or project (the fuzz target: no disk walks). */
  bool documents_only;
} ll_server_settings;

/* Serves one client on file descriptors `in` and `out` (not closed) until `exit` or the end of the
 * input. Returns the process exit code the protocol asks for: 0 after `shutdown`, else 1. */
int ll_server_run(int in, int out, const ll_server_settings *settings);

#endif
