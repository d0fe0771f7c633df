#!/usr/bin/env bash
# lambda-lint benchmark: throughput, wall time and peak RSS of lambda-lint against a parse-only pass
# of the same files with the same tree-sitter build, and against flake8, pylint and bandit.
#
#   bench/run.sh [--sizes "100 1000 10000 100000"] [--tools-on "1000"] [--runs 3] [--out bench/out]
#                [--corpus NAME:DIR]... [--stacks "5000"] [--cache-on "gen-10000 tpl-5000"] [--no-main]
#
# --corpus adds a tree of your own (repeatable), e.g. one a language's generator wrote
# (bench/gen_*); parse-only parses each file with the grammar its extension names.
#
# Each lambda-lint and parse-only figure is the best (shortest) of --runs runs, the same for both,
# so that a noisy neighbour on a shared machine does not decide a ratio; the other tools run once.
# Corpora: the Python standard library of this machine (/usr/lib/python3.*) and generated trees
# of handlers with their helper modules (bench/gen_handlers.py, fixed seed) at each size.
# Prints a Markdown table (also written to OUT/results.md).
#
# --stacks N...: "real trees" of N handlers (bench/gen_template_tree.py: the generated services in
# SAM stacks of 16 whose templates name them), lint --jobs 1 / --jobs 2 / parse-only, --no-cache.
# --cache-on NAME...: the result cache on those corpora (gen-N or tpl-N): a cold run, a warm run
# with nothing changed, a warm run after one handler changed, each beside a --no-cache run of the
# same tree (its JSON must be byte-identical). --no-main runs only these two tables. Both report wall and CPU (user + sys) seconds: on a
# shared machine read the CPU ratios, and the wall ratios (-j2) only when `uptime` shows it idle.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="100 1000 10000 100000"
tools_on="1000"
runs=3
out=bench/out
extra=()
stacks="5000"
cache_on="gen-10000 tpl-5000"
main=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --tools-on) tools_on="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --corpus) extra+=("$2"); shift 2 ;;
    --stacks) stacks="$2"; shift 2 ;;
    --cache-on) cache_on="$2"; shift 2 ;;
    --no-main) main=no; shift ;;
    *) echo "usage: bench/run.sh [--sizes LIST] [--tools-on LIST] [--runs N] [--out DIR] [--corpus NAME:DIR]... [--stacks LIST] [--cache-on LIST] [--no-main]" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"

for tool in $([ "$main" = yes ] && echo flake8 pylint bandit); do
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

# Runs a command once, prints "wall_seconds cpu_seconds max_rss_kb"; output goes to $out/.stdout.
measure_cpu() {
  /usr/bin/time -f "%e %U %S %M" -o "$out/.time" timeout 900 "$@" >"$out/.stdout" 2>/dev/null || true
  awk '/^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$/ {printf "%.3f %.3f %s\n", $1, $2 + $3, $4}' "$out/.time" | tail -1
}

# Best of $runs: the shortest wall and the smallest CPU time, the largest peak RSS.
best_cpu() {
  for _ in $(seq "$runs"); do measure_cpu "$@"; done |
    awk 'NR == 1 || $1 < w {w = $1} NR == 1 || $2 < c {c = $2} $3 > r {r = $3} END {printf "%.3f %.3f %s\n", w, c, r}'
}

: >"$out/results.md"
if [ "$main" = yes ]; then
stdlib=$(ls -d /usr/lib/python3.[0-9]* 2>/dev/null | sort -V | tail -1)
corpora=("stdlib:$stdlib")
for n in $sizes; do
  dir="$out/gen-$n"
  [ -d "$dir" ] || python3 bench/gen_handlers.py "$dir" "$n"
  corpora+=("gen-$n:$dir")
done
corpora+=("${extra[@]}")

row() { printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$@"; }
{
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m), $(date -u +%F); lambda-lint (--no-cache) and parse-only: best of $runs runs; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  row corpus files MB "parse-only wall / CPU s" "lint -j1 wall / CPU s (MB/s)" "lint ÷ parse-only (CPU)" "lint ÷ parse-only (wall)" "lint -j2 wall s" "-j2 speed-up (wall)" "peak RSS -j1 (MiB)"
  row --- ---: ---: ---: ---: ---: ---: ---: ---: ---:
} | tee -a "$out/results.md"
declare -A wall1
for entry in "${corpora[@]}"; do
  name=${entry%%:*}; dir=${entry#*:}
  read -r files bytes < <("$parse" "$dir" | awk '{print $2, $4}')
  read -r pw pc _ < <(best_cpu "$parse" "$dir")
  read -r l1 c1 rss1 < <(best_cpu "$lint" --no-cache --jobs 1 --format json "$dir")
  read -r l2 _ _ < <(best_cpu "$lint" --no-cache --jobs 2 --format json "$dir")
  wall1[$name]=$l1
  mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
  row "$name" "$files" "$mb" "$pw / $pc" \
    "$(awk -v w="$l1" -v c="$c1" -v b="$bytes" 'BEGIN {printf "%.2f / %.2f (%.1f)", w, c, b / 1e6 / (c > 0 ? c : 1e-3)}')" \
    "$(awk -v p="$pc" -v l="$c1" 'BEGIN {printf "%.2f", (l > 0 ? p / l : 0)}')" \
    "$(awk -v p="$pw" -v l="$l1" 'BEGIN {printf "%.2f", (l > 0 ? p / l : 0)}')" \
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
  s=$(date +%s%N); "$lint" --no-cache "$one" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000 ))
