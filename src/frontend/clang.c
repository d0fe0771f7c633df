/*
 * clang.c — the C and C++ front-ends over libclang.
 *
 * Compile flags: the compile_commands.json named by --compile-commands, or the one found in the
 * file's directory or an ancestor inside the analysed folder (or in a `build/` folder there), gives
 * the command for the file, through an allowlist (clang_flags.c); without one, `-std=c11` /
 * `-std=c++17` and the file's directory on the include path. Headers that cannot be found do not
 * stop the analysis: libclang keeps going, and the lowering (clang_lower.c) reads the shape of the
 * code from the tokens and takes from the AST only what it resolved.
 *
 * libclang is loaded (clang_api.c) and an index created only when a C or C++ file is lowered; each
 * parse creates and disposes its own index, and runs in a child process (clang_child.c) that sends
 * back the annotated tokens, so a file that makes libclang block, crash or swell costs that file.
 */
#define _XOPEN_SOURCE 700 /* realpath */

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "frontend/clang_api.h"
#include "frontend/clang_child.h"
#include "frontend/clang_flags.h"
#include "frontend/clang_includes.h"
#include "frontend/clang_lower.h"
#include "frontend/clang_macros.h"
#include "frontend/clang_nesting.h"
#include "frontend/frontend.h"

/* libclang, once lower_with_clang() has checked that it loaded. */
static const ll_clang_api *cx(void) { return ll_clang_api_get(NULL); }

/* ---- compile flags ------------------------------------------------------------------------- */

/* The absolute path of `path` when it exists, else a copy of `path` (stdin's display name). */
static char *absolute_path(const char *path) {
  char buf[PATH_MAX];
  return ll_strdup(realpath(path, buf) ? buf : path);
}

static void default_flags(const char *file, ll_language language, ll_argv *out) {
  bool cpp = language == LL_LANG_CPP;
  ll_argv_push(out, "-x");
  ll_argv_push(out, cpp ? "c++" : "c");
  ll_argv_push(out, cpp ? "-std=c++17" : "-std=c11");
  char *dir = ll_strdup(file);
  char *slash = strrchr(dir, '/');
  if (slash) {
    *slash = '\0';
    char *include = ll_strfmt("-I%s", *dir ? dir : "/");
    ll_argv_push(out, include);
    free(include);
  }
  free(dir);
}

/* The arguments libclang parses `file` (an absolute path) with: from the compilation database when
 * `use_database` and one lists the file — the one the user named, else the nearest inside the
 * analysed folder — else the defaults. The caller frees them. */
static ll_argv compile_flags(const char *file, ll_language language, const ll_lower_env *env, bool use_database,
                             bool *from_database) {
  ll_argv args = {0};
  char *db = NULL;
  if (use_database && env)
    db = env->compile_commands ? ll_strdup(env->compile_commands) : ll_compile_db_find(file, env->root);
  *from_database = db && ll_compile_db_flags(db, file, &args);
  if (!*from_database) {
    ll_argv_free(&args);
    default_flags(file, language, &args);
  }
  free(db);
  /* Keep going past any number of errors (missing headers make many), and say nothing. No
   * trigraphs: `??/` would join lines where the include scan (clang_includes.c) does not. */
  ll_argv_push(&args, "-fno-trigraphs");
  ll_argv_push(&args, "-ferror-limit=0");
  ll_argv_push(&args, "-w");
  return args;
}

/* ---- what the AST says about a token ------------------------------------------------------- */

static bool is_named_scope(CXCursor c) {
  enum CXCursorKind k = cx()->clang_getCursorKind(c);
  return k == CXCursor_Namespace || k == CXCursor_ClassDecl || k == CXCursor_StructDecl ||
         k == CXCursor_ClassTemplate || k == CXCursor_UnionDecl ||
         k == CXCursor_ClassTemplatePartialSpecialization;
}

