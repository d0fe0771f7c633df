# clang.cmake — the C/C++ front-end (src/frontend/clang.c) over libclang, when libclang is found.
#
# find_package(Clang) is not used: it fails on machines with a half-installed clang. The header and
# the library are looked up directly (LLVM 19 first, then any), or taken from
# -DLL_LIBCLANG_INCLUDE_DIR / -DLL_LIBCLANG_LIBRARY. The library is not linked but opened on first
# use (src/frontend/clang_api.c). Without libclang the build goes on: src/frontend/clang*.c are left
# out, LL_HAVE_LIBCLANG is not defined, and the registry reports C/C++ as unavailable.
option(LL_WITH_LIBCLANG "Build the C/C++ front-end when libclang is found" ON)

set(LL_LLVM_HINTS /usr/lib/llvm-19 /usr/lib/llvm-18 /usr/lib/llvm-17 /usr/local/opt/llvm /opt/homebrew/opt/llvm)

if(LL_WITH_LIBCLANG)
  find_path(LL_LIBCLANG_INCLUDE_DIR clang-c/Index.h HINTS ${LL_LLVM_HINTS} PATH_SUFFIXES include)
  find_library(LL_LIBCLANG_LIBRARY NAMES clang libclang clang-19 HINTS ${LL_LLVM_HINTS} PATH_SUFFIXES lib)
endif()

if(LL_WITH_LIBCLANG AND LL_LIBCLANG_INCLUDE_DIR AND LL_LIBCLANG_LIBRARY)
  # Not linked: clang_api.c opens the library on first use (so runs without C/C++ files never load
  # LLVM). CMake records where it is; the loader's search path is the fallback.
  get_filename_component(LL_LIBCLANG_REAL "${LL_LIBCLANG_LIBRARY}" REALPATH)
  message(STATUS "C/C++ front-end: libclang ${LL_LIBCLANG_REAL}")
  target_include_directories(lambdalint SYSTEM PRIVATE "${LL_LIBCLANG_INCLUDE_DIR}")
  target_compile_definitions(lambdalint PUBLIC LL_HAVE_LIBCLANG=1)
  set_property(SOURCE "${CMAKE_SOURCE_DIR}/src/frontend/clang_api.c" APPEND PROPERTY COMPILE_DEFINITIONS
    LL_LIBCLANG_PATH="${LL_LIBCLANG_LIBRARY}" LL_LIBCLANG_REALPATH="${LL_LIBCLANG_REAL}")
  find_package(Threads REQUIRED)
  target_link_libraries(lambdalint PUBLIC ${CMAKE_DL_LIBS} Threads::Threads)
else()
  message(STATUS "C/C++ front-end: libclang not found, C and C++ files will be reported as unavailable")
  get_target_property(LL_SOURCES_NOW lambdalint SOURCES)
  list(FILTER LL_SOURCES_NOW EXCLUDE REGEX "/src/frontend/clang[^/]*\\.c$")
  set_target_properties(lambdalint PROPERTIES SOURCES "${LL_SOURCES_NOW}")
endif()
