# clang.cmake — the C/C++ front-end (src/frontend/clang.c) over libclang, when libclang is found.
#
# find_package(Clang) is not used: it fails on machines with a half-installed clang. The header and
# the library are looked up directly (LLVM 19 first, then any), or taken from -DLL_LIBCLANG_INCLUDE_DIR
# / -DLL_LIBCLANG_LIBRARY. Without them the build goes on: clang.c is left out, LL_HAVE_LIBCLANG is
# not defined, and the front-end registry reports C/C++ as unavailable.
option(LL_WITH_LIBCLANG "Build the C/C++ front-end when libclang is found" ON)

set(LL_CLANG_SOURCE "${CMAKE_SOURCE_DIR}/src/frontend/clang.c")
set(LL_LLVM_HINTS /usr/lib/llvm-19 /usr/lib/llvm-18 /usr/lib/llvm-17 /usr/local/opt/llvm /opt/homebrew/opt/llvm)

if(LL_WITH_LIBCLANG)
  find_path(LL_LIBCLANG_INCLUDE_DIR clang-c/Index.h HINTS ${LL_LLVM_HINTS} PATH_SUFFIXES include)
  find_library(LL_LIBCLANG_LIBRARY NAMES clang libclang clang-19 HINTS ${LL_LLVM_HINTS} PATH_SUFFIXES lib)
endif()

if(LL_WITH_LIBCLANG AND LL_LIBCLANG_INCLUDE_DIR AND LL_LIBCLANG_LIBRARY)
  message(STATUS "C/C++ front-end: libclang ${LL_LIBCLANG_LIBRARY}")
  target_include_directories(lambdalint SYSTEM PRIVATE "${LL_LIBCLANG_INCLUDE_DIR}")
  target_link_libraries(lambdalint PUBLIC "${LL_LIBCLANG_LIBRARY}")
  target_compile_definitions(lambdalint PUBLIC LL_HAVE_LIBCLANG=1)
  get_filename_component(LL_LIBCLANG_DIR "${LL_LIBCLANG_LIBRARY}" DIRECTORY)
  set(CMAKE_BUILD_RPATH "${CMAKE_BUILD_RPATH};${LL_LIBCLANG_DIR}")
  set(CMAKE_INSTALL_RPATH "${CMAKE_INSTALL_RPATH};${LL_LIBCLANG_DIR}")
else()
  message(STATUS "C/C++ front-end: libclang not found, C and C++ files will be reported as unsupported")
  get_target_property(LL_SOURCES_NOW lambdalint SOURCES)
  list(REMOVE_ITEM LL_SOURCES_NOW "${LL_CLANG_SOURCE}")
  set_target_properties(lambdalint PROPERTIES SOURCES "${LL_SOURCES_NOW}")
endif()