/* "A::B::name" for a declaration, skipping inline and anonymous namespaces. */
static const char *qualified_name(ll_arena *arena, CXCursor decl) {
  char buf[512] = "";
  for (CXCursor c = decl; !cx()->clang_Cursor_isNull(c) && !cx()->clang_isTranslationUnit(cx()->clang_getCursorKind(c));
       c = cx()->clang_getCursorSemanticParent(c)) {
    bool itself = cx()->clang_equalCursors(c, decl);
    if (!itself && (!is_named_scope(c) || cx()->clang_Cursor_isInlineNamespace(c))) continue;
    CXString s = cx()->clang_getCursorSpelling(c);
    const char *name = cx()->clang_getCString(s);
    if (*name && !cx()->clang_Cursor_isAnonymous(c)) {
      char tail[512];
      snprintf(tail, sizeof tail, "%s", buf);
      snprintf(buf, sizeof buf, *tail ? "%s::%s" : "%s%s", name, tail);
    }
    cx()->clang_disposeString(s);
  }
  return *buf ? ll_arena_strdup(arena, buf) : NULL;
}

/* The class a type names (through typedefs and references), or a null cursor. */
static CXCursor class_of_type(CXType type) {
  CXType canonical = cx()->clang_getCanonicalType(type);
  if (canonical.kind != CXType_Record) return cx()->clang_getNullCursor();
  return cx()->clang_getTypeDeclaration(canonical);
}

static bool spelled_as(CXCursor c, const char *text, size_t len) {
  CXString s = cx()->clang_getCursorSpelling(c);
  const char *name = cx()->clang_getCString(s);
  bool same = strlen(name) == len && memcmp(name, text, len) == 0;
  cx()->clang_disposeString(s);
  return same;
}

/* The function, method or class an identifier token refers to, when the AST resolved it. */
static const char *resolve_reference(ll_arena *arena, CXCursor at, const char *text, size_t len) {
  CXCursor ref = cx()->clang_getCursorReferenced(at);
  if (cx()->clang_Cursor_isNull(ref) || cx()->clang_isInvalid(cx()->clang_getCursorKind(ref))) return NULL;
  switch (cx()->clang_getCursorKind(ref)) {
    case CXCursor_FunctionDecl:
    case CXCursor_CXXMethod:
    case CXCursor_FunctionTemplate:
      return spelled_as(ref, text, len) ? qualified_name(arena, ref) : NULL;
    case CXCursor_Constructor:
      return spelled_as(ref, text, len) ? qualified_name(arena, cx()->clang_getCursorSemanticParent(ref)) : NULL;
    case CXCursor_ClassDecl:
    case CXCursor_StructDecl:
    case CXCursor_ClassTemplate:
      return spelled_as(ref, text, len) ? qualified_name(arena, ref) : NULL;
    case CXCursor_TypedefDecl:
    case CXCursor_TypeAliasDecl: {
      if (!spelled_as(ref, text, len)) return NULL;
      CXCursor cls = class_of_type(cx()->clang_getTypedefDeclUnderlyingType(ref));
      return cx()->clang_Cursor_isNull(cls) ? NULL : qualified_name(arena, cls);
    }
    default:
      return NULL;
  }
}

static bool same_location(CXSourceLocation a, CXSourceLocation b) {
  unsigned oa, ob;
  CXFile fa, fb;
  cx()->clang_getSpellingLocation(a, &fa, NULL, NULL, &oa);
  cx()->clang_getSpellingLocation(b, &fb, NULL, NULL, &ob);
  return oa == ob && cx()->clang_File_isEqual(fa, fb);
}

/* On a variable's declarator: whether the AST holds a valid declaration, and its class type. */
static void resolve_declarator(ll_arena *arena, CXCursor at, CXToken token, CXTranslationUnit tu,
                               ll_ctoken *out) {
  enum CXCursorKind k = cx()->clang_getCursorKind(at);
  if (k != CXCursor_VarDecl && k != CXCursor_ParmDecl && k != CXCursor_FieldDecl) return;
  if (!same_location(cx()->clang_getCursorLocation(at), cx()->clang_getTokenLocation(tu, token))) return;
  if (cx()->clang_isInvalidDeclaration(at)) return;
  out->decl_known = true;
  CXType type = cx()->clang_getCursorType(at);
  if (type.kind == CXType_LValueReference || type.kind == CXType_RValueReference)
    type = cx()->clang_getPointeeType(type);
  CXCursor cls = class_of_type(type);
  if (!cx()->clang_Cursor_isNull(cls)) out->decl_type = qualified_name(arena, cls);
}

/* ---- tokens ----------------------------------------------------------------------------------- */

static ll_ctok_kind token_kind(CXTokenKind kind) {
  switch (kind) {
    case CXToken_Keyword: return LL_CTOK_KEYWORD;
    case CXToken_Identifier: return LL_CTOK_IDENT;
    case CXToken_Literal: return LL_CTOK_LITERAL;
    default: return LL_CTOK_PUNCT;
  }
}

