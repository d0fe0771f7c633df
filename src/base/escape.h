/* escape.h — making untrusted bytes (file names, source lines) safe to print. A path may hold any
 * byte but '/' and NUL: a newline would split a one-line diagnostic, an escape sequence would
 * reach the terminal, invalid UTF-8 would break a JSON or SARIF document. */
#ifndef LL_ESCAPE_H
#define LL_ESCAPE_H

#include <stdbool.h>
#include <stddef.h>

/* Length of the valid UTF-8 sequence at s[0..len), or 0 when it does not start one. */
size_t ll_utf8_sequence(const unsigned char *s, size_t len);

/* `s` for one line of text output (malloc'd, the caller frees it): valid UTF-8 is kept, control
 * characters become \n \r \t \e or \xNN, and bytes that are not UTF-8 become \xNN. */
char *ll_escape_line(const char *s);

/* `s` as valid UTF-8 (malloc'd): bytes that are not UTF-8 become \xNN; everything else, control
 * characters included, is kept (JSON / SARIF writers escape those themselves). */
char *ll_escape_utf8(const char *s);

/* Whether ll_escape_line() would change `s`. */
bool ll_needs_escape(const char *s);

#endif