done | sort -n | head -1)
best=$(awk -v us="$best" 'BEGIN {printf "%.1f ms", us / 1000}')
echo | tee -a "$out/results.md"
echo "One small file ($(wc -c <"$one") bytes), best of 20 runs, wall including process start: ${best}" | tee -a "$out/results.md"
fi

# ---- template-joined trees and the result cache ------------------------------------------------

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }

tree_dir() {
  local name="$1" n="${1#*-}" dir="$out/$1"
  if [ ! -d "$dir" ]; then
    case "$name" in
      tpl-*) python3 bench/gen_template_tree.py "$dir" "$n" ;;
      *) python3 bench/gen_handlers.py "$dir" "$n" ;;
    esac
  fi
  echo "$dir"
}

# A table's title (with the load average now), header row and alignment row.
table_head() {
  printf '\n%s (load average at start: %s); wall s / CPU s:\n\n%s\n%s\n' "$1" "$(cut -d' ' -f1-3 /proc/loadavg)" "$2" "$3" |
    tee -a "$out/results.md"
}

if [ -n "$stacks" ]; then
  table_head "Template-joined trees, --no-cache" \
    "| corpus | files | stacks | parse-only wall / CPU | lint -j1 wall / CPU | lint ÷ parse-only (CPU) | lint -j2 wall / CPU | -j2 speed-up (wall) | peak RSS -j1 (MiB) |" \
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for n in $stacks; do
    dir=$(tree_dir "tpl-$n")
    files=$(find "$dir" -name '*.py' | wc -l)
    n_stacks=$(find "$dir" -name template.yaml | wc -l)
    read -r pw pc _ < <(best_cpu "$parse" "$dir")
    read -r w1 c1 r1 < <(best_cpu "$lint" --no-cache --jobs 1 --format json "$dir")
    read -r w2 c2 _ < <(best_cpu "$lint" --no-cache --jobs 2 --format json "$dir")
    printf '| tpl-%s | %s | %s | %s / %s | %s / %s | %s | %s / %s | %s× | %s |\n' "$n" "$files" "$n_stacks" "$pw" "$pc" \
      "$w1" "$c1" "$(ratio "$pc" "$c1")" "$w2" "$c2" "$(ratio "$w1" "$w2")" \
      "$(awk -v k="$r1" 'BEGIN {printf "%.1f", k / 1024}')" | tee -a "$out/results.md"
  done
fi

if [ -n "$cache_on" ]; then
  table_head "The result cache, --jobs 2" \
    "| corpus | files | cold | --no-cache | warm, nothing changed | cold ÷ warm (CPU) | warm, one handler changed | cold ÷ changed (CPU) | identical to --no-cache |" \
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  for name in $cache_on; do
    dir=$(tree_dir "$name")
    files=$(find "$dir" -name '*.py' | wc -l)
    cache="$out/cache-$name"
    handler=$(find "$dir" -name app.py | sort | sed -n '7p')
    same=yes
    rm -rf "$cache"
    read -r cw cc _ < <(measure_cpu "$lint" --jobs 2 --format json --cache-dir "$cache" "$dir")
    cp "$out/.stdout" "$out/.cached.json"
    read -r nw nc _ < <(best_cpu "$lint" --jobs 2 --format json --no-cache "$dir")
    cmp -s "$out/.stdout" "$out/.cached.json" || same=no
    read -r ww wc _ < <(best_cpu "$lint" --jobs 2 --format json --cache-dir "$cache" "$dir")
    cmp -s "$out/.stdout" "$out/.cached.json" || same=no
    # One handler changed before each run (a new comment line each time), then compared.
    best_w=""; best_c=""
    for i in $(seq "$runs"); do
      echo "# bench edit $i $(date +%s%N)" >>"$handler"
      read -r ew ec _ < <(measure_cpu "$lint" --jobs 2 --format json --cache-dir "$cache" "$dir")
      cp "$out/.stdout" "$out/.cached.json"
      "$lint" --jobs 2 --format json --no-cache "$dir" >"$out/.stdout" 2>/dev/null || true
      cmp -s "$out/.stdout" "$out/.cached.json" || same=no
      best_w=$(awk -v a="$best_w" -v b="$ew" 'BEGIN {print (a == "" || b < a) ? b : a}')
      best_c=$(awk -v a="$best_c" -v b="$ec" 'BEGIN {print (a == "" || b < a) ? b : a}')
    done
    printf '| %s | %s | %s / %s | %s / %s | %s / %s | %s× | %s / %s | %s× | %s |\n' "$name" "$files" "$cw" "$cc" "$nw" "$nc" \
      "$ww" "$wc" "$(ratio "$cc" "$wc")" "$best_w" "$best_c" "$(ratio "$cc" "$best_c")" "$same" | tee -a "$out/results.md"
  done
fi