/* The offset where the preprocessor line starting at `hash` ends (backslash continuations included). */
static uint32_t directive_end(const char *src, size_t len, uint32_t hash) {
  uint32_t i = hash;
  while (i < len && !(src[i] == '\n' && (i == 0 || src[i - 1] != '\\'))) i++;
  return i;
}

static bool first_on_line(const char *src, uint32_t offset) {
  while (offset > 0 && (src[offset - 1] == ' ' || src[offset - 1] == '\t')) offset--;
  return offset == 0 || src[offset - 1] == '\n' || src[offset - 1] == '\r';
}

/* The byte ranges of the main file that the preprocessor skipped (`#if 0`, the other branch of an
 * `#ifdef`), in order; the caller frees them. */
static uint32_t *skipped_ranges(CXTranslationUnit tu, CXFile file, size_t *count) {
  CXSourceRangeList *list = cx()->clang_getSkippedRanges(tu, file);
  *count = list ? list->count : 0;
  uint32_t *ranges = ll_calloc(*count * 2 + 1, sizeof(*ranges));
  for (size_t i = 0; i < *count; i++) {
    unsigned start, end;
    cx()->clang_getSpellingLocation(cx()->clang_getRangeStart(list->ranges[i]), NULL, NULL, NULL, &start);
    cx()->clang_getSpellingLocation(cx()->clang_getRangeEnd(list->ranges[i]), NULL, NULL, NULL, &end);
    ranges[2 * i] = start;
    ranges[2 * i + 1] = end;
  }
  if (list) cx()->clang_disposeSourceRangeList(list);
  return ranges;
}

static bool in_skipped(const uint32_t *ranges, size_t count, uint32_t offset) {
  for (size_t i = 0; i < count; i++)
    if (offset >= ranges[2 * i] && offset < ranges[2 * i + 1]) return true;
  return false;
}

/* The main file's tokens without comments and preprocessor directives, annotated from the AST. */
static ll_ctoken *collect_tokens(const char *src, ll_arena *arena, CXTranslationUnit tu, const char *file,
                                 size_t len, size_t *count) {
  *count = 0;
  CXFile cx_file = cx()->clang_getFile(tu, file);
  if (!cx_file) return NULL;
  CXSourceRange all = cx()->clang_getRange(cx()->clang_getLocationForOffset(tu, cx_file, 0),
                                     cx()->clang_getLocationForOffset(tu, cx_file, (unsigned)len));
  CXToken *raw = NULL;
  unsigned n = 0;
  cx()->clang_tokenize(tu, all, &raw, &n);
  CXCursor *cursors = ll_calloc(n ? n : 1, sizeof(*cursors));
  if (n) cx()->clang_annotateTokens(tu, raw, n, cursors);
  ll_ctoken *out = ll_calloc(n ? n : 1, sizeof(*out));
  size_t kept = 0, n_skipped = 0;
  uint32_t *skipped = skipped_ranges(tu, cx_file, &n_skipped);
  uint32_t skip_until = 0;
  for (unsigned i = 0; i < n; i++) {
    CXTokenKind kind = cx()->clang_getTokenKind(raw[i]);
    CXSourceRange extent = cx()->clang_getTokenExtent(tu, raw[i]);
    unsigned start, end;
    cx()->clang_getSpellingLocation(cx()->clang_getRangeStart(extent), NULL, NULL, NULL, &start);
    cx()->clang_getSpellingLocation(cx()->clang_getRangeEnd(extent), NULL, NULL, NULL, &end);
    if (kind == CXToken_Comment || start < skip_until || in_skipped(skipped, n_skipped, start)) continue;
    if (kind == CXToken_Punctuation && src[start] == '#' && first_on_line(src, start)) {
      skip_until = directive_end(src, len, start);
      continue;
    }
    ll_ctoken *t = &out[kept++];
    *t = (ll_ctoken){.start = start, .end = end, .kind = token_kind(kind)};
    if (t->kind != LL_CTOK_IDENT) continue;
    t->ref = resolve_reference(arena, cursors[i], src + start, end - start);
    resolve_declarator(arena, cursors[i], raw[i], tu, t);
  }
  free(cursors);
  free(skipped);
  if (raw) cx()->clang_disposeTokens(tu, raw, n);
  *count = kept;
  return out;
}

