#!/usr/bin/env bash
# lambda-lint beside pythaw (the Python peer that checks clients built per invocation) on the same
# Python files of a real repository, in CPU time (user + system of the process and its children).
#
#   bench/vs_pythaw.sh --repo GIT_DIR [--commit REV] --pythaw SRC_DIR [--runs 9] [--out bench/out]
#
# GIT_DIR is a clone (or bare mirror) of the repository; the files compared are its *.py files at
# REV (default HEAD) with what tells third-party code beside them (*.dist-info folders, licence
# files, requirements.txt), and nothing else: no templates, so both tools see Python files only.
# SRC_DIR holds pythaw's source (its `pythaw/` package; it needs `rich`: Debian's python3-rich, so
# it runs with $PYTHON, default /usr/bin/python3). Runs alternate, lambda-lint (Release build,
# --no-cache --jobs 1 --format json) then pythaw (check --format json); prints each run, the
# medians and their ratio, and writes the table to OUT/vs_pythaw.md.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="" commit=HEAD pythaw="" runs=9 out=bench/out
while [ $# -gt 0 ]; do
  case "$1" in
    --repo) repo="$2"; shift 2 ;;
    --commit) commit="$2"; shift 2 ;;
    --pythaw) pythaw="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: bench/vs_pythaw.sh --repo GIT_DIR [--commit REV] --pythaw SRC_DIR [--runs N] [--out DIR]" >&2; exit 2 ;;
  esac
done
if [ -z "$repo" ] || [ ! -f "$pythaw/pythaw/__main__.py" ]; then
  echo "vs_pythaw.sh: --repo GIT_DIR and --pythaw SRC_DIR (holding pythaw/__main__.py) are needed" >&2
  exit 2
fi
python=${PYTHON:-/usr/bin/python3}
mkdir -p "$out"
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
git -C "$repo" ls-tree -r --name-only "$commit" |
  grep -E '\.py$|\.dist-info/|(^|/)(LICEN[CS]E|COPYING)[^/]*$|(^|/)requirements\.txt$' > "$tree.list" || true
# paths in batches (argument lists have a limit); a blob the mirror lacks is left out, not fatal
xargs -a "$tree.list" -d '\n' -n 500 sh -c 'r=$0 c=$1 t=$2; shift 2; git -C "$r" archive "$c" -- "$@" | tar -x -C "$t"' \
  "$repo" "$commit" "$tree" 2>/dev/null || true
rm -f "$tree.list"
n_py=$(find "$tree" -name '*.py' | wc -l)
bytes=$(find "$tree" -name '*.py' -print0 | xargs -0 cat | wc -c)

cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" --target lambda-lint >/dev/null

# CPU seconds (user + system, children included) of one run of the command; output discarded.
cpu() {
  python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.3f" % (r.ru_utime + r.ru_stime))' "$@"
}

status=0
PYTHONPATH="$pythaw" "$python" -m pythaw check --format json "$tree" >/dev/null 2>"$out/.pythaw.err" || status=$?
if [ "$status" -gt 1 ]; then
  echo "vs_pythaw.sh: pythaw failed (exit $status):" >&2
  tail -3 "$out/.pythaw.err" >&2
  exit 1
fi
rev=$(git -C "$repo" rev-parse --short=12 "$commit")
{
  echo "$repo@$rev: $n_py .py files ($bytes bytes), $runs runs each, alternating"
  echo
  echo "| run | lambda-lint CPU s | pythaw CPU s | ratio |"
  echo "| ---: | ---: | ---: | ---: |"
} | tee "$out/vs_pythaw.md"
ll_all="" pw_all=""
for i in $(seq "$runs"); do
  ll=$(cpu build-bench/lambda-lint --no-cache --jobs 1 --format json "$tree")
  pw=$(cpu env PYTHONPATH="$pythaw" "$python" -m pythaw check --format json "$tree")
  ll_all="$ll_all $ll" pw_all="$pw_all $pw"
  awk -v i="$i" -v l="$ll" -v p="$pw" 'BEGIN {printf "| %d | %.3f | %.3f | %.1f× |\n", i, l, p, p / l}' |
    tee -a "$out/vs_pythaw.md"
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
ll_med=$(echo "$ll_all" | median) pw_med=$(echo "$pw_all" | median)
awk -v l="$ll_med" -v p="$pw_med" 'BEGIN {printf "| median | %.3f | %.3f | %.1f× |\n", l, p, p / l}' |
  tee -a "$out/vs_pythaw.md"
