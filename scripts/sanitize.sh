#!/usr/bin/env bash
# The whole test suite again, built with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/),
# then a leak check (LeakSanitizer) of the CLI over every test input we keep. Any sanitizer report
# fails: UBSan does not recover, ASan and LSan stop the process with a distinct exit code.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="$(nproc)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:exitcode=99:detect_stack_use_after_return=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=98"
export LSAN_OPTIONS="exitcode=97"

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DLL_SANITIZE=ON ${LL_CMAKE_FLAGS:-} >/dev/null
cmake --build build-asan -j"$jobs"
ctest --test-dir build-asan --output-on-failure -j"$jobs"

# Leak check: the CLI over the corpora, the fuzz regressions and the scripts' own inputs, in every
# report format. Findings (1) and input errors (2) are fine; a sanitizer exit code (97-99) is not.
inputs=()
for d in corpora tests/fuzz/regressions; do [ -d "$d" ] && inputs+=("$d"); done
if [ ${#inputs[@]} -gt 0 ]; then
  for format in text json sarif github; do
    rc=0
    build-asan/lambda-lint --format "$format" "${inputs[@]}" >/dev/null 2>build-asan/leak-check.err || rc=$?
    if [ "$rc" -gt 2 ]; then
      cat build-asan/leak-check.err >&2
      echo "sanitize.sh: lambda-lint --format $format exited $rc under ASan/LSan" >&2
      exit 1
    fi
  done
fi
echo "sanitize.sh: ASan + UBSan test suite and leak check clean"
