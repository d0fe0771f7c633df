/* glob.h — the glob patterns of the config file (`exclude`, `per-file-ignores`).
 *
 *   *      any characters but `/`          ?      one character but `/`
 *   **     any number of whole folders     [a-z]  a class ([!…] negates)
 *   \c     the character c itself
 */
#ifndef LL_GLOB_H
#define LL_GLOB_H

#include <stdbool.h>

/* Patterns and paths longer than this (PATH_MAX) match nothing: a match keeps one bit per
 * (pattern, path) position pair and recurses at most once per path byte. */
#define LL_GLOB_MAX 4096

/* Whether `pattern` matches all of `path` (a relative path with `/` separators). */
bool ll_glob_match(const char *pattern, const char *path);

/* Whether `pattern` matches `path` or one of the folders it sits in. A pattern without `/` is
 * tried against every single name in the path (`build` excludes every folder called build,
 * `*_test.py` every such file); one with `/` is anchored at the start of `path`. */
bool ll_glob_match_tree(const char *pattern, const char *path);

#endif
