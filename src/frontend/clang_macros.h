/* clang_macros.h — how many tokens the preprocessor would make of a file, estimated before parsing.
 *
 * `#define A B B B B`, `#define B C C C C`, … twelve levels deep and one use of `A` made libclang
 * allocate 6.4 GB. The estimate reads the `#define`s of the file, of the project headers it reaches
 * and of -D flags, weighs every macro by the tokens it expands to (a function-like macro also by how
 * often its body repeats a parameter, so `F(F(F(x)))` multiplies), and sums the weights of every
 * token outside directives. A macro used inside its own expansion counts once, as the preprocessor
 * does not expand it again; a macro defined twice counts with its larger definition. */
#ifndef LL_CLANG_MACROS_H
#define LL_CLANG_MACROS_H

#include <stddef.h>
#include <stdint.h>

/* The budget: 1 000 000 tokens (libclang spends up to about 400 bytes on one: 400 MB), or twice the
 * tokens written in the file and its headers when that is more — a file at --max-file-size costs
 * that much without any macro, so the budget only refuses what macros multiply. */
#define LL_CLANG_MAX_EXPANSION 1000000u

typedef struct ll_macro_table ll_macro_table;

ll_macro_table *ll_macros_new(void);
void ll_macros_free(ll_macro_table *self);

/* Reads `text` (a file with its backslash-newlines removed): its `#define`s, and its other tokens
 * as code that will be expanded. */
void ll_macros_add_text(ll_macro_table *self, const char *text, size_t len);

/* A -D flag's value: `NAME`, `NAME=BODY` or `NAME(ARGS)=BODY`. */
void ll_macros_add_flag(ll_macro_table *self, const char *definition);

/* The estimated number of tokens after expansion of all code added (saturating at UINT64_MAX / 4);
 * the number of tokens written (outside directives) in *written. */
uint64_t ll_macros_expansion(ll_macro_table *self, uint64_t *written);

/* The budget for code of `written` tokens (see LL_CLANG_MAX_EXPANSION). */
uint64_t ll_macros_budget(uint64_t written);

#endif