/* ---- the front-ends ---------------------------------------------------------------------------- */

/* Parses `source` as `file`; NULL when libclang cannot or the macro or include estimate is over budget
 * (said in *report). What libclang may open is checked first (clang_includes.h): headers that are not
 * regular files are given as empty, directives that name a file through a macro are blanked. */
static CXTranslationUnit parse(CXIndex index, const char *file, const ll_argv *args, const char *source,
                               size_t len, ll_clang_outcome *report) {
  ll_clang_inputs in;
  ll_clang_prepare_inputs(file, source, len, args, &in);
  report->blanked = in.blanked;
  report->blanked_line = in.first_blanked;
  report->expansion = in.expansion > in.budget ? in.expansion : 0;
  report->budget = in.budget;
  report->included = in.included > in.included_budget ? in.included : 0;
  report->included_budget = in.included_budget;
  report->error = 0;
  if (report->expansion || report->included) {
    ll_clang_inputs_free(&in);
    return NULL;
  }
  size_t n = 1 + in.empty.count + in.rewritten.count;
  struct CXUnsavedFile *unsaved = ll_calloc(n, sizeof(*unsaved));
  unsaved[0] = (struct CXUnsavedFile){
      .Filename = file, .Contents = in.main_text ? in.main_text : source, .Length = (unsigned long)len};
  for (size_t i = 0; i < in.empty.count; i++)
    unsaved[1 + i] = (struct CXUnsavedFile){.Filename = in.empty.items[i], .Contents = "", .Length = 0};
  for (size_t i = 0; i < in.rewritten.count; i++)
    unsaved[1 + in.empty.count + i] = (struct CXUnsavedFile){
        .Filename = in.rewritten.items[i], .Contents = in.texts[i], .Length = (unsigned long)in.lens[i]};
  unsigned options = CXTranslationUnit_KeepGoing | CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles |
                     CXTranslationUnit_DetailedPreprocessingRecord; /* for the skipped #if ranges */
  CXTranslationUnit tu = NULL;
  enum CXErrorCode error = cx()->clang_parseTranslationUnit2(index, file, (const char *const *)args->items,
                                                             (int)args->count, unsaved, (unsigned)n, options, &tu);
  report->error = (int)error;
  free(unsaved);
  ll_clang_inputs_free(&in);
  return error == CXError_Success ? tu : NULL;
}

/* Parses with the file's compile flags, and with the defaults if libclang rejects those. */
static CXTranslationUnit parse_with_flags(CXIndex index, const char *file, ll_language language,
                                          const ll_lower_env *env, const char *source, size_t len,
                                          ll_clang_outcome *report) {
  bool from_database = false;
  ll_argv args = compile_flags(file, language, env, true, &from_database);
  CXTranslationUnit tu = parse(index, file, &args, source, len, report);
  ll_argv_free(&args);
  if (tu || !from_database || report->expansion || report->included) return tu;
  args = compile_flags(file, language, env, false, &from_database);
  tu = parse(index, file, &args, source, len, report);
  ll_argv_free(&args);
  return tu;
}

void ll_clang_parse_here(const char *path, ll_language language, const ll_lower_env *env, const char *source,
                         size_t len, ll_arena *arena, ll_clang_outcome *out) {
  *out = (ll_clang_outcome){0};
  if (!ll_clang_api_get(&out->unavailable)) return;
  char *file = absolute_path(path);
  CXIndex index = cx()->clang_createIndex(0, 0);
  CXTranslationUnit tu = parse_with_flags(index, file, language, env, source, len, out);
  if (tu) {
    out->parsed = true;
    out->tokens = collect_tokens(source, arena, tu, file, len, &out->count);
    cx()->clang_disposeTranslationUnit(tu);
  }
  cx()->clang_disposeIndex(index);
  free(file);
}

