/* clang_api.h — the libclang functions the C/C++ front-end uses, loaded on first use.
 *
 * lambda-lint does not link libclang: loading it (and LLVM behind it, with its static
 * initialisers) costs tens of milliseconds, which a run over Python files alone should not pay. The
 * library is opened with dlopen() the first time a C or C++ file is lowered. */
#ifndef LL_CLANG_API_H
#define LL_CLANG_API_H

#include <clang-c/CXCompilationDatabase.h>
#include <clang-c/Index.h>

#define LL_CLANG_FUNCTIONS(X)                                                                  \
  X(clang_CompilationDatabase_dispose) X(clang_CompilationDatabase_fromDirectory)              \
  X(clang_CompilationDatabase_getCompileCommands) X(clang_CompileCommand_getArg)               \
  X(clang_CompileCommand_getDirectory) X(clang_CompileCommand_getFilename)                     \
  X(clang_CompileCommand_getNumArgs) X(clang_CompileCommands_dispose)                          \
  X(clang_CompileCommands_getCommand) X(clang_CompileCommands_getSize)                         \
  X(clang_Cursor_isAnonymous) X(clang_Cursor_isInlineNamespace) X(clang_Cursor_isNull)         \
  X(clang_File_isEqual) X(clang_annotateTokens) X(clang_createIndex) X(clang_disposeIndex)     \
  X(clang_disposeSourceRangeList) X(clang_disposeString) X(clang_disposeTokens)                \
  X(clang_disposeTranslationUnit) X(clang_equalCursors) X(clang_getCString)                    \
  X(clang_getCanonicalType) X(clang_getCursorKind) X(clang_getCursorLocation)                  \
  X(clang_getCursorReferenced) X(clang_getCursorSemanticParent) X(clang_getCursorSpelling)     \
  X(clang_getCursorType) X(clang_getFile) X(clang_getLocationForOffset) X(clang_getNullCursor) \
  X(clang_getPointeeType) X(clang_getRange) X(clang_getRangeEnd) X(clang_getRangeStart)        \
  X(clang_getSkippedRanges) X(clang_getSpellingLocation) X(clang_getTokenExtent)               \
  X(clang_getTokenKind) X(clang_getTokenLocation) X(clang_getTypeDeclaration)                  \
  X(clang_getTypedefDeclUnderlyingType) X(clang_isInvalid) X(clang_isInvalidDeclaration)       \
  X(clang_isTranslationUnit) X(clang_parseTranslationUnit2) X(clang_tokenize)

/* One pointer per function, named like the function: api->clang_createIndex(0, 0). */
typedef struct {
#define LL_CLANG_SLOT(name) __typeof__(&name) name;
  LL_CLANG_FUNCTIONS(LL_CLANG_SLOT)
#undef LL_CLANG_SLOT
} ll_clang_api;

/* libclang, loaded once per process on the first call (thread-safe). NULL when it cannot be loaded;
 * then *error (if not NULL) says why (a static string). */
const ll_clang_api *ll_clang_api_get(const char **error);

#endif
