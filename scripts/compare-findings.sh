#!/usr/bin/env bash
# Compares two lambda-lint binaries' JSON reports on the same trees, byte for byte: the check that a
# refactoring (a front-end moved onto the shared core, a new runtime) changed no finding.
#
#   scripts/compare-findings.sh OLD_BINARY NEW_BINARY [TREE...]
#
# Default trees: corpora/, a generated 10 000-file handler tree (bench/gen_handlers.py, fixed seed)
# and this machine's Python standard library. Exit 0 when every report is identical.
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ $# -eq 0 ]; then
  python3 bench/gen_handlers.py "$work/gen10k" 10000 >/dev/null
  set -- corpora "$work/gen10k" "$(ls -d /usr/lib/python3.[0-9]* | sort -V | tail -1)"
fi
status=0
for tree in "$@"; do
  # --as-of: LL501 depends on today's date; --no-prescan: every file parsed, syntax errors included.
  for variant in "" "--no-prescan"; do
    "$old" --format json --as-of 2026-12-01 --jobs 2 $variant "$tree" >"$work/old.json" 2>"$work/old.err" || true
    "$new" --format json --as-of 2026-12-01 --jobs 2 $variant "$tree" >"$work/new.json" 2>"$work/new.err" || true
    if cmp -s "$work/old.json" "$work/new.json" && cmp -s "$work/old.err" "$work/new.err"; then
      echo "identical: $tree $variant ($(grep -o '"rule"' "$work/new.json" | wc -l) findings)"
    else
      echo "DIFFERENT: $tree $variant"
      diff <(tr '{' '\n' <"$work/old.json") <(tr '{' '\n' <"$work/new.json") | head -20 || true
      diff "$work/old.err" "$work/new.err" | head -10 || true
      status=1
    fi
  done
done
exit $status
