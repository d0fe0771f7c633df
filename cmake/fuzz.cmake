# fuzz.cmake — libFuzzer targets (tests/fuzz/), built only with -DLL_FUZZ=ON and clang:
#   cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DLL_FUZZ=ON && cmake --build build-fuzz
# The library and the grammar are then compiled with ASan + UBSan and libFuzzer's coverage
# instrumentation. tests/fuzz/README.md says how to run the targets and replay the regressions.
option(LL_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)
if(LL_FUZZ)
  if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "LL_FUZZ needs clang: configure with -DCMAKE_C_COMPILER=clang")
  endif()
  set(LL_FUZZ_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=undefined
      -fno-omit-frame-pointer -g)
  foreach(target lambdalint ts_runtime ${LL_GRAMMARS})
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link ${LL_FUZZ_SANITIZERS})
  endforeach()
  # Everything linking the library (the CLI, the unit tests) gets the sanitizer runtimes.
  target_link_options(lambdalint INTERFACE -fsanitize=address,undefined)
  add_subdirectory("${CMAKE_SOURCE_DIR}/tests/fuzz" "${CMAKE_BINARY_DIR}/fuzz")
endif()
