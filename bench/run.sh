#!/usr/bin/env bash
# lambda-lint benchmark: throughput, wall time and peak RSS of lambda-lint against a parse-only pass
# of the same files with the same tree-sitter build, and against flake8, pylint and bandit.
#
#   bench/run.sh [--sizes "100 1000 10000 100000"] [--tools-on "1000"] [--runs 3] [--out bench/out]
#                [--corpus NAME:DIR]...
#
# --corpus adds a tree of your own (repeatable), e.g. one a language's generator wrote
# (bench/gen_*); parse-only parses each file with the grammar its extension names.
#
# Each lambda-lint and parse-only figure is the best (shortest) of --runs runs, the same for both,
# so that a noisy neighbour on a shared machine does not decide a ratio; the other tools run once.
# Corpora: the Python standard library of this machine (/usr/lib/python3.*) and generated trees
# of handlers with their helper modules (bench/gen_handlers.py, fixed seed) at each size.
# Prints a Markdown table (also written to OUT/results.md).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="100 1000 10000 100000"
tools_on="1000"
runs=3
out=bench/out
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --tools-on) tools_on="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --corpus) extra+=("$2"); shift 2 ;;
    *) echo "usage: bench/run.sh [--sizes LIST] [--tools-on LIST] [--runs N] [--out DIR] [--corpus NAME:DIR]..." >&2; exit 2 ;;
  esac
done
mkdir -p "$out"

for tool in flake8 pylint bandit; do
  if ! command -v "$tool" >/dev/null; then
    echo "installing $tool (Debian package) for the comparison" >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y -qq "$tool" >/dev/null || true
    else sudo apt-get install -y -qq "$tool" >/dev/null || true; fi
  fi
done

cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" --target lambda-lint ll-parse-only >/dev/null
lint=build-bench/lambda-lint
parse=build-bench/ll-parse-only

# Runs a command (at most 15 minutes), prints "wall_seconds max_rss_kb"; output is discarded.
measure() {
  local start end rss
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$out/.rss" timeout 900 "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  rss=$(grep -E '^[0-9]+$' "$out/.rss" | tail -1)
  awk -v s="$start" -v e="$end" -v r="$rss" 'BEGIN {printf "%.3f %s\n", (e - s) / 1e9, r}'
}

# The best of $runs measurements: the shortest wall time, and the largest peak RSS seen.
best_of() {
  for _ in $(seq "$runs"); do measure "$@"; done |
    awk 'NR == 1 || $1 < w {w = $1} $2 > r {r = $2} END {printf "%.3f %s\n", w, r}'
}

stdlib=$(ls -d /usr/lib/python3.[0-9]* 2>/dev/null | sort -V | tail -1)
corpora=("stdlib:$stdlib")
for n in $sizes; do
  dir="$out/gen-$n"
  [ -d "$dir" ] || python3 bench/gen_handlers.py "$dir" "$n"
  corpora+=("gen-$n:$dir")
done
corpora+=("${extra[@]}")

row() { printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$@"; }
{
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m), $(date -u +%F); lambda-lint and parse-only: best of $runs runs"
  echo
  row corpus files MB "parse-only s (MB/s)" "lint -j1 s (MB/s)" "lint ÷ parse-only throughput" "lint -j2 s" "-j2 speed-up" "peak RSS -j1 (MiB)"
  row --- ---: ---: ---: ---: ---: ---: ---: ---:
} | tee "$out/results.md"
declare -A wall1
for entry in "${corpora[@]}"; do
  name=${entry%%:*}; dir=${entry#*:}
  read -r files bytes < <("$parse" "$dir" | awk '{print $2, $4}')
  read -r ps _ < <(best_of "$parse" "$dir")
  read -r l1 rss1 < <(best_of "$lint" --jobs 1 --format json "$dir")
  read -r l2 _ < <(best_of "$lint" --jobs 2 --format json "$dir")
  wall1[$name]=$l1
  mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
  row "$name" "$files" "$mb" \
    "$(awk -v s="$ps" -v b="$bytes" 'BEGIN {printf "%.2f (%.1f)", s, b / 1e6 / (s > 0 ? s : 1e-3)}')" \
    "$(awk -v s="$l1" -v b="$bytes" 'BEGIN {printf "%.2f (%.1f)", s, b / 1e6 / (s > 0 ? s : 1e-3)}')" \
    "$(awk -v p="$ps" -v l="$l1" 'BEGIN {printf "%.2f", (l > 0 ? p / l : 0)}')" \
    "$l2" "$(awk -v a="$l1" -v b="$l2" 'BEGIN {printf "%.2f×", (b > 0 ? a / b : 0)}')" \
    "$(awk -v k="$rss1" 'BEGIN {printf "%.1f", k / 1024}')" | tee -a "$out/results.md"
done

{
  echo
  echo "Other tools on the same files, one process each (\`-j 1\` where it applies):"
  echo
  printf '| corpus | lambda-lint -j1 s | flake8 s | pylint s | bandit s |\n|---|---:|---:|---:|---:|\n'
} | tee -a "$out/results.md"
for name in stdlib $(for n in $tools_on; do echo "gen-$n"; done); do
  dir=$stdlib; [ "$name" = stdlib ] || dir="$out/$name"
  f8=$(command -v flake8 >/dev/null && measure flake8 -j 1 "$dir" | cut -d' ' -f1 || echo n/a)
  pl=$(command -v pylint >/dev/null && measure pylint -j 1 --disable=all --enable=E,W --recursive=y "$dir" | cut -d' ' -f1 || echo n/a)
  bd=$(command -v bandit >/dev/null && measure bandit -q -r "$dir" | cut -d' ' -f1 || echo n/a)
  printf '| %s | %s | %s | %s | %s |\n' "$name" "${wall1[$name]:-n/a}" "$f8" "$pl" "$bd" | tee -a "$out/results.md"
done

# One small file, the pre-commit case: best of 20 runs, including process start.
one="$out/gen-100/group_0000/svc_000000/app.py"
[ -f "$one" ] || python3 bench/gen_handlers.py "$out/gen-100" 100
best=$(for i in $(seq 20); do
  s=$(date +%s%N); "$lint" "$one" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000 ))
done | sort -n | head -1)
best=$(awk -v us="$best" 'BEGIN {printf "%.1f ms", us / 1000}')
echo | tee -a "$out/results.md"
echo "One small file ($(wc -c <"$one") bytes), best of 20 runs, wall including process start: ${best}" | tee -a "$out/results.md"
