/* path.h — lexical path helpers (no symlink resolution: a path need not exist, e.g. stdin's name). */
#ifndef LL_PATH_H
#define LL_PATH_H

#include <stdbool.h>

/* The working directory (malloc'd), or NULL when it cannot be read. */
char *ll_path_cwd(void);

/* `path` made absolute against `cwd` (when relative) and normalised: no `.`/`..` segments, no
 * repeated or trailing `/`. Malloc'd; the caller frees it. */
char *ll_path_absolute(const char *path, const char *cwd);

/* `path` relative to the directory `base` (both made absolute against `cwd`), with `/`
 * separators, or NULL when `path` is not inside `base`. Malloc'd. */
char *ll_path_relative(const char *path, const char *base, const char *cwd);

/* How a report names `path`: relative to `cwd` when inside it, else absolute. Malloc'd. */
char *ll_path_display(const char *path, const char *cwd);

/* Whether the absolute normalised `path` is the folder `dir` (absolute, normalised) or inside it. */
bool ll_path_inside(const char *path, const char *dir);

/* The directory part of an absolute normalised path ("/a/b" → "/a", "/a" → "/"). Malloc'd. */
char *ll_path_parent(const char *path);

/* The real path of `path` (symlinks resolved), or for a file not (yet) on disk its folder's real
 * path + its name (an editor's unsaved buffer); lexical when the folder is missing too. Malloc'd. */
char *ll_path_real(const char *path, const char *cwd);

/* Whether `path` is a test by the usual conventions of JavaScript/TypeScript (`x.test.ts`,
 * `x.spec.js`, `__tests__/`, `__mocks__/`) and Python (`test_x.py`, `x_test.py`, `conftest.py`):
 * test runners load it, Lambda never does. */
bool ll_path_is_test_source(const char *path);

#endif