static ll_module *lower_with_clang(const char *path, const char *source, size_t len, const ll_lower_env *env,
                                   char **problem, ll_language language) {
  ll_builder *b = ll_builder_new(path, language, source, len);
  /* Too deep for libclang's parse thread: the file is left out (and said so), never parsed. The
   * child process would survive the crash; this says why, and costs no parse. */
  bool operators = false;
  uint32_t deep = ll_c_bounds_over(source, len, LL_C_NESTING_LIMIT, LL_C_OPERATOR_LIMIT, &operators);
  if (deep) {
    if (problem)
      *problem = operators ? ll_strfmt("an expression at line %u has more than %d operators: not analysed", deep,
                                       LL_C_OPERATOR_LIMIT)
                           : ll_strfmt("nested more than %d levels deep at line %u: not analysed", LL_C_NESTING_LIMIT,
                                       deep);
    return ll_builder_finish(b);
  }
  ll_clang_outcome report;
  char *failed = ll_clang_parse_isolated(path, language, env, source, len, ll_builder_arena(b), &report);
  if (failed) {
    if (problem) *problem = failed;
    else free(failed);
  } else if (report.unavailable) { /* loaded only where the parse runs: the child */
    if (problem) *problem = ll_strdup(report.unavailable);
  } else if (!report.parsed && report.expansion) {
    if (problem)
      *problem = ll_strfmt("macros expand to about %llu tokens, over the budget of %llu: not analysed",
                           (unsigned long long)report.expansion, (unsigned long long)report.budget);
  } else if (!report.parsed && report.included) {
    if (problem)
      *problem = ll_strfmt("headers included over and over make about %llu MB to read, over the budget of %llu MB: "
                           "not analysed",
                           (unsigned long long)(report.included >> 20), (unsigned long long)(report.included_budget >> 20));
  } else if (!report.parsed) {
    if (problem) *problem = ll_strfmt("libclang could not parse the file (error %d)", report.error);
  } else {
    ll_clang_lower_tokens(b, report.tokens, report.count);
  }
  free(report.tokens);
  ll_module *m = ll_builder_finish(b);
  if (report.parsed && report.blanked) { /* analysed, without what those directives would have brought in */
    char *note = report.blanked_line
                     ? ll_strfmt("line %u: a file named through a macro (`#include NAME`, `__has_include(NAME)`, "
                                 "`_Pragma(STR(x))`) is not opened; the directive is left out",
                                 report.blanked_line)
                     : ll_strdup("a header it includes names a file through a macro (`#include NAME`): not opened, "
                                 "the directive is left out");
    m->skipped = ll_arena_strdup(m->arena, note);
    free(note);
  }
  return m;
}

static ll_module *lower_c(const char *path, const char *source, size_t len, const ll_lower_env *env,
                          char **problem) {
  return lower_with_clang(path, source, len, env, problem, LL_LANG_C);
}

static ll_module *lower_cpp(const char *path, const char *source, size_t len, const ll_lower_env *env,
                            char **problem) {
  return lower_with_clang(path, source, len, env, problem, LL_LANG_CPP);
}

static bool clang_registers_handler(const char *source, size_t len) {
  return memmem(source, len, "run_handler", 11) != NULL;
}

/* In a run where some C/C++ file calls `run_handler`, the prescan parses every C/C++ file, because C
 * and C++ link by symbol — a file without `run_handler` may define the functions a handler calls
 * (see link.c's globals) — except test programs: a file that includes a test framework
 * (GoogleTest, Catch2, doctest, Boost.Test), or is GoogleTest's own header, is not Lambda code
 * unless it calls `run_handler` itself. Those files were most of a C++ repository's cost (a
 * vendored gtest-all.cc alone: 2 s of libclang). */
static bool clang_may_hold_handler(const char *source, size_t len, const ll_options *options) {
  (void)options;
  static const char *const test_frameworks[] = {"gtest/gtest.h", "gmock/gmock.h", "\"gtest.h\"", "GTEST_GTEST_H_",
                                                "catch2/", "catch.hpp", "doctest.h", "boost/test/", NULL};
  if (clang_registers_handler(source, len)) return true;
  for (size_t i = 0; test_frameworks[i]; i++)
    if (memmem(source, len, test_frameworks[i], strlen(test_frameworks[i]))) return false;
  return true;
}

const ll_frontend ll_frontend_c = {.language = LL_LANG_C, .name = "c", .extensions = ll_c_extensions,
                                   .lower = lower_c, .may_hold_handler = clang_may_hold_handler,
                                   .registers_handler = clang_registers_handler};
const ll_frontend ll_frontend_cpp = {.language = LL_LANG_CPP, .name = "cpp", .extensions = ll_cpp_extensions,
                                     .lower = lower_cpp, .may_hold_handler = clang_may_hold_handler,
                                     .registers_handler = clang_registers_handler};
