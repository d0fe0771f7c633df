/* registry.c — the table of front-ends this build has. To add a language, add its front-end here. */
#include <string.h>

#include "base/arena.h"
#include "frontend/frontend.h"
#include "frontend/tsutil.h"

extern const ll_frontend ll_frontend_python;
extern const ll_frontend ll_frontend_javascript, ll_frontend_typescript;
extern const ll_frontend ll_frontend_go;
extern const ll_frontend ll_frontend_java;
extern const ll_frontend ll_frontend_rust;
#ifdef LL_HAVE_LIBCLANG
extern const ll_frontend ll_frontend_c, ll_frontend_cpp;
#endif

static const ll_frontend *const frontends[] = {
    &ll_frontend_python,
    &ll_frontend_javascript,
    &ll_frontend_typescript,
    &ll_frontend_go,
    &ll_frontend_java,
    &ll_frontend_rust,
#ifdef LL_HAVE_LIBCLANG
    &ll_frontend_c,
    &ll_frontend_cpp,
#endif
};

const char *const ll_c_extensions[] = {".c", NULL};
const char *const ll_cpp_extensions[] = {".cpp", ".cc", ".cxx", ".c++", ".hpp", ".hh", ".hxx", ".h", NULL};

static const char *const language_names[LL_LANG_COUNT] = {
    [LL_LANG_PYTHON] = "python", [LL_LANG_JAVASCRIPT] = "javascript",
    [LL_LANG_TYPESCRIPT] = "typescript", [LL_LANG_GO] = "go", [LL_LANG_RUST] = "rust",
    [LL_LANG_JAVA] = "java", [LL_LANG_C] = "c", [LL_LANG_CPP] = "c++",
};

const char *ll_language_name(ll_language language) {
  return language < LL_LANG_COUNT ? language_names[language] : "unknown";
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

static bool has_extension(const char *path, const char *const *extensions) {
  for (const char *const *ext = extensions; *ext; ext++)
    if (ends_with(path, *ext)) return true;
  return false;
}

const ll_frontend *ll_frontend_for_path(const char *path) {
  for (size_t i = 0; i < sizeof(frontends) / sizeof(*frontends); i++)
    if (has_extension(path, frontends[i]->extensions)) return frontends[i];
  return NULL;
}

const char *ll_frontend_unavailable(const char *path) {
#ifndef LL_HAVE_LIBCLANG
  if (has_extension(path, ll_c_extensions) || has_extension(path, ll_cpp_extensions))
    return "C and C++ are unavailable: this lambda-lint was built without libclang";
#endif
  (void)path;
  return NULL;
}

const ll_frontend *ll_frontend_for_language(ll_language language) {
  for (size_t i = 0; i < sizeof(frontends) / sizeof(*frontends); i++)
    if (frontends[i]->language == language) return frontends[i];
  return NULL;
}

void ll_module_delete(ll_module *module) {
  if (module) ll_arena_delete(module->arena);
}

void ll_frontends_thread_done(void) {
  ll_ts_release_parser();
  ll_arena_release_spares();
}
