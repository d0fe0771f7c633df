/* clang_lower.h — lowering C and C++ into the IR from libclang's token stream (internal).
 *
 * The shape of the code (functions, lambdas, statements, loops, conditions, declarations, calls) is
 * read from the tokens, which never depend on headers being found; what the tokens mean (the
 * qualified name a call resolves to, the class type of a declared variable) comes from libclang's
 * AST where it could resolve it. So a file whose headers are missing still lowers completely, with
 * names as spelled; with its headers (or its compile_commands.json) names are fully qualified. */
#ifndef LL_CLANG_LOWER_H
#define LL_CLANG_LOWER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "frontend/lower.h"

typedef enum { LL_CTOK_PUNCT, LL_CTOK_KEYWORD, LL_CTOK_IDENT, LL_CTOK_LITERAL } ll_ctok_kind;

/* One token of the main file (preprocessor directives and comments left out). */
typedef struct {
  uint32_t start, end; /* byte offsets in the source */
  ll_ctok_kind kind;
  /* From the AST, arena strings or NULL when it could not resolve the token: */
  const char *ref;       /* the qualified function, method or class the token names ("std::thread") */
  const char *decl_type; /* on a variable's declarator: the qualified name of its class type */
  bool decl_known;       /* on a variable's declarator: the AST has a valid declaration here */
} ll_ctoken;

/* Lowers the tokens of the builder's source into the builder's current (top-level) function. */
void ll_clang_lower_tokens(ll_builder *builder, const ll_ctoken *tokens, size_t count);

#endif
