/* registry.c — the table of front-ends this build has. To add a language, add its front-end here. */
#include <string.h>

#include "arena.h"
#include "frontend/frontend.h"

extern const ll_frontend ll_frontend_python;
#ifdef LL_HAVE_LIBCLANG
extern const ll_frontend ll_frontend_c, ll_frontend_cpp;
#endif

static const ll_frontend *const frontends[] = {
    &ll_frontend_python,
#ifdef LL_HAVE_LIBCLANG
    &ll_frontend_c,
    &ll_frontend_cpp,
#endif
};

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

const ll_frontend *ll_frontend_for_path(const char *path) {
  for (size_t i = 0; i < sizeof(frontends) / sizeof(*frontends); i++)
    for (const char *const *ext = frontends[i]->extensions; *ext; ext++)
      if (ends_with(path, *ext)) return frontends[i];
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
