#define _XOPEN_SOURCE 700

#include "frontend/clang_api.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* Where CMake found libclang, then the names the loader can find on its own. */
static const char *const candidates[] = {
#ifdef LL_LIBCLANG_PATH
    LL_LIBCLANG_PATH,
#endif
#ifdef LL_LIBCLANG_REALPATH
    LL_LIBCLANG_REALPATH,
#endif
    "libclang.so", "libclang.so.1", "libclang-19.so.1", "libclang.dylib", NULL};

/* Written once under pthread_once, read-only afterwards. */
static ll_clang_api api;
static const char *load_error;
static bool loaded;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static bool resolve_all(void *library) {
#define LL_CLANG_RESOLVE(name)                                                                         \
  {                                                                                                    \
    void *symbol = dlsym(library, #name);                                                              \
    if (!symbol) return false;                                                                         \
    memcpy(&api.name, &symbol, sizeof symbol); /* POSIX: dlsym's object pointer is the function */    \
  }
  LL_CLANG_FUNCTIONS(LL_CLANG_RESOLVE)
#undef LL_CLANG_RESOLVE
  return true;
}

static void load(void) {
  void *library = NULL;
  for (size_t i = 0; candidates[i] && !library; i++) library = dlopen(candidates[i], RTLD_NOW | RTLD_LOCAL);
  if (!library) {
    load_error = "libclang could not be loaded (install libclang, e.g. Debian's libclang-19-dev)";
    return;
  }
  loaded = resolve_all(library);
  if (!loaded) load_error = "the libclang found lacks functions lambda-lint needs (libclang 7 or newer is required)";
  /* The library stays loaded for the life of the process. */
}

const ll_clang_api *ll_clang_api_get(const char **error) {
  pthread_once(&once, load);
  if (!loaded && error) *error = load_error;
  return loaded ? &api : NULL;
}
