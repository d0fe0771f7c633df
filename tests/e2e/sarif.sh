#!/bin/sh
# End to end: `lambda-lint --format sarif` validated against the official SARIF 2.1.0 schema for
# a clean run, a run over the corpora (with findings), and file names with spaces, quotes, unicode
# and newlines.
# Usage: sarif.sh LAMBDA_LINT_BINARY SOURCE_DIR
set -eu
bin=$1
src=$2
validate="$src/tests/sarif/validate-sarif.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/ll-sarif-XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# $1 expected exit code, $2 report, then the paths
run_sarif() {
  want=$1 out=$2
  shift 2
  status=0
  "$bin" --format sarif --output "$out" "$@" || status=$?
  [ "$status" -eq "$want" ] || fail "exit $status (want $want) for $*"
  "$validate" "$out" || fail "$out does not validate"
}

count_results() {
  node -e 'const s = require(process.argv[1]); console.log(s.runs[0].results.length)' "$1"
}

flagged='import boto3


def lambda_handler(event, context):
    s3 = boto3.client("s3")
    return s3.list_buckets()
'
clean='import boto3

s3 = boto3.client("s3")


def lambda_handler(event, context):
    return s3.list_buckets()
'

mkdir -p "$work/clean"
printf '%s' "$clean" >"$work/clean/app.py"
(cd "$work/clean" && run_sarif 0 "$work/clean.json" .)
[ "$(count_results "$work/clean.json")" -eq 0 ] || fail "clean run has results"

(cd "$src" && run_sarif 1 "$work/corpora.json" corpora)
[ "$(count_results "$work/corpora.json")" -gt 0 ] || fail "the corpora run has no results"
fixes=$(node -e 'const s = require(process.argv[1]); console.log(s.runs[0].results.filter(r => r.fixes).length)' "$work/corpora.json")
[ "$fixes" -gt 0 ] || fail "the corpora run has no results with fixes"

mkdir -p "$work/names/dir with space" "$work/names/ünï"
printf '%s' "$flagged" >"$work/names/dir with space/app handler.py"
printf '%s' "$flagged" >"$work/names/quote\"and'apos.py"
printf '%s' "$flagged" >"$work/names/ünï/λ.py"
printf '%s' "$flagged" >"$work/names/new
line.py"
(cd "$work/names" && run_sarif 1 "$work/names.json" .)
[ "$(count_results "$work/names.json")" -eq 4 ] || fail "want 4 results for the awkward names"
echo "sarif: clean, corpora and awkward names all validate"
