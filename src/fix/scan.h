/* scan.h — small lexical questions that fixes ask of source text (Python and JavaScript/TypeScript):
 * where a statement ends, which names an expression reads, whether a function writes a name.
 * They err on the side of "not sure" (a fix is then not offered); the re-parse after every fix
 * (fix.h) catches what they get wrong about syntax. */
#ifndef LL_FIX_SCAN_H
#define LL_FIX_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The offset where the line holding byte `at` starts. */
uint32_t ll_scan_line_start(const char *s, uint32_t at);

/* The offset just past the end of line of the statement that starts at `from` (strings, comments
 * and brackets are skipped; a Python backslash continues the line), or `len`. */
uint32_t ll_scan_statement_end(const char *s, size_t len, uint32_t from, bool python);

/* Calls `each` for every name the expression s[from, to) reads as a value (not an attribute after
 * `.`, a keyword argument's name, an object key, or a literal keyword such as True / null / new).
 * False when the expression holds what makes its value depend on more than names (an f-string or
 * a template with `${`, a comment, a lambda or arrow function, a conditional, a walrus), or when
 * `each` returns false. */
typedef bool (*ll_scan_name_fn)(const char *name, size_t n, void *user);
bool ll_scan_expression_names(const char *s, uint32_t from, uint32_t to, bool python, ll_scan_name_fn each,
                              void *user);

/* How many places of s[from, to) (a function's text) may bind `name`: an assignment or augmented assignment
 * to it, a declaration (`let`/`const`/`var`, `def`, `class`, `import … as`, `for … in`, `with …
 * as`, `except … as`, `global`, `nonlocal`, `del`), or it among the targets of an unpacking. When
 * in doubt, a place counts. */
size_t ll_scan_binds(const char *s, uint32_t from, uint32_t to, const char *name, bool python);

/* Python: the offset of the first line of the block whose header (`def f(…) -> T:`, `if …:`) starts
 * at or before `from` — just past the newline after the header's `:` — or 0 when the block's body
 * sits on the header's line. */
uint32_t ll_scan_block_start(const char *s, size_t len, uint32_t from);

/* Python: where a statement can be inserted first in the block whose body starts at `body`: the
 * start of its first statement line (blank and comment lines skipped), past a docstring. The
 * statement's indentation is [*at, *at + *indent). False when the block is empty as far as this can
 * tell. */
bool ll_scan_block_insert(const char *s, size_t len, uint32_t body, uint32_t *at, uint32_t *indent);

/* The next place at or after *at where `name` occurs in s[0, len) as a whole identifier that is
 * not an attribute (after a single `.`); its offset in *at. False when there is none. */
bool ll_scan_next_name(const char *s, size_t len, const char *name, uint32_t *at);

/* The depth of brackets ((, [, {) open at `to` counted from `from` (strings and comments skipped). */
int ll_scan_bracket_depth(const char *s, uint32_t from, uint32_t to, bool python);

/* Whether `name` occurs in s[0, len) as a whole identifier (anywhere: code, strings, comments). */
bool ll_scan_has_identifier(const char *s, size_t len, const char *name);

#endif
