/* clang_nesting.h — how deep clang's parser would recurse on a C/C++ file, bounded before parsing. */
#ifndef LL_CLANG_NESTING_H
#define LL_CLANG_NESTING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The bound the C/C++ front-end uses: a quarter of what overflows libclang's 8 MiB parse thread
 * with the costliest construct (about 2 000 nested `!`), far above real code. */
#define LL_C_NESTING_LIMIT 512
#define LL_C_NESTING_LIMIT_MAX 4096

/* The line where `src` first nests more than `limit` levels deep (brackets, or statements and
 * operators that the parser recurses on: `if (x) if (x) …`, `else if` chains, `!!…`, `?:`, `=`,
 * casts), or 0 when it never does. Comments, literals and preprocessor lines are skipped. */
uint32_t ll_c_nesting_over(const char *src, size_t len, uint32_t limit);

/* The bound on operators in one expression: a quarter of the fewest (about 32 000 to 70 000 `+`,
 * `&&`, `,`, `<<`, `*`) that overflow libclang's parse thread; real expressions stay far below. */
#define LL_C_OPERATOR_LIMIT 8192

/* ll_c_nesting_over, and also the line where one expression first holds more than
 * `operator_limit` operator tokens (*operators then set). */
uint32_t ll_c_bounds_over(const char *src, size_t len, uint32_t limit, uint32_t operator_limit, bool *operators);

#endif
