/* jsonutil.h — small jansson helpers shared by the JSON-based writers (SARIF, baseline). */
#ifndef LL_JSONUTIL_H
#define LL_JSONUTIL_H

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

/* A JSON string for `s`, with invalid UTF-8 replaced by U+FFFD (jansson refuses invalid UTF-8,
 * and file names and source lines are bytes); json null for NULL. A new reference. */
json_t *ll_json_text(const char *s);

/* Sets obj[key] to the text of `s` unless `s` is NULL or empty. */
void ll_json_set_text(json_t *obj, const char *key, const char *s);

/* Writes `root` indented, with a final newline. Returns false on a write error. */
bool ll_json_write(const json_t *root, FILE *out);

#endif
