#!/usr/bin/env bash
# Builds the libFuzzer targets (build-fuzz/, clang, ASan + UBSan) and runs them.
#   scripts/fuzz.sh                 replay every regression case, then run each target 60 s (CI)
#   scripts/fuzz.sh TARGET SECONDS  one target, longer, with a persistent corpus in build-fuzz/
# Seeds come from corpora/ and tests/fuzz/regressions/<target>/; crashes land in build-fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
CC_FUZZ="${CC_FUZZ:-$(command -v clang-14 || command -v clang || echo clang)}"
if ! command -v "$CC_FUZZ" >/dev/null; then
  echo "fuzz.sh: $CC_FUZZ not found (apt-get install clang)" >&2
  exit 1
fi
cmake -S . -B build-fuzz -DCMAKE_C_COMPILER="$CC_FUZZ" -DLL_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DBUILD_TESTING=OFF >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target $(cd tests/fuzz && ls fuzz_*.c | sed 's/\.c$//')
export ASAN_OPTIONS="detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
mkdir -p build-fuzz/artifacts

# What each target reads: seeds from the corpora, by file extension.
seeds_for() {
  case "$1" in
    fuzz_python) find corpora -name '*.py' 2>/dev/null || true ;;
    fuzz_template) find corpora -name '*.yaml' -o -name '*.yml' -o -name '*.json' 2>/dev/null || true ;;
    fuzz_config) find . -maxdepth 3 -name '.lambda-lint.yaml' -not -path './node_modules/*' 2>/dev/null
                 grep -rl 'lambda-lint:' corpora 2>/dev/null | head -50 || true ;;
    fuzz_clang) find corpora -name '*.c' -o -name '*.cpp' 2>/dev/null || true ;;
    fuzz_terraform) find corpora -name '*.tf' -o -name '*.tf.json' 2>/dev/null || true ;;
    fuzz_javascript) find corpora/js corpora/ts -name '*.js' -o -name '*.mjs' -o -name '*.ts' 2>/dev/null || true ;;
    fuzz_go) find corpora/go -name '*.go' 2>/dev/null || true ;;
    fuzz_java) find corpora/java -name '*.java' 2>/dev/null || true ;;
    fuzz_rust) find corpora/rust -name '*.rs' 2>/dev/null || true ;;
    fuzz_lsp) ;; # client sessions: regressions/lsp/ seeds it, lsp.dict holds the protocol's words
    fuzz_cache) find tests/fuzz/regressions/cache -type f 2>/dev/null || true ;;
    *) ;;
  esac
}

run_target() {
  local target="$1" seconds="$2"
  local corpus="build-fuzz/corpus/$target" regressions="tests/fuzz/regressions/${target#fuzz_}"
  mkdir -p "$corpus"
  seeds_for "$target" | while read -r f; do cp -f "$f" "$corpus/" 2>/dev/null || true; done
  local dirs=("$corpus")
  [ -d "$regressions" ] && dirs+=("$regressions")
  local dict=()
  [ -f "tests/fuzz/${target#fuzz_}.dict" ] && dict=("-dict=tests/fuzz/${target#fuzz_}.dict")
  echo "fuzz.sh: $target for ${seconds}s"
  local max_len=16384
  [ "$target" = fuzz_clang ] && max_len=4096 # a libclang parse per input: keep inputs small
  "build-fuzz/fuzz/$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -max_len="$max_len" \
    "${dict[@]}" -artifact_prefix="build-fuzz/artifacts/$target-" -print_final_stats=1 "${dirs[@]}"
}

replay() {
  local target="$1" regressions="tests/fuzz/regressions/${1#fuzz_}"
  [ -d "$regressions" ] || return 0
  local files=("$regressions"/*)
  [ -e "${files[0]}" ] || return 0
  echo "fuzz.sh: replaying ${#files[@]} regression case(s) of $target"
  "build-fuzz/fuzz/$target" -runs=1 "${files[@]}" 2>&1 | tail -n 3
  # libFuzzer exits non-zero on the first crash, which fails this script (set -e, pipefail).
}

targets=$(cd tests/fuzz && ls fuzz_*.c | sed 's/\.c$//')
if [ $# -ge 1 ]; then
  replay "$1"
  run_target "$1" "${2:-600}"
else
  for t in $targets; do replay "$t"; done
  for t in $targets; do run_target "$t" "${LL_FUZZ_SECONDS:-60}"; done
fi
